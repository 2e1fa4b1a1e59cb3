/**
 * The built-in communes and wards (14,000 names) in the form the build stores next to the bundles
 * (dist/communes.compiled.json): filed by first syllable as entry numbers, the entries' fields in columns. Reading the
 * dictionary file, parsing 14,000 objects and filing every name cost a text's first commune about 95 ms of a cold start;
 * this form parses a few long strings and number arrays, and an entry becomes an object only when a text first has its
 * first syllable.
 */
import { communesFromFiles } from "./lexicon.js";
import { PhraseTrie } from "./trie.js";
import type { LocationEntry, LocationsFile } from "./types.js";

export const COMPILED_COMMUNES_FORMAT = 1;

export interface CompiledCommunes {
  format: number;
  /** Size in bytes of the dictionary file it was compiled from: a changed file is read instead. */
  sourceBytes: number;
  /** Entry numbers by first syllable, in the order the dictionary file's trie files them. */
  groups: Array<[string, number[]]>;
  /** Names and codes joined by "|" (one string each parses far faster than 14,000). */
  names: string;
  codes: string;
  /** Each entry's category, parent and post-2025 ward as an index into the lists of distinct values (-1: none). */
  categories: string[];
  category: number[];
  parents: string[];
  parent: number[];
  mergedNames: string[];
  merged: number[];
  /** existsAfter2025: 1 true, 0 false, -1 not given. */
  after: number[];
}

const SEPARATOR = "|";
/** The fields the columns hold; an entry with any other makes the build fail, so nothing is dropped silently. */
const FIELDS = new Set(["name", "category", "code", "parent", "mergedInto", "existsAfter2025"]);

function indexer(): { values: string[]; at: (value: string) => number } {
  const values: string[] = [];
  const seen = new Map<string, number>();
  return {
    values,
    at: (value) => {
      let k = seen.get(value);
      if (k === undefined) seen.set(value, (k = values.push(value) - 1));
      return k;
    },
  };
}

/** At build time: the communes file in compiled form. Filed by the same code that files it at run time. */
export function compileCommunes(file: LocationsFile, sourceBytes: number): CompiledCommunes {
  const number = new Map(file.entries.map((entry, k) => [entry, k]));
  for (const entry of file.entries) {
    const extra = Object.keys(entry).filter((key) => !FIELDS.has(key));
    if (extra.length > 0) throw new Error(`compileCommunes: "${entry.name}" has fields the compiled form does not keep (${extra.join(", ")})`);
    if (typeof entry.code !== "string" || typeof entry.parent !== "string") throw new Error(`compileCommunes: "${entry.name}" lacks a code or a parent`);
    if (entry.name.includes(SEPARATOR) || entry.code.includes(SEPARATOR)) throw new Error(`compileCommunes: "${entry.name}" contains "${SEPARATOR}"`);
  }
  const groups = communesFromFiles([file]).filed().map(([key, phrases]): [string, number[]] => [
    key,
    phrases.map(([phrase, entry]) => {
      // Every phrase is its entry's name (no variants, no hyphenated forms for communes): the name column gives it back.
      if (phrase !== entry.name) throw new Error(`compileCommunes: the phrase "${phrase}" is not the name of its entry "${entry.name}"`);
      return number.get(entry)!;
    }),
  ]);
  const categories = indexer();
  const parents = indexer();
  const merged = indexer();
  return {
    format: COMPILED_COMMUNES_FORMAT,
    sourceBytes,
    groups,
    names: file.entries.map((e) => e.name).join(SEPARATOR),
    codes: file.entries.map((e) => e.code!).join(SEPARATOR),
    category: file.entries.map((e) => categories.at(e.category)),
    categories: categories.values,
    parent: file.entries.map((e) => parents.at(e.parent!)),
    parents: parents.values,
    merged: file.entries.map((e) => (e.mergedInto === undefined ? -1 : merged.at(e.mergedInto))),
    mergedNames: merged.values,
    after: file.entries.map((e) => (e.existsAfter2025 === undefined ? -1 : e.existsAfter2025 ? 1 : 0)),
  };
}

/** At run time: the communes' trie from the compiled form; each entry is made when its branch is first built. */
export function restoreCommunes(compiled: CompiledCommunes): PhraseTrie<LocationEntry> {
  const names = compiled.names.split(SEPARATOR);
  const codes = compiled.codes.split(SEPARATOR);
  const entries = new Array<LocationEntry | undefined>(names.length);
  const entryAt = (k: number): LocationEntry => {
    let entry = entries[k];
    if (entry === undefined) {
      entry = { name: names[k]!, category: compiled.categories[compiled.category[k]!]! as LocationEntry["category"], code: codes[k]!, parent: compiled.parents[compiled.parent[k]!]! };
      if (compiled.merged[k] !== -1) entry.mergedInto = compiled.mergedNames[compiled.merged[k]!]!;
      if (compiled.after[k] !== -1) entry.existsAfter2025 = compiled.after[k] === 1;
      entries[k] = entry;
    }
    return entry;
  };
  const trie = new PhraseTrie<LocationEntry>();
  trie.adoptFiled(compiled.groups, names.length, (k) => names[k]!, entryAt);
  return trie;
}

/** Is this parsed JSON a compiled communes file of this format, made from a dictionary file of `sourceBytes` bytes? */
export function isCompiledCommunes(value: unknown, sourceBytes: number): value is CompiledCommunes {
  const c = value as Partial<CompiledCommunes> | null;
  return typeof c === "object" && c !== null && c.format === COMPILED_COMMUNES_FORMAT && c.sourceBytes === sourceBytes && Array.isArray(c.groups) && typeof c.names === "string";
}
