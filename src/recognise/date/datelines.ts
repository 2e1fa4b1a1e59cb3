/**
 * Datelines: the article's own date, and the timestamps of related-news items. A date without a
 * year takes it from the dateline that governs its passage (guideline, DATE values).
 */
export interface Datelines {
  /** ISO date of the article's dateline, or undefined. */
  documentDate?: string;
  documentYear?: number;
  /** Offset where the article's dateline ends: timestamps after it belong to related items. */
  datelineEnd: number;
  /** Standalone timestamp lines after the dateline. */
  timestamps: Array<{ start: number; end: number; year: number; lineIndex: number }>;
  /** Does each item's timestamp follow its teaser (true) or precede it (false)? */
  timestampsFollow: boolean;
  /** Start offset of every line, and whether it is blank, for counting lines between positions. */
  lineStarts: number[];
  blank: boolean[];
}

/**
 * "28/05/2020 14:55", "18:51, 22/02/2017", "22/02/2017", "Thứ hai, 22/02/2017 18:51 (GMT+7)",
 * "Thứ Sáu, 22/11/2024, 13:58", "Thứ 7, 26/02/2022 | 07:33:00", "Cập nhật: 10:15 ngày 3/5/2025",
 * "Ngày đăng: 05/06/2025 08:30", "- Thứ hai - 30/12/2019 14:28", "23/05/2017 19:46 GMT+7 | Trong nước".
 */
const TIMESTAMP_LINE = /^(?:- )?(?:(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày cập nhật|xuất bản|thời gian|published|updated) ?: ?)?(?:[\p{L} \d]{0,12}(?:,| -)? )?(?:(\d{1,2}):(\d{2})(?::\d{2})?,? (?:ngày )?)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:(?: |, | ?[|-] )(\d{1,2}):(\d{2})(?::\d{2})?)?(?: ?\(gmt ?\+ ?7\)| gmt ?\+ ?7)?(?: ?\| ?[\p{L} ]{1,30})?$/u;
/**
 * "21/03/2024 12:49 Hoạt động doanh nghiệp Minh Nguyệt": a date and its clock time opening the line, then the
 * section's label and the author in words only. The same groups as TIMESTAMP_LINE: the date is 3, 4 and 5.
 */
const LABELLED_TIMESTAMP = /^(?:(\d{1,2}):(\d{2}) )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) (\d{1,2}):(\d{2})(?::\d{2})? [\p{L} ]{1,40}$/u;
/**
 * After the year, both patterns allow at most a clock, "(GMT+7)" and a label: 54 characters (" | 12:34:56 (gmt + 7) | "
 * and 30 letters), 50 for LABELLED_TIMESTAMP; a few more for letters that lower-casing lengthens. A line that goes on
 * longer after its first full date (the patterns' date is always the first: nothing before it may hold "/", "." or a
 * digit before "-") is a sentence, and V8 need not compile the patterns for it (about 2 ms of a cold start).
 */
const MAX_AFTER_YEAR = 60;
/** TIMESTAMP_LINE on a line read in lower case (a case-insensitive \p{L} compiles several times slower on every cold start). */
const timestampLine = (line: string): RegExpExecArray | null => {
  const date = HAS_FULL_DATE.exec(line);
  if (date === null || line.length - (date.index + date[0].length) > MAX_AFTER_YEAR) return null;
  const lower = line.toLowerCase();
  return TIMESTAMP_LINE.exec(lower) ?? LABELLED_TIMESTAMP.exec(lower);
};
/** Every timestamp line has a day, month and four-digit year: most lines have none, and skip the rest. */
const HAS_FULL_DATE = /\d[/.-]\d{1,2}[/.-]\d{4}/u;
/**
 * A crawler's metadata line at the very start: " date 2025-06-30" or "2025-06" — a DATE and the article's
 * dateline (guideline). Its one word's letters are written in both cases instead of an "i" flag, which makes
 * V8 compile \p{L} several times slower on every cold start.
 */
