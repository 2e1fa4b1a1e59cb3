import { readFileSync } from "node:fs";
import { VietnerError } from "../errors.js";
import { evalCommand } from "./eval-command.js";
import { extractCommand, type Io } from "./extract-command.js";
import { renderCommand } from "./render-command.js";

const HELP = `vietner — people, positions, organisations, places and dates in Vietnamese news

Usage:
  vietner extract [--format json|jsonl|text|conll|doccano|label-studio] [--nesting outer|inner]
                  [--reference-date YYYY-MM-DD] [--dict FILE.json]... [--jobs N]
                  [--input-format text|jsonl] [--output FILE] [--max-length N] [--skip-bad-lines]
                  FILE... | -
  vietner render [--output page.html] [--title T] [--reference-date D] [--dict FILE.json]... FILE... | -
  vietner eval [--gold DIR|FILE] [--gold-format vietner|conll|doccano|label-studio] [--map L=TYPE,...]
               [--pred FILE] [--json] [--report report.html] [--min-f1 X] [--max-errors N]
               [--dict FILE.json]...
  vietner --help | --version

extract  prints {document, documentDate, entities, relations} per input in the gold format.
         *.jsonl inputs (one {"id", "text"} per line) are streamed; - reads standard input.
render   writes one self-contained HTML page with the entities of each file highlighted.
eval     scores the extractor (or --pred, a JSON array of {document, entities, relations}
         made by any tool) against DIR/*.gold.json (default: seeds), or against a CoNLL/IOB2,
         doccano JSONL or Label Studio file; --report writes the errors as an HTML page.

Exit codes: 0 success, 1 eval below --min-f1, 2 bad input, options or files.
See docs/cli.md.`;

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/** Runs the CLI with injected streams (tests call this in-process); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP + "\n");
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(version() + "\n");
      return 0;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(HELP + "\n");
      return 0;
    }
    if (command === "extract") return await extractCommand(rest, io);
    if (command === "eval") return await evalCommand(rest, io);
    if (command === "render") return await renderCommand(rest, io);
    throw new VietnerError("INVALID_OPTIONS", `unknown command "${command}" (try --help)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (!(error instanceof VietnerError) && code === "EPIPE") return 0;
    const message = error instanceof VietnerError ? error.message
      : typeof code === "string" && code.startsWith("E") ? `cannot write the output (${code})`
      : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    io.stderr.write(`vietner: ${message.split("\n")[0]}\n`);
    return 2;
  }
}

/**
 * Standard output that fails: a reader that closed early (`vietner extract … | head`) ends the run
 * quietly, as Unix tools do; any other failure (`> /dev/full`) is one line and exit code 2.
 */
function guardStdout(): void {
  let reported = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    if (!reported) {
      reported = true;
      process.stderr.write(`vietner: cannot write standard output (${error.code ?? "write error"})\n`);
    }
    process.exit(2);
  });
}

/** Runs the CLI on this process's arguments and streams (the bin entries, bin.ts, call it). */
export function main(): void {
  guardStdout();
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`vietner: unexpected error: ${String((error as Error)?.message ?? error).split("\n")[0]}\n`);
      process.exitCode = 2;
    },
  );
}
