#!/usr/bin/env node
// Brings a corpus text back from a saved search excerpt (corpus/README.md, "Bringing the texts back").
// The texts are third-party pages and never committed; the manifest keeps where each came from, its
// length and its SHA-256, so a text restored here is byte-for-byte the one the gold was written on.
//
//   node scripts/corpus-restore.mjs <id> <excerpt-file> [--loose]   cut to the manifest's length, check, save
//   node scripts/corpus-restore.mjs --missing [prefix…]    list the ids whose text is not on disk
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const corpus = new URL("../corpus/", import.meta.url).pathname;
const manifest = readdirSync(join(corpus, "manifest"))
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(corpus, "manifest", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)));
const byId = new Map(manifest.map((m) => [m.id, m]));
const textPath = (m) => join(corpus, m.split, `${m.id}.txt`);
const loosePath = (m) => join(corpus, m.split, "LOOSE");
const looseIds = (m) => (existsSync(loosePath(m)) ? readFileSync(loosePath(m), "utf8").split("\n").filter(Boolean) : []);
function dropFromLoose(m) {
  const known = looseIds(m);
  if (known.includes(m.id)) writeFileSync(loosePath(m), known.filter((id) => id !== m.id).map((id) => `${id}\n`).join(""));
}

const [first, ...rest] = process.argv.slice(2);
if (!first) {
  console.error("usage: corpus-restore.mjs <id> <excerpt-file> | --missing [prefix…]");
  process.exit(2);
}

if (first === "--missing") {
  const wanted = (m) => rest.length === 0 || rest.some((p) => m.id.startsWith(`${p}-`));
  const missing = manifest.filter((m) => wanted(m) && !existsSync(textPath(m)));
  for (const m of missing) console.log(`${m.id}\t${m.query}\t${m.url}`);
  console.error(`${missing.length} missing`);
  process.exit(0);
}

const entry = byId.get(first);
if (!entry) {
  console.error(`no manifest entry "${first}"`);
  process.exit(2);
}
const excerpt = readFileSync(rest[0], "utf8").replace(/^\uFEFF/, "");
// The annotators saved the excerpt cut after its last whole sentence, most with a final line break.
const candidates = [excerpt.slice(0, entry.chars), `${excerpt.slice(0, entry.chars - 1)}\n`];
const sha256 = (s) => createHash("sha256").update(s, "utf8").digest("hex");
const exact = candidates.find((c) => sha256(c) === entry.sha256);
const text = candidates[0];
if (exact !== undefined) {
  writeFileSync(textPath(entry), exact);
  dropFromLoose(entry);
  console.log(`${entry.id}: restored (${entry.chars} chars)`);
  process.exit(0);
}

// Not the same text: say where, using the gold's entity texts as landmarks. A copy in which every
// gold entity stands at its offset scores the same wherever it differs (white space, a quote mark
// after the last entity); with --loose it is kept, and listed as such in corpus/<split>/LOOSE.
console.error(`${entry.id}: SHA-256 differs (excerpt ${excerpt.length} chars, manifest wants ${entry.chars})`);
const goldFile = join(corpus, entry.split, `${entry.id}.gold.json`);
const gold = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, "utf8")) : { entities: [] };
const wrong = gold.entities.filter((e) => text.slice(e.start, e.end) !== e.text);
for (const e of wrong.slice(0, 5)) {
  console.error(`  at ${e.start}: gold "${e.text}" but text has "${text.slice(e.start, e.end)}"`);
}
if (wrong.length === 0 && text.length === entry.chars && rest.includes("--loose")) {
  writeFileSync(textPath(entry), text);
  const known = looseIds(entry);
  if (!known.includes(entry.id)) writeFileSync(loosePath(entry), [...known, entry.id].sort().join("\n") + "\n");
  console.log(`${entry.id}: kept loosely (every gold entity at its offset, SHA-256 differs)`);
  process.exit(0);
}
if (wrong.length === 0) console.error("  every gold entity matches: the difference is outside them (spaces, quotes, dashes, line ends?); --loose keeps it");
process.exit(1);
