/**
 * Syllables and sentences for token-based formats (CoNLL/IOB2): a syllable is a run of letters,
 * marks and digits; every other non-space character is a token of its own. Offsets are UTF-16
 * indices into the text.
 */
export interface TextToken {
  start: number;
  end: number;
  text: string;
  /** A sentence ends after this token. */
  sentenceEnd: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const SENTENCE_END = new Set([".", "!", "?", "…"]);

export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], sentenceEnd: false });
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    const gap = next ? text.slice(token.end, next.start) : "\n";
    // A line break ends a sentence; so does . ! ? … before white space and a capital or a digit.
    if (gap.includes("\n")) token.sentenceEnd = true;
    else if (SENTENCE_END.has(token.text) && gap.length > 0 && next !== undefined && /^[\p{Lu}\p{N}"“(]/u.test(next.text)) token.sentenceEnd = true;
  }
  return tokens;
}
