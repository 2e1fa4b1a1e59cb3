import { PROVINCE_LEVEL } from "../location/gazetteer.js";
import { isCapitalisedWord, looksVietnamese, personStartsAt, spaced, titleEndAt } from "../cues.js";
import { grammar } from "../grammar.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";
import { isYearName } from "../date/lunar.js";

/** "Bài và ảnh: Nguyễn Văn A - Trần Thị B/TTXVN" is about the longest credit line there is. */
const MAX_BYLINE_TOKENS = 16;

/** A photo or video credit somewhere in the text ("Ảnh: …", "ẢNH: …", "Video: …"). */
const CREDIT_IN_LINE = /(?:Ảnh|ẢNH|Video|VIDEO|Clip|CLIP) ?:/u;
/** Capitalised words that start the next sentence after a credit run on one line ("Ảnh: Phước Tuấn Theo tòa, …"). */
/** Letters only Vietnamese writes (European names use à, é, ô but not these). */
const VIETNAMESE_ONLY_LETTERS = /[đĐăĂơƠưƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
/** Words before a colon that credit a photo or a clip to the names after it. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(["ảnh", "video", "clip"]);
const CREDIT_STOP = new Set(["theo", "trong", "sau", "tại", "khi", "ngày", "sáng", "chiều", "tối", "hiện", "trước", "đây", "các", "những", "ông", "bà", "lực", "hai", "ba", "một"]);

/** Longest Vietnamese name we accept from the surname rule (họ + up to three syllables). */
const MAX_NAME_TOKENS = 4;
/** Medal colours ("huy chương Vàng"), also surnames (Vàng) and words. */
const MEDAL_COLOURS: ReadonlySet<string> = new Set(["vàng", "bạc", "đồng"]);
/** "Thường trực", "Thường vụ": the standing members or board, written with a capital after "các đồng chí". */
const STANDING_WORDS: ReadonlySet<string> = new Set(["thường trực", "thường vụ",
  // ("Các đồng chí Chủ trì Hội nghị": the verb "preside", capitalised in a caption.)
  "chủ trì"]);
/** Foreign names after a title or honorific may be longer ("Mohammed bin Salman" is cut, by design). */
const MAX_TRIGGERED_TOKENS = 5;

/**
 * PERSON: a name after an honorific or degree ("đồng chí", "ông", "TS."), after a title
 * ("Thứ trưởng Lê Hoài Trung", "Toàn quyền Australia Sam Mostyn"), a surname followed by capitalised
 * syllables, or a byline line. Later short mentions ("ông Sơn", "Thứ trưởng Trung") are found
 * after an honorific, or after a title when the syllable is the given name of a person already named.
 * Names never start inside a body, a place that the gazetteer knows, or a title.
 */
export function recognisePersons(ctx: RecognitionContext, positions: readonly Span[], organizations: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens, lexicon } = ctx;
  // Flags per token (cheaper than sets on long texts): 1 = inside a body or title.
  const blockedFlags = new Uint8Array(tokens.length);
  for (const span of organizations) blockedFlags.fill(1, span.first, span.last);
  for (const span of positions) blockedFlags.fill(1, span.first, span.last);
  blockYearNames(ctx, blockedFlags);
  const blocked = { has: (k: number): boolean => blockedFlags[k] === 1 };
  const locationStarts = new Set(locations.map((l) => l.first));
  // ("Đoàn Hà Nội có 1 HCV": a province's delegation in sports news, not the surname Đoàn and a name.)
  const provinceEnds = new Map(locations.filter((l) => PROVINCE_LEVEL.has(l.canonical?.kind ?? "")).map((l) => [l.first, l.last]));
  const orgStarts = new Set(organizations.map((o) => o.first));
  const afterPosition = new Set(positions.map((p) => p.last));
  const positionStarts = new Set(positions.map((p) => p.first));
  const positionEndingAt = new Map(positions.map((p) => [p.last, p]));
  const run = (k: number, max: number): number => nameRun(ctx, k, max, orgStarts);
  const spans: Span[] = [];
  const takenFlags = new Uint8Array(tokens.length);
  const taken = { has: (k: number): boolean => takenFlags[k] === 1 };
  const push = (first: number, end: number, rule: string): void => {
    for (let k = first; k < end; k++) if (takenFlags[k] === 1 || blockedFlags[k] === 1) return;
    if (tokens[first]!.text === "Đoàn" && provinceEnds.get(first + 1) === end) return;
    // ("huy chương Vàng Olympic": a medal's colour, not the surname Vàng.)
    if (MEDAL_COLOURS.has(tokens[first]!.lower) && tokens[first - 1]?.lower === "chương" && tokens[first - 2]?.lower === "huy") return;
    // ("Phó tỉnh trưởng Tỉnh Boly Khămxay": a capitalised type word before a place the place rules found starts no name.)
    // (Not a type word that is also a surname: "bà Châu Ngọc Hiếu".)
    const typeWord = tokens[first]!.capitalised && grammar().adminTypeWords.mayStartAt(tokens[first]!) && !lexicon.surnames.has(tokens[first]!.lower) ? grammar().adminTypeWords.longest(tokens, first) : undefined;
    if (typeWord !== undefined && locationStarts.has(typeWord.end)) return;
    takenFlags.fill(1, first, end);
    // "tại số 86 Lê Thánh Tôn", "số 34, 36, 42 Chu Mạnh Trinh": after a house number a person's name is a street's.
    spans.push(spanOf(ctx, houseNumberBefore(tokens, first) ? "LOCATION" : "PERSON", first, end, houseNumberBefore(tokens, first) ? "location.street-after-number" : rule));
  };
  const pendingShort: number[] = [];

  // Each pass is a function of its own: V8 optimises one long function in one large compilation (session 13: the
  // compiler's peak memory is set by the largest function), small ones in small ones.
  const p: PersonPass = { ctx, tokens, lexicon, blocked, taken, locationStarts, orgStarts, afterPosition, positionStarts, positionEndingAt, spans, pendingShort, push, run, locations, organizations };
  namesAfterCues(p);
  bylines(p);
  shortMentionsAfterTitles(p);
  foreignNamesAgain(p);
  namesAgain(p);
  creditsInLine(p);
  foreignAppositions(p);
  ownScriptNames(p);
  namesBeforeAge(p);
  givenNamesAgain(p);
  return spans.sort((a, b) => a.start - b.start);
}

