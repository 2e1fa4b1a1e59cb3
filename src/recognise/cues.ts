import { caseCompatible } from "../dictionaries/trie.js";
import type { Token } from "../tokenise/tokenise.js";
import { grammar } from "./grammar.js";
import type { RecognitionContext, Span } from "./span.js";

/**
 * Small questions the recognisers ask about the token stream ("does a person's name start
 * here?", "does a title start here?"). Kept in one place so every recogniser answers them alike.
 */

/** The next token continues the phrase: same line, separated by white space only. */
export function spaced(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && token.spaceBefore && !token.lineBefore;
}

export function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.capitalised;
}

/** A Vietnamese name seems to start at i: a surname followed by a capitalised syllable. */
export function personStartsAt(ctx: RecognitionContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!isCapitalisedWord(token) || token!.allCaps) return false;
  if (!ctx.lexicon.surnames.has(token!.lower)) return false;
  // A woman's middle name in lower case, as some sites write it: "Nguyễn thị Xuyên".
  const at = ctx.tokens[i + 1]?.text === "thị" && spaced(ctx.tokens, i + 1) ? i + 2 : i + 1;
  const next = ctx.tokens[at];
  if (!isCapitalisedWord(next) || !spaced(ctx.tokens, at) || next!.allCaps) return false;
  // ("Lần Đầu Tiên …" in a title-case headline: "đầu tiên", "first", is a word, not a surname and a name.)
  return !(token!.lower === "đầu" && (next!.lower === "tiên" || next!.lower === "tư"));
}

/** End of the title (with qualifiers before it) starting at i, or -1. Titles match in any letter case. */
export function titleEndAt(ctx: RecognitionContext, i: number): number {
  const { tokens, lexicon } = ctx;
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    const qualifier = lexicon.qualifiersBefore.longest(tokens, j);
    if (!qualifier || !spaced(tokens, qualifier.end)) break;
    j = qualifier.end;
  }
  let best = -1;
  for (const start of j === i ? [i] : [i, j]) {
    const title = titleMatchAt(ctx, start);
    if (title && title.end > best) best = title.end;
    const abbreviation = lexicon.positionAbbreviations.longest(tokens, start);
    if (abbreviation && caseCompatible(abbreviation.payloads[0]!.tokens, tokens, false, start) && abbreviation.end > best) {
      best = abbreviation.end;
    }
  }
  return best;
}

/** Does a title end right before token i ("Phó Bí thư" + "Thường trực …", "Chủ tịch" + "xã")? */
export function titleEndsBefore(ctx: RecognitionContext, i: number): boolean {
  for (let start = Math.max(0, i - 4); start < i; start++) if (titleEndAt(ctx, start) === i) return true;
  return false;
}

/**
 * The longest title at i. Titles match in any letter case, except those marked `capitalisedOnly`,
 * whose lower-case form is a verb phrase ("thống lĩnh lực lượng vũ trang").
 */
export function titleMatchAt(ctx: RecognitionContext, i: number): ReturnType<RecognitionContext["lexicon"]["titles"]["longest"]> {
  const title = ctx.lexicon.titles.longest(ctx.tokens, i);
  if (!title) return undefined;
  const payload = title.payloads[0]!;
  if (payload.value.capitalisedOnly === true && !caseCompatible(payload.tokens, ctx.tokens, false, i)) return undefined;
  return title;
}

/**
 * "CEO giảm 1,38%", "HPG tăng 2%": a capitals word followed by a price move is a stock ticker, even
 * when it spells a title abbreviation (CEO Group's ticker is "CEO").
 */
export function tickerMoveAfter(ctx: RecognitionContext, i: number): boolean {
  const verb = ctx.tokens[i + 1];
  const amount = ctx.tokens[i + 2];
  return verb !== undefined && (verb.lower === "tăng" || verb.lower === "giảm") && verb.spaceBefore && amount?.kind === "number";
}

/** The place named at k, or after a locality word there ("tại TP Hồ Chí Minh", "tại thành phố Đà Nẵng"). */
export function hostPlaceAt(ctx: RecognitionContext, k: number, locationAt: ReadonlyMap<number, Span>): Span | undefined {
  const direct = locationAt.get(k);
  if (direct) return direct;
  const locality = grammar().localityWords.longest(ctx.tokens, k);
  return locality && (spaced(ctx.tokens, locality.end) || ctx.tokens[locality.end - 1]?.text === ".") ? locationAt.get(locality.end) : undefined;
}

/** Index spans by their first token, keeping the longest at each start. */
export function byFirstToken(spans: readonly Span[]): Map<number, Span> {
  const index = new Map<number, Span>();
  for (const span of spans) {
    const existing = index.get(span.first);
    if (!existing || existing.last < span.last) index.set(span.first, span);
  }
  return index;
}

/**
 * Could this lower-cased token be one Vietnamese syllable? (initial consonant, one vowel group, an
 * allowed final). "Trump", "Putin", "Macron" cannot; "Trung", "Sơn", "Nghị" can.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

export function looksVietnamese(lower: string): boolean {
  return VIETNAMESE_SYLLABLE.test(lower);
}

/** The lower-case text of tokens [first, end), one space between them ("hội đồng quản trị"). */
export function lowerTextOf(tokens: RecognitionContext["tokens"], first: number, end: number): string {
  let text = tokens[first]!.lower;
  for (let k = first + 1; k < end; k++) text += " " + tokens[k]!.lower;
  return text;
}

/** Does an honorific ("ông", "bị cáo", "đồng chí") end right before token i? */
export function honorificEndsAt(ctx: RecognitionContext, i: number): boolean {
  for (let start = Math.max(0, i - 3); start < i; start++) if (ctx.lexicon.honorifics.longest(ctx.tokens, start)?.end === i) return true;
  return false;
}

/** Does a degree ("PGS.TS", "GS.VS", "ThS") end right before token i? Degrees are written before names only. */
export function degreeEndsAt(ctx: RecognitionContext, i: number): boolean {
  for (let start = Math.max(0, i - 5); start < i; start++) if (ctx.lexicon.degrees.longest(ctx.tokens, start)?.end === i) return true;
  return false;
}
