import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createExtractor, defaultExtractor, type ExtractorOptions } from "../extractor.js";
import { VietnerError } from "../errors.js";
import type { ExtractOptions, ExtractResult } from "../types.js";

export interface ExtractManyOptions extends ExtractorOptions, Pick<ExtractOptions, "types"> {
  /**
   * Worker threads to use; default min(available cores − 1, 4), leaving one core for this thread,
   * which hands out texts and parses results. 1 (or a small batch) runs in this thread.
   */
  workers?: number;
}

/** Texts per message to a worker: big enough to amortise messaging, small enough to balance load. */
const CHUNK = 16;

/**
 * Below this many UTF-16 units in all, starting workers (each loads the dictionaries) costs more
 * than it saves: the texts are extracted in this thread. Measured in bench/run.mjs.
 */
export const MIN_PARALLEL_LENGTH = 2_000_000;

/** dist/worker.js, next to whichever bundle (index.js, index.cjs, cli.js) is running; undefined from src/. */
function workerFile(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return import.meta.url.includes("/dist/") && existsSync(url) ? url : undefined;
}

/**
 * Extracts from many texts on worker threads; results come back in input order. Options are those
 * of createExtractor plus `workers` and `types`. Rejects with the first VietnerError any text raises.
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
  // More workers than cores only adds memory and start-up time.
  const cores = availableParallelism();
  const wanted = Math.min(requested ?? Math.max(1, Math.min(cores - 1, 4)), cores);
  const workers = total < MIN_PARALLEL_LENGTH ? 1 : Math.max(1, Math.min(wanted, Math.ceil(texts.length / CHUNK)));
  const extractOptions: ExtractOptions = types ? { types } : {};
  const file = workerFile();
  if (workers <= 1 || file === undefined) {
    // With default options, the shared extractor: its dictionary branches are already open from earlier calls.
    const extractor = Object.keys(extractorOptions).length === 0 ? defaultExtractor() : createExtractor(extractorOptions);
    return texts.map((t) => extractor.extract(t, extractOptions));
  }
  // Validate options (and dictionaries) here first, so errors surface once and synchronously typed.
  createExtractor(extractorOptions);
  const results = new Array<ExtractResult>(texts.length);
  const chunks: Array<{ id: number; start: number; texts: string[] }> = [];
  for (let start = 0, id = 0; start < texts.length; start += CHUNK, id++) chunks.push({ id, start, texts: texts.slice(start, start + CHUNK) as string[] });
  let next = 0;
  const pool = Array.from({ length: workers }, () => new Worker(file, { workerData: { extractorOptions, extractOptions } }));
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const send = (): void => {
        const chunk = chunks[next++];
        if (!chunk) {
          resolve();
          return;
        }
        worker.postMessage({ id: chunk.id, texts: chunk.texts });
      };
      worker.on("message", (message: { ready?: boolean; fatal?: { code: string; message: string }; id?: number; json?: string; error?: { code: string; message: string } }) => {
        if (message.fatal || message.error) {
          const e = (message.fatal ?? message.error)!;
          reject(new VietnerError((e.code as VietnerError["code"]) ?? "INVALID_INPUT", e.message));
          return;
        }
        if (message.json !== undefined && message.id !== undefined) {
          const chunk = chunks[message.id]!;
          (JSON.parse(message.json) as ExtractResult[]).forEach((r, k) => (results[chunk.start + k] = r));
        }
        send();
      });
      worker.on("error", (error) => reject(error));
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
