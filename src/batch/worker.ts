/**
 * The worker thread of extractMany, built as its own file (dist/worker.js) so that whichever bundle
 * starts it — the ESM or CJS library, or the CLI — the worker loads the extractor and nothing else.
 * It stays alive between calls (see pool.ts); each message carries its texts and extract options.
 *
 * The extractor comes from the library bundle beside this file (dist/library.cjs), run from its V8 code cache as both
 * entries of the package run it (load-commonjs.ts): a worker then starts without parsing and compiling its own copy of
 * the extractor (about 40 ms of a worker's start, and 10 ms of its first batch, on a 2-core machine).
 */
import { fileURLToPath } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { runCommonJsBundle } from "../load-commonjs.js";
import type { createExtractor as CreateExtractor, Extractor } from "../extractor.js";
import type { ExtractOptions } from "../types.js";

const port = parentPort;
if (port) {
  const { extractorOptions } = workerData as { extractorOptions: Parameters<typeof CreateExtractor>[0] };
  let extractor: Extractor | undefined;
  try {
    const { createExtractor } = runCommonJsBundle(fileURLToPath(new URL("./library.cjs", import.meta.url))) as { createExtractor: typeof CreateExtractor };
    extractor = createExtractor(extractorOptions);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    port.postMessage({ fatal: { code: e.code ?? "IO_ERROR", message: String(e.message ?? error) } });
  }
  if (extractor) {
    const ready = extractor;
    port.on("message", ({ id, texts, options }: { id: number; texts: string[]; options: ExtractOptions }) => {
      // JSON text crosses the thread boundary faster than structured clones of many small objects.
      try {
        port.postMessage({ id, json: JSON.stringify(texts.map((t) => ready.extract(t, options))) });
      } catch (error) {
        const e = error as { code?: string; message?: string };
        port.postMessage({ id, error: { code: e.code ?? "INVALID_INPUT", message: String(e.message ?? error) } });
      }
    });
    port.postMessage({ ready: true });
  }
}
