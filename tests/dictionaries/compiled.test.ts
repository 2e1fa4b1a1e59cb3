import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractorOn, type Platform } from "../../src/core.js";
import { compileBuiltinLexicon, restoreLexicon } from "../../src/dictionaries/compiled.js";
import { readBuiltinCommunes, readBuiltinDictionaries } from "../../src/dictionaries/files.js";
import { StartIndex } from "../../src/dictionaries/start-index.js";
import { grammar } from "../../src/recognise/grammar.js";
import type { DictionaryFile } from "../../src/dictionaries/types.js";

/**
 * The build stores the built-in lexicon compiled (tsup.config.ts); run from source it is compiled at
 * start-up. Both must give the same extractor, on every text, with users' files on top of either.
 */
const ROOT = join(__dirname, "../..");
const files = readBuiltinDictionaries();
const compiledText = JSON.stringify(compileBuiltinLexicon(files, new StartIndex(grammar().startIndex)));
const plain: Platform = { builtinDictionaries: () => files, builtinCommunes: readBuiltinCommunes };
const compiled: Platform = { ...plain, compiledLexicon: () => compiledText };

const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));
// Every example sentence of tests/examples, marks removed: hundreds of shapes of every type.
const examples = readdirSync(join(ROOT, "tests/examples"))
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(ROOT, "tests/examples", f), "utf8").split("\n"))
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => line.replace(/\[\[(?:[A-Z]+(?:=\S*)?) /gu, "").replaceAll("]]", ""));

describe("the compiled built-in lexicon", () => {
  it("gives exactly the entities, values and links of the lexicon compiled at start-up", () => {
    expect(examples.length).toBeGreaterThan(500);
    const a = createExtractorOn(plain);
    const b = createExtractorOn(compiled);
    for (const text of [...seeds, ...examples]) expect(b.extract(text), text.slice(0, 80)).toEqual(a.extract(text));
  });

  it("takes users' files on top, as when everything is compiled at start-up", () => {
    const options = { dictionaries: { positions: { titles: [{ name: "Tổng điều phối viên", category: "other" }] } as never } };
    const text = "Tổng điều phối viên Nguyễn Văn An phát biểu tại Hà Nội.";
    const fromCompiled = createExtractorOn(compiled, options).extract(text);
    expect(fromCompiled.relations).toEqual([{ type: "HOLDS", person: "Nguyễn Văn An", position: "Tổng điều phối viên" }]);
    expect(fromCompiled).toEqual(createExtractorOn(plain, options).extract(text));
  });

  it("is not used for files other than those compiled (the extractor compiles them instead)", () => {
    const edited = files.map((file) => (file.kind === "positions" ? { ...file, titles: (file.titles ?? []).slice(1) } : file)) as DictionaryFile[];
    expect(restoreLexicon(JSON.parse(compiledText), files, new StartIndex(grammar().startIndex))).toBeDefined();
    expect(restoreLexicon(JSON.parse(compiledText), edited, new StartIndex(grammar().startIndex))).toBeUndefined();
    const text = seeds[0]!;
    const stale: Platform = { builtinDictionaries: () => edited, builtinCommunes: readBuiltinCommunes, compiledLexicon: () => compiledText };
    expect(createExtractorOn(stale).extract(text)).toEqual(createExtractorOn({ builtinDictionaries: () => edited, builtinCommunes: readBuiltinCommunes }).extract(text));
  });

  it("is what the build wrote next to the Node.js bundles, when dist/ is built", () => {
    let written: string;
    try {
      written = readFileSync(join(ROOT, "dist/lexicon.compiled.json"), "utf8");
    } catch {
      return; // not built: the package tests (tests/package) fail on a missing dist instead
    }
    expect(written).toBe(compiledText);
  });
});
