import { describe, expect, it } from "vitest";
import { createExtractorOn } from "../../src/core.js";
import { readBuiltinCommunes, readBuiltinDictionaries } from "../../src/dictionaries/files.js";
import { StartIndex } from "../../src/dictionaries/start-index.js";
import { firstKeyOf } from "../../src/dictionaries/trie.js";
import { grammar } from "../../src/recognise/grammar.js";
import { tokenise } from "../../src/tokenise/tokenise.js";
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

  it("files every built-in phrase under the tokeniser's own first syllable", () => {
    const files: DictionaryFile[] = [...readBuiltinDictionaries(), readBuiltinCommunes()];
    const phrases: string[] = [];
    for (const file of files) {
      if (file.kind === "locations") for (const e of file.entries) phrases.push(e.name, ...(e.variants ?? []));
      if (file.kind === "organizations") for (const e of file.entries ?? []) phrases.push(e.name, ...(e.variants ?? []), ...(e.abbreviations ?? []));
      if (file.kind === "positions") for (const t of file.titles ?? []) phrases.push(t.name, ...(t.variants ?? []));
    }
    expect(phrases.length).toBeGreaterThan(15_000);
    for (const phrase of phrases) {
      const text = phrase.normalize("NFC");
      expect(firstKeyOf(text), phrase).toBe(tokenise(text)[0]?.lower);
    }
    for (const odd of ["T.Ư Đảng", "TP.HCM", "(GDVN)", "3", "12A Hòa", "  Đà Nẵng"]) expect(firstKeyOf(odd), odd).toBe(tokenise(odd)[0]?.lower);
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
});