/** What the passes of recognisePersons share: its inputs, the tokens taken so far and the spans found. */
interface PersonPass {
  ctx: RecognitionContext;
  tokens: RecognitionContext["tokens"];
  lexicon: RecognitionContext["lexicon"];
  blocked: { has(k: number): boolean };
  taken: { has(k: number): boolean };
  locationStarts: ReadonlySet<number>;
  orgStarts: ReadonlySet<number>;
  afterPosition: ReadonlySet<number>;
  positionStarts: ReadonlySet<number>;
  positionEndingAt: ReadonlyMap<number, Span>;
  spans: Span[];
  pendingShort: number[];
  push: (first: number, end: number, rule: string) => void;
  run: (k: number, max: number) => number;
  locations: readonly Span[];
  organizations: readonly Span[];
}

/** Steps 1-3: names after an honorific or a degree, right after a title, and from a surname on. */
function namesAfterCues(p: PersonPass): void {
  const { ctx, tokens, lexicon, blocked, taken, locationStarts, orgStarts, afterPosition, positionStarts, positionEndingAt, pendingShort, push, run } = p;
  for (let i = 0; i < tokens.length; i++) {
    // (A lower-case word with no start bit is no honorific or degree, and steps 2 and 3 need a capital.)
    if ((tokens[i]!.startBits === 0 && !tokens[i]!.capitalised) || taken.has(i) || tokens[i]!.shouting) continue;
    // 1. After an honorific or a degree: "đồng chí Lê Hoài Trung", "ông Sơn", "TS. Nguyễn Văn A".
    // ("Ảnh: Anh Thư": after a photo credit, "Anh" is the photographer's name, not the honorific.)
    const credited = tokens[i - 1]?.text === ":" && CREDIT_WORDS.has(tokens[i - 2]?.lower ?? "");
    const cue = credited ? i : honorificEnd(ctx, i);
    // ("các đồng chí Đảng viên": a capitalised common noun, "party member", not a name.)
    if (cue > i && !locationStarts.has(i) && spaced(tokens, cue) && !blocked.has(cue) && grammar().orgBreakers.longest(tokens, cue) === undefined) {
      const end = run(cue, MAX_TRIGGERED_TOKENS);
      // "đồng chí Tân Giám đốc Sở": "tân" right before a title is "newly appointed", not a name.
      const newOffice = end - cue === 1 && grammar().newOfficeWords.has(tokens[cue]!.lower) && positionStarts.has(end);
      // "bà D", "bệnh nhân Ph.", "anh L.Đ.L": a name written in initials only is a bare initial (guideline), not
      // annotated, though "H.Thành" is a name.
      const bareInitial = end - cue === 1 && (tokens[cue]!.text.length === 1 || (tokens[cue]!.text.length <= 3 && tokens[end]?.text === "." && !tokens[end]!.spaceBefore && !looksVietnamese(tokens[cue]!.lower)));
      // "Kỹ sư Xây dựng", "thạc sĩ Quản trị Kinh doanh": one capitalised syllable that opens a field word is a field of study.
      // ("các đồng chí Thường trực xã": "thường trực", the standing members, is no name either.)
      const field = end - cue === 1 && ((lexicon.orgNameWords.longest(tokens, cue)?.end ?? 0) >= cue + 2 || (spaced(tokens, end) && STANDING_WORDS.has(`${tokens[cue]!.lower} ${tokens[end]?.lower}`)));
      if (end > cue && !(titleEndAt(ctx, cue) > cue) && !locationStarts.has(cue) && !newOffice && !field && !bareInitial) {
        push(cue, end, end - cue === 1 ? "person.honorific-short" : "person.honorific");
        i = end - 1;
        continue;
      }
    }
    // 2. Directly after a title.
    if (isCapitalisedWord(tokens[i]) && afterPosition.has(i) && spaced(tokens, i) && !blocked.has(i)) {
      const end = run(i, MAX_TRIGGERED_TOKENS);
      // "… Chủ tịch HĐQT kiêm Tổng Giám đốc Vietjet Air": after a title joined by "kiêm" the holder was
      // named before; a following capitalised run without a surname is the body, not a person.
      const position = positionEndingAt.get(i);
      const afterKiem = position !== undefined && tokens[position.first - 1]?.lower === "kiêm" && !lexicon.surnames.has(tokens[i]!.lower);
      // "Ông Nguyễn Ngọc Toản, CEO Image Travel": a business title in apposition to a person just named is
      // theirs; the capitalised run after it, without a surname, is the company. (Not for state titles:
      // "Chủ tịch nước Lương Cường, Tổng thống Joe Biden" lists two people.)
      const appositive = position !== undefined && tokens[position.first - 1]?.text === "," && taken.has(position.first - 2) &&
        !lexicon.surnames.has(tokens[i]!.lower) && isBusinessTitle(ctx, position.first);
      if (end - i >= 2 && !orgStarts.has(i) && !afterKiem && !appositive) {
        push(i, end, "person.after-title");
        i = end - 1;
        continue;
      }
      // "Tổng thống Putin": one foreign name after a title is the holder (a Vietnamese syllable waits for step 5).
      if (end - i === 1 && !looksVietnamese(tokens[i]!.lower) && !tokens[i]!.allCaps && !orgStarts.has(i) && !locationStarts.has(i)) {
        push(i, end, "person.after-title-foreign");
        continue;
      }
      if (end - i === 1) pendingShort.push(i);
    }
    // 3. Surname + capitalised syllables, not a known place, nor a type word before one ("Đường Lê Lợi" is a street).
    // (The type-word lookup comes last: it is the costliest test and most tokens fail an earlier one.)
    if (!blocked.has(i) && personStartsAt(ctx, i) && !locationStarts.has(i) && !tokens[i]!.allCaps && !locationStarts.has(grammar().adminTypeWords.longest(tokens, i)?.end ?? -1)) {
      const end = run(i, MAX_NAME_TOKENS);
      // "Uông Bí là thành phố …", "Hoàng Mai": with no honorific or title, two syllables that name a district are the district.
      const place = end - i === 2 ? lexicon.locations.longest(tokens, i) : undefined;
      const district = place !== undefined && place.end === end && place.payloads.some((p) => p.value.category === "district");
      if (end - i >= 2 && !district) {
        push(i, end, "person.surname");
        i = end - 1;
        continue;
      }
    }
  }
}

