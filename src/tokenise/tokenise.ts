/**
 * Stage 2 — tokenise. Splits normalised text into syllable/number tokens and single punctuation
 * tokens, recording the spacing between them (so "T.Ư" and "T. Ư" differ) and line breaks.
 * JavaScript's \w and \b are ASCII-only, so classes are Unicode properties.
 */
export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Index into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, the key used by every dictionary trie. */
  lower: string;
  kind: TokenKind;
  /** White space separates this token from the previous one. */
  spaceBefore: boolean;
  /** A line break separates this token from the previous one (implies spaceBefore). */
  lineBefore: boolean;
  /** First letter is upper case ("Hà", "UBND", "T"). */
  capitalised: boolean;
  /** Every letter is upper case and there are at least two ("UBND", "TRÂM"). */
  allCaps: boolean;
  /**
   * The token's line is an ALL-CAPS headline (five or more words, all in capitals). Capitals say
   * nothing about names there, so only dictionary matches are trusted on such lines.
   */
  shouting: boolean;
  /** Which dictionary tries may have a phrase starting here: 0 until a lexicon marks the tokens (dictionaries/start-index.ts). */
  startBits: number;
}

/**
 * A text's token. Built by a constructor, not an object literal: V8 tracks literals by their allocation site and,
 * when it sees one text's tokens survive a garbage collection (as a long text's do, all alive until it is done),
 * allocates every later token of every text straight into old space ("pretenuring"). That doubled the peak heap
 * and cost a fifth of the speed on the seed benchmark; objects built by `new` are not tracked that way.
 */
class TextToken implements Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public kind: TokenKind,
    public spaceBefore: boolean,
    public lineBefore: boolean,
    public capitalised: boolean,
    public allCaps: boolean,
    public shouting: boolean,
    public startBits: number,
  ) {}
}

/** A copy of a token, of the same shape as every other (dictionaries keep copies of the tokens of their phrases). */
export function copyToken(t: Token): Token {
  return new TextToken(t.start, t.end, t.text, t.lower, t.kind, t.spaceBefore, t.lineBefore, t.capitalised, t.allCaps, t.shouting, t.startBits);
}

/** Fewer all-caps words than this on a line can be a byline or an abbreviation list, not a headline. */
const SHOUTING_MIN_WORDS = 5;

// A word is letters/marks possibly mixed with digits ("Covid19", "F1"); a number is digits; any other
// non-space character is one punctuation token. Same classes as the regular expression
// /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/u, but scanned by hand with a
// per-character class cache: about twice as fast, and no match arrays to collect.
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const OTHER = 4;
const BMP_CLASS = new Uint8Array(65536);
const ASTRAL_CLASS = new Map<number, number>();
const IS_SPACE = /^\s$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_DIGIT = /^\p{N}$/u;
const UPPER_START = /^\p{Lu}/u;

function classify(char: string): number {
  if (IS_SPACE.test(char)) return SPACE;
  if (IS_LETTER.test(char)) return LETTER;
  if (IS_DIGIT.test(char)) return DIGIT;
  return OTHER;
}

/** Class of the character at i and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      let c = ASTRAL_CLASS.get(point);
      if (c === undefined) {
        c = classify(String.fromCodePoint(point));
        ASTRAL_CLASS.set(point, c);
      }
      return c | 8; // flag: two code units
    }
    return OTHER;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return OTHER;
  let c = BMP_CLASS[code]!;
  if (c === 0) {
    c = classify(String.fromCharCode(code));
    BMP_CLASS[code] = c;
  }
  return c;
}

/** The hash of the last token tokenEnd scanned (its code units, as wordInfoAt's table files it): read in the same pass. */
let scannedHash = 0;

