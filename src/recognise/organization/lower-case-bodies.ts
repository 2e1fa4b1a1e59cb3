import { byFirstToken, isCapitalisedWord, spaced, titleEndsBefore } from "../cues.js";
import { grammar } from "../grammar.js";
import { PROVINCE_LEVEL } from "../location/gazetteer.js";
import { bodyNameEnd, localityEnd, SCHOOL_LEVELS } from "../names.js";
import { PLURAL_DETERMINERS } from "../words.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";

/** Heads the press writes in lower case before a named body ("ngân hàng Đông Á", "bệnh viện Từ Dũ"). */
const LOWER_HEADS = new Set(["công ty", "tập đoàn", "tổng công ty", "ngân hàng", "bệnh viện"]);
/** People's councils and committees, whose offices are joined ("văn phòng HĐND và UBND"). */
const COUNCILS = new Set(["HĐND", "Hội"]);
const COMMITTEES = new Set(["UBND", "Ủy"]);
/** Party and union cells named after the office they serve ("Chi bộ văn phòng Thành ủy"). */
const PARTY_CELLS = new Set(["Chi bộ", "Đảng bộ", "Công đoàn"]);
/** First syllables of party committees written in lower case before their place ("huyện ủy Đô Lương", D60). */
const COMMITTEE_FIRST = new Set(["huyện", "tỉnh", "thành", "quận", "thị"]);
/** A lower-case party committee ("huyện ủy") starts at k. */
const committeeAt = (tokens: RecognitionContext["tokens"], k: number): boolean => tokens[k + 1]?.lower === "ủy" && COMMITTEE_FIRST.has(tokens[k]!.lower);
/** Words that end in "sở" without it being a department ("cơ sở", "trụ sở"). */
const SO_COMPOUNDS = new Set(["cơ", "trụ", "văn"]);
/** Words that end in "khoa" without it being a hospital's department ("đa khoa", "nha khoa", "bách khoa"). */
const KHOA_COMPOUNDS = new Set(["đa", "nha", "nhi", "phụ", "sản", "nội", "ngoại", "chuyên", "bách", "liên", "nam", "giáo", "văn", "y", "luật", "nhãn", "trưởng", "phó"]);
/** A school's level, written before its name ("trường THPT Phan Đình Giót"). */
const SCHOOL_LEVEL_WORDS = new Set([...SCHOOL_LEVELS, "Tiểu", "Mầm", "Trung", "Đại", "Cao"]);
/** Heads read here even when capitalised: a department by its lower-case field ("Khoa hồi sức"), a hospital by its locality ("Bệnh viện tỉnh …"). */
const CAPITALISED_HEADS = new Set(["Khoa", "Bệnh"]);
/** Before a head, these make it many bodies of a kind ("các ngân hàng Việt Nam"), not one. */
const PLURAL = new Set([...PLURAL_DETERMINERS.words, "nhiều", "hai", "ba", "bốn", "năm"]);
/** Governing bodies written in lower case before the country they govern ("chính phủ Campuchia"). */
const LOWER_GOVERNMENTS = new Set(["chính phủ", "quốc hội"]);
/** Adjectives that follow a lower-case head without naming a body ("ngân hàng Trung ương", "công ty Nhà nước"). */
const NOT_NAMES = new Set(["trung", "nhà"]);

/**
 * Bodies named after a lower-case head: "ngân hàng Đông Á bị đặt vào diện kiểm soát", "tại bệnh viện
 * Từ Dũ", "chính phủ Campuchia". Not a plural ("các công ty Nhật Bản"), not a head whose name is only a
 * place ("công ty Nhật Bản": a Japanese company), not inside a title (the title takes it, D36).
 */
