import type { RecognitionContext } from "./span.js";

export interface RunOptions {
  allowNumbers?: boolean;
  maxTokens?: number;
  /** Allow " - " between two capitalised parts ("Thanh Thủy - Thiên Bảo"). */
  allowDashJoin?: boolean;
  /** Let lower-case syllables continue the run where dictionary names show the pair. */
  learnedContinuations?: boolean;
  /** Allow a hyphen glued on both sides between capitalised syllables ("Phoong-Sa-Ly", transliterated names). */
  allowGluedHyphen?: boolean;
}

/**
 * End (exclusive) of the run of capitalised words starting at `first` on one line, with no
 * punctuation inside. Returns `first` when the token there does not start a run.
 */
export function capitalisedRun(ctx: RecognitionContext, first: number, options: RunOptions = {}): number {
  const { tokens } = ctx;
  const max = options.maxTokens ?? 6;
  let i = first;
  let count = 0;
  while (i < tokens.length && count < max) {
    const token = tokens[i]!;
    if (i > first && (token.lineBefore || !token.spaceBefore)) {
      if (options.allowGluedHyphen && token.text === "-" && tokens[i + 1]?.capitalised && tokens[i + 1]!.kind === "word" && !tokens[i + 1]!.spaceBefore) {
        i += 2;
        count++;
        continue;
      }
      if (options.allowDashJoin && token.text === "-" && i + 1 < tokens.length && tokens[i + 1]!.capitalised && !tokens[i + 1]!.lineBefore && i > first) {
        i += 1;
        continue;
      }
      break;
    }
    if (options.allowDashJoin && token.text === "-" && i > first && tokens[i + 1]?.capitalised && !tokens[i + 1]!.lineBefore) {
      i += 1;
      continue;
    }
    const isNumber = token.kind === "number" && options.allowNumbers === true && i > first;
    const continuation =
      options.learnedContinuations === true && i > first && token.kind === "word" && !token.capitalised &&
      ctx.lexicon.nameContinuations.has(tokens[i - 1]!.lower + "\u0001" + token.lower);
    if (!(token.kind === "word" && token.capitalised) && !isNumber && !continuation) break;
    i++;
    count++;
  }
  return i;
}
