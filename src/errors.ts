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
