import { describe, expect, it } from "vitest";
import { tokenise } from "../../src/tokenise/tokenise.js";

describe("tokenise", () => {
  it("splits syllables, numbers and punctuation with Unicode classes", () => {
    expect(tokenise("Tại Hà Nội, ngày 28/5").map((t) => t.text)).toEqual(["Tại", "Hà", "Nội", ",", "ngày", "28", "/", "5"]);
  });
  it("records glued tokens so abbreviations like T.Ư keep their shape", () => {
    const tokens = tokenise("Ủy viên T.Ư Đảng");
    const t = tokens.findIndex((x) => x.text === "T");
    expect(tokens[t + 1]).toMatchObject({ text: ".", spaceBefore: false });
    expect(tokens[t + 2]).toMatchObject({ text: "Ư", spaceBefore: false, capitalised: true });
  });
  it("marks capitals, all-caps and line starts", () => {
    const [a, b, c] = tokenise("UBND tỉnh\nTRÂM");
    expect(a).toMatchObject({ allCaps: true, capitalised: true });
    expect(b).toMatchObject({ capitalised: false, lineBefore: false });
    expect(c).toMatchObject({ allCaps: true, lineBefore: true });
  });
  it("returns nothing for empty or blank text", () => {
    expect(tokenise("")).toEqual([]);
    expect(tokenise(" \n\t ")).toEqual([]);
  });
});

describe("the word cache", () => {
  it("serves repeated words as one string and stays bounded on a text of 300,000 distinct words", () => {
    const repeated = tokenise("Hà Nội và Hà Nội");
    expect(repeated[0]!.text).toBe("Hà");
    expect(repeated[3]!.text).toBe("Hà");
    // Distinct words beyond the cache's capacity: every token still reads its own text (no slot confusion, no endless probe).
    const words = Array.from({ length: 300_000 }, (_, k) => `w${k.toString(36)}`);
    const tokens = tokenise(words.join(" "));
    expect(tokens.length).toBe(words.length);
    expect(tokens.every((t, k) => t.text === words[k])).toBe(true);
    // The table doubles as words come: words cached before a doubling are found again after it.
    const some = words.slice(0, 20_000);
    const twice = tokenise([...some, ...some].join(" "));
    expect(twice.every((t, k) => t.text === some[k % some.length])).toBe(true);
    // Words that hash alike are told apart by their characters.
    expect(tokenise("Aa BB").map((t) => t.text)).toEqual(["Aa", "BB"]);
  });
});
