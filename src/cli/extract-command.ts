import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { extractMany } from "../batch/extract-many.js";
import { createExtractor, type Extractor } from "../extractor.js";
import { VietnerError } from "../errors.js";
import type { EntityType, ExtractResult } from "../types.js";
import { oneOf, parseArgs, positiveNumber } from "./args.js";

export interface Io {
  stdout: Pick<Writable, "write">;
  stderr: Pick<Writable, "write"> & { isTTY?: boolean };
  stdin: Readable;
}

/** The gold-file shape of one document (docs/annotation.md), which `vietner eval --pred` reads back. */
export interface DocumentOutput {
  document: string;
  documentDate: string | null;
  entities: Array<{ type: EntityType; start: number; end: number; text: string; value?: string }>;
  relations: Array<{ type: "HOLDS"; person: string; position: string }>;
}

export function toDocumentOutput(document: string, result: ExtractResult): DocumentOutput {
  return {
    document,
    documentDate: result.documentDate,
    entities: result.entities.map((e) => (e.value === undefined ? { type: e.type, start: e.start, end: e.end, text: e.text } : { type: e.type, start: e.start, end: e.end, text: e.text, value: e.value })),
    relations: result.relations.map((r) => ({ type: "HOLDS", person: r.person, position: r.position })),
  };
}

const SPEC = {
  format: { value: true },
  "reference-date": { value: true },
  dict: { value: true, repeat: true },
  jobs: { value: true },
  "input-format": { value: true },
  output: { value: true },
};

/** Texts per batch handed to the workers when --jobs > 1; bounds memory on streamed input. */
const BATCH = 64;

export async function extractCommand(argv: readonly string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, SPEC);
  const format = oneOf(options.format ?? "json", ["json", "jsonl", "text"] as const, "format");
  const inputFormat = options["input-format"] === undefined ? undefined : oneOf(options["input-format"], ["text", "jsonl"] as const, "input-format");
  const jobs = options.jobs === undefined ? 1 : positiveNumber(options.jobs, "jobs", true);
  const referenceDate = options["reference-date"] as string | undefined;
  const dictionaries = (options.dict as string[] | undefined) ?? [];
  if (positional.length === 0) throw new VietnerError("INVALID_OPTIONS", "extract needs at least one FILE (or - for standard input)");
  const extractor = createExtractor({ dictionaries, referenceDate });

  const target = options.output === undefined ? undefined : openAtomic(options.output as string);
  const out: Pick<Writable, "write"> = target?.stream ?? io.stdout;
  const progress = io.stderr.isTTY === true ? new Progress(io.stderr) : undefined;
  let written = 0;
  const emit = (doc: DocumentOutput, result: ExtractResult): void => {
    if (format === "jsonl") out.write(JSON.stringify(doc) + "\n");
    else if (format === "json") out.write((written === 0 ? "[\n" : ",\n") + JSON.stringify(doc));
    else out.write(textTable(doc, result));
    written++;
    progress?.tick(written);
  };
  try {
    for (const input of positional) {
      const jsonl = inputFormat === "jsonl" || (inputFormat === undefined && input.endsWith(".jsonl"));
      if (jsonl) await streamJsonl(input, io, extractor, { jobs, referenceDate, dictionaries }, emit);
      else {
        const text = input === "-" ? await readAll(io.stdin) : readInput(input);
        const name = input === "-" ? "stdin" : basename(input);
        const result = extractor.extract(text);
        emit(toDocumentOutput(name, result), result);
      }
    }
    if (format === "json") out.write(written === 0 ? "[]\n" : "\n]\n");
    progress?.done();
    await target?.commit();
  } catch (error) {
    progress?.done();
    target?.abort();
    throw error;
  }
  return 0;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path });
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** JSONL in: one {id, text} per line, read line by line so memory does not grow with the input. */
async function streamJsonl(
  input: string,
  io: Io,
  extractor: Extractor,
  batchOptions: { jobs: number; referenceDate?: string; dictionaries: string[] },
  emit: (doc: DocumentOutput, result: ExtractResult) => void,
): Promise<void> {
  const stream = input === "-" ? io.stdin : createReadStream(input, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    if (input === "-") resolve();
    stream.once("open", () => resolve());
    stream.once("error", (error: NodeJS.ErrnoException) => reject(new VietnerError("IO_ERROR", `${input}: cannot read (${error.code ?? error.message})`, { file: input })));
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let batch: Array<{ id: string; text: string }> = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = batchOptions.jobs > 1
      ? await extractMany(batch.map((b) => b.text), { workers: batchOptions.jobs, referenceDate: batchOptions.referenceDate, dictionaries: batchOptions.dictionaries })
      : batch.map((b) => extractor.extract(b.text));
    batch.forEach((b, k) => emit(toDocumentOutput(b.id, results[k]!), results[k]!));
    batch = [];
  };
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new VietnerError("INVALID_INPUT", `${input}:${lineNumber}: not a JSON object`);
    }
    const r = record as { id?: unknown; text?: unknown };
    if (typeof r !== "object" || r === null || typeof r.text !== "string" || (r.id !== undefined && typeof r.id !== "string" && typeof r.id !== "number")) {
      throw new VietnerError("INVALID_INPUT", `${input}:${lineNumber}: expected {"id": string, "text": string}`);
    }
    batch.push({ id: r.id === undefined ? String(lineNumber) : String(r.id), text: r.text });
    if (batch.length >= (batchOptions.jobs > 1 ? BATCH * batchOptions.jobs : 1)) await flush();
  }
  await flush();
}

function textTable(doc: DocumentOutput, result: ExtractResult): string {
  const lines = [`# ${doc.document}  (documentDate: ${doc.documentDate ?? "none"}, language: ${result.language})`];
  for (const e of doc.entities) lines.push(`${e.type.padEnd(13)}${`${e.start}-${e.end}`.padEnd(12)}${e.text}${e.value ? `  → ${e.value}` : ""}`);
  for (const r of doc.relations) lines.push(`HOLDS        ${r.person}  ⟶  ${r.position}`);
  return lines.join("\n") + "\n\n";
}

/** Writes to a temporary file beside the target and renames it only when everything succeeded. */
function openAtomic(path: string): { stream: WriteStream; commit(): Promise<void>; abort(): void } {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp, { encoding: "utf8" });
  let failed: Error | undefined;
  stream.on("error", (error) => (failed = error));
  return {
    stream,
    commit: () => new Promise<void>((resolve, reject) => {
      stream.end(() => {
        if (failed) {
          rmSync(temp, { force: true });
          reject(new VietnerError("IO_ERROR", `${path}: cannot write (${failed.message})`, { file: path }));
          return;
        }
        try {
          renameSync(temp, path);
          resolve();
        } catch (error) {
          rmSync(temp, { force: true });
          reject(new VietnerError("IO_ERROR", `${path}: cannot write (${(error as Error).message})`, { file: path }));
        }
      });
    }),
    abort: () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

/** A one-line progress counter on a terminal's stderr. */
class Progress {
  private last = 0;
  constructor(private readonly stream: Pick<Writable, "write">) {}
  tick(count: number): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r vietner: ${count} document${count === 1 ? "" : "s"} `);
  }
  done(): void {
    if (this.last > 0) this.stream.write("\n");
  }
}
