import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { VietnerError } from "../errors.js";
import type { DictionaryFile } from "./types.js";
import { validateDictionaryFile } from "./validate.js";

/** Finds the package's own `dictionaries/` folder from dist/ (published) or src/ (tests). */
export function builtinDictionaryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, "../dictionaries"), resolve(here, "../../dictionaries"), resolve(here, "../../../dictionaries")]) {
    if (existsSync(join(candidate, "positions.json"))) return candidate;
  }
  throw new VietnerError("IO_ERROR", `vietner: cannot find the dictionaries folder next to ${here}`);
}

/** Reads and validates one dictionary file; errors name the file. */
export function readDictionaryFile(path: string): DictionaryFile {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${path}: cannot read dictionary file (${(error as Error).message})`, { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new VietnerError("INVALID_DICTIONARY", `${path}: not valid JSON (${(error as Error).message})`, { file: path });
  }
  return validateDictionaryFile(data, path);
}

/** All built-in dictionary files, in a stable order. */
export function readBuiltinDictionaries(dir = builtinDictionaryDir()): DictionaryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => readDictionaryFile(join(dir, name)));
}
