import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VietnerError } from "../errors.js";
import type { GoldDocument, PredictionDocument } from "./types.js";
import { validateGold } from "./validate-gold.js";

export interface GoldCorpus {
  documents: GoldDocument[];
  /** Document name → its text. */
  texts: Map<string, string>;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path });
  }
}

function parseJson(raw: string, path: string, code: "INVALID_GOLD" | "INVALID_PREDICTIONS"): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new VietnerError(code, `${path}: not valid JSON (${(error as Error).message})`, { file: path });
  }
}

/** Every `<name>.gold.json` in `dir` with its `<name>` text beside it, validated. */
export function readGoldCorpus(dir: string): GoldCorpus {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort();
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${dir}: cannot read the gold folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: dir });
  }
  if (names.length === 0) throw new VietnerError("INVALID_GOLD", `${dir}: no *.gold.json files`);
  const documents: GoldDocument[] = [];
  const texts = new Map<string, string>();
  for (const name of names) {
    const goldPath = join(dir, name);
    const data = parseJson(readText(goldPath), goldPath, "INVALID_GOLD") as { document?: unknown };
    const document = typeof data?.document === "string" ? data.document : name.replace(/\.gold\.json$/u, "");
    const text = readText(join(dir, document));
    documents.push(validateGold(data, text, goldPath));
    texts.set(document, text);
  }
  return { documents, texts };
}

/** A predictions file: a JSON array of {document, entities, relations}. */
export function readPredictions(path: string): PredictionDocument[] {
  const data = parseJson(readText(path), path, "INVALID_PREDICTIONS");
  if (!Array.isArray(data)) throw new VietnerError("INVALID_PREDICTIONS", `${path}: must be a JSON array of {document, entities, relations}`, { file: path });
  data.forEach((item, i) => {
    const p = item as Record<string, unknown>;
    if (typeof p !== "object" || p === null || typeof p.document !== "string" || !Array.isArray(p.entities)) {
      throw new VietnerError("INVALID_PREDICTIONS", `${path}: item ${i} needs "document" (string) and "entities" (array)`, { file: path });
    }
    (p.entities as unknown[]).forEach((e, j) => {
      const entity = e as Record<string, unknown>;
      if (typeof entity?.type !== "string" || !Number.isInteger(entity.start) || !Number.isInteger(entity.end)) {
        throw new VietnerError("INVALID_PREDICTIONS", `${path}: item ${i} entity ${j} needs type, start and end`, { file: path });
      }
    });
  });
  return data as PredictionDocument[];
}
