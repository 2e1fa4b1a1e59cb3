import { compileLexicon, emptyLexicon, type CommunesSource, type Lexicon } from "./lexicon.js";
import type { StartIndex } from "./start-index.js";
import { PhraseTrie } from "./trie.js";
import type { DictionaryFile } from "./types.js";

/**
 * The built-in lexicon as the build stores it (tsup.config.ts): every phrase already filed under its
 * first syllable and every learnt word set spelt out, so a start-up parses one JSON string instead of
 * reading the first syllable of 4,000 phrases and tokenising 700 body names. Values are indexes into
 * the dictionaries' own entries (`entryTable`), so the entries are not stored twice.
 */
export interface CompiledLexicon {
  format: 1;
  /** Section sizes of the files compiled: the files read at run time must have the same, or the form is not used. */
  shape: string;
  /** The start index after filing: roles handed out, and each first syllable's bits. */
  index: [roles: number, bits: Array<[string, number]>];
  /** Per trie field: its phrase count and its phrases by first syllable, each with its entry's index (-1: the value is the phrase). */
  tries: Array<[field: string, count: number, groups: Array<[key: string, phrases: Array<[phrase: string, entry: number]>]>]>;
  sets: Array<[field: string, members: string[]]>;
}

/** Every object of every list section of the files, in a fixed order: what a compiled value's index points at. */
function entryTable(files: readonly DictionaryFile[]): { table: object[]; shape: string } {
  const table: object[] = [];
  const shape: string[] = [];
  for (const file of files) {
    const record = file as unknown as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) {
      const list = record[key];
      if (!Array.isArray(list)) continue;
      let nameLength = 0;
      for (const item of list) {
        if (typeof item !== "object" || item === null) continue;
        table.push(item as object);
        const name = (item as { name?: unknown }).name;
        if (typeof name === "string") nameLength += name.length;
      }
      shape.push(`${file.kind}.${key}:${list.length}:${nameLength}`);
    }
  }
  return { table, shape: shape.join(",") };
}

type Fields = Record<string, unknown>;

/** Compiles the built-in files (stored canonical, so trusted) as `compileLexicon` would, into the stored form. */
export function compileBuiltinLexicon(files: readonly DictionaryFile[], index: StartIndex): CompiledLexicon {
  const lexicon = compileLexicon(files, index, undefined, new Set(files));
  const { table, shape } = entryTable(files);
  const position = new Map<object, number>(table.map((entry, i) => [entry, i]));
  const tries: CompiledLexicon["tries"] = [];
  const sets: CompiledLexicon["sets"] = [];
  for (const [field, value] of Object.entries(lexicon as unknown as Fields)) {
    if (value instanceof PhraseTrie) {
      const groups = (value as PhraseTrie<unknown>).filed().map(([key, phrases]): [string, Array<[string, number]>] => [
        key,
        phrases.map(([phrase, entry]): [string, number] => {
          if (entry === phrase) return [phrase, -1];
          const at = typeof entry === "object" && entry !== null ? position.get(entry) : undefined;
          if (at === undefined) throw new Error(`compileBuiltinLexicon: a value of ${field} ("${phrase}") is not an entry of the files`);
          return [phrase, at];
        }),
      ]);
      tries.push([field, (value as PhraseTrie<unknown>).entryCount, groups]);
    } else if (value instanceof Set) {
      sets.push([field, [...(value as Set<string>)]]);
    }
  }
  return { format: 1, shape, index: index.saved(), tries, sets };
}

/**
 * The lexicon of `files` from their compiled form, or undefined when the form does not fit them (other
 * files than those compiled: then the caller compiles at run time, as for users' files). `index` is
 * used up either way.
 */
export function restoreLexicon(compiled: CompiledLexicon, files: readonly DictionaryFile[], index: StartIndex, communes?: CommunesSource): Lexicon | undefined {
  const { table, shape } = entryTable(files);
  if (compiled.format !== 1 || compiled.shape !== shape) return undefined;
  const lexicon = emptyLexicon(index, communes);
  // The same tries took the same bits as at build time, unless the grammar's word lists differ.
  if (!index.adopt(compiled.index)) return undefined;
  const fields = lexicon as unknown as Fields;
  // A filed phrase is [phrase, entry number]; -1 stores the phrase itself as the value.
  const phraseOf = ([phrase]: [string, number]): string => phrase;
  const valueOf = ([phrase, entry]: [string, number]): unknown => (entry < 0 ? phrase : table[entry]);
  for (const [field, count, groups] of compiled.tries) (fields[field] as PhraseTrie<unknown>).adoptFiled(groups, count, phraseOf, valueOf);
  for (const [field, members] of compiled.sets) fields[field] = new Set(members);
  return lexicon;
}
