import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extractor.js";
// @ts-expect-error: a plain ES module shared with the corpus scripts
import { parseMarkup } from "../../scripts/markup.mjs";

/**
 * Example sentences kept as data, Duckling-style: one invented sentence a line with every expected
 * entity marked inline (`[[POS Thứ trưởng [[ORG Bộ Ngoại giao]]]] [[PER Lê Hoài Trung]]`,
 * `[[DATE=2024-11-13 ngày 13/11/2024]]`). The extractor must find exactly the marked entities —
 * no more (the negative examples), no fewer — with the marked DATE values. A line may end with
 * `=> person | position; …` to check its HOLDS pairs too (`=>` alone: none). `#` starts a comment;
 * `#! referenceDate: YYYY-MM-DD` sets the reference date for the lines after it.
 */
const DIR = __dirname;
const extractor = createExtractor();

interface Example {
  file: string;
  line: number;
  marked: string;
  referenceDate?: string;
  holds?: string[];
}

function load(): Example[] {
  const examples: Example[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
    let referenceDate: string | undefined;
    readFileSync(join(DIR, file), "utf8").split("\n").forEach((raw, index) => {
      const text = raw.trimEnd();
      const directive = /^#!\s*referenceDate:\s*(\S+)/u.exec(text);
      if (directive) referenceDate = directive[1] === "none" ? undefined : directive[1];
      if (text === "" || text.startsWith("#")) return;
      const arrow = text.indexOf(" =>");
      const marked = arrow < 0 ? text : text.slice(0, arrow);
      const holds = arrow < 0 ? undefined : text.slice(arrow + 3).split(";").map((p) => p.trim()).filter(Boolean).map((p) => p.split("|").map((x) => x.trim()).join(" | ")).sort();
      examples.push({ file, line: index + 1, marked, referenceDate, holds });
    });
  }
  return examples;
}

const show = (e: { type: string; text: string; value?: string }): string => `${e.type} ${JSON.stringify(e.text)}${e.value ? ` = ${e.value}` : ""}`;

const byFile = new Map<string, Example[]>();
for (const example of load()) byFile.set(example.file, [...(byFile.get(example.file) ?? []), example]);

for (const [file, examples] of byFile) {
  describe(`examples/${file}`, () => {
    it.each(examples.map((e) => [`${e.line}: ${e.marked.replace(/\[\[\S+ |\]\]/gu, "").slice(0, 70)}`, e] as const))("%s", (_label, example) => {
      const { text, entities } = parseMarkup(example.marked) as { text: string; entities: Array<{ type: string; start: number; end: number; text: string; value?: string }> };
      const result = extractor.extract(text, example.referenceDate ? { referenceDate: example.referenceDate } : {});
      const expected = entities.map((e) => `${e.start} ${show(e)}`).sort();
      const actual = result.entities.map((e) => `${e.start} ${show(e)}`).sort();
      expect(actual, `${file}:${example.line}`).toEqual(expected);
      if (example.holds) expect(result.relations.map((r) => `${r.person} | ${r.position}`).sort(), `${file}:${example.line} HOLDS`).toEqual(example.holds);
    });
  });
}
