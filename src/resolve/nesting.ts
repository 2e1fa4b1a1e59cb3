import { MAY_CONTAIN } from "../annotation-rules.js";
import { firstAtOrAfter } from "../sorted-search.js";
import type { EntityType } from "../types.js";
import type { Span } from "../recognise/span.js";

/** When two spans cross or nest illegally, the higher keeps its place. */
const PRIORITY: Record<EntityType, number> = { DATE: 5, ORGANIZATION: 4, LOCATION: 3, POSITION: 2, PERSON: 1 };

const contains = (a: Span, b: Span): boolean => a.start <= b.start && b.end <= a.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const length = (s: Span): number => s.end - s.start;

export function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[b.type] - PRIORITY[a.type]);
}

/**
 * Applies the guideline's nesting rules to candidate spans from every recogniser:
 * - a name inside a body or place is not a PERSON; a one-word place inside a person's name is
 *   not a LOCATION ("Triệu Tài Vinh" is not the city of Vinh);
 * - a type never sits directly inside the same type (largest wins), but may with another type
 *   between ("Hội trường Tỉnh ủy Khánh Hòa" ⊃ "Tỉnh ủy Khánh Hòa" ⊃ "Khánh Hòa");
 * - other containments must be allowed by MAY_CONTAIN; crossing spans keep the higher priority.
 * Runs in O(n · depth) over spans sorted by start, because spans overlap only locally.
 */
export function resolveNesting(input: readonly Span[]): Span[] {
  let spans = dedupe(sortSpans([...input]));
  spans = resolvePeople(spans);
  const dropped = new Set<Span>();
  for (let a = 0; a < spans.length; a++) {
    const outer = spans[a]!;
    if (dropped.has(outer)) continue;
    for (let b = a + 1; b < spans.length && spans[b]!.start < outer.end; b++) {
      const inner = spans[b]!;
      if (dropped.has(inner)) continue;
      if (contains(outer, inner)) {
        if (outer.type === inner.type) {
          if (!hasBridge(spans, outer, inner, dropped)) dropped.add(inner);
        } else if (!MAY_CONTAIN[outer.type].has(inner.type)) {
          dropped.add(inner);
        }
      } else if (overlaps(outer, inner)) {
        const loser = outer.type === inner.type
          ? (length(inner) > length(outer) ? outer : inner)
          : (PRIORITY[inner.type] > PRIORITY[outer.type] ? outer : inner);
        dropped.add(loser);
        if (loser === outer) break;
      }
    }
  }
  return spans.filter((s) => !dropped.has(s));
}

/** Drops repeated spans; sortSpans puts equal (start, end, type) next to each other. */
function dedupe(spans: Span[]): Span[] {
  return spans.filter((s, k) => {
    const previous = spans[k - 1];
    return previous === undefined || previous.start !== s.start || previous.end !== s.end || previous.type !== s.type;
  });
}


/** Is there a span of another type between outer and inner (outer ⊇ bridge ⊇ inner)? */
function hasBridge(spans: readonly Span[], outer: Span, inner: Span, dropped: ReadonlySet<Span>): boolean {
  for (let k = firstAtOrAfter(spans, outer.start); k < spans.length; k++) {
    const s = spans[k]!;
    if (s.start > inner.start) break;
    if (s === outer || s === inner || dropped.has(s) || s.type === outer.type) continue;
    if (contains(outer, s) && contains(s, inner) && length(s) < length(outer) && length(s) > length(inner)) return true;
  }
  return false;
}

/** PERSON against the rest: bodies, places and titles win, except one-word places inside a name. */
function resolvePeople(spans: Span[]): Span[] {
  const people = spans.filter((s) => s.type === "PERSON");
  if (people.length === 0) return spans;
  const dropped = new Set<Span>();
  // Spans are short (a few dozen tokens), so anything overlapping a person starts shortly before it.
  const longest = spans.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  for (const person of people) {
    for (let k = firstAtOrAfter(spans, person.start - longest); k < spans.length; k++) {
      const other = spans[k]!;
      if (other.start >= person.end) break;
      if (other === person || other.type === "PERSON" || other.type === "DATE" || !overlaps(person, other)) continue;
      const placeInsideName = other.type === "LOCATION" && contains(person, other) && (length(other) < length(person) || person.rule !== "person.surname");
      if (placeInsideName) dropped.add(other);
      else dropped.add(person);
    }
  }
  return spans.filter((s) => !dropped.has(s));
}
