/** Index of the first item that starts at or after `offset`, in items sorted by start (binary search). */
export function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