/** Step 4: bylines and credit lines. */
function bylines(p: PersonPass): void {
  const { ctx, tokens, lexicon, blocked, taken, locationStarts, push } = p;
  // 4. Bylines: a short line of capitalised words that nothing else explains ("TRÂM ANH", "Kim Liên",
  //    "Thu Hằng/TTXVN"). Pen names need not start with a surname, so such lines count when they are
  //    all capitals, start with a surname, or stand at the end of the article (the last lines, or
  //    right before a "Theo …" source line).
  const allLines = lines(ctx);
  const nonEmpty = allLines.filter(([a, b]) => b > a);
  const tail = new Set(nonEmpty.slice(-3).map(([a]) => a));
  const bylineSegment = (segmentFirst: number, lineEnd: number, n: number, credited: boolean): void => {
    // A trailing "/OUTLET" or "(OUTLET)" names the agency, not the author.
    let end = lineEnd;
    const first = segmentFirst;
    if (end - first >= 3 && tokens[end - 2]!.text === "/" && tokens[end - 1]!.allCaps) end -= 2;
    else if (end - first >= 4 && tokens[end - 3]!.text === "(" && tokens[end - 2]!.allCaps && tokens[end - 1]!.text === ")") end -= 3;
    if (end - first < 2 || end - first > 4) return;
    const words = tokens.slice(first, end);
    if (!words.every((t) => isCapitalisedWord(t) && !t.shouting)) return;
    const allCaps = words.every((t) => t.allCaps || t.text.length === 1);
    const next = allLines[n + 1]?.[0];
    const beforeSource = next !== undefined && grammar().creditLineWords.has(tokens[next]?.lower ?? "");
    const lineStart = allLines[n]![0];
    if (!credited && !allCaps && !lexicon.surnames.has(words[0]!.lower) && !tail.has(lineStart) && !beforeSource) return;
    if (allCaps && words.some((_, k) => lexicon.orgAbbreviations.longest(tokens, first + k))) return;
    // ("THỊ TRƯỜNG GIÁ CẢ", a section's name: a pen name without a surname is two words, "TRÂM ANH".)
    if (allCaps && !credited && words.length >= 3 && !lexicon.surnames.has(words[0]!.lower)) return;
    for (let k = first; k < end; k++) if (blocked.has(k) || taken.has(k) || locationStarts.has(k) || titleEndAt(ctx, k) > k) return;
    push(first, end, "person.byline");
  };
  for (let n = 0; n < allLines.length; n++) {
    const [lineStart, lineEnd] = allLines[n]!;
    // Byline and credit lines are short; body lines are skipped at once.
    if (lineStart === 0 || lineEnd === lineStart || lineEnd - lineStart > MAX_BYLINE_TOKENS) continue;
    // "Ảnh: Minh Anh", "Bài và ảnh: Quang Minh": a credit before a colon introduces the names after it.
    let first = lineStart;
    let credited = false;
    // Only a credit line ("Ảnh: …", "Bài và ảnh: …", "Tin, ảnh: …"), never any sentence with a colon.
    for (let k = lineEnd - 1; k > lineStart && grammar().creditLineWords.has(tokens[lineStart]!.lower); k--) {
      if (tokens[k]!.text === ":") {
        first = k + 1;
        credited = true;
        break;
      }
    }
    // "Theo VnExpress", "Nguồn Dân Trí": a source line names an outlet, not an author.
    if (!credited && grammar().creditLineWords.has(tokens[first]!.lower)) continue;
    // Several authors: "Thanh Hà - Minh Anh", "Lan Anh, Văn Tùng".
    let segmentStart = first;
    for (let k = first; k <= lineEnd; k++) {
      if (k < lineEnd && !(tokens[k]!.text === "-" || tokens[k]!.text === "," || tokens[k]!.lower === "và")) continue;
      bylineSegment(segmentStart, k, n, credited);
      segmentStart = k + 1;
    }
  }
}