export function lowerCaseBodies(ctx: RecognitionContext, found: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens, lexicon } = ctx;
  // Most texts have none of these heads in lower case: look before building anything.
  let any = false;
  // (The heads' first syllables are a start bit of each word: grammar().lowerCaseHeadFirsts.)
  const heads = grammar().lowerCaseHeadFirsts;
  for (let k = 0; k + 2 < tokens.length && !any; k++) any = (heads.mayStartAt(tokens[k]!) || committeeAt(tokens, k)) && (!tokens[k]!.capitalised || CAPITALISED_HEADS.has(tokens[k]!.text));
  if (!any) return [];
  const covered = new Uint8Array(tokens.length);
  for (const s of found) covered.fill(1, s.first, s.last);
  const locationAt = byFirstToken(locations);
  const foundAt = byFirstToken(found);
  const result: Span[] = [];
  const s: LowerCaseScan = { covered, locationAt, foundAt, result };
  for (let k = 0; k + 2 < tokens.length; k++) {
    const token = tokens[k]!;
    // Most words start no head: one set lookup before any string is built.
    if (token.kind !== "word" || covered[k] === 1 || !(heads.mayStartAt(token) || committeeAt(tokens, k)) || (token.capitalised && !CAPITALISED_HEADS.has(token.text))) continue;
    // (The rules below are functions of their own: V8 optimises one long function in one large compilation.)
    {
      const next = hospitalsOfficesAndFields(ctx, s, k);
      if (next >= 0) {
        k = next;
        continue;
      }
    }
    // (A capitalised "Khoa" with a capitalised name is the main pass's, or a person's: "Nguyễn Khoa Điềm".)
    if (token.capitalised) continue;
    const pair = `${token.lower} ${tokens[k + 1]!.lower}`;
    {
      const next = policeCommitteesDepartmentsSchools(ctx, s, k, pair);
      if (next >= 0) {
        k = next;
        continue;
      }
    }
    const government = LOWER_GOVERNMENTS.has(pair);
    if (!government && !LOWER_HEADS.has(pair) && !(pair === "tổng công" && tokens[k + 2]!.lower === "ty")) continue;
    const headEnd = pair === "tổng công" ? k + 3 : k + 2;
    if (PLURAL.has(tokens[k - 1]?.lower ?? "") || tokens[k - 1]?.kind === "number" || titleEndsBefore(ctx, k)) continue;
    if (!spaced(tokens, k + 1) || !spaced(tokens, headEnd) || !isCapitalisedWord(tokens[headEnd]) || covered[headEnd] === 1) continue;
    // ("Công ty CP tập đoàn Hoa Sen": a lower-case head right after a body goes on naming that body.)
    if (k > 0 && covered[k - 1] === 1 && spaced(tokens, k)) continue;
    if (NOT_NAMES.has(tokens[headEnd]!.lower)) continue;
    const place = locationAt.get(headEnd);
    if (government) {
      // "chính phủ Campuchia": the country's government.
      if (place && place.canonical?.kind === "country") result.push(spanOf(ctx, "ORGANIZATION", k, place.last, "organization.lower-case-government"));
      continue;
    }
    let end = bodyNameEnd(ctx, headEnd, { maxTokens: 10 });
    // "công ty Nhật Bản", "ngân hàng Việt Nam": a place alone after the head describes, it does not name.
    if (end <= headEnd || (place && place.last >= end) || lexicon.locations.longest(tokens, headEnd)?.end === end) continue;
    // "bệnh viện Đa khoa tỉnh", "bệnh viện Đa khoa huyện Thọ Xuân": named relative to a place.
    end = localityEnd(ctx, end, locationAt);
    result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.lower-case-head"));
    covered.fill(1, k, end);
    k = end - 1;
  }
  return result;
}

/** What the lower-case rules share: tokens inside bodies found, places and bodies by their first token, the bodies read. */
interface LowerCaseScan {
  covered: Uint8Array;
  locationAt: Map<number, Span>;
  foundAt: Map<number, Span>;
  result: Span[];
}

/** A hospital by its locality, the office of a body, a department by its field ("bệnh viện tỉnh X", "văn phòng Thành ủy", "Khoa hồi sức"). The index to go on from when one is read (the main loop's `continue`), else -1. */
function hospitalsOfficesAndFields(ctx: RecognitionContext, s: LowerCaseScan, k: number): number {
  const { tokens } = ctx;
  const { covered, locationAt, foundAt, result } = s;
  const token = ctx.tokens[k]!;
  // "Bệnh viện tỉnh Thanh Hóa", "bệnh viện thành phố Huế": a hospital named by its locality and place (only with the
  // place named: a bare "bệnh viện tỉnh" is the kind, not one body).
  if (token.lower === "bệnh" && tokens[k + 1]?.lower === "viện" && spaced(tokens, k + 1) && !PLURAL.has(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)) {
    const seat = localityEnd(ctx, k + 2, locationAt);
    if (seat > k + 2 && tokens[seat - 1]!.capitalised && covered[k + 2] !== 1) {
      result.push(spanOf(ctx, "ORGANIZATION", k, seat, "organization.hospital-by-locality"));
      covered.fill(1, k, seat);
      k = seat - 1;
      return k;
    }
  }
  // "văn phòng Thành ủy", "văn phòng HĐND và UBND thành phố": the office of a body the text names, in lower case.
  if (token.lower === "văn" && tokens[k + 1]?.lower === "phòng" && spaced(tokens, k + 1) && spaced(tokens, k + 2) && !PLURAL_DETERMINERS.words.includes(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)) {
    const body = foundAt.get(k + 2);
    if (body) {
      let end = body.last;
      // ("HĐND và UBND": the joint office of the council and the committee.)
      const second = tokens[end]?.lower === "và" && spaced(tokens, end) && spaced(tokens, end + 1) && COUNCILS.has(tokens[k + 2]!.text) ? foundAt.get(end + 1) : undefined;
      if (second && COMMITTEES.has(tokens[end + 1]!.text)) end = second.last;
      // ("Chi bộ văn phòng Thành ủy": the party cell of that office is one body with it.)
      const cell = k >= 2 && spaced(tokens, k) && PARTY_CELLS.has(`${tokens[k - 2]!.text} ${tokens[k - 1]!.text}`) && covered[k - 2] !== 1 ? k - 2 : k;
      result.push(spanOf(ctx, "ORGANIZATION", cell, end, "organization.office-of-body"));
      covered.fill(1, cell, end);
      k = end - 1;
      return k;
    }
  }
  // "Khoa hồi sức tích cực", "(Khoa chấn thương)": a department by its field in lower case.
  const field = token.text === "Khoa" && spaced(tokens, k + 1) && !tokens[k + 1]!.capitalised && !KHOA_COMPOUNDS.has(tokens[k - 1]?.lower ?? "") && !PLURAL.has(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)
    ? grammar().hospitalFields.longest(tokens, k + 1) : undefined;
  if (field && !(spaced(tokens, field.end) && tokens[field.end]!.kind === "word" && !tokens[field.end]!.capitalised && !grammar().functionWords.has(tokens[field.end]!.lower))) {
    result.push(spanOf(ctx, "ORGANIZATION", k, field.end, "organization.department-field"));
    covered.fill(1, k, field.end);
    k = field.end - 1;
    return k;
  }
  return -1;
}

