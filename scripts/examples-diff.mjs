#!/usr/bin/env node
// Prints, for every example line of tests/examples/*.txt that the built extractor gets wrong, what is
// missing (-) and what is extra (+). A quicker read than the test runner's diff while writing rules.
// Usage: npm run build && node scripts/examples-diff.mjs [file.txt]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../dist/index.js";
import { parseMarkup } from "./markup.mjs";

const dir = new URL("../tests/examples/", import.meta.url).pathname;
const only = process.argv[2];
const extractor = createExtractor();
let failed = 0;
let total = 0;
const show = (e) => `${e.type} ${JSON.stringify(e.text)}${e.value ? ` = ${e.value}` : ""}`;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt") && (!only || f === only)).sort()) {
  let referenceDate;
  readFileSync(join(dir, file), "utf8").split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    const directive = /^#!\s*referenceDate:\s*(\S+)/u.exec(line);
    if (directive) referenceDate = directive[1] === "none" ? undefined : directive[1];
    if (line === "" || line.startsWith("#")) return;
    total++;
    const arrow = line.indexOf(" =>");
    const { text, entities } = parseMarkup(arrow < 0 ? line : line.slice(0, arrow));
    const result = extractor.extract(text, referenceDate ? { referenceDate } : {});
    const expected = new Set(entities.map((e) => `${e.start} ${show(e)}`));
    const actual = new Set(result.entities.map((e) => `${e.start} ${show(e)}`));
    const missing = [...expected].filter((x) => !actual.has(x));
    const extra = [...actual].filter((x) => !expected.has(x));
    let holds = [];
    if (arrow >= 0) {
      const want = line.slice(arrow + 3).split(";").map((p) => p.trim()).filter(Boolean).map((p) => p.split("|").map((x) => x.trim()).join(" | ")).sort();
      const got = result.relations.map((r) => `${r.person} | ${r.position}`).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) holds = [`HOLDS want ${JSON.stringify(want)} got ${JSON.stringify(got)}`];
    }
    if (missing.length || extra.length || holds.length) {
      failed++;
      console.log(`${file}:${index + 1} ${text}`);
      for (const m of missing) console.log(`  - ${m}`);
      for (const m of extra) console.log(`  + ${m}`);
      for (const h of holds) console.log(`  ${h}`);
    }
  });
}
console.log(`${total - failed}/${total} examples pass`);
