import { pairKey } from "../dictionaries/lexicon.js";
import { grammar } from "./grammar.js";
import { isCapitalisedWord, looksVietnamese, personStartsAt, spaced, titleEndAt, titleEndsBefore } from "./cues.js";
import type { RecognitionContext } from "./span.js";

export interface NameOptions {
  /** Token indexes where a LOCATION starts; a name does not run on after one ends. */
  locationEnds?: ReadonlySet<number>;
  /**
   * 1 at tokens inside a known place, after its first: a surname there does not start a person ("Tỉnh ủy Hà Giang
   * Nguyễn Văn An": "Giang" is a surname, but here the second syllable of the province).
   */
  insidePlace?: Uint8Array;
  /** Token indexes where a country name ends: a body's name stops there when more capitals follow ("Bộ Ngoại giao Nga Maria Zakharova"). */
  countryEnds?: ReadonlySet<number>;
  /** Stop before a token where another body starts (for "và" joins). */
  unitStartsAt?: (i: number) => boolean;
  maxTokens?: number;
  /** May the name itself start with what looks like a person's name ("Công ty Hoàng Anh Gia Lai")? */
  personFirstAllowed?: boolean;
}

/** Words after a number that make it an amount or a count ("400 triệu đồng", "200 người"), never a unit's number. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(["triệu", "tỷ", "nghìn", "ngàn", "trăm", "đồng", "usd", "người", "suất", "phần", "bộ", "chiếc", "tấn", "kg"]);
/** Units of a length of time after a number ("05 năm thành lập"). */
const COUNTED_TIME: ReadonlySet<string> = new Set(["năm", "tháng", "tuổi"]);

/** The comma of "phòng, chống" ("prevention and control"), written inside names and tasks. */
export const preventionComma = (tokens: RecognitionContext["tokens"], k: number): boolean => tokens[k]?.text === "," && tokens[k - 1]?.lower === "phòng" && tokens[k + 1]?.lower === "chống";

/**
 * End (exclusive) of the proper name that starts at token `k` after a head ("Bộ" + "Ngoại giao",
 * "Cửa khẩu Quốc tế" + "Thanh Thủy - Thiên Bảo"). Vietnamese capitalises the first syllable of
 * each word of a name, so a capitalised syllable may be followed by one lower-case syllable of the
 * same word ("Ngoại giao", "Tài chính"); longer lower-case stretches need a pair seen in the
 * dictionaries ("Biên giới quốc gia") or a known tail ("nhân dân", "quốc gia"). Returns `k` when no
 * name starts there.
 */
