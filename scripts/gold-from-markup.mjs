#!/usr/bin/env node
// Builds NAME.gold.json from an annotation NAME.ann next to the article NAME.txt.
// NAME.ann: the article with inline marks (scripts/markup.mjs), then optional trailer lines:
//   %%DOCDATE 2025-06-30          the article's dateline (omit for null)
//   %%HOLDS Lê Hoài Trung | Thứ trưởng Bộ Ngoại giao
// The marked text with its marks removed must equal NAME.txt exactly; this is checked.
// Usage: node scripts/gold-from-markup.mjs corpus/dev/NAME.ann [...]
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseMarkup } from "./markup.mjs";

let failed = 0;
for (const annPath of process.argv.slice(2)) {
  try {
    const raw = readFileSync(annPath, "utf8");
    const cut = raw.search(/\n%%(DOCDATE|HOLDS)\b/u);
    const body = cut < 0 ? raw : raw.slice(0, cut + 1);
    const trailer = cut < 0 ? "" : raw.slice(cut + 1);
    const txtPath = annPath.replace(/\.ann$/u, ".txt");
    const original = readFileSync(txtPath, "utf8");
    const { text, entities } = parseMarkup(body);
    if (text !== original) {
      let k = 0;
      while (k < text.length && text[k] === original[k]) k++;
      throw new Error(`unmarked text differs from ${basename(txtPath)} at ${k}: ${JSON.stringify(text.slice(k, k + 30))} vs ${JSON.stringify(original.slice(k, k + 30))}`);
    }
    let documentDate = null;
    const relations = [];
    for (const line of trailer.split("\n")) {
      const t = line.trim();
      if (!t) continue;
      let m;
      if ((m = /^%%DOCDATE\s+(\S+)$/u.exec(t))) documentDate = m[1];
      else if ((m = /^%%HOLDS\s+(.+?)\s*\|\s*(.+)$/u.exec(t))) relations.push({ type: "HOLDS", person: m[1], position: m[2] });
      else throw new Error(`bad trailer line ${JSON.stringify(t)}`);
    }
    const gold = { document: basename(txtPath), documentDate, entities, relations };
    writeFileSync(annPath.replace(/\.ann$/u, ".gold.json"), JSON.stringify(gold, null, 2) + "\n");
    console.log(`${annPath}: ${entities.length} entities, ${relations.length} HOLDS`);
  } catch (error) {
    failed++;
    console.error(`${annPath}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
