/**
 * doccano's JSONL for sequence labelling: {"text": …, "label": [[start, end, "TYPE"], …]} a line.
 * doccano counts offsets in Unicode code points (Python strings), vietner in UTF-16 units: the
 * offsets are converted both ways, so text outside the Basic Multilingual Plane (emoji) stays right.
 */
import { VietnerError } from "../errors.js";
import type { EntityType } from "../types.js";
import type { ImportedDocument, SpanLike } from "./conll.js";

/** Maps UTF-16 offsets to code-point offsets and back for one text. */
export function codePointIndex(text: string): { toCodePoint(utf16: number): number; toUtf16(codePoint: number): number } {
  const astral: number[] = []; // UTF-16 offsets of the high surrogates of astral characters
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const before = (utf16: number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < utf16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoint: (utf16) => utf16 - before(utf16),
    toUtf16: (cp) => {
      let utf16 = cp;
      for (const a of astral) {
        if (a < utf16) utf16++;
        else break;
      }
      return utf16;
    },
  };
}

export function toDoccano(text: string, entities: readonly SpanLike[], extra: Record<string, unknown> = {}): string {
  const index = codePointIndex(text);
  return JSON.stringify({ ...extra, text, label: entities.map((e) => [index.toCodePoint(e.start), index.toCodePoint(e.end), e.type]) });
}

export function parseDoccano(raw: string, file: string, map: ReadonlyMap<string, EntityType>): ImportedDocument[] {
  const docs: ImportedDocument[] = [];
  const lines = raw.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === "") continue;
    const fail = (problem: string): never => {
      throw new VietnerError("INVALID_GOLD", `${file}:${n + 1}: ${problem}`, { file, line: n + 1 });
    };
    let record: { text?: unknown; label?: unknown; labels?: unknown; id?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      return fail("not valid JSON");
    }
    if (typeof record !== "object" || record === null || typeof record.text !== "string") fail('expected {"text": …, "label": [[start, end, "TYPE"], …]}');
    const text = record.text as string;
    const labels = (record.label ?? record.labels ?? []) as unknown;
    if (!Array.isArray(labels)) fail('"label" must be an array');
    const index = codePointIndex(text);
    const entities: ImportedDocument["entities"] = [];
    for (const [k, item] of (labels as unknown[]).entries()) {
      if (!Array.isArray(item) || item.length < 3 || !Number.isInteger(item[0]) || !Number.isInteger(item[1]) || typeof item[2] !== "string") fail(`label ${k} must be [start, end, "TYPE"]`);
      const [from, to, label] = item as [number, number, string];
      const type = map.get(label);
      if (!type) continue;
      const start = index.toUtf16(from);
      const end = index.toUtf16(to);
      if (start < 0 || end > text.length || start >= end) fail(`label ${k} [${from}, ${to}] is not a span of the text`);
      entities.push({ type, start, end, text: text.slice(start, end) });
    }
    docs.push({ name: `${file}#${record.id !== undefined ? String(record.id).slice(0, 60) : docs.length + 1}`, text, entities, hasRelations: false });
  }
  return docs;
}
