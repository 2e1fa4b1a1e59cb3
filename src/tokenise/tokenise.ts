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
}

/** Fewer all-caps words than this on a line can be a byline or an abbreviation list, not a headline. */
const SHOUTING_MIN_WORDS = 5;

// A word is letters/marks possibly mixed with digits ("Covid19", "F1"); a number is digits.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    // The gap is white space only (the pattern covers everything else); look for a line break in it.
    let lineBreak = false;
    for (let k = previousEnd; k < start; k++) {
      if (text.charCodeAt(k) === 10) {
        lineBreak = true;
        break;
      }
    }
    const code = raw.charCodeAt(0);
    const kind: TokenKind = code >= 48 && code <= 57 ? "number" : isPunct(raw, code) ? "punct" : "word";
    const lower = raw.toLowerCase();
    const capitalised = kind === "word" && isUpperStart(raw, lower);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      lower,
      kind,
      spaceBefore: start > previousEnd || tokens.length === 0,
      lineBefore: lineBreak || tokens.length === 0,
      capitalised,
      allCaps: capitalised && raw.length > 1 && raw !== lower && raw === raw.toUpperCase() && !HAS_LOWER.test(raw),
      shouting: false,
    });
    previousEnd = start + raw.length;
  }
  markShoutingLines(tokens);
  return tokens;
}

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

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
function isPunct(raw: string, code: number): boolean {
  if (raw.length !== 1) return false;
  // ASCII fast path: letters and digits are words and numbers, everything else is punctuation.
  if (code < 128) return !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57));
  return !LETTER_OR_DIGIT.test(raw);
}

/** First letter upper case: it differs from its lower-case form (cheaper than a \p{Lu} test). */
function isUpperStart(raw: string, lower: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  if (raw.charCodeAt(0) === lower.charCodeAt(0)) return false;
  return UPPER_START.test(raw);
}
