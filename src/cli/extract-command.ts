import { createReadStream, readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Readable, Writable } from "node:stream";
import { extractMany } from "../batch/extract-many.js";
import { checkReferenceDate, createExtractor, DEFAULT_MAX_LENGTH, type Extractor } from "../extractor.js";
import { describeJsonError, shortName, VietnerError } from "../errors.js";
import type { EntityType, ExtractResult } from "../types.js";
import { oneOf, parseArgs, positiveNumber } from "./args.js";
import { readLines } from "./lines.js";
import { toConll } from "../formats/conll.js";
import { toDoccano } from "../formats/doccano.js";
import { toLabelStudioTask } from "../formats/label-studio.js";
import { VERSION } from "../version.js";
import { fileSize, openOutputFile, type OutputFile } from "./output-file.js";

export interface Io {
  stdout: Pick<Writable, "write"> & { once?: Writable["once"]; removeListener?: Writable["removeListener"] };
  stderr: Pick<Writable, "write"> & { isTTY?: boolean };
  stdin: Readable;
}

/** The gold-file shape of one document (docs/annotation.md), which `vietner eval --pred` reads back. */
export interface DocumentOutput {
  document: string;
  documentDate: string | null;
  entities: Array<{ type: EntityType; start: number; end: number; text: string; value?: string; lunar?: string }>;
  relations: Array<{ type: "HOLDS"; person: string; position: string }>;
}

export function toDocumentOutput(document: string, result: ExtractResult): DocumentOutput {
  return {
    document,
    documentDate: result.documentDate,
    entities: result.entities.map((e) => {
      const out: DocumentOutput["entities"][number] = { type: e.type, start: e.start, end: e.end, text: e.text };
      if (e.value !== undefined) out.value = e.value;
      if (e.lunar !== undefined) out.lunar = e.lunar;
      return out;
    }),
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
  "max-length": { value: true },
  "skip-bad-lines": { value: false },
  nesting: { value: true },
};

/** Texts per batch handed to the workers when --jobs > 1; bounds memory on streamed input. */
const BATCH = 64;

/** One input that could not be processed: reported on stderr at once, the run goes on. */
class InputFailure extends Error {}

interface Run {
  extractor: Extractor;
  jobs: number;
  maxLength: number;
  referenceDate?: string;
  dictionaries: string[];
  skipBadLines: boolean;
  /** Ids seen so far, by a 53-bit hash (a string per line would grow without bound on a large corpus), with their line. */
  seenIds: Map<number, number>;
  /** Sends one result to the output, waiting while the reader is slow. */
  emit(doc: DocumentOutput, result: ExtractResult, text: string): Promise<void>;
  fail(message: string): void;
  skipped: number;
}

export async function extractCommand(argv: readonly string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, SPEC);
  const format = oneOf(options.format ?? "json", ["json", "jsonl", "text", "conll", "doccano", "label-studio"] as const, "format");
  const nesting = options.nesting === undefined ? "outer" : oneOf(options.nesting, ["outer", "inner"] as const, "nesting");
  if (options.nesting !== undefined && format !== "conll") throw new VietnerError("INVALID_OPTIONS", "--nesting applies to --format conll only");
  const inputFormat = options["input-format"] === undefined ? undefined : oneOf(options["input-format"], ["text", "jsonl"] as const, "input-format");
  const jobs = options.jobs === undefined ? 1 : positiveNumber(options.jobs, "jobs", true, 256);
  const maxLength = options["max-length"] === undefined ? DEFAULT_MAX_LENGTH : positiveNumber(options["max-length"], "max-length", true, 100_000_000);
  const referenceDate = checkReferenceDate(options["reference-date"], "--reference-date");
  const dictionaries = (options.dict as string[] | undefined) ?? [];
  if (positional.length === 0) throw new VietnerError("INVALID_OPTIONS", "extract needs at least one FILE (or - for standard input)");
  if (positional.filter((p) => p === "-").length > 1) throw new VietnerError("INVALID_OPTIONS", "standard input (-) can be read only once");
  const extractor = createExtractor({ dictionaries, referenceDate, maxLength });

  // The output file is created before any input is read: an unwritable folder fails at once.
  const target = options.output === undefined ? undefined : openOutputFile(options.output as string);
  const removeSignalHandlers = target ? cleanUpOnSignal(target) : () => {};
  const out = target?.stream ?? io.stdout;
  const progress = io.stderr.isTTY === true ? new Progress(io.stderr) : undefined;
  let written = 0;
  let failures = 0;
  const run: Run = {
    extractor,
    jobs,
    maxLength,
    referenceDate,
    dictionaries,
    skipBadLines: options["skip-bad-lines"] === true,
    seenIds: new Map(),
    skipped: 0,
    emit: async (doc, result, text) => {
      const chunk =
        format === "jsonl" ? JSON.stringify(doc) + "\n"
        : format === "json" ? (written === 0 ? "[\n" : ",\n") + JSON.stringify(doc)
        : format === "conll" ? `-DOCSTART- -X- -X- O\n\n${toConll(text, doc.entities, { nesting })}`
        : format === "doccano" ? toDoccano(text, doc.entities, { id: doc.document }) + "\n"
        : format === "label-studio" ? (written === 0 ? "[\n" : ",\n") + JSON.stringify(toLabelStudioTask(doc.document, text, doc.entities, `vietner ${VERSION}`))
        : textTable(doc, result);
      written++;
      progress?.tick(written);
      await write(out, chunk);
    },
    fail: (message) => {
      failures++;
      io.stderr.write(`vietner: ${message}\n`);
    },
  };
  try {
    const textFiles: string[] = [];
    for (const input of positional) {
      const jsonl = inputFormat === "jsonl" || (inputFormat === undefined && input.endsWith(".jsonl"));
      if (!jsonl) {
        textFiles.push(input);
        if (textFiles.length >= (jobs > 1 ? BATCH * jobs : 1)) await extractTextFiles(textFiles.splice(0), io, run);
        continue;
      }
      await extractTextFiles(textFiles.splice(0), io, run);
      try {
        await streamJsonl(input, io, run);
      } catch (error) {
        if (!(error instanceof InputFailure)) throw error;
        run.fail(error.message);
      }
    }
    await extractTextFiles(textFiles, io, run);
    if (format === "json" || format === "label-studio") await write(out, written === 0 ? "[]\n" : "\n]\n");
    progress?.done();
    await target?.commit();
  } catch (error) {
    progress?.done();
    target?.abort();
    throw error;
  } finally {
    removeSignalHandlers();
  }
  if (run.skipped > 0) io.stderr.write(`vietner: skipped ${run.skipped} bad line${run.skipped === 1 ? "" : "s"} (--skip-bad-lines)\n`);
  return failures > 0 ? 2 : 0;
}