/** The police of a place, a party committee, a hospital's or a province's department, a school, in lower case. The index to go on from when one is read (the main loop's `continue`), else -1. */
function policeCommitteesDepartmentsSchools(ctx: RecognitionContext, s: LowerCaseScan, k: number, pair: string): number {
  const { tokens } = ctx;
  const { covered, locationAt, foundAt, result } = s;
  const token = ctx.tokens[k]!;
  // "công an Thanh Hóa", "công an tỉnh Bình Dương": the police of a named place, in lower case ("lực lượng công an
  // xã", "trưởng công an phường" name no one body).
  if (pair === "công an" && spaced(tokens, k + 1) && spaced(tokens, k + 2) && !PLURAL.has(tokens[k - 1]?.lower ?? "") && tokens[k - 1]?.lower !== "lượng" && !titleEndsBefore(ctx, k)) {
    const typed = grammar().localityWords.longest(tokens, k + 2);
    const seat = locationAt.get(typed ? typed.end : k + 2);
    const end = seat && (typed !== undefined || seat.canonical?.kind === "province") ? seat.last : -1;
    if (end > 0) {
      result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.lower-case-police"));
      covered.fill(1, k, end);
      k = end - 1;
    }
    return k;
  }
  // "huyện ủy Đô Lương": a party committee in lower case, by its known place.
  if (committeeAt(tokens, k) && spaced(tokens, k + 1) && spaced(tokens, k + 2) && !PLURAL.has(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)) {
    const seat = locationAt.get(k + 2);
    if (seat && seat.canonical !== undefined) {
      result.push(spanOf(ctx, "ORGANIZATION", k, seat.last, "organization.lower-case-committee"));
      covered.fill(1, k, seat.last);
      k = seat.last - 1;
    }
    return k;
  }
  // "bác sĩ khoa Nhi", "chuyển lên khoa Hồi sức tích cực": a hospital's department in lower case, with the hospital
  // after it when one follows ("khoa Nhi Bệnh viện Bạch Mai" is one body, guideline).
  // ("đại diện sở Giáo dục & Đào tạo": a provincial department in lower case, as "Sở" is; not "cơ sở", "trụ sở".)
  const department = token.lower === "sở" && !SO_COMPOUNDS.has(tokens[k - 1]?.lower ?? "");
  if ((token.lower === "khoa" || department) && spaced(tokens, k + 1) && isCapitalisedWord(tokens[k + 1]) && !tokens[k + 1]!.allCaps && tokens[k + 1]!.lower !== "học" &&
    !KHOA_COMPOUNDS.has(tokens[k - 1]?.lower ?? "") && !PLURAL.has(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)) {
    // (The department's name stops where a body already found starts: "khoa Nhi Bệnh viện …".)
    let limit = 6;
    for (let m = k + 2; m < k + 7; m++) if (foundAt.has(m)) { limit = m - k - 1; break; }
    let end = bodyNameEnd(ctx, k + 1, { maxTokens: limit });
    const hospital = spaced(tokens, end) ? foundAt.get(end) : undefined;
    if (hospital) end = localityEnd(ctx, hospital.last, locationAt);
    if (end > k + 1) {
      result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.lower-case-department"));
      covered.fill(1, k, end);
      k = end - 1;
    }
    return k;
  }
  // "trường THPT Phan Đình Giót": a school in lower case, by its level and name.
  if (token.lower === "trường" && spaced(tokens, k + 1) && SCHOOL_LEVEL_WORDS.has(tokens[k + 1]!.text) && !PLURAL.has(tokens[k - 1]?.lower ?? "") && !titleEndsBefore(ctx, k)) {
    let end = bodyNameEnd(ctx, k + 1, { maxTokens: 8 });
    // ("trường Đại học Bách khoa Hà Nội", "trường Đại học Hosan Hàn Quốc": the city or country that ends a school's name is part of it.)
    const city = end > k + 2 && spaced(tokens, end) ? locationAt.get(end) : undefined;
    if (city && (PROVINCE_LEVEL.has(city.canonical?.kind ?? "") || city.canonical?.kind === "country")) end = city.last;
    if (end > k + 2) {
      result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.lower-case-school"));
      covered.fill(1, k, end);
      k = end - 1;
    }
    return k;
  }
  return -1;
}
