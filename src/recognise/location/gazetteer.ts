import { caseCompatible, type PhraseMatch, type PhrasePayload } from "../../dictionaries/trie.js";
import type { LocationEntry } from "../../dictionaries/types.js";
import type { CanonicalRef } from "../../types.js";
import type { RecognitionContext } from "../span.js";
import { grammar } from "../grammar.js";
import { looksVietnamese, personStartsAt } from "../cues.js";

/** Categories that are unambiguous enough to be found without a type word before them. */
const BARE_CATEGORIES = new Set([
  "country", "territory", "continent", "region", "province", "city", "foreign-admin", "sea", "river", "lake",
  "mountain", "island", "border-gate", "park", "site", "seat",
]);

const HAS_LETTER = /\p{L}/u;
/** Wards named by a Roman numeral ("Phường II") are named by a number (D27). */
const ROMAN_ONLY = /^[IVXLC]+$/u;
/**
 * A name with a letter that is not a Roman numeral alone. Asked for every candidate entry at every capitalised word,
 * so a first letter outside I, V, X, L, C answers without a regular expression.
 */
function isLetterName(name: string): boolean {
  const code = name.charCodeAt(0);
  const romanLetter = code === 73 || code === 86 || code === 88 || code === 76 || code === 67;
  if (!romanLetter && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x110 /* Đ */)) return true;
  return HAS_LETTER.test(name) && !ROMAN_ONLY.test(name);
}
/** Names of this many syllables match whatever the letter case of their later words. */
const LONG_NAME = 4;

export interface GazetteerHit {
  first: number;
  end: number;
  entry: LocationEntry;
}

/**
 * The longest gazetteer entry starting at token `i`, letter case respected (a capitalised
 * dictionary syllable must be capitalised in the text). `typed` says a type word precedes, which
 * admits districts and communes; otherwise only categories that stand alone are returned.
 */
/** Units below a province: never what "tỉnh" names ("UBND tỉnh Đinh Văn Thu" is not the town Đinh Văn). */
const BELOW_PROVINCE = new Set(["district", "commune", "ward"]);

export function gazetteerAt(ctx: RecognitionContext, i: number, typed: boolean, afterProvinceWord = false): GazetteerHit | undefined {
  // (At the end of the text, "… Bệnh viện Nhi đồng Thành phố", a designator has nothing after it.)
  const token = ctx.tokens[i];
  if (token === undefined || token.kind === "punct") return undefined;
  // Place names are capitalised except a few ("châu Á"): skip the trie walk for other lower-case words.
  if (!token.capitalised && !ctx.lexicon.lowercaseLocationStarts.has(token.lower)) return undefined;
  const withCommuneNames = typed && !afterProvinceWord;
  // (No place name starts here and no commune is asked for: nothing to match.)
  if (!withCommuneNames && !ctx.lexicon.locations.mayStartAt(token)) return undefined;
  const matches = ctx.lexicon.locations.matchAll(ctx.tokens, i);
  for (const match of withCommuneNames ? withCommunes(matches, ctx.lexicon.communes().matchAll(ctx.tokens, i)) : matches) {
    // Prefer a category that may stand where we are; among equals, the first listed (countries,
    // provinces) that is not ambiguous. Wards named by a number alone ("Phường 3") are not names a
    // reader annotates (decision D27). One loop, no intermediate lists: common commune names have
    // dozens of entries.
    let chosen: PhrasePayload<LocationEntry> | undefined;
    let fallback: PhrasePayload<LocationEntry> | undefined;
    for (const p of match.payloads) {
      if (!typed && !BARE_CATEGORIES.has(p.value.category)) continue;
      if (afterProvinceWord && BELOW_PROVINCE.has(p.value.category)) continue;
      // Long official names are often written with only their first word capitalised ("Cộng hòa dân chủ nhân dân Lào").
      if (!caseCompatible(p.tokens, ctx.tokens, p.tokens.length >= LONG_NAME, match.first) || !isLetterName(p.value.name)) continue;
      if (!isAmbiguous(p.value)) {
        chosen = p;
        break;
      }
      fallback ??= p;
    }
    chosen ??= fallback;
    if (!chosen) continue;
    // "Pháp luật …", "Ý kiến …": a one-syllable country that begins a common word is that word.
    const next = ctx.tokens[match.end];
    // "sân Mỹ Đình", "huyện Nga Sơn": a one-syllable Vietnamese country name followed by a Vietnamese syllable in
    // capitals starts another name ("Mỹ Joe Biden", "Nga Putin", "Nga Đặng Minh Khôi" and "Australia Sam Mostyn" do not).
    if (match.end - match.first === 1 && chosen.value.category === "country" && looksVietnamese(token.lower) && next !== undefined && next.spaceBefore && !next.lineBefore && next.kind === "word" && next.capitalised &&
      !next.allCaps && looksVietnamese(next.lower) && !personStartsAt(ctx, match.end)) continue;
    // "VN-Index", "BDK.VN": an abbreviation glued by a dot or hyphen to more letters is part of another word.
    // ("ĐHQG-HCM": after a body's abbreviation the glued place is its seat, which the body's name nests.)
    const afterBody = match.first >= 2 && ctx.tokens[match.first - 1]!.text === "-" && (ctx.lexicon.orgAbbreviations.longest(ctx.tokens, match.first - 2)?.end ?? 0) >= match.first - 1;
    if (ctx.tokens[match.end - 1]!.allCaps && (gluedWord(ctx, match.end, 1) || (!token.spaceBefore && gluedWord(ctx, match.first - 1, -1) && !afterBody))) continue;
    if (match.end - match.first === 1 && next !== undefined && !next.capitalised && next.spaceBefore && grammar().countrySyllableWords.has(`${token.lower} ${next.lower}`)) continue;
    return { first: match.first, end: match.end, entry: chosen.value };
  }
  return undefined;
}

