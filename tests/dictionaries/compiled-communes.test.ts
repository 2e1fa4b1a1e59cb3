import { describe, expect, it } from "vitest";
import { createExtractorOn, type Platform } from "../../src/core.js";
import { compileCommunes, isCompiledCommunes, restoreCommunes } from "../../src/dictionaries/compiled-communes.js";
import { readBuiltinCommunes, readBuiltinDictionaries } from "../../src/dictionaries/files.js";
import { communesFromFiles } from "../../src/dictionaries/lexicon.js";
import type { LocationsFile } from "../../src/dictionaries/types.js";
import { tokenise } from "../../src/tokenise/tokenise.js";

/**
 * The build stores the built-in communes compiled (compiled-communes.ts, dist/communes.compiled.json); run from source,
 * or when the file has changed, they are read from dictionaries/. Both must give the same matches and the same output.
 */
const communes = readBuiltinCommunes();
const compiled = compileCommunes(communes, 12345);
const files = readBuiltinDictionaries();

describe("the compiled communes", () => {
  it("match every commune and ward name as the dictionary file does, with equal entries", () => {
    const fromFile = communesFromFiles([communes]);
    const fromCompiled = restoreCommunes(JSON.parse(JSON.stringify(compiled)));
    expect(communes.entries.length).toBeGreaterThan(13_000);
    // Every name, and each name followed by a word, so that longer and shorter phrases sharing a first syllable compete.
    for (const entry of communes.entries) {
      for (const text of [entry.name, `${entry.name} mới`]) {
        const tokens = tokenise(text);
        expect(fromCompiled.matchAll(tokens, 0), text).toEqual(fromFile.matchAll(tokens, 0));
      }
    }
  });

  it("give an extractor the same output as the file, on text naming communes and wards", () => {
    const text = "Sáng 2/12, UBND xã Hạ Bằng (huyện Thạch Thất) và phường Phú Diễn, xã Tân Xã, phường 3 phối hợp với thị trấn Xuân Mai.";
    const plain: Platform = { builtinDictionaries: () => files, builtinCommunes: readBuiltinCommunes };
    const withCompiled: Platform = { ...plain, builtinCommunes: () => { throw new Error("the file must not be read"); }, compiledCommunes: () => compiled };
    const expected = createExtractorOn(plain).extract(text);
    expect(expected.entities.filter((e) => e.canonical?.kind === "commune").length).toBeGreaterThan(0);
    expect(createExtractorOn(withCompiled).extract(text)).toEqual(expected);
  });

  it("are refused when made from a file of another size or in another format", () => {
    expect(isCompiledCommunes(compiled, 12345)).toBe(true);
    expect(isCompiledCommunes(compiled, 12346)).toBe(false);
    expect(isCompiledCommunes({ ...compiled, format: 2 }, 12345)).toBe(false);
    expect(isCompiledCommunes(null, 12345)).toBe(false);
  });

  it("refuse at build time what the columns cannot keep", () => {
    const one = (entry: object): LocationsFile => ({ ...communes, entries: [entry as LocationsFile["entries"][number]] });
    expect(() => compileCommunes(one({ name: "Tân An", category: "commune", code: "1", parent: "X", variants: ["Tân-An"] }), 1)).toThrow(/variants/u);
    expect(() => compileCommunes(one({ name: "Tân|An", category: "commune", code: "1", parent: "X" }), 1)).toThrow(/"\|"/u);
    expect(() => compileCommunes(one({ name: "Tân An", category: "commune", code: "1" }), 1)).toThrow(/parent/u);
  });
});