/** Step 5: a given name alone after a title, once the text has named its holder in full. */
function shortMentionsAfterTitles(p: PersonPass): void {
  const { tokens, lexicon, taken, locationStarts, spans, pendingShort, push } = p;
  // 5. Short mentions after a title, only for given names the text has already introduced.
  const givenNames = new Set(spans.filter((s) => s.last - s.first >= 2).map((s) => tokens[s.last - 1]!.lower));
  for (const k of pendingShort) {
    const next = tokens[k + 1];
    // "Tư lệnh Hải quân": a lower-case syllable that continues a known name makes it a word, not a given name.
    const continues = next !== undefined && spaced(tokens, k + 1) && next.kind === "word" && !next.capitalised && lexicon.nameContinuations.has(tokens[k]!.lower + "\u0001" + next.lower);
    if (!taken.has(k) && givenNames.has(tokens[k]!.lower) && !locationStarts.has(k) && !continues) push(k, k + 1, "person.title-short");
  }
}

/** Step 6: a foreign surname alone, once the text has named its holder in full. */
function foreignNamesAgain(p: PersonPass): void {
  const { tokens, blocked, taken, locationStarts, spans, push } = p;
  // 6. Later bare mentions of a foreign name already introduced in full ("Donald Trump … Trump nói"):
  //    only names that cannot be Vietnamese syllables, which never stand alone as anything else.
  const foreignNames = new Set(
    spans.filter((s) => s.last - s.first >= 2 && !looksVietnamese(tokens[s.last - 1]!.lower)).map((s) => tokens[s.last - 1]!.lower),
  );
  if (foreignNames.size > 0) {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!isCapitalisedWord(token) || token.allCaps || !foreignNames.has(token.lower) || taken.has(k) || blocked.has(k) || locationStarts.has(k)) continue;
      if (partOfLongerName(tokens, k)) continue;
      if (isCapitalisedWord(tokens[k + 1]) && spaced(tokens, k + 1)) continue;
      push(k, k + 1, "person.foreign-short");
    }
  }
}

/** Step 6b: a name found before, written again in full or by its given names. */
function namesAgain(p: PersonPass): void {
  const { tokens, lexicon, blocked, taken, locationStarts, orgStarts, spans, push } = p;
  // 6b. Later mentions of a name already found, in full or by its given names ("Nguyễn Quang Hải" … "Quang
  //     Hải lập công"), as sport and court news write them: the same syllables, as written, standing alone.
  // First word → the names it starts, as token texts (a name with a dot or a hyphen, "H.R. McMaster", has none).
  const knownNames = new Map<string, string[][]>();
  const learn = (first: number, end: number): void => {
    const words: string[] = [];
    for (let m = first; m < end; m++) {
      if (tokens[m]!.kind !== "word" || (m > first && !spaced(tokens, m))) return;
      words.push(tokens[m]!.text);
    }
    const list = knownNames.get(words[0]!) ?? [];
    list.push(words);
    knownNames.set(words[0]!, list);
  };
  let learned = 0;
  for (const span of spans) {
    const length = span.last - span.first;
    if (length < 2 || length > 4) continue;
    learn(span.first, span.last);
    if (length >= 3 && lexicon.surnames.has(tokens[span.first]!.lower)) learn(span.last - 2, span.last);
    learned++;
  }
  // (A text with no name of two or more words found has nothing to look for again.)
  for (let k = 0; learned > 0 && k < tokens.length; k++) {
    const names = tokens[k]!.capitalised ? knownNames.get(tokens[k]!.text) : undefined;
    if (names === undefined || taken.has(k) || blocked.has(k) || locationStarts.has(k) || orgStarts.has(k)) continue;
    if (partOfLongerName(tokens, k)) continue;
    const name = longestWrittenAt(tokens, k, names);
    if (name === undefined) continue;
    const end = k + name.length;
    if (isCapitalisedWord(tokens[end]) && spaced(tokens, end)) continue;
    push(k, end, "person.named-again");
  }
}

/** The longest of the names (as token texts) written at token k, each word after the first spaced; the first listed of equal ones. */
function longestWrittenAt(tokens: RecognitionContext["tokens"], k: number, names: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const words of names) {
    if (best !== undefined && words.length <= best.length) continue;
    let m = 0;
    while (m < words.length && tokens[k + m]?.text === words[m] && (m === 0 || spaced(tokens, k + m))) m++;
    if (m === words.length) best = words;
  }
  return best;
}

