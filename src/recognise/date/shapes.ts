/**
 * Date shapes, Duckling-style: each shape is a sticky regular expression tried at a candidate
 * position, with a parser from its groups to calendar fields. Quantifiers are bounded and no two
 * adjacent parts can match the same characters, so every pattern runs in linear time (checked by
 * tests/robustness/redos.test.ts). Examples each shape must and must not match live in
 * tests/recognise/date/.
 */

export interface DateFields {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  hour?: number;
  minute?: number;
  /** Year relative to the governing dateline ("năm nay" 0, "năm ngoái" −1, "năm tới" +1). */
  relativeYear?: number;
  /** Month relative to the dateline's month ("ngày 15 tháng này" 0, "tháng trước" −1, "tháng sau" +1). */
  relativeMonth?: number;
  /** "tháng 3 tới": the next such month from the dateline (this year or the next). */
  upcoming?: boolean;
}

export interface ShapeMatch {
  end: number;
  from: DateFields;
  /** For ranges: the other end. */
  to?: DateFields;
  /** Needs "ngày" or a part-of-day word before it to count ("ngày 8-9" but not "tỷ số 8-9"). */
  needsDayWord?: boolean;
  /** A clock time with no day: takes the day that follows it, if any. */
  clockOnly?: boolean;
  /** "tháng 3 năm đó": a year the text refers back to, which no dateline fills (XXXX). */
  yearUnknown?: boolean;
  rule: string;
}

export interface Shape {
  name: string;
  /** How many digits the first number of the shape has: shapes for years skip days and back. */
  digits?: readonly [number, number];
  /** Sticky pattern, tried at the candidate position. */
  pattern: RegExp;
  parse(m: RegExpExecArray, romanValue: (numeral: string) => number | undefined): Omit<ShapeMatch, "end" | "rule"> | undefined;
}

/** Relative year words after "năm" and their offset from the governing dateline's year. */
export const RELATIVE_YEAR: Record<string, number> = { nay: 0, ngoái: -1, trước: -1, tới: 1, sau: 1 };
/** Relative month words after "tháng" ("ngày 15 tháng này"). */
const RELATIVE_MONTH: Record<string, number> = { này: 0, trước: -1, tới: 1, sau: 1 };

const n = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number.parseInt(s, 10));

