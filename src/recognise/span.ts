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

/**
 * A span, built by a constructor rather than an object literal, for the reason tokens are (tokenise.ts): V8 watches an
 * object literal's allocation site, and when it finds that site's objects alive at a young-generation collection -- as a
 * long text's spans all are, kept until the text is done -- it allocates every later object of the site straight into
 * old space. Measured in session 13 on the seed benchmark: peak heap 75 MB and peak RSS 165-170 MB in half the runs
 * with a literal, 42 MB and 130-139 MB in nearly all with this class (no change with V8's pretenuring switched off).
 */
class TextSpan implements Span {
  value: string | undefined = undefined;
  lunar: string | undefined = undefined;
  canonical: CanonicalRef | undefined = undefined;
  through: number | undefined = undefined;
  constructor(
    public type: EntityType,
    public start: number,
    public end: number,
    public first: number,
    public last: number,
    public rule: string,
  ) {}
}

/** A span over offsets of the normalised text; `first` and `last` are its token range, -1 when it has none (dates). */
export function newSpan(type: EntityType, start: number, end: number, first: number, last: number, rule: string): Span {
  return new TextSpan(type, start, end, first, last, rule);
}

export function spanOf(ctx: RecognitionContext, type: Span["type"], first: number, last: number, rule: string): Span {
  return new TextSpan(type, ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end, first, last, rule);
}

/** Tokens i and i+1 are adjacent words of one phrase: same line, no punctuation between. */
export function joined(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.lineBefore;
}