/** Step 7: photo and video credits inside a line. */
function creditsInLine(p: PersonPass): void {
  const { ctx, tokens, blocked, taken, locationStarts, orgStarts, push } = p;
  // 7. Photo and video credits inside a line: "Ảnh: Phước Tuấn", "(Ảnh: Thanh Tùng/TTXVN)", "ẢNH: THANH TUYỀN".
  for (let k = CREDIT_IN_LINE.test(ctx.text) ? 0 : tokens.length; k + 2 < tokens.length; k++) {
    if (tokens[k + 1]!.text !== ":" || !tokens[k]!.capitalised) continue;
    const word = tokens[k]!.lower;
    if (!CREDIT_WORDS.has(word)) continue;
    let first = k + 2;
    if (!spaced(tokens, first) || !isCapitalisedWord(tokens[first])) continue;
    // "Ảnh: VGP/Nhật Bắc": the agency first, then the photographer.
    if (tokens[first]!.allCaps && tokens[first + 1]?.text === "/" && !tokens[first + 1]!.spaceBefore && isCapitalisedWord(tokens[first + 2]) && !tokens[first + 2]!.spaceBefore && !tokens[first + 2]!.allCaps) first += 2;
    let end = first;
    const caps = tokens[first]!.allCaps;
    while (end < tokens.length && end - first < 3 && isCapitalisedWord(tokens[end]) && (end === first || spaced(tokens, end)) && tokens[end]!.allCaps === caps && !CREDIT_STOP.has(tokens[end]!.lower)) end++;
    if (end - first < 2 || blocked.has(first) || taken.has(first) || locationStarts.has(first) || orgStarts.has(first)) continue;
    // The credit ends at "/", ")", a line end, or where the next sentence starts.
    const after = tokens[end];
    // ("Ảnh: Trí Dũng - TTXVN": an agency after a dash.)
    const agencyAfterDash = after?.text === "-" && tokens[end + 1]?.allCaps === true && spaced(tokens, end + 1);
    if (after !== undefined && after.text !== "/" && after.text !== ")" && after.text !== "(" && !after.lineBefore && after.text !== "." && !(after.capitalised && !caps) && !agencyAfterDash) continue;
    push(first, end, "person.credit");
  }
}

/** Step 8: a foreign name told by its apposition, its counterpart or the body before it. */
function foreignAppositions(p: PersonPass): void {
  const { tokens, blocked, taken, locationStarts, orgStarts, positionStarts, push, run, locations, organizations } = p;
  // 8. A foreign name no title introduces, told by its apposition: "Jensen Huang, giám đốc điều hành …",
  //     or by "người đồng cấp <country>" before it. At least one word must be one
  //     that cannot be a Vietnamese syllable, so Vietnamese phrases never qualify.
  const locationEnds = new Map(locations.map((l) => [l.last, l.first]));
  const orgEnds = new Set(organizations.map((o) => o.last));
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!isCapitalisedWord(tokens[k]) || tokens[k]!.allCaps || taken.has(k) || blocked.has(k) || locationStarts.has(k) || orgStarts.has(k)) continue;
    if (isCapitalisedWord(tokens[k - 1]) && spaced(tokens, k) && !locationEnds.has(k)) continue;
    let end = k;
    let words = 0;
    while (end < tokens.length && words < 3 && isCapitalisedWord(tokens[end]) && !tokens[end]!.allCaps && (end === k || spaced(tokens, end)) && !taken.has(end) && !blocked.has(end) && !locationStarts.has(end)) {
      end++;
      words++;
      // Lao and Thai names transliterated syllable by syllable, joined by hyphens: "Bun-chăn Sỉ-vông-phăn".
      while (tokens[end]?.text === "-" && !tokens[end]!.spaceBefore && tokens[end + 1]?.kind === "word" && !tokens[end + 1]!.spaceBefore && !tokens[end + 1]!.capitalised) end += 2;
    }
    if (words < 2) continue;
    // Korean and Chinese given names are hyphenated in the press: "Han Duck-soo", "Lee Jae-myung".
    if (tokens[end]?.text === "-" && !spaced(tokens, end) && tokens[end + 1] !== undefined && !spaced(tokens, end + 1) && /^\p{Ll}+$/u.test(tokens[end + 1]!.text)) end += 2;
    let foreign = false;
    for (let j = k; j < end; j++) if (!looksVietnamese(tokens[j]!.lower)) foreign = true;
    if (!foreign) continue;
    // (Or a dash: "Bun-chăn Sỉ-vông-phăn - Ủy viên Trung ương Đảng …", as Vietnamese names are given in lists.)
    const apposition = (tokens[end]?.text === "," || tokens[end]?.text === "-" || tokens[end]?.text === "–") && spaced(tokens, end + 1) && positionStarts.has(end + 1);
    const counterpart = afterCounterpart(tokens, k) || (locationEnds.has(k) && afterCounterpart(tokens, locationEnds.get(k)!));
    // "ứng viên Đảng Dân chủ Kamala Harris", "Bộ Ngoại giao Mỹ Antony Blinken": a foreign name right after the body it
    // speaks for (a capital after it would make the run the body's own name going on).
    // (Not a Vietnamese word glued to a name by a missing space, "Việt Namđã": letters only Vietnamese writes.)
    let glued = false;
    for (let j = k; j < end; j++) if (VIETNAMESE_ONLY_LETTERS.test(tokens[j]!.text) && !looksVietnamese(tokens[j]!.lower)) glued = true;
    const afterBody = orgEnds.has(k) && spaced(tokens, k) && !glued && !(spaced(tokens, end) && isCapitalisedWord(tokens[end]));
    if (apposition || counterpart || afterBody) push(k, end, "person.foreign-apposition");
  }
}

/** Step 8b: a name in its own language in brackets after its Vietnamese reading. */
function ownScriptNames(p: PersonPass): void {
  const { ctx, tokens, blocked, taken, locationStarts, orgStarts, spans, push } = p;
  // 8b. The same person's name in its own language, in brackets right after the Vietnamese reading: "Ngụy Hoa
  //     Tường (Wei Huaxiang)", "Kim Chính Ân (Kim Jong Un)". Two to four capitalised words, one at least not a
  //     Vietnamese syllable, and nothing else inside the brackets.
  for (const person of ctx.text.includes("(") ? spans.slice() : []) {
    const k = person.last;
    if (tokens[k]?.text !== "(" || k + 3 >= tokens.length) continue;
    let end = k + 1;
    while (end < tokens.length && end - k <= 4 && isCapitalisedWord(tokens[end]) && !tokens[end]!.allCaps && (end === k + 1 || spaced(tokens, end)) && !taken.has(end) && !blocked.has(end) && !locationStarts.has(end) && !orgStarts.has(end)) end++;
    if (end - k < 3 || tokens[end]?.text !== ")") continue;
    let foreign = false;
    for (let j = k + 1; j < end; j++) if (!looksVietnamese(tokens[j]!.lower)) foreign = true;
    if (foreign) push(k + 1, end, "person.own-script");
  }
}

