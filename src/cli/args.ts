import { shortName, VietnerError } from "../errors.js";

export interface OptionSpec {
  /** Takes a value ("--format json") or is a flag ("--json"). */
  value: boolean;
  /** May be given several times ("--dict a.json --dict b.json"). */
  repeat?: boolean;
}

export interface ParsedArgs {
  options: Record<string, string | string[] | boolean>;
  positional: string[];
}

/** A small strict parser: unknown options and missing values are errors, never ignored. */
export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const options: ParsedArgs["options"] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") throw new VietnerError("INVALID_OPTIONS", `unknown option ${shortName(arg)}`);
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/su, 2) as [string, string | undefined];
    const option = spec[name];
    if (!option) throw new VietnerError("INVALID_OPTIONS", `unknown option --${shortName(name)}`);
    let value: string | boolean = true;
    if (option.value) {
      const next = inline ?? argv[++i];
      if (next === undefined || (inline === undefined && next.startsWith("--"))) throw new VietnerError("INVALID_OPTIONS", `--${name} needs a value`);
      value = next;
    } else if (inline !== undefined) {
      throw new VietnerError("INVALID_OPTIONS", `--${name} takes no value`);
    }
    if (option.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), value as string];
    else if (options[name] !== undefined) throw new VietnerError("INVALID_OPTIONS", `--${name} given more than once`);
    else options[name] = value;
  }
  return { options, positional };
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw new VietnerError("INVALID_OPTIONS", `--${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(shortName(String(value)))}`);
  }
  return value as T;
}

export function positiveNumber(value: unknown, name: string, integer: boolean, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (typeof value !== "string" || value.trim() === "" || !Number.isFinite(n) || n < 0 || n > max || (integer && (!Number.isInteger(n) || n < 1))) {
    const range = integer ? `a whole number from 1 to ${max}` : max === 1 ? "a number from 0 to 1" : `a number from 0 to ${max}`;
    throw new VietnerError("INVALID_OPTIONS", `--${name} must be ${range}, got ${JSON.stringify(shortName(String(value)))}`);
  }
  return n;
}
