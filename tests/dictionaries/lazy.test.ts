import { describe, expect, it } from "vitest";
import { createExtractorOn } from "../../src/core.js";
import { readBuiltinCommunes, readBuiltinDictionaries } from "../../src/dictionaries/files.js";
import { canonicalPhrase } from "../../src/dictionaries/lexicon.js";
import { StartIndex } from "../../src/dictionaries/start-index.js";
import { grammar } from "../../src/recognise/grammar.js";
import { firstTokenLower, tokenise } from "../../src/tokenise/tokenise.js";
import type { DictionaryFile } from "../../src/dictionaries/types.js";

/** Communes are read on first need, and tries file phrases by a first syllable computed without tokenising. */
describe("dictionaries read and compiled on first need", () => {
  it("reads communes only when a text needs one", () => {
    let reads = 0;
    const extractor = createExtractorOn({
      builtinDictionaries: readBuiltinDictionaries,
      builtinCommunes: () => {
        reads++;
        return readBuiltinCommunes();
      },
    });
    const bare = extractor.extract("Bộ trưởng Bộ Ngoại giao tiếp Đại sứ Nhật Bản tại Hà Nội.");
    expect(bare.entities.map((e) => e.text)).toContain("Nhật Bản");
    expect(reads).toBe(0);
    const typed = extractor.extract("Đoàn đến thăm xã Tân Lập, huyện Đan Phượng.");
    expect(typed.entities.filter((e) => e.type === "LOCATION").map((e) => e.text)).toEqual(["Tân Lập", "Đan Phượng"]);
    expect(typed.entities.find((e) => e.text === "Tân Lập")?.canonical?.kind).toMatch(/^(commune|ward)$/u);
    extractor.extract("Người dân phường Hòa Cường được hỗ trợ.");
    expect(reads).toBe(1);
  });

  it("files every built-in phrase under the tokeniser's own first syllable, stored canonical", () => {
    const files: DictionaryFile[] = [...readBuiltinDictionaries(), readBuiltinCommunes()];
    const named = (list: ReadonlyArray<{ name: string; variants?: readonly string[] }> | undefined): string[] => (list ?? []).flatMap((e) => [e.name, ...(e.variants ?? [])]);
    const phrases: string[] = [];
    for (const file of files) {
      if (file.kind === "locations") phrases.push(...named(file.entries));
      if (file.kind === "organizations") {
        phrases.push(...named(file.entries), ...named(file.nameWords), ...named(file.notBodies), ...(file.heads ?? []).map((h) => h.head));
        for (const e of file.entries ?? []) phrases.push(...(e.formerNames ?? []), ...(e.abbreviations ?? []));
      }
      if (file.kind === "positions") phrases.push(...named(file.titles), ...named(file.qualifiers), ...named(file.notTitles), ...(file.abbreviations ?? []).map((a) => a.abbreviation));
      if (file.kind === "people") phrases.push(...named(file.surnames), ...named(file.honorifics), ...named(file.degrees));
    }
    expect(phrases.length).toBeGreaterThan(15_000);
    for (const phrase of phrases) {
      // The built-ins skip canonicalisation at start-up (lexicon.ts): they must need none.
      expect(canonicalPhrase(phrase), phrase).toBe(phrase);
      expect(firstTokenLower(phrase), phrase).toBe(tokenise(phrase)[0]?.lower);
    }
    for (const odd of ["T.Ư Đảng", "TP.HCM", "(GDVN)", "3", "12A Hòa", "  Đà Nẵng", "U23 Việt Nam", "GD&ĐT"]) expect(firstTokenLower(odd), odd).toBe(tokenise(odd)[0]?.lower);
  });

  it("gives each lexicon its own start index: what one files never reaches the grammar's or another's", () => {
    const base = grammar().startIndex;
    const mine = new StartIndex(base);
    const bit = mine.newRole();
    mine.note("quiblonia", bit);
    expect(mine.bitsOf("quiblonia")).toBe(bit);
    expect(base.bitsOf("quiblonia")).toBe(0);
    expect(new StartIndex(base).bitsOf("quiblonia")).toBe(0);
    expect(new StartIndex(base).newRole()).toBe(bit);
    expect(mine.bitsOf("xã")).toBe(base.bitsOf("xã"));
    expect(base.bitsOf("xã")).not.toBe(0);
  });

  it("refuses new syllables once it has tagged a text's words (the tokeniser keeps each word's tag)", () => {
    const mine = new StartIndex(grammar().startIndex);
    const bit = mine.newRole();
    mine.note("quiblonia", bit);
    expect(mine.tagOf("quiblonia")).toBe(bit);
    expect(() => mine.note("zorbania", bit)).toThrow(/tagged a text's words/);
    expect(() => mine.adopt(mine.saved())).toThrow(/tagged a text's words/);
  });
});
