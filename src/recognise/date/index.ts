import { keepNonOverlapping } from "../../annotation-rules.js";
import type { DatesFile } from "../../dictionaries/types.js";
import { findDatelines, findDocumentDate, governingYear, ISO_START, type Datelines } from "./datelines.js";
import { BARE_YEAR, DIGIT_SHAPES, RELATIVE_YEAR, WORD_SHAPES_BY_NOUN, type DateFields, type Shape, type ShapeMatch } from "./shapes.js";
import { formatValue, isValidDate } from "./values.js";
import { CAN_CHI, lunarToSolar, solarToLunar, yearOfCanChi } from "./lunar.js";

/**
 * DATE: every calendar expression with a number, its ISO 8601 value, and the article's own date.
 * Works on normalised text (NFC, dashes as "-", single spaces); offsets are into that text.
 * Pipeline: candidates from digit-anchored and word-anchored shapes → the temporal words before
 * them ("Sáng ngày", "Thứ Hai,") → clock times joined to their day → years filled from the
 * governing dateline or the other end of a range.
 */
export interface DateWords {
  /** "(?:sáng|chiều …) " etc., compiled from dictionaries/dates.json, in lower case: read it with prefixLength(). */
  prefix: RegExp;
  roman: ReadonlyMap<string, number>;
  /** Months written as words ("tháng Sáu", "tháng Giêng"), longest first, with their number. */
  monthWords: RegExp | undefined;
  monthOf: ReadonlyMap<string, { month: number; lunar: boolean }>;
}

export interface DateSpan {
  start: number;
  end: number;
  value: string;
  /** Lunar dates: the date in Vietnam's lunar calendar ("2024-01-09", "XXXX-01-15"). */
  lunar?: string;
  rule: string;
}

