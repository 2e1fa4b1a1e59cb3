import { restoreLexicon, type CompiledLexicon } from "./dictionaries/compiled.js";
import { restoreCommunes, type CompiledCommunes } from "./dictionaries/compiled-communes.js";
import { communesFromFiles, compileLexicon, fileInto, type CommunesSource, type Lexicon } from "./dictionaries/lexicon.js";
import type { PhraseTrie } from "./dictionaries/trie.js";
import { StartIndex } from "./dictionaries/start-index.js";
import type { DatesFile, DictionaryFile, LocationEntry } from "./dictionaries/types.js";
import { validateDictionaryFile } from "./dictionaries/validate.js";
import { shortName, VietnerError } from "./errors.js";
import { normalise } from "./normalise/index.js";
import { compileDateWords, recogniseDates, type DateWords } from "./recognise/date/index.js";
import { buildFuzzyPlaces, recogniseFuzzyPlaces, type FuzzyPlaces } from "./recognise/location/fuzzy.js";
import { recogniseLocations } from "./recognise/location/locations.js";
import { placesEndingBodies, recogniseSites } from "./recognise/location/sites.js";
import { recogniseOrganizations } from "./recognise/organization/organizations.js";
import { provinceClubs } from "./recognise/organization/province-clubs.js";
import { recognisePersons } from "./recognise/person/persons.js";
import { INSTITUTION_RULE, recognisePositions } from "./recognise/position/positions.js";
import { newSpan, type RecognitionContext, type Span } from "./recognise/span.js";
import { dropCutOff } from "./resolve/cutoff.js";
import { linkHolds } from "./resolve/holds.js";
import { resolveNesting, sortSpans } from "./resolve/nesting.js";
import { groupPeople } from "./resolve/people.js";
import { detectLanguage } from "./output/language.js";
import { tokenise } from "./tokenise/tokenise.js";
import { grammar } from "./recognise/grammar.js";
import { isValidDate } from "./recognise/date/values.js";
import { ENTITY_TYPES, type Entity, type EntityType, type ExtractOptions, type ExtractResult, type Relation } from "./types.js";

/** Default input limit: 10 million UTF-16 code units (~10 MB of Vietnamese text). */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/** One extra dictionary: an object shaped like the files in dictionaries/, or a path to such a JSON file. */
export type DictionarySource = DictionaryFile | string;

/** Extra dictionaries keyed by kind; `kind` may be left out of objects given here. */
export interface DictionariesByKind {
  positions?: DictionarySource | DictionarySource[];
  organizations?: DictionarySource | DictionarySource[];
  locations?: DictionarySource | DictionarySource[];
  people?: DictionarySource | DictionarySource[];
  dates?: DictionarySource | DictionarySource[];
}

export interface ExtractorOptions {
  /**
   * Extra dictionaries, added after the built-in ones and validated: a list of dictionary objects
   * or file paths, or an object keyed by kind (`{ positions, organizations, locations, people }`).
   */
  dictionaries?: ReadonlyArray<DictionarySource> | DictionariesByKind;
  /** Leave out the built-in dictionaries (only `dictionaries` are used). */
  builtins?: boolean;
  /** Default reference date for every extraction (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  referenceDate?: string;
  /** Largest accepted input, in UTF-16 code units; longer input throws INPUT_TOO_LARGE. */
  maxLength?: number;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): ExtractResult;
}

/** Any character that is not white space (found at once, unlike trim(), which copies the text). */
const NOT_BLANK = /\S/u;

const REFERENCE_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/u;

