/**
 * CoNLL / IOB2: one token a line with its tag (B-TYPE, I-TYPE, O), a blank line between sentences.
 * IOB2 cannot express nesting: the outermost entities are written (or, on request, the innermost).
 * Reading accepts word-level files whose words join syllables with "_" ("Hà_Nội"), a tag in the last
 * column, IOB1/IOB2 and BIOES tags, and "-DOCSTART-" lines between documents.
 */
import { VietnerError } from "../errors.js";
import type { EntityType } from "../types.js";
import { textTokens } from "./tokens.js";

export interface SpanLike {
  type: string;
  start: number;
  end: number;
}

export interface ImportedDocument {
  /** Name of the document (from the file and its position in it). */
  name: string;
  text: string;
  entities: Array<{ type: EntityType; start: number; end: number; text: string; value?: string }>;
  /** The format carries no relations: HOLDS are not scored. */
  hasRelations: false;
}

/** Chooses the entities IOB2 can show: none may overlap another. */
export function flatten<T extends SpanLike>(entities: readonly T[], nesting: "outer" | "inner"): T[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  if (nesting === "outer") {
    const kept: T[] = [];
    for (const e of sorted) if (kept.length === 0 || e.start >= kept[kept.length - 1]!.end) kept.push(e);
    return kept;
  }
  // Innermost: an entity that contains another is left out.
  return sorted.filter((e) => !sorted.some((o) => o !== e && o.start >= e.start && o.end <= e.end && (o.end - o.start) < (e.end - e.start)));
}

/** IOB2 lines for one text: one syllable a line, a blank line between sentences. */
export function toConll(text: string, entities: readonly SpanLike[], options: { nesting?: "outer" | "inner" } = {}): string {
  const flat = flatten(entities, options.nesting ?? "outer");
  const lines: string[] = [];
  let e = 0;
  let begun = -1;
  for (const token of textTokens(text)) {
    while (e < flat.length && flat[e]!.end <= token.start) e++;
    const entity = flat[e];
    let tag = "O";
    // A token overlapping an entity carries its type; the first such token begins it.
    if (entity && token.end > entity.start && token.start < entity.end) {
      tag = `${begun === e ? "I" : "B"}-${entity.type}`;
      begun = e;
    }
    lines.push(`${token.text}\t${tag}`);
    if (token.sentenceEnd) lines.push("");
  }
  if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
  return lines.join("\n") + "\n";
}

const TAG = /^(?:([BIES])-(.+)|O)$/u;

/**
 * Reads CoNLL/IOB2 text into documents: text rebuilt from the tokens (space-separated, "_" read as a
 * space, a line break between sentences) and entities at character offsets of that text. `map`
 * renames labels (PER → PERSON); labels it does not name, and that are not vietner's own types,
 * are ignored. Malformed lines are errors naming the line.
 */
export function parseConll(raw: string, file: string, map: ReadonlyMap<string, EntityType>): ImportedDocument[] {
  const docs: ImportedDocument[] = [];
  let text = "";
  let entities: ImportedDocument["entities"] = [];
  let open: { type: EntityType | undefined; start: number; end: number } | undefined;
  let sentenceStarted = false;
  const close = (): void => {
    if (open?.type) entities.push({ type: open.type, start: open.start, end: open.end, text: text.slice(open.start, open.end) });
    open = undefined;
  };
  const finishDoc = (): void => {
    close();
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    text = text.slice(0, end);
    if (text.length > 0) docs.push({ name: `${file}#${docs.length + 1}`, text, entities, hasRelations: false });
    text = "";
    entities = [];
    sentenceStarted = false;
  };
  const lines = raw.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/u, "");
    if (line.trim() === "") {
      close();
      if (sentenceStarted) {
        text += "\n";
        sentenceStarted = false;
      }
      continue;
    }
    if (line.startsWith("-DOCSTART-")) {
      finishDoc();
      continue;
    }
    if (line.startsWith("#")) continue;
    const columns = line.split(/\t| +/u);
    if (columns.length < 2) throw new VietnerError("INVALID_GOLD", `${file}:${n + 1}: expected a token and a tag`, { file, line: n + 1 });
    const word = columns[0]!.replace(/_/gu, " ");
    const tag = columns[columns.length - 1]!;
    const m = TAG.exec(tag);
    if (!m) throw new VietnerError("INVALID_GOLD", `${file}:${n + 1}: tag ${JSON.stringify(tag.slice(0, 30))} is not O, B-X, I-X, E-X or S-X`, { file, line: n + 1 });
    if (sentenceStarted) text += " ";
    const start = text.length;
    text += word;
    sentenceStarted = true;
    const prefix = m[1];
    const label = m[2];
    const type = label === undefined ? undefined : map.get(label);
    if (prefix === undefined) {
      close();
    } else if (prefix === "B" || prefix === "S" || !open || open.type !== type || (open.type === undefined && label !== undefined)) {
      close();
      open = { type, start, end: text.length };
    } else {
      open.end = text.length;
    }
    if (prefix === "S" || prefix === "E") close();
  }
  finishDoc();
  return docs;
}

/** The default label map: vietner's own types, and the short names of VLSP-style corpora. */
export function labelMap(spec: string | undefined): Map<string, EntityType> {
  const map = new Map<string, EntityType>([
    ["PERSON", "PERSON"], ["POSITION", "POSITION"], ["ORGANIZATION", "ORGANIZATION"], ["LOCATION", "LOCATION"], ["DATE", "DATE"],
    ["PER", "PERSON"], ["ORG", "ORGANIZATION"], ["LOC", "LOCATION"],
  ]);
  if (spec === undefined) return map;
  const types = new Set(["PERSON", "POSITION", "ORGANIZATION", "LOCATION", "DATE"]);
  for (const pair of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [from, to] = pair.split("=").map((x) => x?.trim());
    if (!from || !to || !types.has(to)) throw new VietnerError("INVALID_OPTIONS", `--map: ${JSON.stringify(pair.slice(0, 40))} must be LABEL=TYPE with TYPE one of PERSON, POSITION, ORGANIZATION, LOCATION, DATE`);
    map.set(from, to as EntityType);
  }
  return map;
}
