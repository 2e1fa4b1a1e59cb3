import type { Span } from "../recognise/span.js";

/** A line that is only a timestamp: "11/09/2025 17:16", "22/02/2017", "18:51, 22/02/2017". */
const TIMESTAMP_LINE = /^\s*(?:\d{1,2}:\d{2},?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*\d{1,2}:\d{2})?\s*$/u;
/**
 * Sites truncate teasers with ASCII dots ("Bộ Quốc phòng Thổ..."); a typographic "…" after a
 * complete list item is the editor's "and so on" (guideline) and cuts nothing.
 */
const ELLIPSIS_AT_LINE_END = /^\.{2,}[ \t]*(?:\n|$)/u;
/** Lower-case words (and commas) between a body name and the cut: "Cục Quản lý xuất, nhập...". */
const LOWER_TAIL_TO_CUT = /^(?:,? \p{Ll}+){1,2}\.{2,}[ \t]*(?:\n|$)/u;

/**
 * Related-news teasers are cut by the site after a fixed length and end in "..." — the entity the
 * cut runs through is incomplete and is not annotated (guideline, "Cut-off text"). A teaser is a
 * line ending in an ellipsis whose neighbouring non-empty line is a bare timestamp; an ellipsis that
 * closes a paragraph of the article itself means "and so on" and cuts nothing.
 */
export function dropCutOff(text: string, spans: readonly Span[]): Span[] {
  const cuts = new Set<number>();
  for (const span of spans) {
    if (cuts.has(span.end)) continue;
    const after = text.slice(span.end, span.end + 30);
    if (ELLIPSIS_AT_LINE_END.test(after) && isTeaserLine(text, span.end)) cuts.add(span.end);
    // A body name that runs on in lower case into the cut is itself incomplete.
    else if (span.type === "ORGANIZATION" && LOWER_TAIL_TO_CUT.test(after) && isTeaserLine(text, span.end)) cuts.add(span.end);
  }
  if (cuts.size === 0) return [...spans];
  return spans.filter((s) => !cuts.has(s.end));
}

function isTeaserLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = indexOrEnd(text, "\n", offset);
  return TIMESTAMP_LINE.test(neighbourLine(text, lineEnd, 1)) || TIMESTAMP_LINE.test(neighbourLine(text, lineStart, -1));
}

/** The nearest non-empty line after (direction 1) or before (-1) the line boundary at `from`. */
function neighbourLine(text: string, from: number, direction: 1 | -1): string {
  let position = from;
  for (let guard = 0; guard < 4; guard++) {
    if (direction === 1) {
      if (position >= text.length) return "";
      const start = position + 1;
      const end = indexOrEnd(text, "\n", start);
      const line = text.slice(start, end);
      if (line.trim() !== "") return line;
      position = end;
    } else {
      if (position <= 0) return "";
      const end = position - 1;
      const start = text.lastIndexOf("\n", end - 1) + 1;
      const line = text.slice(start, end);
      if (line.trim() !== "") return line;
      position = start;
    }
  }
  return "";
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const found = text.indexOf(needle, from);
  return found === -1 ? text.length : found;
}