/** Writes and, when the stream's buffer is full, waits until the reader has taken it. */
async function write(out: Io["stdout"], chunk: string): Promise<void> {
  if (out.write(chunk) || typeof out.once !== "function") return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      out.removeListener?.("error", onError);
      resolve();
    };
    const onError = (error: Error): void => {
      out.removeListener?.("drain", onDrain);
      reject(error);
    };
    out.once!("drain", onDrain);
    out.once!("error", onError);
  });
}

/** Ctrl-C or a kill while writing --output: remove the temporary file, then exit as signalled. */
function cleanUpOnSignal(target: OutputFile): () => void {
  const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((signal) => {
    const handler = (): void => {
      target.abort();
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.removeListener(signal, handler));
}

/** Text files (and "-"): each one document; with --jobs > 1 a batch goes to the workers. */
async function extractTextFiles(inputs: string[], io: Io, run: Run): Promise<void> {
  if (inputs.length === 0) return;
  const docs: Array<{ name: string; text: string }> = [];
  for (const input of inputs) {
    try {
      docs.push({ name: input === "-" ? "stdin" : basename(input), text: input === "-" ? await readStdin(io.stdin, run.maxLength) : readTextFile(input, run.maxLength) });
    } catch (error) {
      if (!(error instanceof InputFailure)) throw error;
      run.fail(error.message);
    }
  }
  const results = run.jobs > 1 && docs.length > 1
    ? await extractMany(docs.map((d) => d.text), { workers: run.jobs, referenceDate: run.referenceDate, dictionaries: run.dictionaries, maxLength: run.maxLength })
    : docs.map((d) => run.extractor.extract(d.text));
  for (let k = 0; k < docs.length; k++) await run.emit(toDocumentOutput(docs[k]!.name, results[k]!), results[k]!, docs[k]!.text);
}

function tooLarge(where: string, size: string, maxLength: number): InputFailure {
  return new InputFailure(`${where}: ${size}, over the input limit of ${maxLength.toLocaleString("en-US")} characters (--max-length)`);
}

function readTextFile(path: string, maxLength: number): string {
  const shown = shortName(path);
  // A UTF-8 file of n bytes has at most n and at least n/3 UTF-16 units: refuse a certainly-too-big file unread.
  const bytes = fileSize(path);
  if (bytes !== undefined && bytes > 3 * maxLength) throw tooLarge(shown, `${bytes.toLocaleString("en-US")} bytes`, maxLength);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputFailure(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? "read error"})`);
  }
  if (text.length > maxLength) throw tooLarge(shown, `${text.length.toLocaleString("en-US")} characters`, maxLength);
  return text;
}

async function readStdin(stream: Readable, maxLength: number): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > 3 * maxLength) {
      stream.destroy();
      throw tooLarge("standard input", `more than ${(3 * maxLength).toLocaleString("en-US")} bytes`, maxLength);
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length > maxLength) throw tooLarge("standard input", `${text.length.toLocaleString("en-US")} characters`, maxLength);
  return text;
}

/** JSONL in: one {id, text} per line, streamed so memory does not grow with the input. */
async function streamJsonl(input: string, io: Io, run: Run): Promise<void> {
  const shown = input === "-" ? "stdin" : shortName(input);
  let stream: Readable;
  if (input === "-") stream = io.stdin;
  else {
    const bytes = fileSize(input);
    if (bytes === undefined) throw new InputFailure(`${shown}: cannot read (not found or not accessible)`);
    const file = createReadStream(input);
    await new Promise<void>((resolve, reject) => {
      file.once("open", () => resolve());
      file.once("error", (error: NodeJS.ErrnoException) => reject(new InputFailure(`${shown}: cannot read (${error.code ?? "read error"})`)));
    });
    stream = file;
  }
  // A JSON string may escape each character as \uXXXX: allow for that, plus the id and braces.
  const maxLineLength = 6 * run.maxLength + 4096;
  let batch: Array<{ id: string; text: string }> = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = run.jobs > 1
      ? await extractMany(batch.map((b) => b.text), { workers: run.jobs, referenceDate: run.referenceDate, dictionaries: run.dictionaries, maxLength: run.maxLength })
      : batch.map((b) => run.extractor.extract(b.text));
    for (let k = 0; k < batch.length; k++) await run.emit(toDocumentOutput(batch[k]!.id, results[k]!), results[k]!, batch[k]!.text);
    batch = [];
  };
  const bad = (number: number, problem: string): void => {
    if (run.skipBadLines) run.skipped++;
    else run.fail(`${shown}:${number}: ${problem}`);
  };
  try {
    for await (const line of readLines(stream, maxLineLength)) {
      if (line.tooLong) {
        bad(line.number, `line longer than ${maxLineLength.toLocaleString("en-US")} characters (--max-length)`);
        continue;
      }
      if (line.text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(line.text);
      } catch (error) {
        bad(line.number, `not valid JSON (${describeJsonError(error, line.text)})`);
        continue;
      }
      const r = record as { id?: unknown; text?: unknown };
      if (typeof r !== "object" || r === null || Array.isArray(r) || typeof r.text !== "string" || (r.id !== undefined && typeof r.id !== "string" && typeof r.id !== "number")) {
        bad(line.number, `expected {"id": string, "text": string}`);
        continue;
      }
      if (r.text.length > run.maxLength) {
        bad(line.number, `text is ${r.text.length.toLocaleString("en-US")} characters, over the input limit of ${run.maxLength.toLocaleString("en-US")} (--max-length)`);
        continue;
      }
      // A line without an id is named by its line number; ids must name one document each.
      const id = r.id === undefined ? String(line.number) : String(r.id);
      const key = idHash(`${input}\u0000${id}`);
      const earlier = run.seenIds.get(key);
      if (earlier !== undefined) {
        bad(line.number, `id ${JSON.stringify(shortName(id))} is already used by line ${earlier}`);
        continue;
      }
      run.seenIds.set(key, line.number);
      batch.push({ id, text: r.text });
      if (batch.length >= (run.jobs > 1 ? BATCH * run.jobs : 1)) await flush();
    }
  } catch (error) {
    if (error instanceof VietnerError || error instanceof InputFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    // The input broke off (a read error): what was read so far is kept.
    await flush();
    throw new InputFailure(`${shown}: cannot read further (${code})`);
  }
  await flush();
}

/**
 * A 53-bit hash of an id (two 32-bit FNV-1a hashes with different offsets): 1.5 million ids cost
 * tens of megabytes as numbers, not as strings; two ids colliding is about a one-in-ten-thousand
 * chance even at that size.
 */
function idHash(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * Control characters shown as \u{…}: a document id or an entity from the input must not reach a
 * terminal as an escape sequence (nor reorder the line: bidirectional overrides are escaped too).
 */
function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

function textTable(doc: DocumentOutput, result: ExtractResult): string {
  const lines = [`# ${visible(doc.document)}  (documentDate: ${doc.documentDate ?? "none"}, language: ${result.language})`];
  for (const e of doc.entities) lines.push(`${e.type.padEnd(13)}${`${e.start}-${e.end}`.padEnd(12)}${visible(e.text)}${e.value ? `  → ${e.value}` : ""}`);
  for (const r of doc.relations) lines.push(`HOLDS        ${visible(r.person)}  ⟶  ${visible(r.position)}`);
  return lines.join("\n") + "\n\n";
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
