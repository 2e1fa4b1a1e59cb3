import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/score.js";
import { validateGold } from "../../src/eval/validate-gold.js";
import { extract } from "../../src/extractor.js";

/** Every gold file of the corpus passes validation against its text (docs/annotation.md). */
const SEEDS = join(__dirname, "../../seeds");
const goldFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".gold.json")).sort();
const texts = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

describe("seed gold corpus", () => {
  it("has one gold file per article", () => {
    expect(goldFiles.map((f) => f.replace(/\.gold\.json$/, ""))).toEqual(texts.map((t) => t.replace(/\.txt$/, "")));
  });
  for (const file of goldFiles) {
    it(`${file} is valid`, () => {
      const data = JSON.parse(readFileSync(join(SEEDS, file), "utf8"));
      const text = readFileSync(join(SEEDS, data.document), "utf8");
      const gold = validateGold(data, text, file);
      expect(gold.document).toBe(file.replace(/\.gold\.json$/, ".txt"));
      expect(gold.entities.length).toBeGreaterThan(20);
      const sorted = [...gold.entities].sort((a, b) => a.start - b.start || b.end - a.end);
      expect(gold.entities).toEqual(sorted);
    });
  }
});

describe("the extractor on the seed articles", () => {
  // The seeds are the project's first contract: every rule added for other news must leave them whole.
  it("scores 100 strict on every type, every DATE value and every HOLDS pair", () => {
    const golds = goldFiles.map((file) => {
      const data = JSON.parse(readFileSync(join(SEEDS, file), "utf8"));
      return validateGold(data, readFileSync(join(SEEDS, data.document), "utf8"), file);
    });
    const predictions = golds.map((g) => {
      const r = extract(readFileSync(join(SEEDS, g.document), "utf8"));
      return { document: g.document, documentDate: r.documentDate, entities: r.entities, relations: r.relations };
    });
    const report = evaluate(golds, predictions);
    expect(report.errors.map((e) => `${e.kind} ${e.type} ${e.text}`)).toEqual([]);
    expect(report.strict.micro.f1).toBe(1);
    expect(report.dateValueAccuracy.accuracy).toBe(1);
    expect(report.holds.f1).toBe(1);
  });
});
