import { canonicalToneMarks } from "../normalise/normalise.js";
import { tokenise } from "../tokenise/tokenise.js";
import type { StartIndex } from "./start-index.js";
import { PhraseTrie } from "./trie.js";
import type {
  DictionaryFile, LocationEntry, NamedEntry, OrganizationEntry, OrganizationHead, OrganizationNameWord, PositionAbbreviation,
  PositionQualifier, PositionTitle,
} from "./types.js";

/** Dictionaries compiled for matching: built once per extractor, read-only afterwards. */
export interface Lexicon {
  /** First syllables of every trie here (and of the grammar's word lists): marks each text's tokens. */
  startIndex: StartIndex;
  locations: PhraseTrie<LocationEntry>;
  /**
   * Communes and wards, read and filed on first call: they are names only after a type word, so most
   * start-ups and many texts never need the 14,000 of them.
   */
  communes: () => PhraseTrie<LocationEntry>;
  organizations: PhraseTrie<OrganizationEntry>;
  /** Abbreviations, matched exactly as written (case-sensitive check by the caller). */
  orgAbbreviations: PhraseTrie<OrganizationEntry>;
  orgHeads: PhraseTrie<OrganizationHead>;
  titles: PhraseTrie<PositionTitle>;
  positionAbbreviations: PhraseTrie<PositionAbbreviation>;
  qualifiersBefore: PhraseTrie<PositionQualifier>;
  qualifiersAfter: PhraseTrie<PositionQualifier>;
  /** Lower-cased words that look like titles but are not POSITIONs. */
  notTitles: Set<string>;
  /** Lower-cased surnames. */
  surnames: Set<string>;
  honorifics: PhraseTrie<NamedEntry>;
  degrees: PhraseTrie<NamedEntry>;
  /**
   * Lower-case syllable pairs seen inside dictionary body names ("biên giới" → "quốc"), so that a
   * body name built from a head may run on through lower-case syllables only where real names do.
   */
  nameContinuations: Set<string>;
  /** Syllable pairs on both sides of a comma inside dictionary body names ("Văn hóa, Thể thao và Du lịch"). */
  commaJoins: Set<string>;
  /** Lower-case words that continue a body name ("thị trường" in "Cục Quản lý thị trường"). */
  orgNameWords: PhraseTrie<OrganizationNameWord>;
  /** ALL-CAPS words that are not bodies, as written ("USD", "GDP"). */
  notBodies: Set<string>;
  /** Fields a minister's title can name without "Bộ" ("Bộ trưởng Ngoại giao"), from ministry names. */
  ministryFields: PhraseTrie<string>;
  /** First syllables of place names written in lower case ("châu Á", "vịnh Hạ Long"): other lower-case words start no place. */
  lowercaseLocationStarts: Set<string>;
}

/**
 * Dictionary text is canonicalised like the input text, so tone placement never blocks a match.
 * The built-in files are stored canonical already (a test checks it), so only users' files pay.
 */
export function canonicalPhrase(phrase: string): string {
  return canonicalToneMarks(phrase.normalize("NFC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ").trim());
}

export const pairKey = (previous: string, current: string): string => previous + "\u0001" + current;

/** Learns from a body name already in canonical form. */
function learnContinuations(name: string, lexicon: Lexicon): void {
  const tokens = tokenise(name);
  for (let i = 1; i < tokens.length; i++) {
    const current = tokens[i]!;
    if (!current.capitalised && current.kind === "word") lexicon.nameContinuations.add(pairKey(tokens[i - 1]!.lower, current.lower));
    if (current.text === "," && i + 1 < tokens.length) lexicon.commaJoins.add(pairKey(tokens[i - 1]!.lower, tokens[i + 1]!.lower));
  }
}

const asStored = (phrase: string): string => phrase;

/** Foreign places are transliterated syllable by syllable, often joined by hyphens ("Xiêng-Khoảng", "Viêng-Chăn"). */
const HYPHENATED_CATEGORIES = new Set(["country", "city", "foreign-admin"]);

function addLocations(entries: readonly LocationEntry[], into: PhraseTrie<LocationEntry>, canon: (phrase: string) => string, lowercaseStarts?: Set<string>): void {
  for (const entry of entries) {
    for (const name of [entry.name, ...(entry.variants ?? [])]) {
      const phrase = canon(name);
      into.add(phrase, entry);
      if (HYPHENATED_CATEGORIES.has(entry.category) && phrase.includes(" ") && !phrase.includes("-")) into.add(phrase.replaceAll(" ", "-"), entry);
      const first = phrase.split(" ")[0]!;
      if (lowercaseStarts && first === first.toLowerCase()) lowercaseStarts.add(first);
    }
  }
}

/**
 * `index` starts as a copy of the grammar's; `communes` (if given, built-in and so stored canonical) is
 * called on first need; `trusted` files (the built-ins) are stored canonical. Tries only file their
 * phrases here: each is tokenised when a text first has its first syllable (trie.ts).
 */
export function compileLexicon(files: readonly DictionaryFile[], index: StartIndex, communes?: CommunesSource, trusted: ReadonlySet<DictionaryFile> = new Set()): Lexicon {
  const lexicon = emptyLexicon(index, communes);
  fileInto(lexicon, files, trusted);
  return lexicon;
}