/** Both lists longest first, as one: matches of the same length pool their payloads, communes last. */
function withCommunes(places: Array<PhraseMatch<LocationEntry>>, communes: Array<PhraseMatch<LocationEntry>>): Array<PhraseMatch<LocationEntry>> {
  if (communes.length === 0) return places;
  if (places.length === 0) return communes;
  const merged: Array<PhraseMatch<LocationEntry>> = [];
  let p = 0;
  let c = 0;
  while (p < places.length || c < communes.length) {
    const place = places[p];
    const commune = communes[c];
    if (place && commune && place.end === commune.end) {
      merged.push({ first: place.first, end: place.end, payloads: [...place.payloads, ...commune.payloads] });
      p++;
      c++;
    } else if (place && (!commune || place.end > commune.end)) {
      merged.push(place);
      p++;
    } else {
      merged.push(commune!);
      c++;
    }
  }
  return merged;
}

/** Is token k a dot or hyphen with a word glued on its far side (direction +1: after it, -1: before it)? */
function gluedWord(ctx: RecognitionContext, k: number, direction: 1 | -1): boolean {
  const joint = ctx.tokens[k];
  if (joint === undefined || (joint.text !== "-" && joint.text !== ".")) return false;
  const far = ctx.tokens[k + direction];
  if (far === undefined || far.kind !== "word") return false;
  return direction === 1 ? !joint.spaceBefore && !far.spaceBefore : !joint.spaceBefore;
}

/** Place kinds that are whole names even in one syllable ("Huế") and that name clubs and committees: provinces and centrally run cities. */
export const PROVINCE_LEVEL: ReadonlySet<string> = new Set(["province", "city"]);

export function isAmbiguous(entry: LocationEntry): boolean {
  return entry.reason?.startsWith("ambiguous") ?? false;
}

export function canonicalOf(entry: LocationEntry): CanonicalRef {
  const ref: CanonicalRef = { name: entry.name, kind: entry.category };
  if (entry.code !== undefined) {
    ref.code = entry.code;
    ref.id = `vn-${entry.category}:${entry.code}`;
  } else {
    ref.id = `${entry.category}:${entry.name}`;
  }
  if (entry.existsAfter2025 !== undefined) ref.existsAfter2025 = entry.existsAfter2025;
  if (entry.mergedInto !== undefined) ref.mergedInto = entry.mergedInto;
  return ref;
}
