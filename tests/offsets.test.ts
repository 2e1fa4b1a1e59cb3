import { describe, expect, it } from "vitest";
import { extract } from "../src/extractor.js";
import { canonicalToneMarks } from "../src/normalise/index.js";

const ARTICLE = [
  "Chiều ngày 14/3/2024, tại Hội trường UBND tỉnh Khánh Hòa, Phó Thủ tướng Trần Lưu Quang làm việc với lãnh đạo tỉnh.",
  "Tham dự có ông Nguyễn Tấn Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa; đại diện Bộ Kế hoạch và Đầu tư.",
  "Tỉnh đã ký thỏa thuận hợp tác với Thụy Điển, Hàn Quốc và hòa bình được giữ vững.",
].join("\n");

/** Old tone placement ("hoà", "uỷ", "Thuỵ") as many Vietnamese sites still write it. */
const oldTones = (s: string): string =>
  s.replace(/òa/g, "oà").replace(/óa/g, "oá").replace(/Hòa/g, "Hoà").replace(/ủy/g, "uỷ").replace(/Thụy/g, "Thuỵ").replace(/hỏa/g, "hoả");

const variants: Record<string, string> = {
  NFC: ARTICLE,
  NFD: ARTICLE.normalize("NFD"),
  "old tone placement": oldTones(ARTICLE),
  "old tones in NFD": oldTones(ARTICLE).normalize("NFD"),
  CRLF: ARTICLE.replace(/\n/g, "\r\n"),
  "NBSP and zero-width spaces": ARTICLE.replace(/ (?=Khánh)/g, "\u00A0").replace(/Bộ /g, "Bộ\u200B "),
};

const key = (text: string): string => canonicalToneMarks(text.normalize("NFC")).replace(/[\s\u200B]+/g, " ");

describe("offsets point into the caller's string", () => {
  const reference = extract(ARTICLE).entities.map((e) => `${e.type}:${key(e.text)}`);
  it("finds entities in the reference text", () => {
    expect(reference.length).toBeGreaterThan(10);
  });
  for (const [name, text] of Object.entries(variants)) {
    it(`holds for ${name}`, () => {
      const result = extract(text);
      for (const e of result.entities) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
      }
      expect(result.entities.map((e) => `${e.type}:${key(e.text)}`)).toEqual(reference);
    });
  }
});