/** A reference date must be a real calendar date ("2024-02-31" is refused): it becomes documentDate. */
export function checkReferenceDate(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === "string" ? REFERENCE_DATE.exec(value) : null;
  const real = m !== null && (m[3] === undefined || isValidDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  if (!real) {
    const shown = typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
    throw new VietnerError("INVALID_OPTIONS", `${where} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, got ${shown}`);
  }
  return value as string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const KINDS = ["positions", "organizations", "locations", "people", "dates"] as const;

/**
 * What the platform provides: the built-in dictionaries, and reading a dictionary file named by a
 * path (Node.js; in a browser there are no paths, and a path is refused with a clear error).
 */
export interface Platform {
  /** The built-in dictionaries: read from `dictionaries/` in Node.js, bundled in the browser build. */
  builtinDictionaries: () => readonly DictionaryFile[];
  /** The built-in communes and wards, asked for only when a text first needs one. */
  builtinCommunes: () => DictionaryFile;
  readDictionaryFile?: (path: string) => DictionaryFile;
  /** The built-ins' lexicon as the build compiled it (JSON text), if the build stored one; else they are compiled at start. */
  compiledLexicon?: () => string | undefined;
  /** The built-in communes as the build compiled them, if it stored them and they fit the file; else the file is read. */
  compiledCommunes?: () => CompiledCommunes | undefined;
}

/** The built-in communes' trie, made when a text first needs it: from their compiled form when the platform has it. */
function builtinCommunes(platform: Platform): PhraseTrie<LocationEntry> {
  const compiled = platform.compiledCommunes?.();
  return compiled ? restoreCommunes(compiled) : communesFromFiles([platform.builtinCommunes()]);
}

function loadDictionaries(options: ExtractorOptions, platform: Platform): DictionaryFile[] {
  const files = options.builtins === false ? [] : [...platform.builtinDictionaries()];
  const extra = options.dictionaries ?? [];
  const add = (item: unknown, where: string, kind?: string): void => {
    if (typeof item === "string") {
      if (!platform.readDictionaryFile) throw new VietnerError("INVALID_OPTIONS", `${where}: dictionary file paths need Node.js; pass dictionary objects here`);
      const file = platform.readDictionaryFile(item);
      if (kind && file.kind !== kind) throw new VietnerError("INVALID_DICTIONARY", `${shortName(item)}: a "${file.kind}" file given as dictionaries.${kind}`);
      files.push(file);
      return;
    }
    // A private copy: later changes to the caller's object must not change this extractor.
    let copy: unknown;
    try {
      copy = structuredClone(item);
    } catch {
      throw new VietnerError("INVALID_DICTIONARY", `${where}: not plain data (functions or other uncopyable values)`);
    }
    if (kind && isPlainObject(copy) && copy.kind !== undefined && copy.kind !== kind) {
      throw new VietnerError("INVALID_DICTIONARY", `${where}: a ${JSON.stringify(String(copy.kind).slice(0, 40))} dictionary given as dictionaries.${kind}`);
    }
    if (kind && isPlainObject(copy) && copy.kind === undefined) {
      files.push(validateDictionaryFile({ kind, description: `user ${kind}`, source: "user", license: "user", ...copy }, where));
    } else {
      files.push(validateDictionaryFile(copy, where));
    }
  };
  if (Array.isArray(extra)) {
    extra.forEach((item, index) => add(item, `dictionaries[${index}]`));
  } else if (isPlainObject(extra)) {
    for (const key of Object.keys(extra)) {
      if (!(KINDS as readonly string[]).includes(key)) throw new VietnerError("INVALID_OPTIONS", `createExtractor: dictionaries.${key} is not a dictionary kind (${KINDS.join(", ")})`);
      const value = (extra as Record<string, unknown>)[key];
      const list = Array.isArray(value) ? value : [value];
      list.forEach((item, index) => add(item, `dictionaries.${key}[${index}]`, key));
    }
  } else {
    throw new VietnerError("INVALID_OPTIONS", "createExtractor: dictionaries must be a list of dictionary objects or paths, or an object keyed by kind");
  }
  return files;
}

const KNOWN_OPTIONS = new Set(["dictionaries", "builtins", "referenceDate", "maxLength"]);

/** Builds an extractor; dictionaries are read, validated and compiled once, here. */
export function createExtractorOn(platform: Platform, options: ExtractorOptions = {}): Extractor {
  checkOptionKeys(options, KNOWN_OPTIONS, "createExtractor");
  if (options.builtins !== undefined && typeof options.builtins !== "boolean") throw new VietnerError("INVALID_OPTIONS", "createExtractor: builtins must be true or false");
  const defaultReference = checkReferenceDate(options.referenceDate, "createExtractor: referenceDate");
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength <= 0) throw new VietnerError("INVALID_OPTIONS", "createExtractor: maxLength must be a positive integer");
  const files = loadDictionaries(options, platform);
  // The lexicon's start index begins with the grammar word lists' first syllables.
  const builtins = new Set(options.builtins === false ? [] : platform.builtinDictionaries());
  const lexicon = lexiconOf(files, builtins, options.builtins === false ? undefined : () => builtinCommunes(platform), platform);
  const dateWords = compileDateWords(mergeDates(files));
  const fuzzy = buildFuzzyPlaces(files.flatMap((f) => (f.kind === "locations" ? f.entries : [])));
  return {
    extract(text: string, extractOptions: ExtractOptions = {}): ExtractResult {
      if (typeof text !== "string") throw new VietnerError("INVALID_INPUT", `extract: text must be a string, got ${text === null ? "null" : typeof text}`);
      if (text.length > maxLength) throw new VietnerError("INPUT_TOO_LARGE", `extract: text is ${text.length} code units, over the limit of ${maxLength} (option maxLength)`);
      checkOptionKeys(extractOptions, EXTRACT_OPTIONS, "extract");
      const referenceDate = checkReferenceDate(extractOptions.referenceDate, "extract: referenceDate") ?? defaultReference;
      const types = checkTypes(extractOptions.types);
      return run(text, { lexicon, dateWords, fuzzy }, referenceDate, types);
    },
  };
}

// Parsed once per process, and per platform (the Node and browser builds each store their own).
const compiledBuiltins = new WeakMap<Platform, CompiledLexicon | null>();

/**
 * The lexicon: the built-ins restored from their compiled form when the build stored one and it fits
 * the files read (the built-ins always come first in `files`), then the user's files filed on top;
 * otherwise every file compiled here.
 */
function lexiconOf(files: readonly DictionaryFile[], builtins: ReadonlySet<DictionaryFile>, communes: CommunesSource | undefined, platform: Platform): Lexicon {
  let compiled = compiledBuiltins.get(platform);
  if (compiled === undefined && builtins.size > 0) {
    const text = platform.compiledLexicon?.();
    compiled = text === undefined ? null : (JSON.parse(text) as CompiledLexicon);
    compiledBuiltins.set(platform, compiled);
  }
  if (compiled && builtins.size > 0) {
    const restored = restoreLexicon(compiled, files.slice(0, builtins.size), new StartIndex(grammar().startIndex), communes);
    if (restored !== undefined) {
      fileInto(restored, files.slice(builtins.size));
      return restored;
    }
  }
  return compileLexicon(files, new StartIndex(grammar().startIndex), communes, builtins);
}

const EXTRACT_OPTIONS = new Set(["referenceDate", "types"]);

/** Options are a plain object with known keys only: a typo must not pass silently. */
function checkOptionKeys(options: unknown, known: ReadonlySet<string>, where: string): void {
  if (!isPlainObject(options)) throw new VietnerError("INVALID_OPTIONS", `${where}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new VietnerError("INVALID_OPTIONS", `${where}: unknown option ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)} (known: ${[...known].join(", ")})`);
  }
}

function checkTypes(types: unknown): ReadonlySet<EntityType> | undefined {
  if (types === undefined) return undefined;
  if (!Array.isArray(types) || types.some((t) => !ENTITY_TYPES.includes(t as EntityType))) {
    throw new VietnerError("INVALID_OPTIONS", `extract: types must be an array of ${ENTITY_TYPES.join(", ")}`);
  }
  return new Set(types as EntityType[]);
}

/** All date-word sections of all "dates" files, later files adding to earlier ones. */
function mergeDates(files: readonly DictionaryFile[]): DatesFile {
  const merged: DatesFile = { kind: "dates", description: "merged", source: "merged", license: "MIT", partsOfDay: [], weekdays: [], romanNumerals: [], monthWords: [] };
  for (const file of files) {
    if (file.kind !== "dates") continue;
    merged.partsOfDay!.push(...(file.partsOfDay ?? []));
    merged.weekdays!.push(...(file.weekdays ?? []));
    merged.romanNumerals!.push(...(file.romanNumerals ?? []));
    merged.monthWords!.push(...(file.monthWords ?? []));
  }
  return merged;
}

interface Compiled {
  lexicon: Lexicon;
  dateWords: DateWords;
  fuzzy: FuzzyPlaces;
}

function run(original: string, { lexicon, dateWords, fuzzy }: Compiled, referenceDate: string | undefined, types: ReadonlySet<EntityType> | undefined): ExtractResult {
  const language = detectLanguage(original);
  const warnings: string[] = [];
  if (language.warning) warnings.push(language.warning);
  if (!NOT_BLANK.test(original)) {
    return { documentDate: referenceDate ?? null, entities: [], relations: [], people: [], language: language.code, warnings };
  }
  // 1. Normalise (keeping a map back), 2. tokenise.
  const normalised = normalise(original);
  const text = normalised.text;
  // Each word's start bits come with it from the tokeniser's word cache (looked up once per distinct word).
  const tokens = tokenise(text, lexicon.startIndex);
  const ctx: RecognitionContext = { text, tokens, lexicon };
  // 3. Recognise, each type reading what it needs from the earlier ones.
  const exactLocations = recogniseLocations(ctx);
  const locations = exactLocations.concat(recogniseFuzzyPlaces(ctx, fuzzy, exactLocations));
  const organizations = recogniseOrganizations(ctx, locations);
  let sites = recogniseSites(ctx, organizations, locations).concat(placesEndingBodies(ctx, organizations, locations));
  const positionResult = recognisePositions(ctx, organizations, locations.concat(sites));
  // "Trung tâm Hội nghị Palm Beach": a venue read both as a body and as a site is the site (guideline: named venues are LOCATIONs).
  // ("Giám đốc Nhà hát Kịch Việt Nam": but a venue a title heads is the institution, the body.)
  const institutions = new Set(positionResult.organizations.filter((o) => o.rule === INSTITUTION_RULE).map((o) => `${o.first}:${o.last}`));
  if (institutions.size > 0) sites = sites.filter((s) => !institutions.has(`${s.first}:${s.last}`));
  const siteSpans = new Set(sites.map((s) => `${s.first}:${s.last}`));
  // ("UVTW Đảng": the title's "TW" already names the Central Committee; "Đảng" is no body of its own there, as no gold file marks it.)
  const allOrganizations = organizations.concat(positionResult.organizations).filter((o) => !siteSpans.has(`${o.first}:${o.last}`) && !partyAfterCentralTitle(tokens, o));
  const persons = recognisePersons(ctx, positionResult.positions, allOrganizations, locations.concat(sites));
  const dates = recogniseDates(text, { words: dateWords, referenceDate });
  const dateSpans: Span[] = dates.dates.map((d) => {
    const span = newSpan("DATE", d.start, d.end, -1, -1, d.rule);
    span.value = d.value;
    if (d.lunar !== undefined) span.lunar = d.lunar;
    return span;
  });
  // 4. Resolve nesting and cut-off text, then relations and people.
  // "trận gặp Thanh Hóa": in a football report a province after an opponent word is its club.
  const clubs = provinceClubs(ctx, locations);
  const placesAndClubs = clubs.size === 0 ? locations : locations.map((l) => (clubs.has(l) ? { ...l, type: "ORGANIZATION" as const, rule: "organization.province-club", canonical: undefined } : l));
  const candidates = placesAndClubs.concat(sites, allOrganizations, positionResult.positions, persons, dateSpans);
  const spans = sortSpans(dropCutOff(text, resolveNesting(candidates)));
  const links = linkHolds(text, spans);
  // 5. Output: offsets back into the caller's string.
  const toEntity = new Map<Span, Entity>();
  const entities: Entity[] = spans.map((span) => {
    const start = normalised.toOriginal(span.start);
    const end = normalised.toOriginal(span.end);
    const entity = entityOf(span.type, start, end, original.slice(start, end));
    if (span.value !== undefined) entity.value = span.value;
    if (span.lunar !== undefined) entity.lunar = span.lunar;
    if (span.canonical) entity.canonical = span.canonical;
    toEntity.set(span, entity);
    return entity;
  });
  const { people, fullNameAt } = groupPeople(entities);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const recordByName = new Map(people.map((p) => [p.name, p]));
  for (const link of links) {
    const person = toEntity.get(link.person)!;
    const position = toEntity.get(link.position)!;
    const name = fullNameAt.get(person.start) ?? person.text;
    const key = `${name}\u0000${position.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ type: "HOLDS", person: name, position: position.text });
    const record = recordByName.get(name);
    if (record && !record.positions.includes(position.text)) record.positions.push(position.text);
  }
  const visible = types ? entities.filter((e) => types.has(e.type)) : entities;
  return { documentDate: referenceDate ?? dates.documentDate, entities: visible, relations, people, language: language.code, warnings };
}

/**
 * An entity of the result, a plain object built without an object literal: V8 watches a literal's allocation site and,
 * finding a text's entities alive at a young-generation collection (they are, until the result is returned), would
 * allocate every later one straight into old space (see TextSpan in recognise/span.ts). `new Object()` has no such site.
 */
function entityOf(type: EntityType, start: number, end: number, text: string): Entity {
  const entity = new Object() as Entity;
  entity.type = type;
  entity.start = start;
  entity.end = end;
  entity.text = text;
  return entity;
}

/** "Đảng" right after "UVTW" (Ủy viên Trung ương): part of the title, not a body of its own. */
function partyAfterCentralTitle(tokens: RecognitionContext["tokens"], span: Span): boolean {
  return span.last === span.first + 1 && tokens[span.first]?.text === "Đảng" && tokens[span.first - 1]?.text === "UVTW";
}
