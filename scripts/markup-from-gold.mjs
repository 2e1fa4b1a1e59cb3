#!/usr/bin/env node
// Prints NAME.gold.json as the annotation NAME.ann it could have come from (scripts/markup.mjs):
// the text with inline marks, then %%DOCDATE and %%HOLDS lines. The inverse of gold-from-markup.mjs,
// for reviewing a gold file by reading it.
// Usage: node scripts/markup-from-gold.mjs corpus/dev/NAME.gold.json   (NAME.txt must sit beside it)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { toMarkup } from "./markup.mjs";

const goldPath = process.argv[2];
if (!goldPath) {
  console.error("usage: markup-from-gold.mjs NAME.gold.json");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const text = readFileSync(join(dirname(goldPath), gold.document), "utf8");
const trailer = [];
if (gold.documentDate) trailer.push(`%%DOCDATE ${gold.documentDate}\n`);
for (const r of gold.relations ?? []) trailer.push(`%%HOLDS ${r.person} | ${r.position}\n`);
// The trailer starts on the line after the text; a text without a final line break cannot carry one
// and round-trip (gold-from-markup.mjs reads that break as the text's own).
const marked = toMarkup(text, gold.entities);
if (trailer.length > 0 && !marked.endsWith("\n")) console.error(`${gold.document}: the text has no final line break; the trailer below is not part of a round-trip .ann`);
process.stdout.write(marked + (marked.endsWith("\n") ? "" : "\n") + trailer.join(""));