/** Shapes that start with a digit. Order matters: longer, more specific shapes first. */
export const DIGIT_SHAPES: readonly Shape[] = [
  {
    // "2025-06-30", "2025-06-30T14:05", "2025-05-09 17:36:00.0", "2025-06-30T14:05:00+07:00": ISO 8601 as
    // written by machines and metadata (seconds, their fraction and the offset stay in the span, not the value)
    name: "iso",
    digits: [4, 4],
    pattern: /((?:1[0-9]|20)\d{2}) ?- ?(\d{2}) ?- ?(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}/:-])/uy,
    parse: (m) => ({ from: { year: n(m[1]), month: n(m[2]), day: n(m[3]), hour: n(m[4]), minute: n(m[5]) } }),
  },
  {
    // "15/3/1995-15/3/2025", "19.8.1945 - 19.8.2025": a range of two full dates
    name: "date-range",
    digits: [1, 2],
    pattern: /(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}) ?- ?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\6 ?(\d{4})(?![\p{L}\p{N}/])/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[3]), year: n(m[4]) }, to: { day: n(m[5]), month: n(m[7]), year: n(m[8]) } }),
  },
  {
    // "18:51, 22/02/2017", datelines "13:49 - 01/07/2025", "09:03 | 05/08/2017"
    name: "clock+date",
    digits: [1, 2],
    pattern: /(\d{1,2})[:h](\d{2})(?::\d{2})?(?:,? ?| ?[-|] ?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\p{L}\p{N}/])/uy,
    parse: (m) => ({ from: { hour: n(m[1]), minute: n(m[2]), day: n(m[3]), month: n(m[4]), year: n(m[5]) } }),
  },
  {
    // "28/05/2020 14:55", "28/05/2020", datelines "22/11/2024, 13:58", "17/06/2025 - 14:51", "26/02/2022 | 07:33:00"
    name: "date(+clock)",
    digits: [1, 2],
    pattern: /(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?:(?: | ?, | ?[|-] )(\d{1,2})(?: ?: ?|h)(\d{2})(?: ?: ?\d{2})?(?: ([AaPp][Mm]|SA|CH)(?!\p{Ll}))?)?(?:(?<= (?:[AaPp][Mm]|SA|CH))|(?![\p{L}\p{N}/]))/uy,
    // ("06/05/2024 06:56:53 PM": a 12-hour clock after the date; "11:31:29 SA", "02:15 CH" in Vietnamese, sáng/chiều;
    // "7:50:17 AMSau": a page's next words glued to the marker.)
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[3]), year: n(m[4]), hour: twelveHour(n(m[5]), m[7]), minute: n(m[6]) } }),
  },
  {
    // "30/8-2/9/2025": a range across months
    name: "day/month-range",
    digits: [1, 2],
    pattern: /(\d{1,2}) ?\/ ?(\d{1,2}) ?- ?(\d{1,2}) ?\/ ?(\d{1,2})(?: ?\/ ?(\d{4}))?(?![\p{L}\p{N}/])/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]), year: n(m[5]) }, to: { day: n(m[3]), month: n(m[4]), year: n(m[5]) } }),
  },
  {
    // "8-10/9/2025", "8-10/9"
    name: "day-range",
    digits: [1, 2],
    pattern: /(\d{1,2}) ?- ?(\d{1,2}) ?([/.]) ?(\d{1,2})(?: ?\3 ?(\d{4}))?(?![\p{L}\p{N}/])/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[4]), year: n(m[5]) }, to: { day: n(m[2]), month: n(m[4]), year: n(m[5]) } }),
  },
  {
    // "13/11", "(26/12)"
    name: "day/month",
    digits: [1, 2],
    pattern: /(\d{1,2}) ?\/ ?(\d{1,2})(?![\p{L}\p{N}/]| \/)/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]) } }),
  },
  {
    // "ngày 8-9", "ngày 22.2" — the press convention: day-month, only after "ngày" or a part of day
    name: "day-month-dash",
    digits: [1, 2],
    // (Not a range of decimals: "từ 1-1,5m".)
    pattern: /(\d{1,2}) ?[-.] ?(\d{1,2})(?![\p{L}\p{N}/]|[.,-]\d| [.-] ?\d)/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]) }, needsDayWord: true }),
  },
  {
    // "9 Th12, 2020 lúc 10:36": the short month of publishing systems in Vietnamese ("Th12" = tháng 12)
    name: "day-Th-month-year",
    digits: [1, 2],
    pattern: /(\d{1,2}) Th(\d{1,2}),? ((?:19|20)\d{2})(?:,? (?:lúc )?(\d{1,2}):(\d{2}))?(?![\p{L}\p{N}/]|[.-]\d)/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]), year: n(m[3]), hour: n(m[4]), minute: n(m[5]) } }),
  },
  {
    // "Thứ hai, 16 Tháng 4 2018 17:36", "16 tháng 4, 2018": a whole date as some publishing systems print it, the year
    // without "năm" (a year makes it a date, no day word needed)
    name: "day-tháng-month-year",
    digits: [1, 2],
    pattern: /(\d{1,2}) [Tt]háng (\d{1,2}),? ((?:19|20)\d{2})(?:,? (\d{1,2}):(\d{2}))?(?![\p{L}\p{N}/]|[.-]\d)/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]), year: n(m[3]), hour: n(m[4]), minute: n(m[5]) } }),
  },
  {
    // "sáng Chủ nhật 26 tháng 3", "hôm 5 tháng 9 năm 2024": day and month without "ngày", only after a day word
    // ("trong 6 tháng 2 lần" counts months)
    name: "day-tháng-month",
    digits: [1, 2],
    pattern: /(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?![\p{L}\p{N}/]|[.-]\d)/uy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]), year: n(m[3]) }, needsDayWord: true }),
  },
  {
    // "2016-2019", "2020 - 2025"
    name: "year-range",
    digits: [4, 4],
    pattern: /((?:19|20)\d{2}) ?- ?((?:19|20)\d{2})(?![\p{L}\p{N}/])/uy,
    parse: (m) => (n(m[1])! < n(m[2])! ? { from: { year: n(m[1]) }, to: { year: n(m[2]) } } : undefined),
  },
  {
    // "19h-23h", "7h30 - 11h", "14:00-16:30": a range of clock times written as one expression (guideline: T19:00/T23:00)
    name: "clock-range",
    digits: [1, 2],
    pattern: /(\d{1,2})(?:h(\d{2})?|:(\d{2})) ?- ?(\d{1,2})(?:h(\d{2})?|:(\d{2}))(?![\p{L}\p{N}])/uy,
    parse: (m) => {
      const from = { hour: n(m[1])!, minute: n(m[2] ?? m[3]) ?? 0 };
      const to = { hour: n(m[4])!, minute: n(m[5] ?? m[6]) ?? 0 };
      return from.hour <= 24 && to.hour <= 24 && from.minute < 60 && to.minute < 60 ? { from, to, clockOnly: true } : undefined;
    },
  },
  {
    // "14h30", "14:30", "20 giờ", "8 giờ 30 phút", "9h", "9h30 phút", "9h20'" or "22h15’" (a prime or a typographic
    // apostrophe for minutes), "7h 40 phút"; "10g00", "8g30" as the southern
    // press writes "giờ" (with its minutes only: "10g" alone is ten grams)
    name: "clock",
    digits: [1, 2],
    pattern: /(\d{1,2})(?::(\d{2})(?::\d{2})?|h(?:(\d{2})| (\d{1,2})(?= phút))?(?:['’]| phút(?![\p{L}\p{N}]))?| giờ(?: (\d{1,2}) ?phút(?: \d{1,2} giây)?| (\d{1,2})(?![\p{L}\p{N}]))?|g(\d{2}))(?![\p{L}\p{N}])/uy,
    parse: (m) => {
      const hour = n(m[1])!;
      const minute = n(m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]) ?? 0;
      return hour <= 24 && minute < 60 ? { from: { hour, minute }, clockOnly: true } : undefined;
    },
  },
];

/** Shapes that start with a temporal noun ("ngày", "tháng", "quý", "năm"). */
export const WORD_SHAPES: readonly Shape[] = [
  {
    // "ngày 15 tháng này", "ngày 3 tháng sau": the month counts from the dateline
    name: "ngày-tháng-relative",
    pattern: /ngày (\d{1,2}) tháng (này|trước|sau|tới)(?![\p{L}\p{N}])/iuy,
    parse: (m) => ({ from: { day: n(m[1]), relativeMonth: RELATIVE_MONTH[m[2]!.toLowerCase()] } }),
  },
  {
    // "ngày 13 tháng 11 năm 2024", "ngày 5 tháng 3"
    name: "ngày-tháng-năm",
    pattern: /ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4})(?:,? (\d{1,2}):(\d{2})(?::\d{2})?(?![\p{L}\p{N}:]))?)?(?![\p{L}\p{N}])/iuy,
    parse: (m) => ({ from: { day: n(m[1]), month: n(m[2]), year: n(m[3]), hour: n(m[4]), minute: n(m[5]) } }),
  },
  {
    // "tháng 3 tới": the coming March
    name: "tháng-upcoming",
    // ("từ đầu tháng 4 tới nay": "tới nay" is "until now", not the coming April.)
    // ("tháng 12 tới đây": "đây" closes the phrase and belongs to it.)
    pattern: /tháng (\d{1,2}) tới(?: đây)?(?! nay(?![\p{L}\p{N}])|[\p{L}\p{N}])/iuy,
    parse: (m) => ({ from: { month: n(m[1]), upcoming: true } }),
  },
  {
    // "tháng 11 năm nay", "tháng 12 năm ngoái": the year counts from the dateline
    name: "tháng-relative",
    pattern: /tháng (\d{1,2}) năm (nay|ngoái|trước|tới|sau)(?![\p{L}\p{N}])/iuy,
    parse: (m) => ({ from: { month: n(m[1]), relativeYear: RELATIVE_YEAR[m[2]!.toLowerCase()] } }),
  },
  {
    // "Tháng 3 năm đó", "tháng 7 cùng năm": a year the text named before; the words belong to the DATE, the year stays
    // unknown (never the dateline's)
    name: "tháng-that-year",
    pattern: /tháng (\d{1,2}) (?:năm (?:đó|ấy)|cùng năm)(?![\p{L}\p{N}])/iuy,
    parse: (m) => ({ from: { month: n(m[1]) }, yearUnknown: true }),
  },
  {
    // "tháng 9/2020 - 2/2021": a range of months across years
    name: "tháng-range-years",
    pattern: /tháng (\d{1,2}) ?[/.-] ?(\d{4}) ?- ?(?:tháng )?(\d{1,2}) ?[/.-] ?(\d{4})(?![\p{L}\p{N}/]|\.\d)/iuy,
    parse: (m) => (n(m[2])! * 12 + n(m[1])! < n(m[4])! * 12 + n(m[3])! ? { from: { month: n(m[1]), year: n(m[2]) }, to: { month: n(m[3]), year: n(m[4]) } } : undefined),
  },
  {
    // "tháng 4.2018", "tháng 8/2023", "tháng 12-2024", "tháng 11 năm 2024", "tháng 8"
    name: "tháng",
    pattern: /tháng (\d{1,2})(?: ?[/.-] ?(\d{4})| năm (\d{4}))?(?![\p{L}\p{N}/]|[.-]\d)/iuy,
    parse: (m) => ({ from: { month: n(m[1]), year: n(m[2] ?? m[3]) } }),
  },
  {
    // "tháng 3-5/2025", "tháng 9 - 10 năm 2024", "tháng 11-12": a range of months
    name: "tháng-range",
    pattern: /tháng (\d{1,2}) ?- ?(\d{1,2})(?:[/.](\d{4})| năm (\d{4}))?(?![\p{L}\p{N}/]|[.-]\d)/iuy,
    parse: (m) => (n(m[1])! < n(m[2])! ? { from: { month: n(m[1]), year: n(m[3] ?? m[4]) }, to: { month: n(m[2]), year: n(m[3] ?? m[4]) } } : undefined),
  },
  {
    // "quý III năm ngoái", "quý 2 năm nay"
    name: "quý-relative",
    pattern: /quý ([IV]{1,3}|[1-4]) năm (nay|ngoái|trước|tới|sau)(?![\p{L}\p{N}])/iuy,
    parse: (m, roman) => {
      const quarter = /^\d$/u.test(m[1]!) ? n(m[1]) : roman(m[1]!.toUpperCase());
      return quarter !== undefined && quarter >= 1 && quarter <= 4 ? { from: { quarter, relativeYear: RELATIVE_YEAR[m[2]!.toLowerCase()] } } : undefined;
    },
  },
  {
    // "quý III – IV/2024", "quý 2-3 năm 2025": a range of quarters sharing the year
    name: "quý-range",
    pattern: /quý ([IV]{1,3}|[1-4]) ?- ?([IV]{1,3}|[1-4])(?: ?[/.] ?(\d{4})| năm (\d{4}))?(?![\p{L}\p{N}/])/iuy,
    parse: (m, roman) => {
      const quarterOf = (q: string): number | undefined => (/^\d$/u.test(q) ? n(q) : roman(q.toUpperCase()));
      const [from, to] = [quarterOf(m[1]!), quarterOf(m[2]!)];
      const year = n(m[3] ?? m[4]);
      return from !== undefined && to !== undefined && from >= 1 && to <= 4 && from < to ? { from: { quarter: from, year }, to: { quarter: to, year } } : undefined;
    },
  },
  {
    // "quý I/2024", "quý 1 năm 2024", "quý IV"
    name: "quý",
    // ("quý III-2022": the year after a hyphen too.)
    pattern: /quý ([IV]{1,3}|[1-4])(?: ?[/.] ?(\d{4})|-(\d{4})| năm (\d{4}))?(?![\p{L}\p{N}/])/iuy,
    parse: (m, roman) => {
      const quarter = /^\d$/u.test(m[1]!) ? n(m[1]) : roman(m[1]!.toUpperCase());
      return quarter !== undefined && quarter >= 1 && quarter <= 4 ? { from: { quarter, year: n(m[2] ?? m[3] ?? m[4]) } } : undefined;
    },
  },
  {
    // "năm 2016-2019", "năm 2024", "năm 1397"
    name: "năm",
    pattern: /năm ((?:1\d|20)\d{2})(?: ?- ?((?:1\d|20)\d{2}))?(?![\p{L}\p{N}/])/iuy,
    parse: (m) => (m[2] ? { from: { year: n(m[1]) }, to: { year: n(m[2]) } } : { from: { year: n(m[1]) } }),
  },
];