export interface DateResult {
  documentDate: string | null;
  dates: DateSpan[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const alternation = (words: readonly string[]): string =>
  [...new Set(words.map((w) => w.toLowerCase().trim()).filter((w) => w !== ""))].sort((a, b) => b.length - a.length).map(escape).join("|");

export function compileDateWords(file: DatesFile): DateWords {
  const parts = (file.partsOfDay ?? []).flatMap((p) => [p.name, ...(p.variants ?? [])]);
  const weekdays = (file.weekdays ?? []).flatMap((w) => [w.name, ...(w.variants ?? [])]);
  const partGroup = parts.length > 0 ? `(?:(?:${alternation(parts)}) )?` : "";
  // "Thứ Hai, 6/1", "Thứ tư - 03/10/2012", "Thứ 7 | 01/04/2017": a comma, a dash or a bar after the weekday
  // (and a site's dateline may put two or three spaces after it: "Thứ sáu,  07/05/2021").
  // ("ngày Chủ nhật 03/4/2022": "ngày" may come before the weekday too.)
  const weekdayGroup = weekdays.length > 0 ? `(?:(?:ngày )?(?:${alternation(weekdays)}) ?[,|-]? {1,3})?` : "";
  // Anchored at the end of a short window before the candidate; every part optional, bounded.
  // "đầu", "giữa", "cuối" stay inside ("cuối tháng 3/2023"), except after a count of months ("6 tháng đầu năm").
  const edge = "(?:(?:đầu|giữa|cuối) )?";
  // Without the "i" flag: V8 compiles a case-insensitive \p{L} several times slower, on every cold start;
  // prefixLength() lower-cases the few characters it reads instead.
  const prefix = new RegExp(`(?<![\\p{L}\\p{N}])${partGroup}${weekdayGroup}(?:ngày |${edge})(?:mùng |mồng )?$`, "u");
  const roman = new Map((file.romanNumerals ?? []).map((r) => [r.numeral.toUpperCase(), r.value]));
  const monthOf = new Map<string, { month: number; lunar: boolean }>();
  for (const w of file.monthWords ?? []) for (const name of [w.name, ...(w.variants ?? [])]) monthOf.set(name.toLowerCase(), { month: w.month, lunar: w.lunar === true });
  // The month's name is capitalised ("tháng Sáu"; lower-case "tháng năm" is "months and years"); "Tháng" may open a sentence.
  // The lunar months' names mean nothing else, so they count in lower case too ("ngày 16 tháng chạp âm lịch").
  const names = [...monthOf.keys()].sort((a, b) => b.length - a.length).map((n) => {
    const [word, ...rest] = n.split(" ");
    const lunar = monthOf.get(n)!.lunar;
    const named = rest.map((r) => (lunar ? `[${r[0]!.toUpperCase()}${r[0]}]${escape(r.slice(1))}` : escape(r[0]!.toUpperCase() + r.slice(1))));
    return `[${word![0]!.toUpperCase()}${word![0]}]${escape(word!.slice(1))} ${named.join(" ")}`;
  });
  // ("tháng Tư năm ngoái": a relative year word after the month word belongs to it, as after "tháng 4".)
  const monthWords = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?: năm (?:(\\d{4})|(nay|ngoái|tới|sau|trước)))?(?![\\p{L}\\p{N}])`, "gu") : undefined;
  return { prefix, roman, monthWords, monthOf };
}

/** "Q2/2024", "Q4.2023": a quarter and its year, glued; never inside a word or a code ("SQ2/2024"). */
const QUARTER_SHORT = /(?<![\p{L}\p{N}/])Q([1-4]) ?[/.-] ?((?:19|20)\d{2})(?![\p{L}\p{N}/])/gu;
/** Words that make a duration, not a time: "trong 24 giờ", "mất 2 giờ", "trong thời hạn 24 giờ". */
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:trong|mất|hơn|suốt|gần|chừng|thời hạn|vòng) $/iu;
/** "5 giờ trước", "24 giờ qua": a count of hours back from now. */
const HOURS_AGO = /^ (?:trước|qua)(?![\p{L}\p{N}])/u;
/** "Sau 13 giờ, …": hours counted from an event ("sau 13 giờ chiều" stays a clock time: it has a part of the day). */
const AFTER_HOURS = /(?:^|[^\p{L}])[Ss]au $/u;
const WHOLE_HOURS = /^\d{1,2} giờ$/u;
/** A bare year counts after these words ("đến 2030", "cuối 2024") or after a capitalised event name. */
const BARE_YEAR_CUE = /(?:^|[^\p{L}])(?:từ|đến|tới|trong|cuối|đầu|giữa|vào|hết|sau|trước|mùa|niên khóa|năm học|nhiệm kỳ|giai đoạn|cùng kỳ|kỳ|thường niên|mùa giải|sn|sinh|toàn quốc|tầm nhìn) $/iu;
const UPPER_FIRST = /^\p{Lu}/u;
/** "1993 đến 2004", "2006 tới năm 2007": the other end of a range of years. */
const YEAR_RANGE_AFTER = /^ (?:đến|tới) (?:năm )?(?:19|20)\d{2}(?!\d)/u;
/** "Năm 2023 và 2024": a year joined to a year just written. */
/** ("năm 2022, 2023": a year listed after a year with a comma too.) */
const YEAR_AND = /(?:19|20)\d{2}(?:,? (?:và|hoặc|hay) |, )$/u;
/** Quantities are not years: "2024 người", "2000 tỷ đồng". */
const UNIT_AFTER = /^ (?:người|tỷ|triệu|nghìn|ngàn|đồng|ha|km|tấn|usd|lượt|hộ|ca|con|cái|chiếc|căn|m2|m|kg|lần)(?![\p{L}])/iu;
const DIGIT_RUN = /\d+/gu;
// Letter case spelled out: a case-insensitive Unicode pattern is several times slower to scan with.
const WORD_ANCHOR = /(?:[Nn]gày|NGÀY|[Tt]háng|THÁNG|[Nn]ăm|NĂM) \d|(?:[Qq]uý|QUÝ) [\dIVX]/gu;
const NOT_BEFORE_DIGIT = /[\p{L}\p{N}/.:-]/u;
/** A video player's "position / length" around a clock-like time. */
const PLAYER_AFTER = /^ ?\/ ?\d{1,2}:\d{2}(?!\d)/u;
const PLAYER_BEFORE = /\d:\d{2} ?(?:\/ ?)?$/u;
const ISO_DATE_AHEAD = /^(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)/u;
/** "(SN1986, trú tại …)": the birth-year abbreviation glued to the year, as court and police news write it. */
const GLUED_BIRTH = /(?:^|[^\p{L}])SN$/u;
const LETTER = /\p{L}/u;
/** A whole date glued to the word before it: "Lộc10/08/2025" (not codes such as "A12-05"). */
const FULL_DATE_GLUED = /^\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?!\d)/u;
/** Between a clock time and its day: "14h30 ngày 5/3", "18:51, 22/02/2017", "15:26 | 07/04/2022", "18:46 - Thứ Năm, 27/04/2023". */
const CLOCK_JOIN = /^(?:,| \|| -)? (?:lúc )?/u;
const BRACKET_THEN = /^ \([^()\n]{0,40}\) /u;
/** Between a day and its clock time: "ngày 5/3/2021 lúc 10:30", "26 tháng 3 năm 2021, lúc 08:15". */
const DAY_THEN_CLOCK = /^,? lúc $/u;
/** Units after a range of amounts ("3 - 5 mét", "2-3 km", "5-7 độ C"). */
const RANGE_UNIT_AFTER = /^ ?(?:mét|m|km|cm|mm|độ|ha|tấn|kg|lít|%|giờ|phút|tiếng|người|lần|tuổi|triệu|tỷ|nghìn|ngàn)(?![\p{L}\p{N}])/iu;
/** Nouns that follow a fraction ("8/10 điểm") and never a date. */
const COUNTED_AFTER = /^ (?:các |những )?(?:điểm|người|tỉnh|xã|huyện|hộ|trường|học sinh|phiếu|đại biểu|thành viên|câu|bàn|trận|lần|nước|tiêu chí|chỉ tiêu|luật sư|bị cáo|thí sinh|trường hợp|số|diện tích|thân|dân số)(?![\p{L}])/iu;
/** "Hotline 24/7", "phục vụ 24/7": round the clock, not the 24th of July. */
const ROUND_THE_CLOCK_BEFORE = /(?:^|[^\p{L}])(?:hotline|trực|phục vụ|hỗ trợ|hoạt động|mở cửa|làm việc|tư vấn|online|cấp cứu) $/iu;
/** Streets, squares, bridges, schools and contests named after a day ("đường 3/2", "Quảng trường 26/3", "THPT 19/5", "Olympic 30/4"): a name, not a date. */
const NAMED_AFTER_DAY_BEFORE = /(?:^|[^\p{L}])(?:đường|phố|đại lộ|quảng trường|cầu|công viên|hẻm|olympic|thpt|thcs|tiểu học|mầm non) $/iu;
/**
 * "Ngày Thầy thuốc Việt Nam (27-2)", "Ngày Quốc khánh (2-9)": a named day with its date in brackets,
 * the press's day-month with a dash. (A score in brackets, "thắng (2-1)", has no "Ngày …" before it.)
 */
function holidayBefore(text: string, at: number): boolean {
  if (text.slice(at - 2, at) !== " (" && text[at - 1] !== "(") return false;
  const from = Math.max(0, at - 70);
  const name = text.lastIndexOf("Ngày ", at);
  if (name < from) return false;
  const between = text.slice(name + 5, at - 1);
  return between.length >= 2 && !/[()\n.;]/u.test(between);
}

/** "vào ngày 10/10 tới.": "tới" after a day means "the coming" and belongs to the DATE (D47); "tới khi", "tới đây" do not. */
const COMING_AFTER = /^ tới(?: đây)?(?=[.,;:!?)]|$| (?:tại|ở|sẽ|và|trên)(?![\p{L}]))/u;
/** "phiên hôm nay (3-10)", "tối nay (26-12)": a relative day, then its date in brackets (guideline: "Tối nay (26/12)"). */
const RELATIVE_DAY_BRACKET_BEFORE = /(?:^|[^\p{L}])(?:hôm nay|nay|hôm qua|ngày mai|mai) \($/iu;
/** "Đến 1h sáng 31-10", "1 giờ sáng 18-8": a clock time and its part of the day, then the day it falls on. */
const CLOCK_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,2} ?(?:h|giờ)(?:\d{2})? (?:sáng|trưa|chiều|tối|đêm|rạng sáng) $/iu;
const THIS_AFTER = /^ này(?![\p{L}\p{N}])/u;
/** Comparisons that introduce a fraction ("chỉ bằng 1/10", "ít hơn 1/4", "chiếm 1/3"), never a date. */
const FRACTION_BEFORE = /(?:^|[^\p{L}])(?:bằng|hơn|chiếm|khoảng|gần|giảm|gấp) $/iu;
/** "ngày 05, 06, 14 và 25 " before "tháng 12/2017": a list of days, then the last one, right before a month. */
const DAY_LIST = /(?<![\p{L}\p{N}])ngày (?:\d{1,2}, ?){0,8}\d{1,2},? (?:và|đến|tới) \d{1,2} $/iu;
const MONTH_AT = /^[Tt]háng \d/u;
/**
 * "ngày 7 và ", "từ ngày 14 đến ngày ", "Từ 27 đến " right before a day/month date: the first day
 * borrows the month of the second. A bare number needs "từ" before it to be a day, or a bracket after a
 * count of days ("Trong 2 ngày (8 và "); two days may be joined by a comma after "ngày" ("Ngày 14, "), or named by
 * their parts ("đêm 28 và sáng 29/5").
 */
const DAY_AND = /(?<![\p{L}\p{N}])(?:ngày |(?:sáng|trưa|chiều|tối|đêm) (?=\d{1,2} và)|(?<=từ )(?=\d)|(?<=ngày \()(?=\d))(\d{1,2})( (?:và|đến|tới) (?:ngày |sáng |trưa |chiều |tối |đêm )?|(?<=ngày \d{1,2}), )$/iu;
/** A relative day after a clock time: "1 giờ ngày hôm sau", "16h cùng ngày". */
const RELATIVE_DAY_AFTER_CLOCK = /^ (?:ngày )?(?:hôm sau|hôm trước|cùng ngày)(?![\p{L}\p{N}])/iu;
/** Part of the day after a clock time: "10h sáng nay", "9 giờ sáng", "16h45 chiều cùng ngày". */
const PART_AFTER_CLOCK = /^ (sáng|trưa|chiều|tối|đêm|am|pm)(?: (?:nay|hôm nay|cùng ngày|hôm qua|(?:ngày )?hôm sau|(?:ngày )?hôm trước|mai))?(?![\p{L}\p{N}])/iu;
/** A season before a year ("du lịch Xuân 2023", "mùa hè năm 2024", "đầu xuân Quý Mão 2023") is part of the DATE, its edge word too; its value is the year. */
const SEASON_BEFORE = /(?:^|[^\p{L}])((?:(?:đầu|giữa|cuối) )?(?:(?:mùa )?xuân|mùa (?:hè|hạ|thu|đông))) $/iu;
/** The word before a season, when capitalised, makes it a name ("quận Thanh Xuân năm 2020"). */
const UPPER_START_WORD = /^\p{Lu}/u;
function capitalisedWordBefore(text: string, at: number): boolean {
  if (text[at - 1] !== " ") return false;
  const start = text.lastIndexOf(" ", at - 2) + 1;
  const word = text.slice(start, at - 1);
  // ("Mừng Xuân Quý Mão 2023", "Đón Xuân 2024": a greeting verb opening a heading, not a name.)
  return UPPER_START_WORD.test(word) && !GREETING_VERBS.has(word.toLowerCase());
}
const GREETING_VERBS = new Set(["mừng", "đón", "chào", "vui", "chúc"]);
/** A document's number right before "ngày" ("Nghị quyết 11 ngày …", "Quyết định số 254 ngày …"). */
const DOCUMENT_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|công văn|kế hoạch|thông báo|luật|số) \d{1,4} $/iu;
/** "kế hoạch 5 năm 2016-2020": a count of years, not an ordinal ("đợt 2 năm 2012"), nor the end of a date ("2025-12-17 Năm 2025"). */
/** "Cách mạng tháng Tám": the revolution's name, in lower case too. */
const REVOLUTION_BEFORE = /(?:^|[^\p{L}])cách mạng $/iu;
/** "lần đầu tháng 5-2017": "lần đầu" is "the first time", no edge of the month. */
const FIRST_TIME_BEFORE = /(?:^|[^\p{L}])lần $/iu;
const YEARS_COUNTED_BEFORE = /(?:^|[^\p{L}\p{N}/.:-])(?<!(?:đợt|lần|hạng|khóa|số|thứ|kỳ|loại|cấp|bậc) )\d{1,2} $/iu;
/** A count right before "ngày" ("trong 2 ngày 3-4/9", "trong hai ngày 24 và 25-2"): that "ngày" counts days and stays outside. */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:\d{1,3}|hai|ba|bốn|sáu|bảy|tám|chín|mười) $/iu;
/** A count noun right before "đầu/giữa/cuối" ("6 tháng đầu", "nửa cuối"): that edge word stays outside. */
const EDGE_AFTER_COUNT = /(?:tháng|quý|tuần|nửa|năm) (?:đầu|giữa|cuối) $/iu;
/** A day word right before a number, or a relative day and a comma ("Sáng nay, 12-11"). */
/** ("dịp 20.11": the occasion of a named day.) */
const DAY_CUE_BEFORE = /(?:(?:^|[^\p{L}])(?:hôm|từ|đến|tới|dịp) |(?:^|[^\p{L}])nay, )$/iu;
/** "độ lớn 3.7", "cường độ từ 2.7 đến 3.7", "độ richter": a magnitude in the same clause. */
const MAGNITUDE_BEFORE = /(?:độ lớn|cường độ|độ richter|richter)(?:[^.;:!?\n]|\.(?=\d)){0,20}$/iu;
const DAY_RANGE_AFTER = /^ (?:đến|tới) (?:ngày )?\d{1,2}[-./]\d{1,2}(?![\p{L}\p{N}])/iu;
const RANGE_GAP = /^ ?(?:-|đến|tới)(?: hết)? $/iu;

interface Candidate extends ShapeMatch {
  start: number;
  /** Start before the temporal words that introduce it. */
  wordStart: number;
  /** A lunar date: its day and month, and its year when the text gives one. */
  lunar?: LunarFields;
  /** A clock time followed by a part of the day ("23h đêm"): a time of day, never a count of hours. */
  partOfDay?: boolean;
}

/**
 * A candidate built with every field in place: object spreads of shapes that differ by their optional fields gave V8 a new
 * hidden class at each site, the costliest lines of the date stage (session 14's profile).
 */
class DateCandidate implements Candidate {
  wordStart: number;
  to: DateFields | undefined = undefined;
  needsDayWord: boolean | undefined = undefined;
  clockOnly: boolean | undefined = undefined;
  yearUnknown: boolean | undefined = undefined;
  lunar: LunarFields | undefined = undefined;
  partOfDay: boolean | undefined = undefined;
  constructor(
    public start: number,
    public end: number,
    public from: DateFields,
    public rule: string,
  ) {
    this.wordStart = start;
  }
}

/** A lunar date's candidate: no solar fields until its year is known. */
function lunarCandidate(start: number, end: number, lunar: LunarFields, rule: string): Candidate {
  const c = new DateCandidate(start, end, {}, rule);
  c.lunar = lunar;
  return c;
}

/** A copy of a candidate, to change without changing the original. */
function copyOf(c: Candidate): Candidate {
  const copy = candidateOf(c.start, c.end, c, c.rule);
  copy.wordStart = c.wordStart;
  copy.lunar = c.lunar;
  copy.partOfDay = c.partOfDay;
  return copy;
}

/** The candidate a shape's match makes, starting at `start`. */
function candidateOf(start: number, end: number, match: Omit<ShapeMatch, "end" | "rule">, rule: string): Candidate {
  const c = new DateCandidate(start, end, match.from, rule);
  c.to = match.to;
  c.needsDayWord = match.needsDayWord;
  c.clockOnly = match.clockOnly;
  c.yearUnknown = match.yearUnknown;
  return c;
}

export function recogniseDates(text: string, options: { words: DateWords; referenceDate?: string }): DateResult {
  const { words } = options;
  // Each step is a function of its own: V8 optimises one long function in one large compilation, whose memory sets the
  // process's peak (session 13).
  const { candidates, iso } = candidatesIn(text, words);
  const kept = keepNonOverlapping(candidates);
  const valid = withWordsBefore(text, words, kept);
  const accepted = withWordsAfter(text, valid);
  const joined = joinClocks(text, accepted);
  // Years: from the other end of a range written as two DATEs, then from the governing dateline.
  for (let k = 0; k + 1 < joined.length; k++) {
    const a = joined[k]!;
    const b = joined[k + 1]!;
    if (!RANGE_GAP.test(text.slice(a.end, b.wordStart))) continue;
    if (a.from.year === undefined && b.from.year !== undefined && a.from.month !== undefined) a.from.year = b.from.year;
    if (b.from.year === undefined && a.from.year !== undefined && b.from.month !== undefined) b.from.year = a.from.year;
  }
  // The article's dateline is needed for documentDate; related-news timestamps only when a date lacks a year.
  let datelines: Datelines | undefined;
  const lines = (): Datelines => (datelines ??= findDatelines(text));
  const documentDate = options.referenceDate ?? isoDocumentDate(iso) ?? findDocumentDate(text);
  const dates: DateSpan[] = joined.map((c) => {
    if (c.lunar) return lunarSpan(c, documentDate);
    if (c.from.relativeMonth !== undefined || c.from.upcoming) return relativeMonthSpan(c, documentDate);
    let fill = needsYear(c) ? governingYear(lines(), c.wordStart, options.referenceDate) : undefined;
    // "Sáng 31-12" in an article dated 1 January: December, just past, belongs to the year before (D58).
    if (fill !== undefined && c.from.month === 12 && c.from.relativeYear === undefined && documentDate?.startsWith(`${String(fill).padStart(4, "0")}-01`)) fill -= 1;
    // "năm Kỷ Hợi 2019", "Canh Tý 2020": the lunar year's name before the year it falls in belongs to it.
    // ("Tân Sửu năm 2021": the name before "năm" and its year too.)
    const yearOnly = c.from.year !== undefined && c.from.month === undefined && c.from.quarter === undefined && c.to === undefined && (/\d/u.test(text[c.wordStart] ?? "") || /^năm \d/iu.test(text.slice(c.wordStart, c.wordStart + 6)));
    const named = yearOnly ? YEAR_NAME_BEFORE.exec(text.slice(Math.max(0, c.wordStart - 20), c.wordStart)) : null;
    let start = named ? c.wordStart - named[0].length : c.wordStart;
    // ("mừng xuân Kỷ Hợi 2019": the season before the year's name too, D47.)
    const season = named ? SEASON_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null;
    if (season && (!/^\p{Lu}/u.test(season[1]!) || !capitalisedWordBefore(text, start - season[1]!.length - 1))) start -= season[1]!.length + 1;
    return { start, end: c.end, value: formatValue(c.from, c.to, fill, c.clockOnly === true), rule: c.rule };
  });
  return { documentDate: documentDate ?? null, dates };
}

/** Every shape found in the text, word- and digit-anchored, quarters, lunar dates, month words and an ISO dateline, with a part of
 * the day after a clock time. */
function candidatesIn(text: string, words: DateWords): { candidates: Candidate[]; iso: RegExpExecArray | null } {
  const roman = (numeral: string): number | undefined => words.roman.get(numeral) ?? ROMAN_FALLBACK[numeral];
  const candidates: Candidate[] = [];

  // Word-anchored shapes: "ngày 5 tháng 3", "tháng 8/2023", "quý I/2024", "năm 2016-2019".
  WORD_ANCHOR.lastIndex = 0;
  for (let m = WORD_ANCHOR.exec(text); m !== null; m = WORD_ANCHOR.exec(text)) {
    const at = m.index;
    if (at > 0 && LETTER.test(text[at - 1]!)) continue;
    const found = tryShapes(WORD_SHAPES_BY_NOUN.get(m[0].slice(0, m[0].indexOf(" ")).toLowerCase()) ?? [], text, at, roman);
    if (found) candidates.push(found);
  }
  // Digit-anchored shapes.
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const at = m.index;
    const gluedToWord = at > 0 && LETTER.test(text[at - 1]!);
    // ("Ngày đăng:2023-03-29 18:08:10": an ISO date glued to a label's colon is still a date.)
    if (at > 0 && NOT_BEFORE_DIGIT.test(text[at - 1]!) && !gluedToWord && !(text[at - 1] === ":" && ISO_DATE_AHEAD.test(text.slice(at, at + 11)))) continue;
    // "Thông tin Xuân Lộc10/08/2025": a site's label glued to its timestamp; only a whole day, month and year.
    if (gluedToWord && !(text.charCodeAt(at - 1) === 0x4e && GLUED_BIRTH.test(text.slice(Math.max(0, at - 3), at))) && !FULL_DATE_GLUED.test(text.slice(at, at + 11))) continue;
    let found = (mayStartShape(text, at + m[0].length) ? tryShapes(DIGIT_SHAPES, text, at, roman, m[0].length) : undefined) ?? bareYear(text, at);
    // "trong 2 tháng 9 và 10": without a day word before it, "2 tháng" is a count and "tháng 9" the date.
    if (found?.rule === "date.day-tháng-month" && !hasDayWordBefore(text, at, words.prefix)) found = undefined;
    if (!found) continue;
    candidates.push(found);
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, found.end);
  }

  // Quarters as the business press writes them: "Q2/2024", "Q4.2023", "Q1-2025".
  if (text.includes("Q")) {
    QUARTER_SHORT.lastIndex = 0;
    for (let m = QUARTER_SHORT.exec(text); m !== null; m = QUARTER_SHORT.exec(text)) {
      candidates.push(new DateCandidate(m.index, m.index + m[0].length, { quarter: Number(m[1]), year: Number(m[2]) }, "date.quarter-short"));
    }
  }
  // Lunar dates: "mùng 9 Tết", "rằm tháng Giêng", "Tết Nguyên đán Giáp Thìn 2024".
  if (text.includes("Tết") || text.includes("ằm tháng")) {
    LUNAR_ANCHOR.lastIndex = 0;
    for (let m = LUNAR_ANCHOR.exec(text); m !== null; m = LUNAR_ANCHOR.exec(text)) {
      if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue;
      const found = lunarAt(text, m.index);
      if (found) candidates.push(found);
    }
  }
  // Month words are rare: look only where "tháng" is followed by a capital letter (or a lunar month's name).
  if (words.monthWords && MONTH_WORD_HINT.test(text)) {
    words.monthWords.lastIndex = 0;
    for (let m = words.monthWords.exec(text); m !== null; m = words.monthWords.exec(text)) {
      // "Cách mạng Tháng Tám": a capitalised "Tháng" inside a sentence belongs to a name.
      if (m[0][0] === "T" && !sentenceStartAt(text, m.index)) continue;
      // ("Cách mạng tháng Tám": the revolution's name in lower case too.)
      if (REVOLUTION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      const name = m[0].replace(/ năm (?:\d{4}|nay|ngoái|tới|sau|trước)$/u, "").toLowerCase().replace(/\s+/gu, " ");
      const info = words.monthOf.get(name);
      if (!info) continue;
      const year = m[1] ? Number(m[1]) : undefined;
      // "Chủ nhật 26 tháng Ba": a day number before the month word, only after a day word (checked below).
      const day = /(?<![\p{L}\p{N}/.,])(\d{1,2}) $/u.exec(text.slice(Math.max(0, m.index - 3), m.index));
      // "mùng 6 tháng Giêng", "26 tháng Chạp âm lịch": a lunar month's name makes the number before it a day.
      if (day && info.lunar && Number(day[1]) >= 1 && Number(day[1]) <= 30) {
        const start = m.index - day[0].length;
        const suffix = LUNAR_SUFFIX.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
        const end = m.index + m[0].length + (suffix && !suffix[0].includes("(") ? suffix[0].length : 0);
        candidates.push(lunarCandidate(start, end, { day: Number(day[1]), month: info.month, year }, "date.lunar-day-month-word"));
        continue;
      }
      if (day && !info.lunar && hasDayWordBefore(text, m.index - day[0].length, words.prefix)) {
        const start = m.index - day[0].length;
        candidates.push(candidateOf(start, m.index + m[0].length, { from: { day: Number(day[1]), month: info.month, year }, needsDayWord: true }, "date.day-month-word"));
        continue;
      }
      candidates.push(info.lunar
        ? lunarCandidate(m.index, m.index + m[0].length, { day: 0, month: info.month, year }, "date.lunar-month")
        : new DateCandidate(m.index, m.index + m[0].length, { month: info.month, year, relativeYear: m[2] ? RELATIVE_YEAR[m[2]] : undefined }, "date.month-word"));
    }
  }
  const iso = ISO_START.exec(text);
  if (iso) {
    // The date itself, after any " date " label.
    const start = iso.index + iso[0].search(/\d/u);
    candidates.push(new DateCandidate(start, iso.index + iso[0].length, { year: Number(iso[1]), month: Number(iso[2]), day: iso[3] ? Number(iso[3]) : undefined }, "date.iso-dateline"));
  }
  for (const c of candidates) {
    if (!c.clockOnly) continue;
    const part = PART_AFTER_CLOCK.exec(text.slice(c.end, c.end + 24));
    if (!part) {
      // "1 giờ ngày hôm sau", "16h cùng ngày": a relative day word joined to the time stays in its span (guideline).
      const relative = RELATIVE_DAY_AFTER_CLOCK.exec(text.slice(c.end, c.end + 20));
      if (relative) c.end += relative[0].length;
      continue;
    }
    c.end += part[0].length;
    c.partOfDay = true;
    const word = part[1]!.toLowerCase();
    // "3 giờ chiều" is 15:00, "9 giờ tối" 21:00, "11 giờ đêm" 23:00 ("2 giờ đêm" stays 02:00); both ends of "2h-4h chiều".
    c.from = withPartOfDay(c.from, word);
    if (c.to) c.to = withPartOfDay(c.to, word);
  }
  return { candidates, iso };
}

/** Temporal words before each date ("Sáng ngày", "Thứ Hai,"), then the dates a reader accepts as dates. */
function withWordsBefore(text: string, words: DateWords, kept: Candidate[]): Candidate[] {
  // Temporal words before: "Sáng ngày", "Thứ Hai,", "ngày".
  let previousEnd = 0;
  for (const c of kept) {
    // Never back over the date before ("23h đêm" + "ngày 25/8": "đêm" is the clock's).
    const windowStart = Math.max(0, c.start - 40, previousEnd);
    previousEnd = c.end;
    const before = text.slice(windowStart, c.start);
    let length = prefixLength(words.prefix, before);
    // "6 tháng đầu năm 2021": after a count of months the edge word is not the date's.
    if (length > 0 && EDGE_AFTER_COUNT.test(before.slice(0, before.length - length + 5))) length = 0;
    // ("Nghị quyết 11 ngày 30/01/2022": a document's number before "ngày" is no count of days.)
    if (length > 0 && /^ngày /iu.test(before.slice(before.length - length)) && COUNT_BEFORE.test(before.slice(0, before.length - length)) && !DOCUMENT_NUMBER_BEFORE.test(before.slice(0, before.length - length))) length = 0;
    // ("cấp giấy lần đầu tháng 5-2017": "lần đầu" is "the first time", no edge of the month.)
    if (length > 0 && /^đầu /iu.test(before.slice(before.length - length)) && FIRST_TIME_BEFORE.test(before.slice(0, before.length - length))) length = 0;
    // ("những ngày tháng 4 lịch sử": "ngày" before a month with no day is "the days of", not the date's.)
    if (length > 0 && /^tháng /iu.test(text.slice(c.start, c.start + 6)) && /(?:^|[^\p{L}])ngày $/iu.test(before)) length = 0;
    c.wordStart = c.start - length;
    // "kế hoạch 5 năm 2016-2020": after a count, "năm" counts years and stays outside.
    // ("đợt 2 năm 2012", "lần 2 năm 2025": a number after "đợt", "lần" is an ordinal, and "năm" names the year.)
    if (c.wordStart === c.start && /^năm \d/iu.test(text.slice(c.start, c.start + 6)) && YEARS_COUNTED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) {
      c.start += 4;
      c.wordStart = c.start;
    }
    // "du lịch Xuân 2023": a season before a year.
    const season = c.from.month === undefined && c.from.year !== undefined && c.to === undefined ? SEASON_BEFORE.exec(text.slice(Math.max(windowStart, c.wordStart - 16), c.wordStart)) : null;
    const seasonStart = season ? c.wordStart - season[1]!.length - 1 : -1;
    // (A capitalised "Xuân" after another capitalised word ends a name: "quận Thanh Xuân năm 2020".)
    if (season && (!/^\p{Lu}/u.test(season[1]!) || !capitalisedWordBefore(text, seasonStart))) c.wordStart = seasonStart;
  }
  const valid = kept.filter((c) => {
    // "ngày 8-9", "hôm 31.5", "từ 12-5 đến 20-5": a dash or dot date needs a day word or a range around it.
    // ("hai ngày 24 và 25-2": the second of two days joined by "và" is dated like the first.)
    if (c.needsDayWord && c.wordStart === c.start && !DAY_CUE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) && !DAY_RANGE_AFTER.test(text.slice(c.end, c.end + 16)) && !holidayBefore(text, c.start) &&
      !RELATIVE_DAY_BRACKET_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && !CLOCK_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) &&
      !DAY_AND.test(text.slice(Math.max(0, c.start - 16), c.start))) return false;
    // "cao từ 3 - 5 mét", "tăng 2-3%": a range of amounts before a unit, no day and month.
    if (c.needsDayWord && RANGE_UNIT_AFTER.test(text.slice(c.end, c.end + 8))) return false;
    // "động đất có độ lớn từ 2.7 đến 3.7": an earthquake's magnitude, no day and month.
    if (c.needsDayWord && c.wordStart === c.start && MAGNITUDE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
    // "8/10 điểm", "9/10 tỉnh": a fraction before a counted noun, not a day and month.
    if (c.rule === "date.day/month" && c.wordStart === c.start && COUNTED_AFTER.test(text.slice(c.end, c.end + 14))) return false;
    if (c.rule === "date.day/month" && c.wordStart === c.start && FRACTION_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return false;
    if (c.wordStart === c.start && text.slice(c.start, c.end) === "24/7" && ROUND_THE_CLOCK_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return false;
    // ("quảng trường 1 tháng 4": in words too.)
    if ((c.rule === "date.day/month" || c.rule === "date.day-tháng-month") && c.wordStart === c.start && NAMED_AFTER_DAY_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start))) return false;
    // "14:34:47 +07:00", "GMT+7": a time-zone offset, no clock time.
    if (c.clockOnly && text[c.start - 1] === "+") return false;
    // "0:00 / 0:00": a video player's position and length, scraped with the page, no clock time.
    if (c.clockOnly && (PLAYER_AFTER.test(text.slice(c.end, c.end + 10)) || PLAYER_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)))) return false;
    // ("hơn 23h đêm": a part of the day makes it a clock time after all.)
    if (c.clockOnly && !c.partOfDay && DURATION_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) return false;
    // "Cập nhật: 5 giờ trước", "Sau 13 giờ, ca mổ …", "24 giờ qua": hours counted, not a clock time.
    // ("sau 17h" is after five o'clock: only "giờ" without minutes reads as a count after "sau".)
    if (c.clockOnly && !c.partOfDay && (HOURS_AGO.test(text.slice(c.end, c.end + 8)) || (AFTER_HOURS.test(text.slice(Math.max(0, c.start - 6), c.start)) && WHOLE_HOURS.test(text.slice(c.start, c.end))))) return false;
    // "sau 3 tháng 10 ngày điều trị": a duration in months and days, not October.
    if (c.rule === "date.tháng" && c.wordStart === c.start && /\d $/u.test(text.slice(Math.max(0, c.start - 2), c.start)) && /^ ngày(?![\p{L}\p{N}]| \d)/u.test(text.slice(c.end, c.end + 8))) return false;
    return isValidDate(c.from) && (c.to === undefined || isValidDate(c.to));
  });
  return valid;
}

/** Words after a date ("này", "tới", "âm lịch"), then days listed before the month they share ("ngày 7 và 8/6"). */
function withWordsAfter(text: string, valid: Candidate[]): Candidate[] {
  for (const c of valid) {
    // "đến đầu tháng 10 này", "dịp 2/9 này": "này" ("this") after a month or a day's date belongs to it, like "tới" after a day.
    if (c.from.month !== undefined && c.from.year === undefined && c.to === undefined && !c.clockOnly && THIS_AFTER.test(text.slice(c.end, c.end + 8))) c.end += 4;
    if (c.from.day === undefined || c.to !== undefined || c.clockOnly) continue;
    const after = text.slice(c.end, c.end + 12);
    const coming = COMING_AFTER.exec(after);
    if (coming) c.end += coming[0].length;
  }
  // "ngày 10/3 âm lịch": a day and month read in the lunar calendar.
  const mayBeLunar = text.includes("âm lịch") || text.includes("Âm lịch") || text.includes("ÂL");
  for (const c of mayBeLunar ? valid : []) {
    if (c.lunar || c.to || c.clockOnly || c.from.day === undefined || c.from.month === undefined) continue;
    const suffix = LUNAR_SUFFIX.exec(text.slice(c.end, c.end + 16));
    if (!suffix) continue;
    c.lunar = { day: c.from.day, month: c.from.month, year: c.from.year };
    if (!suffix[0].includes("(")) c.end += suffix[0].length;
    c.rule = `${c.rule}+lunar`;
  }
  // "ngày 7 và 8/6": the first day borrows the month (and year) of the date after "và" — two DATEs.
  const accepted: Candidate[] = [];
  for (let c of valid) {
    // "các ngày 05, 06, 14 và 25 tháng 12/2017", "2 ngày 18 và 19 tháng 4 năm 2019": days listed before the month
    // they share; each is a DATE, the last one with the month.
    if (c.from.day === undefined && c.from.month !== undefined && c.to === undefined && MONTH_AT.test(text.slice(c.wordStart, c.wordStart + 8))) {
      const list = DAY_LIST.exec(text.slice(Math.max(0, c.wordStart - 60), c.wordStart));
      const listStart = list ? c.wordStart - list[0].length : -1;
      if (list && !accepted.some((a) => a.end > listStart)) {
        const counted = COUNT_BEFORE.test(text.slice(Math.max(0, listStart - 6), listStart));
        const items = [...list[0].matchAll(/\d{1,2}/gu)];
        const fields = (day: number): DateFields => ({ day, month: c.from.month, year: c.from.year });
        if (items.every((m) => isValidDate(fields(Number(m[0]))))) {
          items.slice(0, -1).forEach((m, n) => {
            const at = listStart + m.index!;
            const start = n === 0 && !counted ? listStart : at;
            accepted.push(new DateCandidate(start, at + m[0].length, fields(Number(m[0])), "date.day-list"));
          });
          const last = items[items.length - 1]!;
          const at = listStart + last.index!;
          c = copyOf(c);
          c.start = at;
          c.wordStart = at;
          c.from = fields(Number(last[0]));
          c.rule = "date.day-list+month";
        }
      }
    }
    if (c.from.day !== undefined && c.from.month !== undefined && c.to === undefined) {
      const window = text.slice(Math.max(0, c.wordStart - 16), c.wordStart);
      const pair = DAY_AND.exec(window);
      if (pair) {
        // "trong 2 ngày 6 và 7/8": after a count, "ngày" counts days and stays outside.
        const counted = /^ngày /iu.test(pair[0]) && COUNT_BEFORE.test(text.slice(Math.max(0, c.wordStart - pair[0].length - 6), c.wordStart - pair[0].length));
        const pairStart = c.wordStart - pair[0].length;
        const start = pairStart + (counted ? 5 : 0);
        // The range gap ("và", "đến") is outside both DATEs; the first ends at its number.
        const day = Number.parseInt(pair[1]!, 10);
        const from: DateFields = { day, month: c.from.month, year: c.from.year };
        if (isValidDate(from) && !accepted.some((a) => a.end > start)) {
          accepted.push(new DateCandidate(start, pairStart + pair[0].length - pair[2]!.length, from, "date.day-and-day"));
        }
      }
    }
    accepted.push(c);
  }
  return accepted;
}

/** A clock time joins the day right after it ("14h30 ngày 5/3"); across a bracket it only takes that day. */
function joinClocks(text: string, accepted: Candidate[]): Candidate[] {
  // A clock time joins the day right after it ("14h30 ngày 5/3"); across a bracket it only takes that day.
  const joined: Candidate[] = [];
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    const next = accepted[k + 1];
    if (c.clockOnly && next && !next.clockOnly && next.to === undefined && next.from.hour === undefined) {
      const gap = text.slice(c.end, next.wordStart);
      if (CLOCK_JOIN.test(gap) && CLOCK_JOIN.exec(gap)![0].length === gap.length) {
        // ("20h-21h tối 30-10": a range of clock times on one day is a range of that day's times.)
        const to = c.to && { ...next.from, hour: c.to.hour, minute: c.to.minute };
        const clocked = copyOf(next);
        clocked.start = c.start;
        clocked.wordStart = c.wordStart;
        clocked.from = { ...next.from, hour: c.from.hour, minute: c.from.minute };
        clocked.to = to;
        clocked.rule = "date.clock+day";
        joined.push(clocked);
        k++;
        continue;
      }
      if (c.to !== undefined) {
        joined.push(c);
        continue;
      }
      const bracket = BRACKET_THEN.exec(text.slice(c.end, next.wordStart + 1));
      // "10h sáng nay (22/12)": the day in the bracket right after dates the clock too (two DATEs).
      const bracketedDay = text.slice(c.end, next.wordStart) === " (" && text[next.end] === ")";
      if ((bracket && c.end + bracket[0].length === next.wordStart) || bracketedDay) {
        const dated = copyOf(c);
        dated.from = { ...next.from, hour: c.from.hour, minute: c.from.minute };
        dated.clockOnly = false;
        dated.rule = "date.clock-of-following-day";
        joined.push(dated);
        continue;
      }
    }
    // "ngày 26/3/2021 lúc 10:30": a day, then its clock time after "lúc", is one DATE too (the day's own time).
    if (!c.clockOnly && c.to === undefined && c.from.day !== undefined && c.from.hour === undefined && next?.clockOnly && next.to === undefined && DAY_THEN_CLOCK.test(text.slice(c.end, next.wordStart))) {
      const timed = copyOf(c);
      timed.end = next.end;
      timed.from = { ...c.from, hour: next.from.hour, minute: next.from.minute };
      timed.rule = "date.day+clock";
      joined.push(timed);
      k++;
      continue;
    }
    joined.push(c);
  }
  return joined;
}


/** Where a lunar expression may start: "mùng 9 Tết", "rằm tháng", "Tết Nguyên đán". */
const LUNAR_ANCHOR = /(?:[Mm]ùng|[Mm]ồng|[Nn]gày) \d{1,2} (?:tháng Giêng )?Tết|[Rr]ằm tháng|Tết Nguyên đán/gu;
const CAN_CHI_SOURCE = CAN_CHI.source;
/** "mùng 9 Tết", "ngày 3 Tết Ất Tỵ", "mồng 1 Tết Nguyên đán 2025". */
const TET_DAY = new RegExp(`(?:[Mm]ùng|[Mm]ồng|[Nn]gày) (\\d{1,2}) (?:tháng Giêng )?Tết(?: Nguyên đán)?(?: ${CAN_CHI_SOURCE})?(?: (\\d{4}))?(?![\\p{L}\\p{N}])`, "uy");
/** "rằm tháng Giêng", "rằm tháng 7 âm lịch", "rằm tháng Bảy năm Giáp Thìn". */
const FULL_MOON = new RegExp(`[Rr]ằm tháng (Giêng|giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Một|Chạp|chạp|\\d{1,2})(?: năm ${CAN_CHI_SOURCE})?(?: (?:âm lịch|ÂL))?(?![\\p{L}\\p{N}])`, "uy");
/** "Tết Nguyên đán Giáp Thìn 2024", "Tết Nguyên đán 2025": the year that dates the festival. */
const NEW_YEAR = new RegExp(`Tết Nguyên đán(?: ${CAN_CHI_SOURCE})? (\\d{4})(?![\\p{L}\\p{N}])`, "uy");
/** A sexagenary year name, with "năm" before it, right before a year: "năm Kỷ Hợi " + "2019". */
const YEAR_NAME_BEFORE = new RegExp(`(?:(?<![\\p{L}])[Nn]ăm )?(?<![\\p{L}])${CAN_CHI_SOURCE} $`, "u");
const MONTH_WORD_HINT = /[Tt]háng (?:[GHBTNSCMĐ]|giêng|chạp)/u;
const LUNAR_SUFFIX = /^ ?(?:\((?:âm lịch|ÂL|AL)\)|âm lịch|Âm lịch|ÂL)(?![\p{L}])/u;
const MONTH_NAMES: Record<string, number> = { giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, chạp: 12 };

interface LunarFields {
  day: number;
  month: number;
  year?: number;
  canChi?: [string, string];
}

function lunarAt(text: string, at: number): Candidate | undefined {
  const tries: Array<[RegExp, (m: RegExpExecArray) => LunarFields | undefined]> = [
    [TET_DAY, (m) => ({ day: Number(m[1]), month: 1, year: m[4] ? Number(m[4]) : undefined, canChi: m[2] ? [m[2], m[3]!] : undefined })],
    [FULL_MOON, (m) => {
      const month = /^\d/u.test(m[1]!) ? Number(m[1]) : MONTH_NAMES[m[1]!.toLowerCase()];
      return month === undefined ? undefined : { day: 15, month, canChi: m[2] ? [m[2], m[3]!] : undefined };
    }],
  ];
  // "Tết Nguyên đán Giáp Thìn 2024": the festival is an event, not a date; the year it names, with its sexagenary name,
  // is the DATE ("Giáp Thìn 2024" → 2024), as the gold files have it (D86).
  NEW_YEAR.lastIndex = at;
  const festival = NEW_YEAR.exec(text);
  if (festival) {
    const start = at + "Tết Nguyên đán ".length;
    return new DateCandidate(start, at + festival[0].length, { year: Number(festival[3]) }, "date.festival-year");
  }
  for (const [pattern, parse] of tries) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) continue;
    const lunar = parse(m);
    if (!lunar || lunar.day < 1 || lunar.day > 30 || lunar.month < 1 || lunar.month > 12) continue;
    return lunarCandidate(at, at + m[0].length, lunar, "date.lunar");
  }
  return undefined;
}

/**
 * A lunar DATE's value: the solar date when the lunar year is known — from the expression (a year,
 * or a sexagenary name placed nearest the dateline), else from the dateline (the lunar year it
 * falls in; for the first months, the coming Tết when the dateline is late in the lunar year, for the
 * last months the one just past when it is early) —
 * else `XXXX-XX-XX`. The lunar reading is kept alongside.
 */
function lunarSpan(c: Candidate, documentDate: string | undefined): DateSpan {
  const lunar = c.lunar!;
  const dateline = documentDate ? documentDate.split("-").map(Number) : undefined;
  let year = lunar.year;
  if (year === undefined && lunar.canChi) year = yearOfCanChi(lunar.canChi[0], lunar.canChi[1], dateline?.[0]);
  if (year === undefined && dateline) {
    const [y, m = 6, d = 15] = dateline as [number, number?, number?];
    const here = solarToLunar(d, m, y);
    // (And the last months, the Tết just past when the dateline is early in the lunar year: "26 tháng Chạp" in February.)
    year = here.year + (lunar.month <= 2 && here.month >= 10 ? 1 : 0) - (lunar.month >= 11 && here.month <= 2 ? 1 : 0);
  }
  const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
  const iso = (d: [number, number, number]): string => `${pad(d[0], 4)}-${pad(d[1])}-${pad(d[2])}`;
  if (lunar.day === 0) {
    // A lunar month ("tháng Giêng"): the solar days it spans.
    const first = year === undefined ? undefined : lunarToSolar({ day: 1, month: lunar.month, year, leap: false });
    const last = year === undefined ? undefined : lunarToSolar({ day: 30, month: lunar.month, year, leap: false }) ?? lunarToSolar({ day: 29, month: lunar.month, year, leap: false });
    return {
      start: c.wordStart,
      end: c.end,
      value: first && last ? `${iso(first)}/${iso(last)}` : "XXXX-XX",
      lunar: `${year === undefined ? "XXXX" : pad(year, 4)}-${pad(lunar.month)}`,
      rule: c.rule,
    };
  }
  const solar = year === undefined ? undefined : lunarToSolar({ day: lunar.day, month: lunar.month, year, leap: false });
  return {
    start: c.wordStart,
    end: c.end,
    value: solar ? iso(solar) : "XXXX-XX-XX",
    lunar: `${year === undefined ? "XXXX" : pad(year, 4)}-${pad(lunar.month)}-${pad(lunar.day)}`,
    rule: c.rule,
  };
}

/** Does a sentence (or the text, a line, a quotation, a bracket) start at i, spaces aside? */
function sentenceStartAt(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] === " ") k--;
  return k < 0 || ".!?:\n\"“(".includes(text[k]!);
}

/**
 * "ngày 15 tháng này" and "tháng 3 tới" count from the dateline's month: the same, previous or next
 * month; the coming March is this year's when the dateline is not past March, else next year's.
 * Without a dateline the solar date is unknown: `XXXX-XX-XX`, or `XXXX-03` for the month.
 */
function relativeMonthSpan(c: Candidate, documentDate: string | undefined): DateSpan {
  const [year, month] = (documentDate ?? "").split("-").map(Number) as [number | undefined, number | undefined];
  const base = { start: c.wordStart, end: c.end, rule: c.rule };
  if (c.from.upcoming) {
    const m = c.from.month!;
    if (year === undefined || month === undefined || Number.isNaN(month)) return { ...base, value: `XXXX-${String(m).padStart(2, "0")}` };
    return { ...base, value: formatValue({ month: m, year: m >= month ? year : year + 1 }, undefined, undefined, false) };
  }
  if (year === undefined || month === undefined || Number.isNaN(month)) return { ...base, value: "XXXX-XX-XX" };
  const index = year * 12 + (month - 1) + c.from.relativeMonth!;
  const fields = { year: Math.floor(index / 12), month: (index % 12) + 1, day: c.from.day };
  return { ...base, value: isValidDate(fields) ? formatValue(fields, undefined, undefined, false) : "XXXX-XX-XX" };
}

function isoDocumentDate(iso: RegExpExecArray | null): string | undefined {
  return iso ? `${iso[1]}-${iso[2]}${iso[3] ? `-${iso[3]}` : ""}` : undefined;
}

const ROMAN_FALLBACK: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** A clock hour read with the part of the day after it ("3 giờ chiều" is 15:00). */
function withPartOfDay(fields: DateFields, word: string): DateFields {
  const hour = fields.hour!;
  if ((word === "chiều" || word === "tối" || word === "pm") && hour < 12) return { ...fields, hour: hour + 12 };
  if (word === "am" && hour === 12) return { ...fields, hour: 0 };
  if (word === "đêm" && hour >= 6 && hour < 12) return { ...fields, hour: hour + 12 };
  return fields;
}

function needsYear(c: Candidate): boolean {
  if (c.clockOnly || c.yearUnknown) return false;
  return c.from.year === undefined || (c.to !== undefined && c.to.year === undefined);
}

function tryShapes(shapes: typeof DIGIT_SHAPES, text: string, at: number, roman: (s: string) => number | undefined, digits = 0): Candidate | undefined {
  for (const shape of shapes) {
    if (shape.digits && digits > 0 && (digits < shape.digits[0] || digits > shape.digits[1])) continue;
    shape.pattern.lastIndex = at;
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const parsed = shape.parse(m, roman);
    if (!parsed) continue;
    return candidateOf(at, at + m[0].length, parsed, ruleOf(shape));
  }
  return undefined;
}

/** Is the number at `at` introduced by a day word ("sáng Chủ nhật", "ngày", "hôm", "từ")? */
function hasDayWordBefore(text: string, at: number, prefix: RegExp): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return DAY_CUE_BEFORE.test(before.slice(-6)) || prefixLength(prefix, before) > 0;
}

/** Length of the temporal words at the end of `before` ("Sáng ngày "), matched in lower case. */
function prefixLength(prefix: RegExp, before: string): number {
  // Every temporal word group ends in a space ("ngày ", "Thứ Hai, "): without one there is none, and the pattern, tried
  // at each of the window's forty starts, need not run.
  if (before.charCodeAt(before.length - 1) !== 0x20) return 0;
  const lower = before.toLowerCase();
  // (A letter whose lower case is longer, as "İ", would shift offsets: such text has no Vietnamese day words.)
  if (lower.length !== before.length) return 0;
  return prefix.exec(lower)?.[0].length ?? 0;
}

/**
 * Every digit-anchored shape continues its first number with a separator ("/", ".", "-", ":", "h", "g"),
 * or with " giờ", " - " or ", "; anything else ("62 đoàn", "5 bản") can only be a bare year. A cheap
 * look at the next characters saves trying eight patterns on every number in the text.
 */
function mayStartShape(text: string, after: number): boolean {
  const next = text.charCodeAt(after);
  if (next === 0x2f || next === 0x2e || next === 0x2d || next === 0x3a || next === 0x68 || next === 0x67) return true; // / . - : h g
  if (next !== 0x20) return false;
  const then = text.charCodeAt(after + 1);
  // " -", " giờ", " tháng" (" Tháng" as some publishing systems print it) and the spaced separators of tokenised text (" / ", " . ").
  return then === 0x2d || then === 0x67 || then === 0x74 || then === 0x54 || then === 0x2f || (then === 0x2e && text.charCodeAt(after + 2) === 0x20);
}

/** Each shape's rule id, made once ("date." and its name). */
const RULES = new Map<Shape, string>();
function ruleOf(shape: Shape): string {
  let rule = RULES.get(shape);
  if (rule === undefined) RULES.set(shape, (rule = `date.${shape.name}`));
  return rule;
}

function bareYear(text: string, at: number): Candidate | undefined {
  BARE_YEAR.lastIndex = at;
  const m = BARE_YEAR.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return undefined;
  const before = text.slice(Math.max(0, at - 16), at);
  // "(1993 đến 2004)": a year that a range's other end follows.
  const rangeAfter = YEAR_RANGE_AFTER.test(text.slice(end, end + 16));
  // "Triệu Thái Sơn (2004)", "ông Lê Quốc Duy (1981)": a year alone in brackets, a birth year or the year of what precedes.
  const bracketed = text[at - 1] === "(" && text[end] === ")";
  if (!bracketed && !BARE_YEAR_CUE.test(before) && !GLUED_BIRTH.test(before) && !eventNameBefore(before) && !YEAR_AND.test(before) && !rangeAfter && !EVENT_PHRASE_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return undefined;
  if (/(?:^|[^\p{L}])(?:số|năm) $/iu.test(before)) return undefined;
  return new DateCandidate(at, end, { year: Number.parseInt(m[1]!, 10) }, "date.bare-year");
}

/** "Giải vô địch cử tạ quốc gia 2019", "Năm Du lịch quốc gia 2023", "giải U.19 quốc gia 2020", "Hội thảo Văn hóa 2022": an event's name in words, then the year that dates it. */
const EVENT_PHRASE_BEFORE = /(?:^|[^\p{L}])(?:[Gg]iải (?:vô địch|thưởng|đấu|bóng|báo chí|Báo chí|việt dã|marathon|quần vợt|cầu lông|điền kinh|cờ|\p{Lu}[\p{L}\p{N}.-]*)|Năm Du lịch|Festival|Liên hoan|Hội thi|Hội diễn|Lễ hội|Cuộc thi|Hội chợ|Tuần lễ|Hội thảo|Olympic|Cúp)(?: [\p{L}\p{N}.-]+){0,8} $/u;
/** "U23 châu Á 2022": the word right before the year is capitalised (an event or competition name). */
function eventNameBefore(before: string): boolean {
  if (!before.endsWith(" ")) return false;
  const word = before.slice(before.lastIndexOf(" ", before.length - 2) + 1, -1);
  return word.length > 0 && UPPER_FIRST.test(word);
}
