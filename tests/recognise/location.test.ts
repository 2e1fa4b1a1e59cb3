import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../../src/extractor.js";
import { texts } from "../helpers/extract.js";
import { grammar } from "../../src/recognise/grammar.js";
import { LOWER_CASE_PLACE_STARTS } from "../../src/recognise/location/locations.js";

describe("LOCATION", () => {
  it("skips only words no place rule can start at: lower-case road and committee words carry a grammar start bit", () => {
    // The main loop passes over a lower-case word whose start bits are 0; these words must never be such words,
    // with or without the built-in dictionaries (the grammar's lists are always in the index).
    for (const word of LOWER_CASE_PLACE_STARTS) expect(grammar().startIndex.bitsOf(word), word).not.toBe(0);
    const bare = createExtractor({ builtins: false });
    expect(texts("Ông dự họp với huyện ủy Đô Lương hôm qua.", "LOCATION")).toEqual(["Đô Lương"]);
    expect(bare.extract("Xe tải lật trên quốc lộ 8C sáng nay.").entities.filter((e) => e.type === "LOCATION").map((e) => e.text)).toEqual(["quốc lộ 8C"]);
  });
  it("leaves lower-case type words outside", () => {
    expect(texts("Mưa lớn ở tỉnh Quảng Ninh và thành phố Hải Phòng.", "LOCATION")).toEqual(["Quảng Ninh", "Hải Phòng"]);
    expect(texts("Đoàn đến TP. Cần Thơ.", "LOCATION")).toEqual(["Cần Thơ"]);
  });
  it("keeps capitalised designators of official names", () => {
    expect(texts("Hợp tác với Vương quốc Thái Lan được đẩy mạnh.", "LOCATION")).toEqual(["Vương quốc Thái Lan"]);
  });
  it("finds districts and communes after their type word only", () => {
    expect(texts("Lũ quét ở huyện Mường Lát gây thiệt hại.", "LOCATION")).toEqual(["Mường Lát"]);
  });
  it("finds countries in lists, including a misspelt one", () => {
    expect(texts("Hợp tác với Lào, Campuchia, Thái Lan.", "LOCATION")).toEqual(["Lào", "Campuchia", "Thái Lan"]);
    expect(texts("Hợp tác với Lào, Camphuchia, Thái Lan.", "LOCATION")).toEqual(["Lào", "Camphuchia", "Thái Lan"]);
  });
  it("names venues with the body inside them", () => {
    const result = extract("Hội nghị diễn ra tại Hội trường UBND tỉnh Gia Lai.");
    expect(texts("", "LOCATION", result)).toEqual(["Hội trường UBND tỉnh Gia Lai", "Gia Lai"]);
    expect(texts("", "ORGANIZATION", result)).toEqual(["UBND tỉnh Gia Lai"]);
  });
  it("gives canonical entries for known provinces, with the 2025 reform status", () => {
    const hit = extract("Đoàn công tác làm việc tại tỉnh Hà Giang.").entities.find((e) => e.type === "LOCATION");
    expect(hit?.canonical?.kind).toBe("province");
    expect(hit?.canonical?.existsAfter2025).toBe(false);
  });
  it("does not annotate peoples", () => {
    expect(texts("Đồng bào người Chăm đón lễ hội.", "LOCATION")).toEqual([]);
  });
});

describe("LOCATION: one-syllable countries against common words", () => {
  it("does not read the first syllable of a common word at a sentence start as a country", () => {
    expect(texts("Pháp luật quy định rõ trách nhiệm. Ý kiến của cử tri được ghi nhận.", "LOCATION")).toEqual([]);
  });
  it("still finds the countries themselves", () => {
    expect(texts("Pháp và Đức ký thỏa thuận hợp tác.", "LOCATION")).toEqual(["Pháp", "Đức"]);
  });
});

describe("LOCATION: streets and places that look like bodies", () => {
  it("reads a street named after a person as a place, the street word outside (D32)", () => {
    const result = extract("Cửa hàng nằm trên đường Lê Lợi, phố Hàng Bạc.");
    expect(texts("", "LOCATION", result)).toEqual(["Lê Lợi", "Hàng Bạc"]);
    expect(texts("", "PERSON", result)).toEqual([]);
  });
  it("does not build a body from a head inside a known place name", () => {
    expect(texts("Đài Loan tăng cường hợp tác.", "ORGANIZATION")).toEqual([]);
    expect(texts("Đài Loan tăng cường hợp tác.", "LOCATION")).toEqual(["Đài Loan"]);
  });
});
