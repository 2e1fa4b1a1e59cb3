/**
 * The extractor for Node.js: the platform-neutral core (core.ts) with dictionary files read from
 * paths. The browser entry (browser.ts) uses the same core without file access.
 */
import { createExtractorOn, type Extractor, type ExtractorOptions } from "./core.js";
import type { CompiledCommunes } from "./dictionaries/compiled-communes.js";
import { readBuiltinCommunes, readBuiltinDictionaries, readCompiledCommunes, readCompiledLexicon, readDictionaryFile } from "./dictionaries/files.js";
import type { DictionaryFile, LocationsFile } from "./dictionaries/types.js";
import type { ExtractOptions, ExtractResult } from "./types.js";

export { DEFAULT_MAX_LENGTH, checkReferenceDate, type DictionariesByKind, type DictionarySource, type Extractor, type ExtractorOptions } from "./core.js";

// Read once per process: the files are the package's own and do not change while it runs.
let builtins: readonly DictionaryFile[] | undefined;
let communes: LocationsFile | undefined;
let compiledCommunes: CompiledCommunes | null | undefined;
const NODE = {
  builtinDictionaries: () => (builtins ??= readBuiltinDictionaries()),
  builtinCommunes: () => (communes ??= readBuiltinCommunes()),
  compiledCommunes: () => (compiledCommunes ??= readCompiledCommunes() ?? null) ?? undefined,
  readDictionaryFile: (path: string) => readDictionaryFile(path),
  compiledLexicon: () => readCompiledLexicon(),
};

/** Builds an extractor; dictionaries (objects or JSON file paths) are read, validated and compiled once, here. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  return createExtractorOn(NODE, options);
}

let shared: Extractor | undefined;

/** The extractor with the built-in dictionaries and default options, built on first use and then shared. */
export function defaultExtractor(): Extractor {
  shared ??= createExtractor();
  return shared;
}

/** Extracts entities with the built-in dictionaries (loaded on first use, then shared). */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return defaultExtractor().extract(text, options);
}
