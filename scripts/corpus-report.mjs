#!/usr/bin/env node
// Scores the built extractor on one part of the real-news corpus (corpus/dev or corpus/test), per
// section and per group, and prints markdown tables for docs/evaluation.md.
// Usage: npm run build && node scripts/corpus-report.mjs dev|test [--errors] [--tokenised] [--only P,P] [--except P,P]
// --tokenised scores the same articles with every punctuation mark spaced out, as word segmenters
// and NER corpora export text ("Ngày 14 - 6 , …", "24 / 7 / 2020"); gold offsets move with the text.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createExtractor, evaluate, validateGold } from "../dist/index.js";

const split = process.argv[2] ?? "dev";
const showErrors = process.argv.includes("--errors");
const tokenised = process.argv.includes("--tokenised");
// --only PREFIX,PREFIX: score only the documents whose id starts with one of these (a batch).
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(",") : undefined;
// --except PREFIX,PREFIX: leave these out (a batch still being annotated, not yet scored on arrival).
const exceptArg = process.argv.indexOf("--except");
const except = exceptArg > 0 ? process.argv[exceptArg + 1].split(",") : [];

/** Spaces out punctuation; returns the new text and a map from old offsets to new ones. */
function spaceOut(text) {
  let out = "";
  const map = new Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const punct = /[^\p{L}\p{M}\p{N}\s]/u.test(c);
    if (punct && out.length > 0 && !/\s$/u.test(out)) out += " ";
    map[i] = out.length;
    out += c;
    if (punct && i + 1 < text.length && !/\s/u.test(text[i + 1])) out += " ";
  }
  map[text.length] = out.length;
  return { text: out, map };
}
const root = new URL("../corpus/", import.meta.url).pathname;
const manifest = new Map();
for (const f of readdirSync(join(root, "manifest"))) {
  for (const line of readFileSync(join(root, "manifest", f), "utf8").split("\n")) if (line.trim()) {
    const m = JSON.parse(line);
    manifest.set(m.id, m);
  }
}
// Sections like the seeds (government, delegations, foreign affairs) against the rest.
const SEED_LIKE = new Set(["politics and party", "foreign affairs", "local government after the 2025 merger", "local government", "personnel and appointments", "defence"]);
const extractor = createExtractor();
const docs = [];
const dir = join(root, split);
for (const name of readdirSync(dir).filter((n) => n.endsWith(".gold.json")).sort()) {
  const id = name.replace(/\.gold\.json$/u, "");
  if (only && !only.some((p) => id.startsWith(`${p}-`))) continue;
  if (except.some((p) => id.startsWith(`${p}-`))) continue;
  const txt = join(dir, `${id}.txt`);
  if (!existsSync(txt)) {
    console.error(`missing text ${txt} (see corpus/README.md)`);
    continue;
  }
  let text = readFileSync(txt, "utf8");
  let goldData = JSON.parse(readFileSync(join(dir, name), "utf8"));
  if (tokenised) {
    const spaced = spaceOut(text);
    goldData = { ...goldData, entities: goldData.entities.map((e) => {
      const start = spaced.map[e.start];
      const end = spaced.map[e.end - 1] + 1;
      return { ...e, start, end, text: spaced.text.slice(start, end) };
    }) };
    // Relations name entity texts; keep only those whose texts survive unchanged.
    const texts = new Set(goldData.entities.map((e) => e.text));
    goldData.relations = goldData.relations.filter((r) => texts.has(r.person) && texts.has(r.position));
    text = spaced.text;
  }
  const gold = validateGold(goldData, text, name);
  const r = extractor.extract(text);
  const pred = { document: gold.document, entities: r.entities, relations: r.relations };
  const m = manifest.get(id) ?? { section: "unknown" };
  docs.push({ id, section: m.section, site: m.site, gold, pred, text });
}
const pct = (x) => (x === null ? "–" : (100 * x).toFixed(1));
function row(label, group) {
  const rep = evaluate(group.map((d) => d.gold), group.map((d) => d.pred), { texts: new Map(group.map((d) => [d.gold.document, d.text])) });
  const t = rep.strict.perType;
  return { rep, line: `| ${label} | ${group.length} | ${pct(rep.strict.micro.f1)} | ${pct(rep.relaxed.micro.f1)} | ${pct(t.PERSON.f1)} | ${pct(t.POSITION.f1)} | ${pct(t.ORGANIZATION.f1)} | ${pct(t.LOCATION.f1)} | ${pct(t.DATE.f1)} | ${pct(rep.dateValueAccuracy.accuracy)} | ${pct(rep.holds.f1)} |` };
}
console.log(`| ${split} | docs | strict F1 | relaxed F1 | PER | POS | ORG | LOC | DATE | DATE value | HOLDS F1 |`);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
const sections = [...new Set(docs.map((d) => d.section))].sort();
for (const s of sections) console.log(row(s, docs.filter((d) => d.section === s)).line);
console.log(row("**news like the seeds**", docs.filter((d) => SEED_LIKE.has(d.section))).line);
console.log(row("**other sections**", docs.filter((d) => !SEED_LIKE.has(d.section))).line);
const all = row("**all**", docs);
console.log(all.line);
console.log(`\n${docs.length} documents, ${new Set(docs.map((d) => d.site)).size} sites, ${all.rep.strict.micro.gold} gold entities, ${all.rep.holds.gold} HOLDS pairs`);
if (showErrors) {
  for (const e of all.rep.errors) console.log(`${e.kind === "false-positive" ? "FP" : "FN"} ${e.type.padEnd(12)} ${e.document.padEnd(12)} ${e.context.replace(/\s+/gu, " ")}`);
  for (const d of docs) {
    // Compared as the scorer compares them (NFC, lower case, white space collapsed).
    const key = (r) => `${r.person} | ${r.position}`.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
    const g = new Set(d.gold.relations.map(key));
    const p = new Set(d.pred.relations.map(key));
    for (const k of g) if (!p.has(k)) console.log(`HOLDS-FN ${d.id} ${k}`);
    for (const k of p) if (!g.has(k)) console.log(`HOLDS-FP ${d.id} ${k}`);
  }
}
