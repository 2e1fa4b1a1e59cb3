/**
 * What the benchmarks read: the seed articles, the real-news excerpts, documents made from either, and the
 * letters-only scan every speed figure is a multiple of (issue #11's yardstick). Shared by run.mjs, stages.mjs and
 * stage-vs-revision.mjs, so that their figures are of the same corpus.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const textsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")) : []);

/** The five seed articles. */
export const seedTexts = () => textsIn(join(ROOT, "seeds"));

/**
 * The real-news corpus: the development and test excerpts (corpus/README.md says how to bring the
 * texts back; they are not committed). Empty when they are absent.
 */
export const realTexts = () => [...textsIn(join(ROOT, "corpus/dev")), ...textsIn(join(ROOT, "corpus/test"))];

/**
 * Documents made from `sources` until `targetBytes` of UTF-8: paragraphs rotated and digits shifted, so no two are
 * identical.
 */
export function rotatedDocuments(sources, targetBytes) {
  const docs = [];
  let total = 0;
  for (let n = 0; total < targetBytes && sources.length > 0; n++) {
    const paragraphs = sources[n % sources.length].split("\n");
    const k = n % paragraphs.length;
    const rotated = [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join("\n");
    const doc = rotated.replace(/\d/g, (d) => String((Number(d) + n) % 10));
    docs.push(doc);
    total += Buffer.byteLength(doc, "utf8");
  }
  return docs;
}

/** The floor: a bare letters-only scan of the same text. */
const LETTERS = /[\p{L}\p{M}\p{N}]+/gu;
export function floorScan(text) {
  let n = 0;
  LETTERS.lastIndex = 0;
  while (LETTERS.exec(text) !== null) n++;
  return n;
}
