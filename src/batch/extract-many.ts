import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createExtractor, defaultExtractor, type ExtractorOptions } from "../extractor.js";
import { VietnerError } from "../errors.js";
import type { ExtractOptions, ExtractResult } from "../types.js";
import { WorkerPool, type Chunk } from "./pool.js";

export interface ExtractManyOptions extends ExtractorOptions, Pick<ExtractOptions, "types"> {
  /**
   * Worker threads to use; default min(available cores − 1, 4), leaving one core for this thread,
   * which hands out texts and parses results; capped at the core count. 1 (or a batch under
   * MIN_PARALLEL_LENGTH characters) runs in this thread.
   */
  workers?: number;
}

/** Texts per hand-out: big enough to amortise messaging, small enough to balance load. */
const CHUNK = 16;

/**
 * Below this many UTF-16 units in all, a thread that is not yet warm costs more than it saves: the
 * texts are extracted in this thread. Measured in bench/run.mjs.
 */
export const MIN_PARALLEL_LENGTH = 2_000_000;

/** dist/worker.js, next to whichever bundle (index.js, index.cjs, cli.js) is running; undefined from src/. */
function workerFile(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return import.meta.url.includes("/dist/") && existsSync(url) ? url : undefined;
}

/** The warm pool of the last options used; another option set replaces it (memory stays bounded). */
let kept: { key: string; pool: WorkerPool } | undefined;

function poolFor(file: URL, size: number, extractorOptions: object): { pool: WorkerPool; temporary: boolean } {
  const key = `${size}:${JSON.stringify(extractorOptions)}`;
  if (kept && kept.key === key && !kept.pool.broken && !kept.pool.busy) return { pool: kept.pool, temporary: false };
  // A concurrent call gets a pool of its own, closed when it ends.
  if (kept && kept.key === key && kept.pool.busy) return { pool: new WorkerPool(file, size, extractorOptions), temporary: true };
  if (kept) void kept.pool.close();
  kept = { key, pool: new WorkerPool(file, size, extractorOptions) };
  return { pool: kept.pool, temporary: false };
}

/**
 * Extracts from many texts on worker threads, kept warm between calls; results come back in input
 * order. Options are those of createExtractor plus `workers` and `types`. Rejects with the first
 * VietnerError any text raises.
 */
export async function extractMany(texts: readonly string[], options: ExtractManyOptions = {}): Promise<ExtractResult[]> {
  if (!Array.isArray(texts)) throw new VietnerError("INVALID_INPUT", "extractMany: texts must be an array of strings");
  let total = 0;
  // A plain loop, not forEach: holes in a sparse array are items that are not strings.
  for (let i = 0; i < texts.length; i++) {
    const text: unknown = texts[i];
    if (typeof text !== "string") throw new VietnerError("INVALID_INPUT", `extractMany: texts[${i}] is ${text === null ? "null" : typeof text}, not a string`, { index: i });
    total += text.length;
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new VietnerError("INVALID_OPTIONS", "extractMany: options must be an object");
  const { workers: requested, types, ...extractorOptions } = options;
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) throw new VietnerError("INVALID_OPTIONS", "extractMany: workers must be a positive integer");
  // More threads than cores only adds memory and start-up time.
  const cores = availableParallelism();
  const wanted = Math.min(requested ?? Math.max(1, Math.min(cores - 1, 4)), cores);
  const threads = total < MIN_PARALLEL_LENGTH ? 1 : Math.max(1, Math.min(wanted, Math.ceil(texts.length / CHUNK)));
  const extractOptions: ExtractOptions = types ? { types } : {};
  // With default options, the shared extractor: its dictionary branches are already open from earlier
  // calls. Built here in any case, so bad options and dictionaries fail once, typed, in this thread.
  const extractor = Object.keys(extractorOptions).length === 0 ? defaultExtractor() : createExtractor(extractorOptions);
  const file = workerFile();
  if (threads <= 1 || file === undefined) return texts.map((t) => extractor.extract(t, extractOptions));

  const results = new Array<ExtractResult>(texts.length);
  let next = 0;
  const take = (): Chunk | undefined => {
    if (next >= texts.length) return undefined;
    const chunk = { start: next, texts: texts.slice(next, next + CHUNK) as string[] };
    next += CHUNK;
    return chunk;
  };
  const done = (chunk: Chunk, chunkResults: ExtractResult[]): void => chunkResults.forEach((r, k) => (results[chunk.start + k] = r));
  const { pool, temporary } = poolFor(file, threads, extractorOptions);
  try {
    await pool.run(take, done, extractOptions);
  } finally {
    // A failed call breaks the pool (run marks it): close it, as a temporary one always is.
    if (temporary || pool.broken) await pool.close();
  }
  return results;
}
