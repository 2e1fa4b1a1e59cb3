/**
 * vietner — people, positions, organisations, places and dates in Vietnamese news.
 * Public API: extract / createExtractor (src/extractor.ts), extractMany (worker threads),
 * evaluate (the scorer of docs/evaluation.md), VietnerError, and the types.
 */
export { extract, createExtractor, DEFAULT_MAX_LENGTH, type Extractor, type ExtractorOptions, type DictionariesByKind, type DictionarySource } from "./extractor.js";
export { VietnerError, type VietnerErrorCode } from "./errors.js";
export { extractMany, type ExtractManyOptions } from "./batch/extract-many.js";
export { evaluate } from "./eval/score.js";
export { render, type RenderOptions, type RenderableResult } from "./output/html.js";
export { toConll } from "./formats/conll.js";
export { toDoccano } from "./formats/doccano.js";
export { toLabelStudioTask, type LabelStudioTask } from "./formats/label-studio.js";
export { formatReport } from "./eval/report.js";
export { validateGold } from "./eval/validate-gold.js";
export type { EvalReport, GoldDocument, PredictionDocument, Prf, ErrorItem } from "./eval/types.js";
export type { Entity, EntityType, CanonicalRef, Relation, PersonRecord, ExtractResult, ExtractOptions } from "./types.js";
export { ENTITY_TYPES } from "./types.js";
export type {
  DictionaryFile, LocationsFile, OrganizationsFile, PositionsFile, PeopleFile, DatesFile, LocationEntry, OrganizationEntry,
  OrganizationHead, PositionTitle, PositionQualifier, PositionAbbreviation,
} from "./dictionaries/types.js";
