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
