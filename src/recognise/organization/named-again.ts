import { isCapitalisedWord, looksVietnamese, personStartsAt, spaced } from "../cues.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";

/** Heads of company and bank names whose proper part the press goes on using alone ("Tập đoàn Hoa Sen" … "Hoa Sen"). */
const COMPANY_HEADS = ["công ty", "tập đoàn", "tổng công ty", "ngân hàng", "ctcp"];

/**
 * A company named in full once is named by its proper part alone later in the article ("Công ty cổ
 * phần Tập đoàn Hải Phát" … "vốn điều lệ của Hải Phát"; "Tập đoàn Hoa Sen" … "Hoa Sen cần"): each such
 * mention is an ORGANIZATION too, as one reader would read it. The proper part is the run of
 * capitalised syllables (two or more) that ends the full name; a place name alone is not taken
 * ("Công ty Điện lực Thủ Đức" does not make every "Thủ Đức" a body), nor a mention inside a longer name.
 * A brand word after it stays with it ("Hải Phát Invest"). So is a brand the full name gave in brackets ("(Sacombank)").
 */
export function companiesNamedAgain(ctx: RecognitionContext, found: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens, lexicon } = ctx;
  // First word → the names it starts, with their length in tokens.
  const names = new Map<string, Array<{ name: string; length: number }>>();
  for (const span of found) {
    // "… Lương thực miền Nam (Vinafood II)", "… Thương Tín (Sacombank)": a brand given in brackets is the name used after.
    // (Short names in capitals are found on their own: "(ACB)".)
    if (span.rule === "organization.bracketed-abbreviation" && !tokens[span.first]!.allCaps && span.last - span.first <= 4) {
      const length = span.last - span.first;
      const name = wordsAt(ctx, span.first, length);
      const list = names.get(tokens[span.first]!.text) ?? [];
      if (name !== "" && !list.some((n) => n.name === name)) list.push({ name, length });
      names.set(tokens[span.first]!.text, list);
      continue;
    }
    if (!startsWithCompanyHead(ctx, span)) continue;
    let k = span.last;
    while (k - 1 > span.first + 1 && isCapitalisedWord(tokens[k - 1]) && !tokens[k - 1]!.allCaps && spaced(tokens, k - 1)) k--;
    const length = span.last - k;
    if (length < 2 || length > 4) continue;
    if (lexicon.locations.longest(tokens, k)?.end === span.last) continue;
    const name = wordsAt(ctx, k, length);
    const list = names.get(tokens[k]!.text) ?? [];
    if (!list.some((n) => n.name === name)) list.push({ name, length });
    names.set(tokens[k]!.text, list);
  }
  if (names.size === 0) return [];
  const covered = new Uint8Array(tokens.length);
  for (const s of [...found, ...locations]) covered.fill(1, s.first, s.last);
  const result: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = covered[i] === 1 ? undefined : names.get(tokens[i]!.text);
    if (candidates === undefined) continue;
    for (const { name, length } of candidates) {
      if (wordsAt(ctx, i, length) !== name) continue;
      let end = i + length;
      // Part of a longer capitalised name on either side: not this mention.
      if (isCapitalisedWord(tokens[i - 1]) && spaced(tokens, i)) break;
      const after = tokens[end];
      // ("Phó Tổng Giám đốc Hải Phát Nguyễn Văn B": a holder's name may follow.)
      if (after !== undefined && spaced(tokens, end) && isCapitalisedWord(after) && !personStartsAt(ctx, end)) {
        if (after.allCaps || looksVietnamese(after.lower)) break;
        end += 1;
      }
      let free = true;
      for (let k = i; k < end; k++) if (covered[k] === 1) free = false;
      if (!free) break;
      result.push(spanOf(ctx, "ORGANIZATION", i, end, "organization.company-named-again"));
      covered.fill(1, i, end);
      i = end - 1;
      break;
    }
  }
  return result;
}

const COMPANY_HEAD_WORDS = COMPANY_HEADS.map((head) => head.split(" "));

/** Token by token, without building strings: it runs for every body of every text. */
function startsWithCompanyHead(ctx: RecognitionContext, span: Span): boolean {
  const { tokens } = ctx;
  for (const words of COMPANY_HEAD_WORDS) {
    if (span.last - span.first < words.length) continue;
    let same = true;
    for (let j = 0; j < words.length && same; j++) same = tokens[span.first + j]!.lower === words[j];
    if (same) return true;
  }
  return false;
}

/** The texts of `length` tokens from i, each after a space (a name as written), or "" where they are not. */
function wordsAt(ctx: RecognitionContext, i: number, length: number): string {
  const { tokens } = ctx;
  let text = "";
  for (let k = i; k < i + length; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind !== "word" || (k > i && !spaced(tokens, k))) return "";
    text += k === i ? token.text : ` ${token.text}`;
  }
  return text;
}
