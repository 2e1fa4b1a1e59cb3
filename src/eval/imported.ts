import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { shortName, VietnerError } from "../errors.js";
import { parseConll, type ImportedDocument } from "../formats/conll.js";
import { parseDoccano } from "../formats/doccano.js";
import { parseLabelStudio } from "../formats/label-studio.js";
import type { EntityType } from "../types.js";

export type GoldFormat = "vietner" | "conll" | "doccano" | "label-studio";

/** The format of a gold path: a folder is vietner's own; a file is told by its extension. */
export function goldFormatOf(path: string, forced?: GoldFormat): GoldFormat {
  if (forced) return forced;
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${shortName(path)}: cannot read (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: path });
  }
  if (isDirectory) return "vietner";
  const ext = extname(path).toLowerCase();
  if ([".conll", ".iob", ".iob2", ".bio", ".tsv", ".txt"].includes(ext)) return "conll";
  if (ext === ".jsonl") return "doccano";
  if (ext === ".json") return "label-studio";
  throw new VietnerError("INVALID_OPTIONS", `${shortName(path)}: cannot tell the gold format from the name; use --gold-format conll|doccano|label-studio, or a folder of *.gold.json`);
}

/** Reads gold in another tool's format: CoNLL/IOB2, doccano JSONL or a Label Studio export. */
export function readImportedGold(path: string, format: Exclude<GoldFormat, "vietner">, map: ReadonlyMap<string, EntityType>): ImportedDocument[] {
  let raw: string;
  try {
    if (statSync(path).size > 256 * 1024 * 1024) throw new VietnerError("IO_ERROR", `${shortName(path)}: larger than 256 MiB`, { file: path });
    raw = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof VietnerError) throw error;
    throw new VietnerError("IO_ERROR", `${shortName(path)}: cannot read (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: path });
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const name = shortName(basename(path));
  const docs = format === "conll" ? parseConll(raw, name, map) : format === "doccano" ? parseDoccano(raw, name, map) : parseLabelStudio(raw, name, map);
  if (docs.length === 0) throw new VietnerError("INVALID_GOLD", `${name}: no documents`, { file: path });
  return docs;
}