/** Makes the communes' trie when a text first needs it: from the build's compiled form, or from the dictionary files. */
export type CommunesSource = () => PhraseTrie<LocationEntry>;

/**
 * Communes and wards filed from their dictionary files (built-in, so stored canonical). The trie has no start bit: it is
 * filed after texts were marked, and asked only after type words.
 */
export function communesFromFiles(files: readonly DictionaryFile[]): PhraseTrie<LocationEntry> {
  const trie = new PhraseTrie<LocationEntry>();
  for (const file of files) if (file.kind === "locations") addLocations(file.entries, trie, asStored);
  return trie;
}

/**
 * A lexicon with nothing filed yet. Its tries take their start bits in the order written here, so two
 * lexicons built on equal indexes give every trie the same bit (compiled.ts relies on it).
 */
export function emptyLexicon(index: StartIndex, communes?: CommunesSource): Lexicon {
  const trie = <T>(): PhraseTrie<T> => new PhraseTrie<T>(index);
  let communeTrie: PhraseTrie<LocationEntry> | undefined;
  return {
    startIndex: index,
    locations: trie(),
    communes: () => (communeTrie ??= communes?.() ?? new PhraseTrie<LocationEntry>()),
    organizations: trie(),
    orgAbbreviations: trie(),
    orgHeads: trie(),
    titles: trie(),
    positionAbbreviations: trie(),
    qualifiersBefore: trie(),
    qualifiersAfter: trie(),
    notTitles: new Set(),
    surnames: new Set(),
    honorifics: trie(),
    degrees: trie(),
    nameContinuations: new Set(),
    commaJoins: new Set(),
    orgNameWords: trie(),
    notBodies: new Set(),
    ministryFields: trie(),
    lowercaseLocationStarts: new Set(),
  };
}

/** Files each dictionary's phrases and words into the lexicon, in order (later files add to earlier ones). */
export function fileInto(lexicon: Lexicon, files: readonly DictionaryFile[], trusted: ReadonlySet<DictionaryFile> = new Set()): void {
  for (const file of files) {
    const canon = trusted.has(file) ? asStored : canonicalPhrase;
    switch (file.kind) {
      case "locations":
        addLocations(file.entries, lexicon.locations, canon, lexicon.lowercaseLocationStarts);
        break;
      case "organizations":
        for (const entry of file.entries ?? []) {
          for (const name of [entry.name, ...(entry.variants ?? []), ...(entry.formerNames ?? [])]) {
            const canonical = canon(name);
            lexicon.organizations.add(canonical, entry);
            learnContinuations(canonical, lexicon);
            // "Bộ Ngoại giao" teaches the field "Ngoại giao" that "Bộ trưởng Ngoại giao" may name.
            if (entry.category === "ministry" && canonical.startsWith("Bộ ") && canonical.length > 3) {
              lexicon.ministryFields.add(canonical.slice(3), canonical.slice(3));
            }
          }
          for (const abbreviation of entry.abbreviations ?? []) lexicon.orgAbbreviations.add(canon(abbreviation), entry);
        }
        for (const word of file.nameWords ?? []) {
          for (const name of [word.name, ...(word.variants ?? [])]) lexicon.orgNameWords.add(canon(name).toLowerCase(), word);
        }
        for (const word of file.notBodies ?? []) {
          for (const name of [word.name, ...(word.variants ?? [])]) lexicon.notBodies.add(canon(name));
        }
        for (const head of file.heads ?? []) {
          const canonical = canon(head.head);
          lexicon.orgHeads.add(canonical, head);
          learnContinuations(canonical, lexicon);
        }
        break;
      case "positions":
        for (const title of file.titles ?? []) {
          for (const name of [title.name, ...(title.variants ?? [])]) lexicon.titles.add(canon(name), title);
        }
        for (const qualifier of file.qualifiers ?? []) {
          const trie = qualifier.placement === "before" ? lexicon.qualifiersBefore : lexicon.qualifiersAfter;
          for (const name of [qualifier.name, ...(qualifier.variants ?? [])]) trie.add(canon(name), qualifier);
        }
        for (const abbreviation of file.abbreviations ?? []) lexicon.positionAbbreviations.add(canon(abbreviation.abbreviation), abbreviation);
        for (const entry of file.notTitles ?? []) {
          for (const name of [entry.name, ...(entry.variants ?? [])]) lexicon.notTitles.add(canon(name).toLowerCase());
        }
        break;
      case "people":
        for (const surname of file.surnames ?? []) {
          for (const name of [surname.name, ...(surname.variants ?? [])]) lexicon.surnames.add(canon(name).toLowerCase());
        }
        for (const honorific of file.honorifics ?? []) {
          for (const name of [honorific.name, ...(honorific.variants ?? [])]) lexicon.honorifics.add(canon(name), honorific);
        }
        for (const degree of file.degrees ?? []) {
          for (const name of [degree.name, ...(degree.variants ?? [])]) lexicon.degrees.add(canon(name), degree);
        }
        break;
      case "dates":
        break;
    }
  }
}
