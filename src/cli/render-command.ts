import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createExtractor } from "../extractor.js";
import { shortName, VietnerError } from "../errors.js";
import { escapeHtml, page, renderSection } from "../output/html.js";
import { parseArgs, positiveNumber } from "./args.js";
import type { Io } from "./extract-command.js";
import { fileSize, openOutputFile } from "./output-file.js";

const SPEC = {
  output: { value: true },
  title: { value: true },
  "reference-date": { value: true },
  dict: { value: true, repeat: true },
  "max-length": { value: true },
};

/** A page is read in a browser: its inputs together stay under this many characters. */
const MAX_PAGE_LENGTH = 20_000_000;

/**
 * `vietner render FILE... [--output page.html]`: extracts from each text file (or standard input)
 * and writes one self-contained HTML page with a section per file.
 */
export async function renderCommand(argv: readonly string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, SPEC);
  if (positional.length === 0) throw new VietnerError("INVALID_OPTIONS", "render needs at least one FILE (or - for standard input)");
  if (positional.filter((p) => p === "-").length > 1) throw new VietnerError("INVALID_OPTIONS", "standard input (-) can be read only once");
  const maxLength = options["max-length"] === undefined ? undefined : positiveNumber(options["max-length"], "max-length", true, 100_000_000);
  const extractor = createExtractor({ dictionaries: (options.dict as string[] | undefined) ?? [], referenceDate: options["reference-date"] as string | undefined, maxLength });
  const target = options.output === undefined ? undefined : openOutputFile(options.output as string);
  try {
    const sections: string[] = [];
    let total = 0;
    let failures = 0;
    for (const input of positional) {
      let text: string;
      try {
        if (input === "-") {
          const chunks: Buffer[] = [];
          for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
          text = Buffer.concat(chunks).toString("utf8");
        } else {
          const bytes = fileSize(input);
          if (bytes !== undefined && bytes > 3 * MAX_PAGE_LENGTH) throw new VietnerError("INPUT_TOO_LARGE", `${shortName(input)}: ${bytes} bytes, too large for one page`);
          text = readFileSync(input, "utf8");
        }
        total += text.length;
        if (total > MAX_PAGE_LENGTH) throw new VietnerError("INPUT_TOO_LARGE", `${input === "-" ? "standard input" : shortName(input)}: the page would pass ${MAX_PAGE_LENGTH.toLocaleString("en-US")} characters`);
        const result = extractor.extract(text);
        sections.push(renderSection(input === "-" ? "stdin" : basename(input), text, result));
      } catch (error) {
        failures++;
        const code = (error as NodeJS.ErrnoException).code;
        const message = error instanceof VietnerError ? error.message : `${shortName(input)}: cannot read (${code ?? "read error"})`;
        io.stderr.write(`vietner: ${message}\n`);
        sections.push(`<section class="document"><h2>${escapeHtml(input === "-" ? "stdin" : basename(input))}</h2><p class="note">Not shown: ${escapeHtml(message)}</p></section>`);
      }
    }
    const html = page((options.title as string | undefined) ?? "vietner", sections.join("\n"));
    if (target) {
      target.stream.write(html);
      await target.commit();
    } else {
      io.stdout.write(html);
    }
    return failures > 0 ? 2 : 0;
  } catch (error) {
    target?.abort();
    throw error;
  }
}
