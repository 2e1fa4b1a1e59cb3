import type { EntityType } from "./types.js";

/**
 * Nesting rules of the annotation guideline (docs/annotation.md §2), shared by the extractor's
 * resolver and the gold-file validator so that both always agree. PERSON contains nothing.
 */
export const MAY_CONTAIN: Readonly<Record<EntityType, ReadonlySet<EntityType>>> = {
  POSITION: new Set<EntityType>(["ORGANIZATION", "LOCATION", "DATE"]),
  ORGANIZATION: new Set<EntityType>(["LOCATION"]),
  LOCATION: new Set<EntityType>(["ORGANIZATION"]),
  PERSON: new Set<EntityType>(),
  DATE: new Set<EntityType>(),
};

/** Ranges sorted by start; where two overlap the earlier (then the longer) one is kept. */
export function keepNonOverlapping<T extends { start: number; end: number }>(ranges: readonly T[]): T[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const range of sorted) {
    if (range.start < lastEnd) continue;
    kept.push(range);
    lastEnd = range.end;
  }
  return kept;
}