/** Step 9: a name before its age or birth year in brackets. */
function namesBeforeAge(p: PersonPass): void {
  const { ctx, tokens, blocked, taken, locationStarts, orgStarts, push } = p;
  // 9. A name before its age or birth year in brackets: "Jonny Buckley (33 tuổi, …)", "Lê Văn A (SN 1987)".
  if (ctx.text.includes("tuổi") || ctx.text.includes("SN ") || ctx.text.includes("sinh năm")) {
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k]!.text !== "(") continue;
      const n1 = tokens[k + 1]!;
      const n2 = tokens[k + 2]!;
      const age = n1.kind === "number" && n2.lower === "tuổi";
      const born = (n1.text === "SN" && n2.kind === "number") || (n1.lower === "sinh" && n2.lower === "năm");
      if (!age && !born) continue;
      let first = k;
      while (first > 0 && k - first < 4 && isCapitalisedWord(tokens[first - 1]) && !tokens[first - 1]!.allCaps && (first === k || spaced(tokens, first))) first--;
      if (first === k) continue;
      // Not a body or place ("Công ty X (2 tuổi)" never occurs; a place before an age would be odd too).
      let clear = true;
      for (let m = first; m < k; m++) if (blocked.has(m) || taken.has(m) || locationStarts.has(m) || orgStarts.has(m)) clear = false;
      if (clear && k - first >= 2) push(first, k, "person.before-age");
    }
  }
}

/** Step 10: a Vietnamese given name alone, once its full name came before. */
function givenNamesAgain(p: PersonPass): void {
  const { ctx, tokens, lexicon, blocked, taken, locationStarts, spans, push } = p;
  // 10. Later bare mentions of a Vietnamese given name whose full name came before ("Huỳnh Hữu Tường …
  //    Tường bị tạm giam"), as court and police news write defendants. Mid-sentence a capitalised
  //    syllable alone is a name; at a sentence start only before a function word or punctuation, so
  //    that "An ninh …", "Bình thường …" stay words.
  const introduced = new Map<string, number>();
  for (const s of spans) {
    if (s.last - s.first < 2 || !personStartsAt(ctx, s.first)) continue;
    const given = tokens[s.last - 1]!.lower;
    introduced.set(given, Math.min(introduced.get(given) ?? Infinity, s.last));
  }
  if (introduced.size > 0) {
    const g = grammar();
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.capitalised || token.allCaps || token.kind !== "word") continue;
      const since = introduced.get(token.lower);
      if (since === undefined || k < since || taken.has(k) || blocked.has(k) || locationStarts.has(k)) continue;
      const previous = tokens[k - 1];
      const next = tokens[k + 1];
      if (partOfLongerName(tokens, k)) continue;
      if (isCapitalisedWord(next) && spaced(tokens, k + 1)) continue;
      if (previous !== undefined && (previous.text === "-" || previous.text === "–") && !token.lineBefore) continue; // "Việt - Trung": a pair of names
      const sentenceStart = previous === undefined || token.lineBefore || [".", "!", "?", ":", "\"", "“"].includes(previous.text);
      const nextIsWord = next !== undefined && spaced(tokens, k + 1) && next.kind === "word";
      if (sentenceStart && nextIsWord && !g.functionWords.has(next!.lower)) continue;
      if (nextIsWord && lexicon.nameContinuations.has(token.lower + "\u0001" + next!.lower)) continue;
      // "Đoàn công tác", "Hội đồng": a word that heads a body or a title is that word.
      if (lexicon.orgHeads.longest(tokens, k) !== undefined || g.orgBreakers.longest(tokens, k) !== undefined || titleEndAt(ctx, k) > k) continue;
      push(k, k + 1, "person.given-name-short");
    }
  }
}



/** End of an honorific or degree (possibly both: "ông TS.") ending right before a name, or i. */
function honorificEnd(ctx: RecognitionContext, i: number): number {
  const { tokens, lexicon } = ctx;
  let k = i;
  for (let guard = 0; guard < 2; guard++) {
    const honorific = lexicon.honorifics.longest(tokens, k);
    const degree = lexicon.degrees.longest(tokens, k);
    const best = honorific && degree ? (degree.end > honorific.end ? degree : honorific) : honorific ?? degree;
    if (!best) break;
    k = best.end;
    // A degree is written with a dot ("TS."); swallow a trailing dot the dictionary left out. (After an
    // honorific the dot ends a sentence: "… 11 bị can. Trong đó" has no name.)
    if (best === degree && tokens[k]?.text === "." && !tokens[k]!.spaceBefore) k++;
  }
  return k;
}

/** "người đồng cấp <name>": the counterpart of someone just named. */
function afterCounterpart(tokens: RecognitionContext["tokens"], at: number): boolean {
  return tokens[at - 2]?.lower === "đồng" && tokens[at - 1]?.lower === "cấp";
}

/** Does a business title ("CEO", "Tổng giám đốc") start at k? */
function isBusinessTitle(ctx: RecognitionContext, k: number): boolean {
  const abbreviation = ctx.lexicon.positionAbbreviations.longest(ctx.tokens, k);
  if (abbreviation?.payloads.some((p) => p.value.category === "business")) return true;
  return ctx.lexicon.titles.longest(ctx.tokens, k)?.payloads.some((p) => p.value.category === "business") ?? false;
}

