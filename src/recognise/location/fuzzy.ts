import Fuse from "fuse.js/min-basic";
import type { LocationEntry } from "../../dictionaries/types.js";
import { isCapitalisedWord, spaced } from "../cues.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";
import { canonicalOf } from "./gazetteer.js";

/** Fuse score (0 = exact, 1 = anything); 0.25 admits one wrong or extra letter in a 9-letter name. */
const THRESHOLD = 0.25;
const MIN_LETTERS = 5;
const CACHE_LIMIT = 10_000;
const LIST_SEPARATOR = /^(?:,|;|và|với)$/u;

export interface FuzzyPlaces {
  search(name: string): LocationEntry | undefined;
}

/** A fuzzy index over country and territory names (and their variants), built once per extractor. */
export function buildFuzzyPlaces(entries: readonly LocationEntry[]): FuzzyPlaces {
  const items = entries
    .filter((e) => e.category === "country" || e.category === "territory")
    .flatMap((entry) => [entry.name, ...(entry.variants ?? [])].map((name) => ({ name: name.toLowerCase(), entry })));
  // The index is built on first need: most texts never list countries with a misspelling.
  let index: Fuse<{ name: string; entry: LocationEntry }> | undefined;
  const fuseIndex = (): Fuse<{ name: string; entry: LocationEntry }> =>
    (index ??= new Fuse(items, { keys: ["name"], includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 }));
  // News repeats the same words; remember answers (bounded, so memory stays flat on long inputs).
  const cache = new Map<string, LocationEntry | null>();
  return {
    search(name: string): LocationEntry | undefined {
      const key = name.toLowerCase();
      const cached = cache.get(key);
      if (cached !== undefined) return cached ?? undefined;
      const [best] = fuseIndex().search(key, { limit: 1 });
      // Same length give or take one letter, so "Lào" never matches "Lào Cai" and short words stay out.
      const found = best && (best.score ?? 1) <= THRESHOLD && Math.abs(best.item.name.length - name.length) <= 1 ? best.item.entry : null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, found);
      return found ?? undefined;
    },
  };
}

/**
 * Misspelt countries in lists ("Lào, Camphuchia, Hàn Quốc"): a single capitalised word that no
 * other recogniser explains, standing between list separators next to a known country, is matched
 * fuzzily against country names. Exact and normalised matching come first (the gazetteer); this
 * only looks at the few words they leave, so its cost stays small (see the benchmark).
 */
function fuzzyAt(ctx: RecognitionContext, fuzzy: FuzzyPlaces, i: number, countryAt: ReadonlyMap<number, Span>, covered: { has(k: number): boolean }): Span | undefined {
  const { tokens } = ctx;
  const token = tokens[i]!;
  // A broken first letter ("Ailen,  n Độ" for "Ấn Độ"): a one- or two-letter fragment glued to a capitalised word.
  const fragment = token.kind === "word" && !token.capitalised && token.text.length <= 2 && !covered.has(i) && isCapitalisedWord(tokens[i + 1]) && spaced(tokens, i + 1) && !covered.has(i + 1);
  if (fragment && LIST_SEPARATOR.test(tokens[i - 1]?.lower ?? "") && countryAt.has(i - 2)) {
    const after = tokens[i + 2];
    const atListEnd = after === undefined || LIST_SEPARATOR.test(after.lower) || after.kind === "punct";
    const entry = atListEnd ? fuzzy.search(`${token.text} ${tokens[i + 1]!.text}`) : undefined;
    if (entry) return located(ctx, i, i + 2, entry);
  }
  if (!isCapitalisedWord(token) || covered.has(i) || token.allCaps) return undefined;
  // The capitalised run here: one to three syllables ("Camphuchia", "Hàn Quốcc"), none already explained.
  let end = i + 1;
  while (end < tokens.length && end - i < 3 && isCapitalisedWord(tokens[end]) && spaced(tokens, end) && !covered.has(end)) end++;
  if (end < tokens.length && isCapitalisedWord(tokens[end]) && spaced(tokens, end)) return undefined;
  const before = tokens[i - 1];
  const after = tokens[end];
  const listBefore = before !== undefined && LIST_SEPARATOR.test(before.lower) && countryAt.has(i - 2);
  const listAfter = after !== undefined && LIST_SEPARATOR.test(after.lower) && countryAt.has(end + 1);
  if (!listBefore && !listAfter) return undefined;
  const name = tokens.slice(i, end).map((t) => t.text).join(" ");
  if (name.length < MIN_LETTERS) return undefined;
  const entry = fuzzy.search(name);
  return entry ? located(ctx, i, end, entry) : undefined;
}

function located(ctx: RecognitionContext, first: number, end: number, entry: LocationEntry): Span {
  const span = spanOf(ctx, "LOCATION", first, end, "location.fuzzy-country");
  span.canonical = canonicalOf(entry);
  return span;
}

export function recogniseFuzzyPlaces(ctx: RecognitionContext, fuzzy: FuzzyPlaces, known: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const countryAt = new Map<number, Span>();
  for (const span of known) {
    if (span.type === "LOCATION" && (span.canonical?.kind === "country" || span.canonical?.kind === "territory")) {
      countryAt.set(span.first, span);
      countryAt.set(span.last - 1, span);
    }
  }
  // Only lists of countries are searched: without a country in the text there is nothing to do.
  if (countryAt.size === 0) return [];
  const coveredFlags = new Uint8Array(tokens.length);
  for (const span of known) coveredFlags.fill(1, span.first, span.last);
  const covered = { has: (k: number): boolean => coveredFlags[k] === 1 };
  // Candidate positions: right after "country ," and right before ", country" (a run of up to three
  // words, or a broken fragment + word). Only these are looked at, so the pass costs next to nothing.
  const starts = new Set<number>();
  for (const span of new Set(countryAt.values())) {
    if (LIST_SEPARATOR.test(tokens[span.last]?.lower ?? "")) starts.add(span.last + 1);
    if (LIST_SEPARATOR.test(tokens[span.first - 1]?.lower ?? "")) {
      let k = span.first - 2;
      while (k > 0 && span.first - 2 - k < 2 && isCapitalisedWord(tokens[k - 1]) && spaced(tokens, k)) k--;
      if (k >= 0) starts.add(k);
      if (k - 1 >= 0 && tokens[k - 1]?.kind === "word") starts.add(k - 1);
    }
  }
  const spans: Span[] = [];
  let skipUntil = -1;
  for (const i of [...starts].sort((a, b) => a - b)) {
    if (i < skipUntil || i >= tokens.length) continue;
    const found = fuzzyAt(ctx, fuzzy, i, countryAt, covered);
    if (found) {
      spans.push(found);
      skipUntil = found.last;
    }
  }
  return spans;
}
