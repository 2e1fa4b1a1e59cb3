/**
 * vietner for browsers and bundlers: the same extractor as in Node.js (built-in dictionaries
 * bundled, no `node:` module), with dictionaries given as objects rather than file paths. No worker
 * threads or file-reading commands here; `extractMany`, the CLI and gold folders are Node-only.
 */
import { createExtractorOn, type Extractor, type ExtractorOptions } from "./core.js";
import { builtinCommunes, builtinDictionaries } from "./dictionaries/builtin.js";
import { COMPILED_LEXICON } from "./dictionaries/compiled-data.js";
import type { ExtractOptions, ExtractResult } from "./types.js";

export { DEFAULT_MAX_LENGTH, type DictionariesByKind, type DictionarySource, type Extractor, type ExtractorOptions } from "./core.js";
export { VietnerError, type VietnerErrorCode } from "./errors.js";
export { evaluate } from "./eval/score.js";
export { formatReport } from "./eval/report.js";
export { render, type RenderOptions, type RenderableResult } from "./output/html.js";
export { toConll } from "./formats/conll.js";
export { toDoccano } from "./formats/doccano.js";
export { toLabelStudioTask, type LabelStudioTask } from "./formats/label-studio.js";
export { ENTITY_TYPES } from "./types.js";
export type { Entity, EntityType, CanonicalRef, Relation, PersonRecord, ExtractResult, ExtractOptions } from "./types.js";

const BROWSER = { builtinDictionaries, builtinCommunes, compiledLexicon: () => COMPILED_LEXICON };

/** Builds an extractor with extra dictionaries given as objects (file paths need Node.js). */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  return createExtractorOn(BROWSER, options);
}

let shared: Extractor | undefined;

/** Extracts entities with the built-in dictionaries (compiled on first use, then shared). */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