/** Lower-case particles of European and Arabic names ("van", "von der", "bin"). */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "bin", "binti", "al", "el", "ter", "zu"]);

const NON_ASCII = /[^\x00-\x7F]/u;
/** Are the syllables [k, j) all foreign (none could be Vietnamese)? */
function foreignRun(tokens: RecognitionContext["tokens"], k: number, j: number): boolean {
  for (let m = k; m < j; m++) if (tokens[m]!.kind === "word" && looksVietnamese(tokens[m]!.lower)) return false;
  return true;
}

/** End of a run of capitalised syllables from k, stopping at titles and bodies. */
function nameRun(ctx: RecognitionContext, k: number, maxWords: number, orgStarts: ReadonlySet<number>): number {
  const { tokens } = ctx;
  let j = k;
  // The limit counts words: the syllables a hyphen joins are one ("Xay-xổm-phon Phôm-vi-hản" is two).
  let max = maxWords;
  while (j < tokens.length && j - k < max) {
    const token = tokens[j]!;
    // Hyphenated foreign names stay whole: "Park Hang-seo", "Jean-Pierre".
    // ("Lê Văn Quy-Phó Bí thư Huyện ủy": a title glued to the dash begins an apposition, it is no part of the name.)
    if (j > k && token.text === "-" && !token.spaceBefore && tokens[j + 1]?.kind === "word" && !tokens[j + 1]!.spaceBefore && !(titleEndAt(ctx, j + 1) > j + 1)) {
      j += 2;
      max += 2;
      continue;
    }
    // An Irish or Italian prefix glued by an apostrophe: "Orla O’Hanrahan", "Conan O'Brien", "Pierre D'Alema".
    if (j > k && token.kind === "word" && (token.text === "O" || token.text === "D") && spaced(tokens, j) && (tokens[j + 1]?.text === "’" || tokens[j + 1]?.text === "'") &&
      !tokens[j + 1]!.spaceBefore && isCapitalisedWord(tokens[j + 2]) && !tokens[j + 2]!.spaceBefore) {
      j += 3;
      max += 2;
      continue;
    }
    // A foreign name's middle initial: "Michael R. Pompeo", "John F.Kennedy" (only after a word that
    // cannot be Vietnamese, so "Trần Quang H. Sau đó" still ends at the initial).
    const surname = tokens[j + 2];
    if (j > k && token.kind === "word" && token.capitalised && token.text.length === 1 && spaced(tokens, j) && tokens[j + 1]?.text === "." && !tokens[j + 1]!.spaceBefore &&
      isCapitalisedWord(surname) && !surname!.allCaps && !looksVietnamese(tokens[j - 1]!.lower)) {
      j += 3;
      continue;
    }
    // An Arabic article glued to the family name by a hyphen: "Ahmad al-Sharaa", "Abdel Fattah el-Sisi".
    if (j > k && (token.text === "al" || token.text === "el") && spaced(tokens, j) && tokens[j + 1]?.text === "-" && !tokens[j + 1]!.spaceBefore &&
      isCapitalisedWord(tokens[j + 2]) && !tokens[j + 2]!.spaceBefore && !looksVietnamese(tokens[j - 1]!.lower)) {
      j += 3;
      max += 2;
      continue;
    }
    // A lower-case particle inside a foreign name: "Alberto van Klaveren", "Mohammed bin Salman",
    // "Ursula von der Leyen" (only after a word that cannot be Vietnamese).
    if (j > k && token.kind === "word" && NAME_PARTICLES.has(token.text) && spaced(tokens, j) && !looksVietnamese(tokens[j - 1]!.lower)) {
      let m = j;
      while (m - j < 2 && NAME_PARTICLES.has(tokens[m]?.text ?? "") && spaced(tokens, m)) m++;
      if (isCapitalisedWord(tokens[m]) && !tokens[m]!.allCaps && spaced(tokens, m) && m - k < max) {
        j = m;
        continue;
      }
    }
    // A foreign given name's initial before the surname: "S. Lavrov", "J. Biden" (not a Vietnamese syllable after it).
    const foreignSurname = tokens[j + 2];
    if (j === k && token.kind === "word" && token.capitalised && token.text.length === 1 && tokens[j + 1]?.text === "." && !tokens[j + 1]!.spaceBefore &&
      isCapitalisedWord(foreignSurname) && spaced(tokens, j + 2) && !foreignSurname!.allCaps && foreignSurname!.text.length > 2 && !looksVietnamese(foreignSurname!.lower)) {
      j += 3;
      continue;
    }
    // A given name after its surname's initial, glued: "H.Thành" (guideline: kept as written).
    const given = tokens[j + 2];
    if (j === k && token.kind === "word" && token.capitalised && token.text.length === 1 && tokens[j + 1]?.text === "." && !tokens[j + 1]!.spaceBefore &&
      isCapitalisedWord(given) && !given!.spaceBefore && given!.text.length > 1 && !given!.allCaps) {
      j += 3;
      continue;
    }
    // The women's middle name in lower case, as some sites write it: "Nguyễn thị Xuyên" (after a surname, before a
    // capitalised syllable; "thị xã", "thị trường" are lower-case words and stop it).
    if (j === k + 1 && token.text === "thị" && spaced(tokens, j) && ctx.lexicon.surnames.has(tokens[k]!.lower) && isCapitalisedWord(tokens[j + 1]) &&
      !tokens[j + 1]!.allCaps && spaced(tokens, j + 1)) {
      j++;
      continue;
    }
    if (!isCapitalisedWord(token) || (j > k && !spaced(tokens, j))) break;
    // Abbreviations ("UBBG", "TP") are never part of a name; all-caps names are handled as bylines.
    if (token.allCaps && token.text.length > 1) break;
    if (j > k && (orgStarts.has(j) || titleEndAt(ctx, j) > j)) break;
    // "Tổng thống Donald Trump Toàn cảnh …" (a caption run into the next line's words): after a foreign name, a
    // syllable written with Vietnamese tone marks begins the next sentence.
    if (j >= k + 2 && NON_ASCII.test(token.text) && looksVietnamese(token.lower) && foreignRun(tokens, k, j)) break;
    j++;
  }
  // A glued token after the run ("Nguyễn Văn A.B") means we misread an abbreviation: give up.
  const next = tokens[j];
  if (next && !next.spaceBefore && next.kind === "word") return k;
  // "Đoàn Ngoại giao": a last syllable that opens a lower-case field word ("ngoại giao") is that word's, not the name's.
  if (j - k >= 2 && next !== undefined && !next.capitalised && spaced(tokens, j) && (ctx.lexicon.orgNameWords.longest(tokens, j - 1)?.end ?? 0) > j) j--;
  // "A A" (a page's font-size buttons): single letters alone are no name.
  let letters = 0;
  for (let m = k; m < j; m++) if (tokens[m]!.text.length === 1) letters++;
  if (j - k >= 2 && letters === j - k) return k;
  // "Ông A cho biết": "Ông" is a surname too, but before single letters only the honorific reading is left.
  if (j - k >= 2 && letters === j - k - 1 && tokens[k]!.text.length > 1 && ctx.lexicon.honorifics.longest(tokens, k)?.end === k + 1) return k;
  return j;
}

