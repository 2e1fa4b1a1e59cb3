/** Stable error codes; documented in docs/robustness.md. */
export type VietnerErrorCode =
  | "INVALID_INPUT"
  | "INPUT_TOO_LARGE"
  | "INVALID_OPTIONS"
  | "INVALID_DICTIONARY"
  | "INVALID_GOLD"
  | "INVALID_PREDICTIONS"
  | "IO_ERROR";

/** The only error type vietner throws on purpose. `code` is stable across versions. */
export class VietnerError extends Error {
  readonly code: VietnerErrorCode;
  /** Optional pointer to what was wrong (file, entry, field). */
  readonly details?: Record<string, unknown>;

  constructor(code: VietnerErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "VietnerError";
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

/**
 * What went wrong in a JSON.parse, without quoting the input: V8's messages echo a slice of the text
 * (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and a file's contents never belong
 * in an error. Gives the problem and, where V8 says it, the line and column.
 */
export function describeJsonError(error: unknown, raw: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/u.exec(message);
  // Keep the words before V8's quoted slice of the input or its "in JSON at position" tail.
  let cut = message.length;
  for (const marker of ['"', " in JSON at position"]) {
    const at = message.indexOf(marker);
    if (at >= 0 && at < cut) cut = at;
  }
  let problem = message.slice(0, cut).replace(/,$/u, "").trim();
  if (problem.length === 0 || problem.length > 80) problem = "not valid JSON";
  problem = problem.charAt(0).toLowerCase() + problem.slice(1);
  if (!position) return problem;
  const at = Number(position[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < raw.length; i++) {
    if (raw.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${problem} at line ${line}, column ${at - lineStart + 1}`;
}

/** A name as shown in a message: long names are cut, so a message stays one readable line. */
export function shortName(name: string): string {
  const oneLine = name.replace(/[\u0000-\u001f\u007f-\u009f]/gu, "?");
  return oneLine.length > 80 ? `${oneLine.slice(0, 40)}…${oneLine.slice(-30)}` : oneLine;
}