/** End of the token that starts at i with class `first` (as classAt gives it); its hash is left in scannedHash. */
function tokenEnd(text: string, i: number, first: number): number {
  const n = text.length;
  const cls = first & 7;
  let hash = text.charCodeAt(i);
  let k = i + 1;
  if (first & 8) hash = (Math.imul(hash, 31) + text.charCodeAt(k++)) | 0;
  if (cls === LETTER || cls === DIGIT) {
    while (k < n) {
      const code = text.charCodeAt(k);
      const c = classAt(text, k);
      if ((c & 7) !== DIGIT && (cls === DIGIT || (c & 7) !== LETTER)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
      if (c & 8) {
        hash = (Math.imul(hash, 31) + text.charCodeAt(k + 1)) | 0;
        k += 2;
      } else k += 1;
    }
  }
  // Mixed (MurmurHash3's finaliser), so that the table's low bits depend on every character: a plain base-31 sum puts
  // words that differ only at their end in neighbouring slots, and linear probing then walks long runs. A text of
  // 200,000 distinct words ("từ0", "từ1" …) took 2.7 s with the plain sum, 0.4 s mixed.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  scannedHash = hash;
  return k;
}

/** The first token's text, lower-cased, as tokenise() would find it (undefined for blank text); no tokens are built. */
export function firstTokenLower(text: string): string | undefined {
  let i = 0;
  while (i < text.length && (classAt(text, i) & 7) === SPACE) i++;
  return i < text.length ? text.slice(i, tokenEnd(text, i, classAt(text, i))).toLowerCase() : undefined;
}

/**
 * Gives each distinct word a number once (a lexicon's start bits): the tokeniser keeps the number with the word in its
 * cache, so a repeated word is not looked up again. Who asks is remembered, so another tagger's numbers are never reused.
 */
export interface WordTagger {
  tagOf(lower: string): number;
}

/** Tokens of a text; with a tagger, each word's `startBits` is its tag (punctuation: 0). */
export function tokenise(text: string, tagger?: WordTagger): Token[] {
  checkWordCache();
  const tokens: Token[] = [];
  const n = text.length;
  let previousEnd = 0;
  let lineBreak = false;
  let i = 0;
  while (i < n) {
    const first = classAt(text, i);
    const cls = first & 7;
    if (cls === SPACE) {
      if (text.charCodeAt(i) === 10) lineBreak = true;
      i += 1;
      continue;
    }
    const start = i;
    i = tokenEnd(text, i, first);
    const info = wordInfoAt(text, start, i, cls);
    let tag = 0;
    if (tagger !== undefined && info.kind !== "punct") {
      if (info.tagger !== tagger) {
        info.tag = tagger.tagOf(info.lower);
        info.tagger = tagger;
      }
      tag = info.tag;
    }
    tokens.push(new TextToken(start, i, info.text, info.lower, info.kind, start > previousEnd || tokens.length === 0, lineBreak || tokens.length === 0, info.capitalised, info.allCaps, false, tag));
    previousEnd = i;
    lineBreak = false;
  }
  markShoutingLines(tokens);
  return tokens;
}

/** What a token's text alone determines; cached per distinct text (news repeats its words). */
interface WordInfo {
  text: string;
  lower: string;
  kind: TokenKind;
  capitalised: boolean;
  allCaps: boolean;
  /** The text's hash in WORD_TABLE. */
  hash: number;
  /** The last tagger's number for this word, and that tagger. */
  tag: number;
  tagger: WordTagger | undefined;
}

/**
 * The cache, an open-addressing table looked up by a hash of the token's characters in the text itself: a
 * repeated word costs neither a slice nor a map's hashing of a new string, and every token of a word shares
 * one interned string (which keeps its hash for later map lookups too). It doubles when half full, up to 2^18 slots, and starts over after 100,000 words.
 */
const WORD_TABLE_MAX_SIZE = 1 << 18;
/** A first text gets a small table (a one-sentence start-up need not fill 2 MB of slots); it doubles as words come. */
const WORD_TABLE_FIRST_SIZE = 1 << 12;
const WORD_CACHE_LIMIT = 100_000;
let WORD_TABLE: Array<WordInfo | undefined> = [];
let wordTableMask = -1;
let wordCount = WORD_CACHE_LIMIT;
const SLICE_VIEW_LENGTH = 13;
/** Called once per text: start the cache over if it grew too big. */
function checkWordCache(): void {
  if (wordCount >= WORD_CACHE_LIMIT) {
    WORD_TABLE = new Array<WordInfo | undefined>(wordTableMask < 0 ? WORD_TABLE_FIRST_SIZE : wordTableMask + 1);
    wordTableMask = WORD_TABLE.length - 1;
    wordCount = 0;
  }
}

/** Doubles the table, every word moved to its slot under the wider mask (each keeps its hash). */
function growWordTable(): void {
  const old = WORD_TABLE;
  WORD_TABLE = new Array<WordInfo | undefined>(old.length * 2);
  wordTableMask = WORD_TABLE.length - 1;
  for (const info of old) {
    if (info === undefined) continue;
    let slot = info.hash & wordTableMask;
    while (WORD_TABLE[slot] !== undefined) slot = (slot + 1) & wordTableMask;
    WORD_TABLE[slot] = info;
  }
}

/** The word from start to end, whose hash tokenEnd has just left in scannedHash. */
function wordInfoAt(text: string, start: number, end: number, cls: number): WordInfo {
  const length = end - start;
  const hash = scannedHash;
  let slot = hash & wordTableMask;
  for (let found = WORD_TABLE[slot]; found !== undefined; found = WORD_TABLE[slot]) {
    if (found.hash === hash && found.text.length === length && text.startsWith(found.text, start)) return found;
    slot = (slot + 1) & wordTableMask;
  }
  const raw = text.slice(start, end);
  const code = raw.charCodeAt(0);
  const kind: TokenKind = cls === OTHER ? "punct" : cls === DIGIT && code >= 48 && code <= 57 ? "number" : "word";
  const lower = raw.toLowerCase();
  const capitalised = kind === "word" && isUpperStart(raw, lower);
  const info: WordInfo = { text: raw, lower, kind, capitalised, allCaps: capitalised && raw.length > 1 && isAllCaps(raw, lower), hash, tag: 0, tagger: undefined };
  // V8 keeps slices of 13+ characters as views of the whole text: caching one would keep a
  // document alive. Such long tokens are rare; they are simply not cached.
  // (Never over half full, so a probe always meets an empty slot: one huge text stops adding words there.)
  if (length < SLICE_VIEW_LENGTH) {
    if (wordCount >= WORD_TABLE.length >> 1 && WORD_TABLE.length < WORD_TABLE_MAX_SIZE) {
      growWordTable();
      slot = hash & wordTableMask;
      while (WORD_TABLE[slot] !== undefined) slot = (slot + 1) & wordTableMask;
    }
    if (wordCount < WORD_TABLE.length >> 1) {
      WORD_TABLE[slot] = info;
      wordCount++;
    }
  }
  return info;
}

/** Every letter upper case ("UBND", "TRÂM"): each letter changes when lower-cased; digits may mix in. */
function isAllCaps(raw: string, lower: string): boolean {
  if (raw.length !== lower.length) return raw === raw.toUpperCase();
  for (let k = 1; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === lower.charCodeAt(k) && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** First letter upper case: it differs from its lower-case form (cheaper than a \p{Lu} test). */
function isUpperStart(raw: string, lower: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  if (code === lower.charCodeAt(0)) return false;
  return UPPER_START.test(raw);
}

const HAS_LOWER = /\p{Ll}/u;

function markShoutingLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !tokens[k]!.lineBefore) continue;
    let words = 0;
    let shouting = true;
    for (let j = lineStart; j < k && shouting; j++) {
      const t = tokens[j]!;
      if (t.kind !== "word") continue;
      words++;
      if (HAS_LOWER.test(t.text)) shouting = false;
    }
    if (shouting && words >= SHOUTING_MIN_WORDS) for (let j = lineStart; j < k; j++) tokens[j]!.shouting = true;
    lineStart = k;
  }
}
