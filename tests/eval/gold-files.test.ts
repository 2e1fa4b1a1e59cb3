import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateGold } from "../../src/eval/validate-gold.js";

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
