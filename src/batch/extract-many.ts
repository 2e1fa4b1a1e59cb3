import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createExtractor, type ExtractorOptions } from "../extractor.js";
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

// The worker loads this same module file (ESM or CJS build) and runs a private extractor.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.moduleUrl).then((m) => {
  const api = m.createExtractor ? m : m.default;
  let extractor;
  try { extractor = api.createExtractor(workerData.extractorOptions); }
  catch (e) { parentPort.postMessage({ fatal: { code: e.code, message: e.message } }); return; }
  parentPort.on("message", ({ id, texts }) => {
    // JSON text crosses the thread boundary faster than structured clones of many small objects.
    try { parentPort.postMessage({ id, json: JSON.stringify(texts.map((t) => extractor.extract(t, workerData.extractOptions))) }); }
    catch (e) { parentPort.postMessage({ id, error: { code: e.code, message: e.message } }); }
  });
  parentPort.postMessage({ ready: true });
}, (e) => parentPort.postMessage({ fatal: { code: "IO_ERROR", message: String(e && e.message || e) } }));
`;

function moduleUrl(): string {
  // tsup's shims give CJS builds an import.meta.url too.
  return import.meta.url;
}

/**
 * Extracts from many texts on worker threads; results come back in input order. Options are those
 * of createExtractor plus `workers` and `types`. Rejects with the first VietnerError any text raises.
 */
export async function extractMany(texts: readonly string[], options: ExtractManyOptions = {}): Promise<ExtractResult[]> {
  if (!Array.isArray(texts)) throw new VietnerError("INVALID_INPUT", "extractMany: texts must be an array of strings");
  const { workers: requested, types, ...extractorOptions } = options;
  const workers = Math.max(1, Math.min(requested ?? Math.min(availableParallelism() - 1, 4), Math.ceil(texts.length / CHUNK)));
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) throw new VietnerError("INVALID_OPTIONS", "extractMany: workers must be a positive integer");
  const extractOptions: ExtractOptions = types ? { types } : {};
  if (workers <= 1 || !moduleUrl().endsWith(".js") && !moduleUrl().endsWith(".cjs")) {
    const extractor = createExtractor(extractorOptions);
    return texts.map((t) => extractor.extract(t, extractOptions));
  }
  // Validate options (and dictionaries) here first, so errors surface once and synchronously typed.
  createExtractor(extractorOptions);
  const results = new Array<ExtractResult>(texts.length);
  const chunks: Array<{ id: number; start: number; texts: string[] }> = [];
  for (let start = 0, id = 0; start < texts.length; start += CHUNK, id++) chunks.push({ id, start, texts: texts.slice(start, start + CHUNK) as string[] });
  let next = 0;
  const pool = Array.from({ length: workers }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl: moduleUrl(), extractorOptions, extractOptions } }));
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
