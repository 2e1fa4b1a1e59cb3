import type { CanonicalRef, EntityType } from "../types.js";
import type { Token } from "../tokenise/tokenise.js";
import type { Lexicon } from "../dictionaries/lexicon.js";

/** A candidate entity in normalised-text coordinates, with its token range when it has one. */
export interface Span {
  type: EntityType;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Token range [first, last) — DATE spans from the date recogniser carry -1. */
  first: number;
  last: number;
  value?: string;
  /** DATE only, lunar dates: the date in Vietnam's lunar calendar. */
  lunar?: string;
  canonical?: CanonicalRef;
  /** ORGANIZATION only: where a title over this body ends when it runs on past the body ("Giám đốc Trung tâm
   *  Kiểm soát bệnh tật (CDC) TP Cần Thơ"): a token index beyond `last`. */
  through?: number;
  /** Id of the rule that produced the span (for debugging and tests). */
  rule: string;
}

/** What every recogniser reads. */
export interface RecognitionContext {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
}

export function spanOf(ctx: RecognitionContext, type: Span["type"], first: number, last: number, rule: string): Span {
  return { type, start: ctx.tokens[first]!.start, end: ctx.tokens[last - 1]!.end, first, last, rule };
}

/** Tokens i and i+1 are adjacent words of one phrase: same line, no punctuation between. */
export function joined(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.lineBefore;
}
