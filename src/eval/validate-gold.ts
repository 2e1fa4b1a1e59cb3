import { MAY_CONTAIN } from "../annotation-rules.js";
import { VietnerError } from "../errors.js";
import { ENTITY_TYPES, type EntityType } from "../types.js";
import { relationText } from "./score.js";
import type { GoldDocument, ScoredEntity } from "./types.js";

/** ISO forms of DATE values (docs/annotation.md): a date, or a range "start/end" of two. */
const ONE_DATE = /^XXXX-XX(?:-XX)?$|^(?:\d{4}|XXXX)(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-4]):[0-5]\d)?)?)?$|^T(?:[01]\d|2[0-4]):[0-5]\d$/u;
const DOCUMENT_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

export function isDateValue(value: string): boolean {
  const parts = value.split("/");
  return parts.length <= 2 && parts.every((p) => ONE_DATE.test(p));
}

/**
 * Checks a gold file against its text and the guideline: offsets and text agree, types and DATE
 * values are valid, nesting is allowed (no crossing spans, same type only with another type between,
 * PERSON never nested), and each relation names a PERSON and a POSITION of the file. Throws
 * VietnerError INVALID_GOLD with "<file>: <problem>".
 */
export function validateGold(data: unknown, text: string, file: string, options: { dateValues?: boolean } = {}): GoldDocument {
  const fail = (problem: string): never => {
    throw new VietnerError("INVALID_GOLD", `${file}: ${problem}`, { file });
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) fail("not a JSON object");
  const doc = data as Record<string, unknown>;
  if (typeof doc.document !== "string") fail('"document" must be a string');
  if (doc.documentDate !== undefined && doc.documentDate !== null && (typeof doc.documentDate !== "string" || !DOCUMENT_DATE.test(doc.documentDate))) {
    fail(`"documentDate" must be null or YYYY-MM-DD / YYYY-MM, got ${JSON.stringify(doc.documentDate)}`);
  }
  if (!Array.isArray(doc.entities)) fail('"entities" must be an array');
  const entities = doc.entities as unknown[];
  entities.forEach((raw, i) => {
    const where = `entities[${i}]`;
    if (typeof raw !== "object" || raw === null) fail(`${where} is not an object`);
    const e = raw as Record<string, unknown>;
    if (!ENTITY_TYPES.includes(e.type as EntityType)) fail(`${where}: unknown type ${JSON.stringify(e.type)}`);
    if (typeof e.start !== "number" || typeof e.end !== "number") fail(`${where}: "start" and "end" must be numbers, got ${typeof e.start} and ${typeof e.end}`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) < 0 || (e.end as number) > text.length || (e.start as number) >= (e.end as number)) {
      fail(`${where}: offsets ${String(e.start)}-${String(e.end)} are not a span of the ${text.length}-character text`);
    }
    const actual = text.slice(e.start as number, e.end as number);
    if (actual !== e.text) fail(`${where}: text ${JSON.stringify(e.text)} but the span ${e.start}-${e.end} reads ${JSON.stringify(actual)}`);
    if (/^\s|\s$/u.test(actual)) fail(`${where}: span ${JSON.stringify(actual)} starts or ends with white space`);
    // Gold from other tools has no DATE values (options.dateValues false): a value, if any, must still be valid.
    if (e.type === "DATE" && (options.dateValues === false ? e.value !== undefined && (typeof e.value !== "string" || !isDateValue(e.value)) : typeof e.value !== "string" || !isDateValue(e.value))) fail(`${where}: DATE ${JSON.stringify(e.text)} has value ${JSON.stringify(e.value)}, not an ISO form of the guideline`);
    if (e.type !== "DATE" && e.value !== undefined) fail(`${where}: only DATEs carry a value`);
  });
  const list = entities as ScoredEntity[];
  checkNesting(list, fail);
  if (!Array.isArray(doc.relations)) fail('"relations" must be an array');
  // Compared as the scorer compares them, so a HOLDS written with a space for a title's line break is valid.
  const persons = new Set(list.filter((e) => e.type === "PERSON").map((e) => relationText(e.text)));
  const positions = new Set(list.filter((e) => e.type === "POSITION").map((e) => relationText(e.text)));
  (doc.relations as unknown[]).forEach((raw, i) => {
    const r = raw as Record<string, unknown>;
    if (typeof r !== "object" || r === null || r.type !== "HOLDS") fail(`relations[${i}]: type must be "HOLDS"`);
    if (typeof r.person !== "string" || !persons.has(relationText(r.person))) fail(`relations[${i}]: person ${JSON.stringify(r.person)} is not a PERSON of this file`);
    if (typeof r.position !== "string" || !positions.has(relationText(r.position))) fail(`relations[${i}]: position ${JSON.stringify(r.position)} is not a POSITION of this file`);
  });
  return doc as unknown as GoldDocument;
}

function checkNesting(entities: readonly ScoredEntity[], fail: (problem: string) => never): void {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < sorted.length; i++) {
    const outer = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < outer.end; j++) {
      const inner = sorted[j]!;
      const label = (e: ScoredEntity): string => `${e.type} ${JSON.stringify(e.text)} (${e.start}-${e.end})`;
      if (inner.end > outer.end) fail(`${label(outer)} and ${label(inner)} cross`);
      if (outer.type === inner.type && outer.start === inner.start && outer.end === inner.end) fail(`${label(inner)} is annotated twice`);
      if (outer.type === inner.type) {
        const bridge = sorted.some((c) => c.type !== outer.type && c.start <= inner.start && inner.end <= c.end && outer.start <= c.start && c.end <= outer.end && (c.end - c.start) < (outer.end - outer.start));
        if (!bridge) fail(`${label(inner)} sits directly inside ${label(outer)} (same type)`);
      } else if (!MAY_CONTAIN[outer.type].has(inner.type)) {
        fail(`${label(outer)} may not contain ${label(inner)}`);
      }
    }
  }
}
