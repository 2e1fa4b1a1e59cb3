import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { describeJsonError, shortName, VietnerError } from "../errors.js";
import type { GoldDocument, PredictionDocument } from "./types.js";
import { validateGold } from "./validate-gold.js";

export interface GoldCorpus {
  documents: GoldDocument[];
  /** Document name → its text. */
  texts: Map<string, string>;
}

/** Largest gold, text or predictions file read by eval. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

function readText(path: string): string {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new VietnerError("IO_ERROR", `${shortName(path)}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, { file: path });
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof VietnerError) throw error;
    throw new VietnerError("IO_ERROR", `${shortName(path)}: cannot read (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: path });
  }
}

/** Parses JSON; an error says where the problem is, never what the file contains. */
function parseJson(raw: string, path: string, code: "INVALID_GOLD" | "INVALID_PREDICTIONS"): unknown {
  try {
    return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (error) {
    throw new VietnerError(code, `${shortName(path)}: not valid JSON (${describeJsonError(error, raw)})`, { file: path });
  }
}

/**
 * The text a gold file names must lie inside the gold folder: a `document` such as
 * "../../etc/passwd" or an absolute path, or a symlink leading out, is refused before it is opened.
 */
function textPathInside(dir: string, document: string, goldPath: string): string {
  const fail = (problem: string): never => {
    throw new VietnerError("INVALID_GOLD", `${shortName(goldPath)}: "document" ${problem}`, { file: goldPath });
  };
  if (document.length === 0 || document.includes("\0") || isAbsolute(document)) fail("must be a file name inside the gold folder");
  const root = realpathSync(dir);
  const candidate = resolve(root, document);
  const inside = (p: string): boolean => {
    const rel = relative(root, p);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!inside(candidate)) fail("must be a file name inside the gold folder");
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${shortName(goldPath)}: its text ${JSON.stringify(shortName(document))} cannot be read (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: goldPath });
  }
  if (!inside(real)) fail("leads out of the gold folder (symbolic link)");
  return real;
}

/** Every `<name>.gold.json` in `dir` with its `<name>` text beside it, validated. */
export function readGoldCorpus(dir: string): GoldCorpus {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort();
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${shortName(dir)}: cannot read the gold folder (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: dir });
  }
  if (names.length === 0) throw new VietnerError("INVALID_GOLD", `${shortName(dir)}: no *.gold.json files`);
  const documents: GoldDocument[] = [];
  const texts = new Map<string, string>();
  for (const name of names) {
    const goldPath = join(dir, name);
    const data = parseJson(readText(goldPath), goldPath, "INVALID_GOLD") as { document?: unknown };
    const document = typeof data?.document === "string" ? data.document : name.replace(/\.gold\.json$/u, "");
    const text = readText(textPathInside(dir, document, goldPath));
    if (texts.has(document)) throw new VietnerError("INVALID_GOLD", `${shortName(goldPath)}: another gold file already annotates ${JSON.stringify(shortName(document))}`, { file: goldPath });
    documents.push(validateGold(data, text, shortName(goldPath)));
    texts.set(document, text);
  }
  return { documents, texts };
}

/** A predictions file: a JSON array of {document, entities, relations}. */
export function readPredictions(path: string): PredictionDocument[] {
  const data = parseJson(readText(path), path, "INVALID_PREDICTIONS");
  const shown = shortName(path);
  if (!Array.isArray(data)) throw new VietnerError("INVALID_PREDICTIONS", `${shown}: must be a JSON array of {document, entities, relations}`, { file: path });
  const fail = (problem: string): never => {
    throw new VietnerError("INVALID_PREDICTIONS", `${shown}: ${problem}`, { file: path });
  };
  data.forEach((item, i) => {
    const p = item as Record<string, unknown>;
    if (typeof p !== "object" || p === null || Array.isArray(p) || typeof p.document !== "string" || !Array.isArray(p.entities)) fail(`item ${i} needs "document" (string) and "entities" (array)`);
    (p.entities as unknown[]).forEach((e, j) => {
      const entity = e as Record<string, unknown>;
      if (typeof entity?.type !== "string" || !Number.isInteger(entity.start) || !Number.isInteger(entity.end)) fail(`item ${i} entity ${j} needs "type" (string), "start" and "end" (integers)`);
      if (entity.value !== undefined && typeof entity.value !== "string") fail(`item ${i} entity ${j}: "value" must be a string`);
    });
    if (p.relations !== undefined && !Array.isArray(p.relations)) fail(`item ${i}: "relations" must be an array`);
    ((p.relations as unknown[] | undefined) ?? []).forEach((r, j) => {
      const relation = r as Record<string, unknown>;
      if (typeof relation !== "object" || relation === null || typeof relation.person !== "string" || typeof relation.position !== "string") fail(`item ${i} relation ${j} needs "person" and "position" (strings)`);
    });
  });
  return data as PredictionDocument[];
}
