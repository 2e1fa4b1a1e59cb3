import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeJsonError, shortName, VietnerError } from "../errors.js";
import { isCompiledCommunes, type CompiledCommunes } from "./compiled-communes.js";
import type { DictionaryFile, LocationsFile } from "./types.js";
import { validateDictionaryFile } from "./validate.js";

/** Largest dictionary file read (the biggest built-in one, all communes and wards, is 1.7 MB). */
export const MAX_DICTIONARY_BYTES = 32 * 1024 * 1024;

/** Finds the package's own `dictionaries/` folder from dist/ (published) or src/ (tests). */
export function builtinDictionaryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, "../dictionaries"), resolve(here, "../../dictionaries"), resolve(here, "../../../dictionaries")]) {
    if (existsSync(join(candidate, "positions.json"))) return candidate;
  }
  throw new VietnerError("IO_ERROR", `vietner: cannot find the dictionaries folder next to ${here}`);
}

/**
 * Reads and validates one dictionary file; errors name the file. The built-in files skip the
 * validation (`trusted`): the tests and the build validate them against the schema, and a user's
 * start-up should not pay for it each time.
 */
export function readDictionaryFile(path: string, trusted = false): DictionaryFile {
  const shown = shortName(path);
  let raw: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_DICTIONARY_BYTES) {
      throw new VietnerError("INVALID_DICTIONARY", `${shown}: dictionary file is ${size} bytes, over the limit of ${MAX_DICTIONARY_BYTES} bytes (32 MiB)`, { file: path });
    }
    raw = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof VietnerError) throw error;
    throw new VietnerError("IO_ERROR", `${shown}: cannot read dictionary file (${(error as NodeJS.ErrnoException).code ?? "read error"})`, { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (error) {
    throw new VietnerError("INVALID_DICTIONARY", `${shown}: not valid JSON (${describeJsonError(error, raw)})`, { file: path });
  }
  return trusted ? (data as DictionaryFile) : validateDictionaryFile(data, shown);
}

/** The built-ins' compiled lexicon, written next to the bundles by the build (tsup.config.ts). */
export const COMPILED_LEXICON_FILE = "lexicon.compiled.json";

/**
 * The compiled lexicon's JSON text from the folder of the running bundle, or undefined (run from
 * source, as under the test runner: the lexicon is then compiled at start-up).
 */
export function readCompiledLexicon(dir = dirname(fileURLToPath(import.meta.url))): string | undefined {
  try {
    return readFileSync(join(dir, COMPILED_LEXICON_FILE), "utf8");
  } catch {
    return undefined;
  }
}

/** Communes and wards: read only when a text first needs one (a commune is named after a type word). */
export const COMMUNES_FILE = "locations.vn-communes.json";

/** All built-in dictionary files but the communes, in a stable order. */
export function readBuiltinDictionaries(dir = builtinDictionaryDir()): DictionaryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json") && name !== COMMUNES_FILE)
    .sort()
    .map((name) => readDictionaryFile(join(dir, name), true));
}

export function readBuiltinCommunes(dir = builtinDictionaryDir()): LocationsFile {
  return readDictionaryFile(join(dir, COMMUNES_FILE), true) as LocationsFile;
}

/** The communes in the form the build compiles them to (compiled-communes.ts), written next to the bundles. */
export const COMPILED_COMMUNES_FILE = "communes.compiled.json";

/**
 * The compiled communes from the folder of the running bundle, or undefined: run from source, or compiled from a
 * dictionary file of another size than the one now in `dictionaries/` (an edited file is then read itself).
 */
export function readCompiledCommunes(dir = dirname(fileURLToPath(import.meta.url)), dictionaries = builtinDictionaryDir()): CompiledCommunes | undefined {
  try {
    const compiled: unknown = JSON.parse(readFileSync(join(dir, COMPILED_COMMUNES_FILE), "utf8"));
    return isCompiledCommunes(compiled, statSync(join(dictionaries, COMMUNES_FILE)).size) ? compiled : undefined;
  } catch {
    return undefined;
  }
}