/** "U23 châu Á 2022", "đến 2030": a bare year needs a word before it that makes it a date. */
export const BARE_YEAR = /((?:19|20)\d{2})(?![\p{L}\p{N}/%.,]\d|[\p{L}\p{N}/%])/uy;

/** A clock hour read with its AM/PM marker ("06:56 PM" is 18:56, "12:05 AM" is 00:05; Vietnamese "SA", "CH" alike). */
function twelveHour(hour: number | undefined, marker: string | undefined): number | undefined {
  if (hour === undefined || marker === undefined || hour > 12) return hour;
  const pm = marker.toLowerCase() === "pm" || marker === "CH";
  return pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
}

/**
 * The word shapes by the temporal noun they start with ("ngày", "tháng", "quý", "năm"), in their order: the
 * recogniser tries only those of the noun it found, so a first call compiles no pattern it cannot need.
 */
export const WORD_SHAPES_BY_NOUN: ReadonlyMap<string, readonly Shape[]> = (() => {
  const byNoun = new Map<string, Shape[]>();
  for (const shape of WORD_SHAPES) {
    // (Every word pattern starts with its noun and a space; a regular expression here would be compiled at import.)
    const noun = shape.pattern.source.slice(0, shape.pattern.source.indexOf(" "));
    byNoun.set(noun, [...(byNoun.get(noun) ?? []), shape]);
  }
  return byNoun;
})();
