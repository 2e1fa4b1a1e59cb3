import { Worker } from "node:worker_threads";
import { VietnerError } from "../errors.js";
import type { ExtractOptions, ExtractResult } from "../types.js";

/**
 * Workers start with no Node flags of the caller's. dist/worker.js is plain JavaScript that needs no
 * loader, and passing the parent's flags breaks: "--input-type" (as in `node --input-type=module -e …`)
 * makes a worker refuse its file, and V8 or process flags ("--max-old-space-size", "--expose-gc",
 * common in production) make `new Worker` throw ERR_WORKER_INVALID_EXEC_ARGV.
 */
const WORKER_EXEC_ARGV: string[] = [];
/** Megabytes of young generation per worker (V8 default: 16 on 64-bit). */
const WORKER_YOUNG_GENERATION_MB = 64;

/** A slice of the caller's texts, handed out whole to one thread. */
export interface Chunk {
  start: number;
  texts: string[];
}

interface Reply {
  ready?: boolean;
  fatal?: { code: string; message: string };
  id?: number;
  json?: string;
  error?: { code: string; message: string };
}

/**
 * Worker threads kept warm between extractMany calls. A fresh thread runs its first megabyte about
 * three times slower than a warm one (the JIT compiles, dictionary branches open), so threads started
 * per call never pay on a machine with few cores. Idle workers are unref'd: they never keep the
 * process alive. One call at a time; a call that fails ends the pool.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  /** Workers that have said they are ready (their dictionaries loaded). */
  private readonly ready = new WeakSet<Worker>();
  busy = false;
  broken = false;

  constructor(file: URL, size: number, extractorOptions: object) {
    this.workers = Array.from({ length: size }, () => {
      // A young generation larger than V8's default: extraction allocates many short-lived objects, and
      // fewer scavenges took 2 workers from 1.1× to 1.4× a plain loop on 10 MB (bench/run.mjs, 2 cores).
      const worker = new Worker(file, { workerData: { extractorOptions }, execArgv: WORKER_EXEC_ARGV, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.unref();
      // An error between calls (none is expected) must not crash the process: the pool is dropped.
      worker.on("error", () => (this.broken = true));
      worker.on("exit", () => (this.broken = true));
      return worker;
    });
  }

  /** Runs chunks from `take` on every worker until it has none left; `done` receives each chunk's results. */
  async run(take: () => Chunk | undefined, done: (chunk: Chunk, results: ExtractResult[]) => void, options: ExtractOptions): Promise<void> {
    this.busy = true;
    const cleanups: Array<() => void> = [];
    try {
      await Promise.all(this.workers.map((worker) => new Promise<void>((resolve, reject) => {
        worker.ref();
        // Two chunks in flight, so a worker never waits while this thread is busy extracting its own.
        const inFlight: Chunk[] = [];
        let finished = false;
        const send = (): void => {
          const chunk = take();
          if (chunk) {
            inFlight.push(chunk);
            worker.postMessage({ id: chunk.start, texts: chunk.texts, options });
          }
        };
        const onMessage = (reply: Reply): void => {
          const failure = reply.fatal ?? reply.error;
          if (failure) {
            reject(new VietnerError((failure.code as VietnerError["code"]) ?? "INVALID_INPUT", failure.message));
            return;
          }
          if (reply.json !== undefined) done(inFlight.shift()!, JSON.parse(reply.json) as ExtractResult[]);
          if (reply.ready) {
            send();
            send();
          } else if (reply.json !== undefined) send();
          if (inFlight.length === 0 && !finished) {
            finished = true;
            resolve();
          }
        };
        const onError = (error: Error): void => reject(error);
        const onExit = (): void => reject(new VietnerError("IO_ERROR", "extractMany: a worker thread stopped"));
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        cleanups.push(() => {
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
          worker.unref();
        });
        // A worker that is already warm said "ready" long ago: start it now.
        if (this.ready.has(worker)) onMessage({ ready: true });
        else worker.once("message", () => this.ready.add(worker));
      })));
    } catch (error) {
      this.broken = true;
      throw error;
    } finally {
      for (const cleanup of cleanups) cleanup();
      this.busy = false;
    }
  }

  async close(): Promise<void> {
    this.broken = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
