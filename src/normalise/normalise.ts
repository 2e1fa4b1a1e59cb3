/**
 * Stage 1 — normalise. Produces the text every recogniser reads, plus a map back to the
 * caller's string so that entity offsets always point into the original (UTF-16 indices).
 *
 * What changes: Unicode NFC; one tone-mark placement ("hoà"→"hòa", "uỷ"→"ủy"); every dash
 * variant → "-"; horizontal space variants → " "; the Icelandic eth "Ð"/"ð" that old Vietnamese
 * encodings and converters put for "Đ"/"đ" → "Đ"/"đ"; CR/CRLF/LS/PS → "\n"; zero-width and soft
 * hyphen characters removed; lone surrogates → U+FFFD; in hard-wrapped text, a line break inside a
 * sentence → " " (unwrap.ts). Letters keep their case.
 */
import { unwrapLines } from "./unwrap.js";

export interface NormalisedText {
  /** The normalised text. */
  readonly text: string;
  /** Maps an index of `text` (0..text.length) to an index of the original string. */
  toOriginal(index: number): number;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// "Ðinh Quang Chiến", "Ðịa chính": U+00D0/U+00F0 look like "Đ"/"đ" and stand for them in Vietnamese text.
const ETH = /[\u00D0\u00F0]/g;
const fromEth = (c: string): string => (c === "\u00D0" ? "\u0110" : "\u0111");
/** What normalise() must do with a text: map it cluster by cluster, apply NFC, or neither (its characters are NFC already). */
const MAPPED = 2;
const NFC_NEEDED = 1;
const NFC_STABLE = 0;

/**
 * Does anything here change the length of the text (combining marks, CR, zero-width characters,
 * soft hyphens, line/paragraph separators, surrogates)? Then we take the slow, mapped path. Otherwise, can NFC
 * change it at all? Not when every character is in a block NFC leaves as it is (Latin to U+02FF,
 * the precomposed Vietnamese letters, general punctuation, currency signs), and no character of those blocks composes
 * with the one before it; news text nearly always is. A plain character loop: a Unicode-property regular expression
 * was 25× slower on news text.
 */
function pathFor(text: string): number {
  let path = NFC_STABLE;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0d) continue;
    if (c === 0x0d || c === 0xad) return MAPPED;
    if (c < 0x0300) continue;
    if (c <= 0x036f || isCombining(c)) return MAPPED;
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x2028 || c === 0x2029) return MAPPED;
    if (c >= 0xd800 && c <= 0xdfff) return MAPPED;
    if (path === NFC_STABLE && !inNfcStableBlock(c)) path = NFC_NEEDED;
  }
  return path;
}

/**
 * Blocks above U+02FF whose characters NFC leaves unchanged and never composes with a character before them
 * (tests/normalise checks every one, alone and after every character of these blocks). U+2000 and U+2001 are the
 * exception NFC would change (to U+2002 and U+2003); the space fixes turn all four into " " anyway.
 */
export function inNfcStableBlock(c: number): boolean {
  return (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

const REMOVED = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

// Tone on the second vowel of a final "oa"/"oe"/"uy" moves to the first ("hoà"→"hòa", "Thuỵ"→"Thụy").
const TONE_ON_SECOND: Record<string, [string, string]> = {};
function addToneRow(first: string, seconds: string, firsts: string): void {
  for (let t = 0; t < 5; t++) TONE_ON_SECOND[first + seconds[t]] = [firsts[t]!, seconds[5]!];
}
// seconds: 5 toned forms then the plain vowel; firsts: 5 toned forms of the first vowel.
addToneRow("o", "àáảãạa", "òóỏõọ");
addToneRow("o", "èéẻẽẹe", "òóỏõọ");
addToneRow("u", "ỳýỷỹỵy", "ùúủũụ");
addToneRow("O", "ÀÁẢÃẠA", "ÒÓỎÕỌ");
addToneRow("O", "ÈÉẺẼẸE", "ÒÓỎÕỌ");
addToneRow("U", "ỲÝỶỸỴY", "ÙÚỦŨỤ");
addToneRow("O", "àáảãạa", "ÒÓỎÕỌ");
addToneRow("O", "èéẻẽẹe", "ÒÓỎÕỌ");
addToneRow("U", "ỳýỷỹỵy", "ÙÚỦŨỤ");
const TONE_PAIR = /(?<![qQ])[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}\p{N}])/gu;

/** Moves tone marks of final oa/oe/uy to the first vowel; same length, so offsets are kept. */
export function canonicalToneMarks(text: string): string {
  return text.replace(TONE_PAIR, (pair) => {
    const row = TONE_ON_SECOND[pair];
    return row ? row[0] + row[1] : pair;
  });
}

function sameLengthFixes(text: string): string {
  const spaced = text.replace(DASHES, "-").replace(SPACES, " ");
  // (The eth is rare: a native search first spares most texts a regular-expression pass.)
  const withD = spaced.includes("\u00D0") || spaced.includes("\u00F0") ? spaced.replace(ETH, fromEth) : spaced;
  return unwrapLines(canonicalToneMarks(withD));
}

const identity = (i: number): number => i;

export function normalise(original: string): NormalisedText {
  const path = pathFor(original);
  if (path === NFC_STABLE) return { text: sameLengthFixes(original), toOriginal: identity };
  if (path === NFC_NEEDED) {
    const nfc = original.normalize("NFC");
    // Marks outside the ranges above (other scripts) may still compose: the length check catches it.
    if (nfc.length === original.length) {
      return { text: sameLengthFixes(nfc), toOriginal: identity };
    }
  }
  return normaliseMapped(original);
}

/** Slow path: walk clusters (base + combining marks), NFC each, keep an index map. */
function normaliseMapped(original: string): NormalisedText {
  const out: string[] = [];
  const map: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = original.charCodeAt(i);
    let cluster: string;
    if (code === 0x0d) {
      i += original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      cluster = "\n";
    } else if (code === 0x2028 || code === 0x2029) {
      i += 1;
      cluster = "\n";
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const next = original.charCodeAt(i + 1);
        i += next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      } else {
        i += 1;
      }
      // Combining marks belong to the preceding base character.
      while (i < n && isCombining(original.charCodeAt(i))) i += 1;
      const raw = original.slice(start, i);
      cluster = REMOVED.test(raw) && raw.length === 1 ? "" : toWellFormed(raw).normalize("NFC");
    }
    for (let k = 0; k < cluster.length; k++) {
      out.push(cluster[k]!);
      map.push(start);
    }
  }
  map.push(n);
  const text = sameLengthFixes(out.join(""));
  const table = Int32Array.from(map);
  return { text, toOriginal: (index: number) => table[index] ?? n };
}

function isCombining(code: number): boolean {
  // Combining Diacritical Marks and the Vietnamese-relevant supplements; other marks are rare in news.
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

function toWellFormed(s: string): string {
  // Lone surrogates would make normalize() and JSON output misbehave; replace them, keeping length.
  let result = "";
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        result += s[k]! + s[k + 1]!;
        k++;
        continue;
      }
      result += "\uFFFD";
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      result += "\uFFFD";
    } else {
      result += s[k]!;
    }
  }
  return result;
}