export function bodyNameEnd(ctx: RecognitionContext, k: number, options: NameOptions = {}): number {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  // ("Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Sài Gòn": official names run long.)
  const max = options.maxTokens ?? 14;
  if (!isCapitalisedWord(tokens[k]) && tokens[k]?.kind !== "number") return k;
  if (!spaced(tokens, k)) return k;
  // "UBND TP. Hà Nội": a locality word ("TP") is not the name of the body but introduces its place.
  if (g.localityWords.longest(tokens, k) !== undefined) return k;
  // "Bí thư Tỉnh ủy Triệu Tài Vinh": after a head that is a whole name, a person's name is not part of it.
  // ("Chánh án tòa án Hải Lăng": a known place is no person, though "Hải" is a surname.)
  if (options.personFirstAllowed === false && personStartsAt(ctx, k) && lexicon.locations.longest(tokens, k) === undefined) return k;
  // "Trường THPT chuyên Huỳnh Mẫn Đạt": a name that is a person's ("Mẫn" could start another) runs on as one
  // name for up to three syllables.
  // (Asked only where a person would end the name, and then once.)
  let personNamedCache: boolean | undefined;
  const personNamed = (): boolean => (personNamedCache ??= options.personFirstAllowed !== false && personStartsAt(ctx, k) && lexicon.locations.longest(tokens, k) === undefined);
  let personFrom = -1;
  let j = k;
  let lowerRun = 0;
  // Capitalised syllables in a row: two or more are a proper name ("Lê Quý Đôn", "Hoa Sen"), after which
  // a lower-case syllable is the next word of the sentence, not the second syllable of a word.
  let capitalRun = 0;
  while (j < tokens.length && j - k < max) {
    const token = tokens[j]!;
    if (j > k && !spaced(tokens, j)) {
      // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a field list that a dictionary name writes the same way.
      if (token.text === "," && isCapitalisedWord(tokens[j + 1]) && spaced(tokens, j + 1) && lexicon.commaJoins.has(pairKey(tokens[j - 1]!.lower, tokens[j + 1]!.lower))) {
        j += 1;
        lowerRun = 0;
        capitalRun = 0;
        continue;
      }
      // "Quỹ Phòng, chống thiên tai", "Ban Chỉ đạo phòng, chống dịch": the fixed pair "phòng, chống" (prevent and fight).
      if (preventionComma(tokens, j) && spaced(tokens, j + 1)) {
        j += 1;
        continue;
      }
      // "Sở VH,TT&DL": a comma glued between the parts of an abbreviated field list; "Sở VH, TT&DL" spaced, where
      // the part after it closes the list with "&" (a list of bodies is written "Sở VH, UBND tỉnh").
      const listClose = tokens[j + 2]?.text === "&" && !tokens[j + 2]!.spaceBefore;
      if (token.text === "," && !token.spaceBefore && tokens[j - 1]!.allCaps && tokens[j + 1]?.allCaps && (!tokens[j + 1]!.spaceBefore || listClose)) {
        j += 2;
        continue;
      }
      // "T.Ư", "TP.HCM", "GD&ĐT": tokens glued by a dot, hyphen or ampersand inside an abbreviation.
      if ((token.text === "." || token.text === "-" || token.text === "&") && !spaced(tokens, j) && isCapitalisedWord(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore && tokens[j - 1]!.allCaps !== undefined && tokens[j - 1]!.capitalised) {
        j += 2;
        continue;
      }
      // "Đài Phát thanh-Truyền hình Quảng Trị": two fields glued by a hyphen, the first ending in lower case, the second a
      // capitalised word that is no body's head.
      if (token.text === "-" && !spaced(tokens, j) && j - k >= 2 && tokens[j - 1]!.kind === "word" && !tokens[j - 1]!.capitalised && isCapitalisedWord(tokens[j + 1]) &&
        !tokens[j + 1]!.spaceBefore && !tokens[j + 1]!.allCaps && !startsOtherBody(ctx, j + 1)) {
        j += 2;
        continue;
      }
      // "Quỹ Phòng, chống dịch Covid-19": a capitalised word glued to its number by a hyphen.
      if (token.text === "-" && !spaced(tokens, j) && tokens[j + 1]?.kind === "number" && !tokens[j + 1]!.spaceBefore && tokens[j - 1]!.capitalised && tokens[j - 1]!.kind === "word" && !tokens[j - 1]!.allCaps &&
        !(tokens[j + 2] !== undefined && !tokens[j + 2]!.spaceBefore && tokens[j + 2]!.kind !== "punct")) {
        j += 2;
        continue;
      }
      break;
    }
    if (j > k) {
      if (options.countryEnds?.has(j) && isCapitalisedWord(token)) break;
      // "Sở TN&MT TP. Hà Nội": "TP" after the name is the locality word of its place, never more of the name.
      if (token.text === "TP" || token.text === "Tp") break;
      // "Lao động - Thương binh", "Thanh Thủy - Thiên Bảo"; but a dash before another body ("phòng Cảnh sát Kinh tế -
      // Công an TP HCM") or a credit label ("… Việt Nam - Ảnh: VGP") ends the name.
      // ("Ngân hàng … Xây dựng Việt Nam - VNCB": an abbreviation after the dash is the body's short name, not more of it.)
      // ("HNG – CTCP Nông nghiệp Quốc tế HAGL – Đã thông qua …": a sentence's first word after the dash is no name.)
      // ("… Việt Nam - Ảnh 1": a caption's picture number after the dash, as scraped pages keep it.)
      const pictureLabel = (tokens[j + 1]?.lower === "ảnh" || tokens[j + 1]?.lower === "video") && tokens[j + 2]?.kind === "number";
      if (token.text === "-" && isCapitalisedWord(tokens[j + 1]) && spaced(tokens, j + 1) && !startsOtherBody(ctx, j + 1) && tokens[j + 2]?.text !== ":" && !pictureLabel && !shortNameAfterDash(tokens, j + 1) &&
        !g.functionWords.has(tokens[j + 1]!.lower)) {
        j += 1;
        continue;
      }
      // ("Trường THPT Chuyên Chu Văn An": after "chuyên" a school's name is a person's, three syllables at most.)
      // (So after a school's level: "trường THPT Phan Đình Giót".)
      if (token.capitalised && (tokens[j - 1]!.lower === "chuyên" || SCHOOL_LEVELS.has(tokens[j - 1]!.text)) && personStartsAt(ctx, j)) personFrom = j;
      // ("Công ty Thương mại Dịch vụ Hoàng Gia": two capitalised syllables that close the name are a brand; a holder
      // after a body is named in three or more.)
      // (Not after a title word inside the body's name: "Thường trực Ban Bí thư Lương Cường".)
      const brandTail = isCapitalisedWord(tokens[j + 1]) && spaced(tokens, j + 1) && !tokens[j + 1]!.allCaps && !(spaced(tokens, j + 2) && isCapitalisedWord(tokens[j + 2])) && !titleEndsBefore(ctx, j);
      if (options.insidePlace?.[j] !== 1 && personStartsAt(ctx, j) && !brandTail && !(j - k < 3 && capitalRun === j - k && personNamed()) && !(personFrom >= 0 && j - personFrom < 3)) break;
      if (token.capitalised && titleEndAt(ctx, j) > j) break;
    }
    if (token.kind === "number") {
      if (j === k) return k;
      // ("giải U.21 Báo Thanh Niên 2018": a year after a body's name dates an event; units are numbered in small numbers.)
      if (YEAR.test(token.text)) break;
      // ("Bí thư Tỉnh ủy Phú Thọ 30/09/2025": a number glued to "/", "-", "." or ":" and more digits starts a date.)
      if (startsDate(tokens, j)) break;
      // ("Công ty … Thành Thành Công 30% và …": a share is no unit's number.)
      if (tokens[j + 1]?.text === "%") break;
      // ("trao cho Bệnh viện … Cần Thơ 400 triệu đồng": an amount is no unit's number either.)
      if (spaced(tokens, j + 1) && AMOUNT_WORDS.has(tokens[j + 1]!.lower)) break;
      // ("Viện Công nghệ VinIT 05 năm thành lập": a count of years; "Sư đoàn 312 năm 1975", "… 12 năm nay" keep theirs.)
      if (spaced(tokens, j + 1) && COUNTED_TIME.has(tokens[j + 1]!.lower) && tokens[j + 2]?.kind !== "number" && tokens[j + 2]?.lower !== "nay") break;
      j++;
      lowerRun = 0;
      capitalRun = 0;
      continue;
    }
    // "Cục Quản lý Khám chữa bệnh": a field of several words written with its first one capitalised.
    const field = token.capitalised && !token.allCaps ? lexicon.orgNameWords.longest(tokens, j) : undefined;
    if (field && field.end - j >= 2 && lowerCaseAfter(tokens, j + 1, field.end)) {
      j = field.end;
      lowerRun = 2;
      capitalRun = 0;
      continue;
    }
    // "Bộ Tư lệnh Thành phố Hồ Chí Minh": a designator before a known place starts the place, not more of the name.
    if (j > k && token.capitalised) {
      const designator = g.designators.longest(tokens, j);
      if (designator && spaced(tokens, designator.end) && lexicon.locations.longest(tokens, designator.end) !== undefined) break;
    }
    // "Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh": after lower-case words, a body's head starts
    // the next unit of a chain, not more of this name.
    if (j > k && token.capitalised && !tokens[j - 1]!.capitalised && tokens[j - 1]!.kind === "word" && (options.unitStartsAt?.(j) ?? false)) break;
    if (isCapitalisedWord(token)) {
      j++;
      lowerRun = 0;
      // An abbreviation or a CamelCase name ("VinFast") is a whole word: no lower-case second syllable follows.
      capitalRun = token.allCaps || /\p{Lu}/u.test(token.text.slice(1)) ? 0 : capitalRun + 1;
      continue;
    }
    // ("Sở Khoa học & Công nghệ": a spaced ampersand joins like "và".)
    const ampersand = token.text === "&" && token.spaceBefore && j > k && spaced(tokens, j + 1);
    if ((token.kind !== "word" && !ampersand) || j === k) break;
    const previous = tokens[j - 1]!;
    if (token.lower === "và" || ampersand) {
      const next = j + 1;
      // (Not before a degree: "Giám đốc Sở LĐ - TB&XH và TS. Tài"; nor before another body written in words, a known
      // place or a venue: "Bảo tàng Hà Nội và Nhà hát Lớn" are two. A field may be a body's short name: "Vụ Văn hóa
      // Đối ngoại và UNESCO" is one, as the guideline has it.)
      // (A field of two syllables that known names write, capitalised by a slip, is no person: "Vụ Giáo dục và Đào Tạo".)
      const field = next + 1 < tokens.length && lexicon.nameContinuations.has(pairKey(tokens[next]!.lower, tokens[next + 1]!.lower)) && !(spaced(tokens, next + 2) && isCapitalisedWord(tokens[next + 2]));
      if (isCapitalisedWord(tokens[next]) && spaced(tokens, next) && !(options.unitStartsAt?.(next) ?? false) && (field || !personStartsAt(ctx, next)) && lexicon.degrees.longest(tokens, next) === undefined &&
        !(startsOtherBody(ctx, next) && !tokens[next]!.allCaps) && lexicon.locations.longest(tokens, next) === undefined && g.siteHeads.longest(tokens, next) === undefined) {
        j = next;
        continue;
      }
      // "Khoa học và công nghệ", "Sách và thiết bị giáo dục": field words on both sides of "và".
      const fields = spaced(tokens, next) ? nameWordsEnd(ctx, next) : next;
      if (fields > next) {
        j = fields;
        lowerRun = 2;
        capitalRun = 0;
        continue;
      }
      break;
    }
    // "Cục Quản lý thị trường", "Vụ Thi đua khen thưởng": official names go on in lower-case field words.
    // Not right after a place inside the name: "Trường THPT Chuyên Hà Nội giáo dục …" ends at the place;
    // nor after a proper name of two capitalised syllables: "Tập đoàn Hòa Phát xây dựng …" ends at "Phát".
    const fieldEnd = options.locationEnds?.has(j) || capitalRun >= 2 ? j : nameWordsEnd(ctx, j);
    if (fieldEnd > j) {
      j = fieldEnd;
      lowerRun = 2;
      capitalRun = 0;
      continue;
    }
    // "Bảo tàng Dân tộc học", "Viện Xã hội học": "học" after a field of two syllables makes it a discipline
    // (not the verb, which a lower-case word follows: "… Hòa Phát học tập", "… Ngoại thương học rất chăm").
    if (token.lower === "học" && j - k >= 2 && previous.kind === "word" && !previous.allCaps && !(spaced(tokens, j + 1) && tokens[j + 1]!.kind === "word" && !tokens[j + 1]!.capitalised && tokens[j + 1]!.lower !== "và")) {
      j++;
      lowerRun++;
      capitalRun = 0;
      continue;
    }
    const tail = g.orgNameTails.longest(tokens, j);
    if (tail) {
      j = tail.end;
      lowerRun = 2;
      continue;
    }
    if (lexicon.nameContinuations.has(pairKey(previous.lower, token.lower))) {
      j++;
      lowerRun++;
      capitalRun = 0;
      continue;
    }
    // "Thoát nước": "nước" is the second syllable of a word here, not the type word of a country; so is
    // "phố" of a capitalised "Thành phố" that no place follows ("Bệnh viện Nhi đồng Thành phố").
    const typeWord = token.lower !== "nước" && !(token.lower === "phố" && previous.text === "Thành") && g.adminTypeWords.longest(tokens, j) !== undefined;
    const secondSyllable =
      lowerRun === 0 && capitalRun === 1 && previous.capitalised && !previous.allCaps && previous.kind === "word" && previous.text.length > 1 &&
      looksVietnamese(previous.lower) && !g.functionWords.has(token.lower) && g.localityWords.longest(tokens, j) === undefined &&
      !typeWord && !(options.locationEnds?.has(j) ?? false) && !NOT_A_NAME_SYLLABLE.has(`${token.lower} ${tokens[j + 1]?.lower ?? ""}`);
    if (secondSyllable) {
      j++;
      lowerRun++;
      capitalRun = 0;
      continue;
    }
    break;
  }
  // Never end on a joiner.
  while (j > k && (tokens[j - 1]!.text === "-" || tokens[j - 1]!.lower === "và")) j--;
  return j;
}

const YEAR = /^(?:19|20)\d{2}$/u;
/** Levels of schools written before a school's name, which may be a person's ("THPT Phan Đình Giót"). */
export const SCHOOL_LEVELS: ReadonlySet<string> = new Set(["THPT", "THCS", "PTTH", "PTCS", "PTDTNT", "TH"]);

/**
 * Abbreviations of police work ("điều tra tội phạm", "quản lý hành chính"), after which a unit names its remit with "về"
 * ("ĐTTP về ma túy", "QLHC về TTXH").
 */
const CRIME_INVESTIGATION: ReadonlySet<string> = new Set(["ĐTTP", "CSĐTTP", "CSĐT", "PCTP", "QLHC"]);

/**
 * Two-syllable words after a name whose first syllable is no second syllable of it: a term of office ("Trường Đại
 * học Vinh nhiệm kỳ 2020 - 2025") or a common word ("… Vinh long trọng tổ chức", "solemnly").
 */
const NOT_A_NAME_SYLLABLE = new Set(["nhiệm kỳ", "khóa họp", "kỳ họp", "long trọng"]);

/** A body's own head or a known body starts at k ("Công an", "Bộ Quốc phòng", "UBND"). */
export function startsOtherBody(ctx: RecognitionContext, k: number): boolean {
  const { tokens, lexicon } = ctx;
  return lexicon.orgHeads.longest(tokens, k) !== undefined || lexicon.organizations.longest(tokens, k) !== undefined || (tokens[k]!.allCaps && lexicon.orgAbbreviations.longest(tokens, k) !== undefined);
}

/** Tokens [from, end) are lower-case words, each after a space. */
function lowerCaseAfter(tokens: RecognitionContext["tokens"], from: number, end: number): boolean {
  for (let m = from; m < end; m++) if (tokens[m]!.capitalised || !spaced(tokens, m)) return false;
  return true;
}

/**
 * End of a stretch of lower-case field words of a body name starting at j ("thị trường", "khen
 * thưởng", "đầu tư môi giới bất động sản", "khoa học và công nghệ", "về người cao tuổi"), or j.
 * The stretch counts only where the sentence does not go on in lower case after it: a field word
 * followed by an ordinary word ("Bộ Công an điều tra vụ án") is the sentence's verb, not the name's.
 */
export function nameWordsEnd(ctx: RecognitionContext, j: number): number {
  const { tokens, lexicon } = ctx;
  let k = j;
  let words = 0;
  // Where the stretch may end: after a word that is not also a verb ("đầu tư", "xây dựng").
  let lastSafeEnd = j;
  // "Ủy ban Quốc gia về người cao tuổi", "Ban Chỉ đạo quốc gia về …": national committees name their subject after "về".
  // So do police investigation units after their abbreviation: "Đội Cảnh sát ĐTTP về ma túy" (điều tra tội phạm về …).
  const national = tokens[k - 1]?.lower === "gia" && tokens[k - 2]?.lower === "quốc";
  const crimeUnit = CRIME_INVESTIGATION.has(tokens[k - 1]?.text ?? "");
  if ((national || crimeUnit) && tokens[k]?.lower === "về" && spaced(tokens, k + 1) && lexicon.orgNameWords.longest(tokens, k + 1) !== undefined) k++;
  // ("QLHC về TTXH": the remit abbreviated too.)
  else if (crimeUnit && tokens[k]?.lower === "về" && spaced(tokens, k + 1) && tokens[k + 1]!.allCaps && tokens[k + 1]!.kind === "word") return k + 2;
  for (let guard = 0; guard < 8 && spaced(tokens, k); guard++) {
    const token = tokens[k]!;
    // ("ĐTTP về Ma túy": the subject's first word is sometimes capitalised.)
    if (token.kind !== "word" || (token.capitalised && !(crimeUnit && k === j + 1 && !token.allCaps))) break;
    const word = lexicon.orgNameWords.longest(tokens, k);
    if (word) {
      k = word.end;
      words++;
      if (word.payloads[0]!.value.alsoVerb !== true) lastSafeEnd = k;
      continue;
    }
    // "và", "về" join field words inside a name ("Khoa học và công nghệ", "Ủy ban Quốc gia về người cao tuổi").
    if ((token.lower === "và" || token.lower === "về") && words > 0 && spaced(tokens, k + 1) && (lexicon.orgNameWords.longest(tokens, k + 1) !== undefined || isCapitalisedWord(tokens[k + 1]))) {
      k++;
      continue;
    }
    break;
  }
  // "phòng tài chính – kế hoạch", "Ban kinh tế - xã hội": a spaced dash joins two fields in lower case.
  if (words > 0 && tokens[k]?.text === "-" && spaced(tokens, k) && spaced(tokens, k + 1) && !tokens[k + 1]!.capitalised && lexicon.orgNameWords.longest(tokens, k + 1) !== undefined) {
    const more = nameWordsEnd(ctx, k + 1);
    if (more > k + 1) return more;
  }
  while (k > j && (tokens[k - 1]!.lower === "và" || tokens[k - 1]!.lower === "về")) k--;
  if (words === 0 || k === j) return j;
  // A verb-like field word at the end stays only when a proper name follows it ("đầu tư … Vạn Phúc").
  if (k > lastSafeEnd && !(isCapitalisedWord(tokens[k]) && spaced(tokens, k))) k = lastSafeEnd;
  return k;
}

/**
 * "… Xây dựng Việt Nam - VNCB", "… điện tử Sài Gòn - Sagel và …": one abbreviation or one foreign-looking
 * word alone after a dash is the body's short name, not more of its name ("Lao động - Thương binh" goes on).
 */
export function shortNameAfterDash(tokens: RecognitionContext["tokens"], k: number): boolean {
  const word = tokens[k]!;
  // ("Sở LĐ - TB&XH": an abbreviation joined by "&" goes on the field list, it is no short name.)
  if (tokens[k + 1]?.text === "&" && !tokens[k + 1]!.spaceBefore) return false;
  if (word.allCaps && word.text.length >= 2) return true;
  const next = tokens[k + 1];
  return !looksVietnamese(word.lower) && !(next !== undefined && next.kind === "word" && next.capitalised && next.spaceBefore);
}

/**
 * End of a lower-case locality word after `end` and the place that follows it ("VKS huyện Hải Lăng",
 * "bệnh viện Đa khoa tỉnh"): a body named relative to a place, as "UBND tỉnh" is; `end` where none follows.
 */
export function localityEnd(ctx: RecognitionContext, end: number, locationAt: ReadonlyMap<number, { last: number }>): number {
  const { tokens } = ctx;
  if (!spaced(tokens, end) || tokens[end]!.capitalised) return end;
  const locality = grammar().localityWords.longest(tokens, end);
  if (!locality) return end;
  const seat = spaced(tokens, locality.end) ? locationAt.get(locality.end) : undefined;
  return seat ? seat.last : locality.end;
}

/** Is the number at j glued to a date or clock separator and more digits ("30/09", "8-9", "22.2", "10:44")? */
function startsDate(tokens: RecognitionContext["tokens"], j: number): boolean {
  const separator = tokens[j + 1];
  return separator !== undefined && !separator.spaceBefore && "/-.:".includes(separator.text) && separator.text.length === 1 &&
    tokens[j + 2]?.kind === "number" && !tokens[j + 2]!.spaceBefore;
}
