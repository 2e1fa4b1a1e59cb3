import type { Readable } from "node:stream";

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line without its "\n" (and without a "\r" before it); empty when tooLong. */
  text: string;
  /** The line was longer than the limit; its text was dropped without being kept in memory. */
  tooLong: boolean;
}

/**
 * The lines of a UTF-8 stream, split on "\n" only: a bare "\r" is white space inside a JSON line,
 * not a line end. A byte-order mark at the start is dropped. A line over `maxLineLength` UTF-16
 * units is skipped as it streams, so one huge line cannot exhaust memory. Reading pauses while the
 * consumer works (async iteration), so a slow consumer holds back the input.
 */
export async function* readLines(stream: Readable, maxLineLength: number): AsyncGenerator<Line> {
  stream.setEncoding("utf8");
  let parts: string[] = [];
  let pending = 0;
  let tooLong = false;
  let number = 0;
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    let piece = chunk;
    if (first) {
      first = false;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    let from = 0;
    for (;;) {
      const newline = piece.indexOf("\n", from);
      const end = newline === -1 ? piece.length : newline;
      if (!tooLong) {
        if (pending + (end - from) > maxLineLength) {
          tooLong = true;
          parts = [];
          pending = 0;
        } else if (end > from) {
          parts.push(piece.slice(from, end));
          pending += end - from;
        }
      }
      if (newline === -1) break;
      number++;
      yield finish(number, parts, tooLong);
      parts = [];
      pending = 0;
      tooLong = false;
      from = newline + 1;
    }
  }
  if (pending > 0 || tooLong) yield finish(number + 1, parts, tooLong);
}

function finish(number: number, parts: string[], tooLong: boolean): Line {
  if (tooLong) return { number, text: "", tooLong };
  let text = parts.length === 1 ? parts[0]! : parts.join("");
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return { number, text, tooLong };
}