/** [first, end) token ranges of each line. */
function lines(ctx: RecognitionContext): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  const { tokens } = ctx;
  let start = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.lineBefore) {
      result.push([start, k]);
      start = k;
    }
  }
  return result;
}

/** Words before a sexagenary year name: "năm Đinh Dậu", "Tết Giáp Thìn", "xuân Canh Tý". */
const YEAR_NAME_CUES = new Set(["năm", "tết", "xuân"]);

/**
 * "năm Đinh Dậu", "Giáp Thìn 2024": a lunar year's name (a stem and a branch) after "năm", "Tết" or "xuân",
 * or before a year, is no person, though "Đinh" and "Giáp" are surnames.
 */
function blockYearNames(ctx: RecognitionContext, blockedFlags: Uint8Array): void {
  const { tokens } = ctx;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (Year names are capitalised: most tokens fail the first, cheapest test.)
    if (!tokens[k]!.capitalised || !tokens[k + 1]!.capitalised || !isYearName(tokens[k]!.lower, tokens[k + 1]!.lower) || !spaced(tokens, k + 1)) continue;
    const cued = k > 0 && spaced(tokens, k) && YEAR_NAME_CUES.has(tokens[k - 1]!.lower);
    const year = spaced(tokens, k + 2) && tokens[k + 2]!.kind === "number" && tokens[k + 2]!.text.length === 4;
    if (cued || year) blockedFlags.fill(1, k, k + 2);
  }
  // "Bộ đội Cụ Hồ": the army's honorific name, a set phrase, names no person (unlike "Bác Hồ").
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k + 1]!.text !== "Hồ" || tokens[k]!.lower !== "cụ" || tokens[k - 1]!.lower !== "đội" || tokens[k - 2]!.lower !== "bộ") continue;
    blockedFlags.fill(1, k - 2, k + 2);
  }
}

/**
 * Is token k the second word of a longer capitalised run? Not after a sentence's capitalised first word that is
 * a function word: "Theo Peskov, …", "Khi Trump …".
 */
function partOfLongerName(tokens: RecognitionContext["tokens"], k: number): boolean {
  const previous = tokens[k - 1];
  return isCapitalisedWord(previous) && spaced(tokens, k) && !grammar().functionWords.has(previous!.lower);
}

/**
 * Does a house number end right before token k: "tại số 86", "địa chỉ số 12A", "ở số 5/7", or a list of them "và số 34,
 * 36, 42"? Only after a word that gives an address ("tổng số 40", "bão số 3" count and name).
 */
const ADDRESS_BEFORE: ReadonlySet<string> = new Set(["tại", "ở", "chỉ", "nhà", "và", "ngụ", "trú", ","]);
function houseNumberBefore(tokens: RecognitionContext["tokens"], k: number): boolean {
  let j = k - 1;
  // A letter glued to the number ("12A") and "/7" parts.
  if (tokens[j]?.kind === "word" && !tokens[j]!.spaceBefore && tokens[j]!.text.length === 1 && tokens[j - 1]?.kind === "number") j--;
  for (let guard = 0; guard < 8 && j >= 1; guard++) {
    if (tokens[j]?.kind !== "number") return false;
    while (tokens[j - 1]?.text === "/" && !tokens[j]!.spaceBefore && tokens[j - 2]?.kind === "number") j -= 2;
    const before = tokens[j - 1];
    if (before?.lower === "số" && tokens[j]!.spaceBefore) return ADDRESS_BEFORE.has(tokens[j - 2]?.lower ?? "");
    if (before?.text !== "," || tokens[j - 2]?.kind !== "number") return false;
    j -= 2;
  }
  return false;
}