export const ISO_START = /^\s*(?:[Dd][Aa][Tt][Ee] ?:?\s+)?((?:19|20)\d{2}) ?- ?(0[1-9]|1[0-2])(?: ?- ?(0[1-9]|[12]\d|3[01]))?(?![\p{L}\p{N}:/-]| ?-\d)/u;
/** How many lines before the article's dateline may come first (a headline, a sapo). */
const DATELINE_WINDOW = 6;
/** A timestamp governs a teaser of at most this many non-blank lines next to it. */
const TEASER_LINES = 3;

/** The article's own date from its dateline, reading only the first lines (see findDatelines). */
export function findDocumentDate(text: string): string | undefined {
  let seen = 0;
  let start = 0;
  while (start <= text.length && seen < DATELINE_WINDOW) {
    const end = indexOrEnd(text, start);
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    seen++;
    const m = timestampLine(line);
    if (m) {
      const [day, month, year] = [m[3]!, m[4]!, m[5]!].map((x) => Number.parseInt(x, 10)) as [number, number, number];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : undefined;
    }
  }
  return undefined;
}

function indexOrEnd(text: string, from: number): number {
  const found = text.indexOf("\n", from);
  return found === -1 ? text.length : found;
}

export function findDatelines(text: string): Datelines {
  const lineStarts: number[] = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lines = lineStarts.map((start, k) => text.slice(start, (lineStarts[k + 1] ?? text.length + 1) - 1).trim());
  const blank = lines.map((l) => l === "");
  const result: Datelines = { datelineEnd: 0, timestamps: [], timestampsFollow: false, lineStarts, blank };
  let seen = 0;
  let datelineIndex = -1;
  const iso = ISO_START.exec(text);
  if (iso) {
    result.documentDate = `${iso[1]}-${iso[2]}${iso[3] ? `-${iso[3]}` : ""}`;
    result.documentYear = Number(iso[1]);
    seen = DATELINE_WINDOW;
  }
  for (let k = 0; k < lines.length && seen < DATELINE_WINDOW; k++) {
    if (blank[k]) continue;
    seen++;
    const m = timestampLine(lines[k]!);
    if (m) {
      const [day, month, year] = [m[3]!, m[4]!, m[5]!].map((x) => Number.parseInt(x, 10)) as [number, number, number];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        result.documentDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        result.documentYear = year;
        datelineIndex = k;
        result.datelineEnd = (lineStarts[k + 1] ?? text.length + 1) - 1;
      }
      break;
    }
  }
  for (let k = datelineIndex + 1; k < lines.length; k++) {
    const m = timestampLine(lines[k]!);
    if (m) result.timestamps.push({ start: lineStarts[k]!, end: lineStarts[k]! + lines[k]!.length, year: Number.parseInt(m[5]!, 10), lineIndex: k });
  }
  let last = lines.length - 1;
  while (last >= 0 && blank[last]) last--;
  const lastStamp = result.timestamps[result.timestamps.length - 1];
  result.timestampsFollow = lastStamp !== undefined && lastStamp.lineIndex === last;
  return result;
}

function lineIndexOf(datelines: Datelines, offset: number): number {
  const starts = datelines.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nonBlankBetween(datelines: Datelines, fromLine: number, toLine: number): number {
  let count = 0;
  for (let k = fromLine; k < toLine; k++) if (!datelines.blank[k]) count++;
  return count;
}

/**
 * Year for a date at `offset` that has none: the timestamp of the related-news item it sits in,
 * else the reference date or the article's dateline, else undefined (the value keeps "XXXX").
 */
export function governingYear(datelines: Datelines, offset: number, referenceDate?: string): number | undefined {
  const line = lineIndexOf(datelines, offset);
  const stamps = datelines.timestamps;
  if (stamps.length > 0 && offset >= datelines.datelineEnd) {
    if (datelines.timestampsFollow) {
      const next = stamps.find((s) => s.lineIndex >= line);
      if (next && next.lineIndex !== line && nonBlankBetween(datelines, line, next.lineIndex) <= TEASER_LINES) return next.year;
      if (next && next.lineIndex === line) return next.year;
    } else {
      const previous = [...stamps].reverse().find((s) => s.lineIndex <= line);
      if (previous && nonBlankBetween(datelines, previous.lineIndex + 1, line + 1) <= TEASER_LINES) return previous.year;
    }
  }
  if (referenceDate) return Number.parseInt(referenceDate.slice(0, 4), 10);
  return datelines.documentYear;
}
