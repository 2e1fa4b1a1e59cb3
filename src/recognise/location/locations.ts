import type { PhraseMatch } from "../../dictionaries/trie.js";
import type { Span, RecognitionContext } from "../span.js";
import { spanOf } from "../span.js";
import { grammar } from "../grammar.js";
import { canonicalOf, gazetteerAt, isAmbiguous, PROVINCE_LEVEL, type GazetteerHit } from "./gazetteer.js";
import { capitalisedRun } from "../runs.js";
import { degreeEndsAt, honorificEndsAt, isCapitalisedWord, looksVietnamese, lowerTextOf, personStartsAt, spaced, titleEndAt, titleEndsBefore } from "../cues.js";
import { COUNTRY_SHORT_FORMS, DIRECTION_CUES } from "../words.js";

const ROMAN = /^[IVXLC]+$/u;
/** Names that are whole as the gazetteer has them: capitals after them start the next name ("tỉnh Giang Tô Phương Vĩ"). */
const COMPLETE_NAMES = new Set(["country", "territory", "province", "foreign-admin", "city"]);

/** Words whose second syllable is a type word: "Nhà nước", "nông thôn", "đất nước", "làng xã". */
const TYPE_WORD_COMPOUNDS = new Set(["nhà nước", "nông thôn", "đất nước", "làng xã", "xóm làng", "phường hội", "giỗ tổ", "quốc tổ", "thủy tổ"]);

/** Type words of hamlets and quarters, which may be numbered after their commune's name ("Thôn Phù Lưu 2"). */
const HAMLET_WORDS = new Set(["thôn", "ấp", "bản", "làng", "xóm", "buôn", "khu phố", "tổ dân phố", "tổ"]);

/** Roles before a name in court and police news. */
const COURT_ROLES = new Set(["bị cáo", "bị can", "bị hại", "nạn nhân", "đối tượng"]);
/** Junctions name the streets that meet there: "ngã tư Lý Thường Kiệt – Trần Hưng Đạo". */
const JUNCTION_WORDS = new Set(["ngã ba", "ngã tư", "ngã năm", "ngã sáu", "giao lộ", "nút giao"]);
/** Units that may be named by a number alone ("Thôn 7", "Phường 3", "Quận 1"). */
const NUMBERED_UNIT_WORDS = new Set(["phường", "quận", "thôn", "ấp", "khu phố", "tổ dân phố", "xóm", "bản", "p.", "q."]);

/**
 * Abbreviated type words ("P.Dĩ An", "Q.1", "H.Củ Chi"): the same letters start a person's initials ("P.Thảo",
 * "H.Thành"), so only a known place of two or more syllables, or a number, follows them.
 */
/** Words that end the names of bodies named after Hồ Chí Minh, right before his name. */
const NAMED_AFTER_HO_BEFORE = new Set(["cộng sản", "quốc gia", "tiền phong"]);
const ABBREVIATED_TYPE_WORDS = new Set(["p.", "q.", "tx.", "h.", "tt."]);

/** Party committees named by their place: the name after them is a LOCATION ("Huyện ủy Đại Từ"). */
const COMMITTEE_FIRST = new Set(["huyện", "thành", "quận", "thị"]);

/**
 * LOCATION, stage one: places named by the gazetteer, and places introduced by a type word
 * ("tỉnh Khánh Hòa", "xã Tân Lập", "thôn Phù Lưu 2"). The type word stays outside unless it is a
 * capitalised designator of an official name ("Thành phố Hồ Chí Minh"). Venues built on a site
 * head ("Hội trường …") come later (sites.ts), once organisations are known.
 */
export function recogniseLocations(ctx: RecognitionContext): Span[] {
  const { tokens } = ctx;
  const g = grammar();
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // A lower-case word that starts no phrase of a dictionary or a grammar list (no start bit) can start no place: every
    // rule below needs a capital there, a phrase, or a lower-case road word or party committee, whose first syllables
    // all open grammar lists too (LOWER_CASE_PLACE_STARTS; a test holds it). Most words of a text are such words.
    if (token.kind !== "word" || (token.startBits === 0 && !token.capitalised)) {
      i++;
      continue;
    }
    // 0. Numbered roads: "Quốc lộ 1K", "Tỉnh lộ 8", "Đường tỉnh 291" keep their road word, like "Thôn 7" (D27).
    const road = roadAt(tokens, i);
    if (road > i) {
      spans.push(spanOf(ctx, "LOCATION", i, road, "location.numbered-road"));
      i = road;
      continue;
    }
    // 1. A capitalised designator that belongs to the name: "Thành phố Hồ Chí Minh", "Vương quốc Thái Lan".
    const designator = token.capitalised ? designatorsAt(ctx, i) : undefined;
    if (designator) {
      const hit = gazetteerAt(ctx, designator.end, true);
      if (hit && !tokens[designator.end]!.lineBefore) {
        spans.push(located(ctx, i, hit, "location.designator"));
        i = hit.end;
        continue;
      }
    }
    // 1b. "Huyện ủy Đại Từ", "Thành ủy Móng Cái": a party committee is named by its district or town.
    // (In lower case too, as local news often writes them: "huyện ủy Đô Lương", D60.)
    const committee = tokens[i + 1]?.lower === "ủy" && COMMITTEE_FIRST.has(token.lower);
    if (committee && spaced(tokens, i + 1) && spaced(tokens, i + 2) && tokens[i + 2]!.capitalised && !tokens[i + 2]!.allCaps) {
      const after = i + 2;
      let hit = gazetteerAt(ctx, after, true);
      // "Huyện ủy Triệu Tài Vinh": a place name that runs on into more capitals is a person's name.
      // ("Huyện ủy Vũ Quang Nguyễn Thị Hà Tân": a known place followed by its leader's name stays the place.)
      // ("Thành ủy Huế Nguyễn Văn Phương": a one-syllable city is a whole name too.)
      const wholeName = hit !== undefined && (hit.end - hit.first >= 2 || PROVINCE_LEVEL.has(hit.entry.category));
      if (hit && spaced(tokens, hit.end) && tokens[hit.end]?.kind === "word" && tokens[hit.end]!.capitalised && !(wholeName && personStartsAt(ctx, hit.end))) hit = undefined;
      // (A lower-case committee names only a known place: "huyện ủy Đô lương" is a typo, not a place "Đô".)
      const run = hit ? hit.end : personStartsAt(ctx, after) || !token.capitalised ? after : capitalisedRun(ctx, after, { maxTokens: 4 });
      if (run > after) {
        const span = hit ? located(ctx, after, hit, "location.party-committee") : spanOf(ctx, "LOCATION", after, run, "location.party-committee");
        spans.push(span);
        i = run;
        continue;
      }
    }
    // 2. Gazetteer entry that stands alone (countries, provinces, regions, seas …); longest first.
    //    After a preposition of place ("ở Quang Bình"), districts and communes stand alone too.
    const previous = tokens[i - 1];
    const afterPreposition = previous !== undefined && token.capitalised && !token.lineBefore && g.placePrepositions.has(previous.lower) && !personStartsAt(ctx, i);
    let bare = gazetteerAt(ctx, i, false) ?? (afterPreposition || afterBranchWord(ctx, i) || afterBankName(ctx, i) ? multiSyllable(gazetteerAt(ctx, i, true)) : undefined);
    // "tư tưởng Hồ Chí Minh": a doctrine is named after a person, and a place named after the same person is not meant.
    if (bare && i >= 2 && tokens[i - 1]!.lower === "tưởng" && tokens[i - 2]!.lower === "tư" && !tokens[i - 2]!.capitalised && personStartsAt(ctx, i)) bare = undefined;
    // "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí
    // Minh": bodies named after the person; the city is written with its type word ("TP. Hồ Chí Minh").
    if (bare && i >= 2 && spaced(tokens, i) && (NAMED_AFTER_HO_BEFORE.has(`${tokens[i - 2]!.lower} ${tokens[i - 1]!.lower}`) || tokens[i - 1]!.text === "TNCS") && token.text === "Hồ" && tokens[i + 1]?.text === "Chí" && tokens[i + 2]?.text === "Minh") bare = undefined;
    // "bà Nga", "ông Anh": after an honorific a one-syllable country is a person's given name.
    // (So after the roles court news names people by: "bị cáo Mỹ", "bị can Anh".)
    if (bare && bare.end - bare.first === 1 && i > 0 && spaced(tokens, i) && (ctx.lexicon.honorifics.longest(tokens, i - 1)?.end === i || COURT_ROLES.has(`${tokens[i - 2]?.lower} ${tokens[i - 1]!.lower}`))) bare = undefined;
    // "2,3 tỉ đô la Mỹ": a currency's name, no place.
    if (bare && i >= 2 && tokens[i - 1]!.lower === "la" && tokens[i - 2]!.lower === "đô" && spaced(tokens, i)) bare = undefined;
    // "Điện Biên Phủ": a longer known name (a city) that starts with a province's is that city.
    if (bare && spaced(tokens, bare.end) && isCapitalisedWord(tokens[bare.end])) {
      const longer = gazetteerAt(ctx, i, true);
      if (longer && longer.end > bare.end) bare = longer;
    }
    // 3. Type word + name: districts and communes need one; unknown capitalised names are accepted after it.
    let typeWord = g.adminTypeWords.longest(tokens, i);
    // "Nhà nước" is the State, "nông thôn" the countryside: the type word is the second syllable of a word there.
    if (typeWord && spaced(tokens, i) && TYPE_WORD_COMPOUNDS.has(`${tokens[i - 1]?.lower} ${token.lower}`)) typeWord = undefined;
    // ("đường Quốc lộ 1K": the road's own name follows the address word.)
    if (typeWord && roadAt(tokens, typeWord.end) > typeWord.end) typeWord = undefined;
    // ("GS.VS Châu Văn Minh": after a degree a surname opens a person's name, not the type word "châu".)
    if (typeWord && degreeEndsAt(ctx, i) && personStartsAt(ctx, i)) typeWord = undefined;
    // ("Tỉnh Ủy Kiên Giang", "Huyện Ủy Đô Lương": a party committee written with a capital "Ủy", no type word and name.)
    if (typeWord && typeWord.end === i + 1 && tokens[i + 1]?.lower === "ủy" && spaced(tokens, i + 1)) typeWord = undefined;
    // ("sân vận động TP Điện Biên Phủ": a venue named by its city; the city's own type word comes next.)
    if (typeWord && spaced(tokens, typeWord.end) && tokens[typeWord.end]?.allCaps && g.localityWords.longest(tokens, typeWord.end) !== undefined) typeWord = undefined;
    // ("Vùng Cảnh sát biển 4": a type word that opens a body's head names no place.)
    if (typeWord && token.capitalised && (ctx.lexicon.orgHeads.longest(tokens, i)?.end ?? 0) > typeWord.end) typeWord = undefined;
    if (typeWord && (!bare || typeWord.end > bare.end) && typeWord.end < tokens.length && !tokens[typeWord.end]!.lineBefore) {
      // (A function of its own: V8 optimises one long function in one large compilation, whose memory sets the process's peak.)
      const next = typedPlaceAt(ctx, i, typeWord, bare, spans);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    // "đảo Hải Nam", "đồng bằng Bắc Bộ", "sông Hồng": a lower-case feature word and the name after it (D21).
    const feature = !token.capitalised && !bare && g.featureWords.mayStartAt(token) && !g.featureCompounds.has(previous?.lower ?? "") ? g.featureWords.longest(tokens, i) : undefined;
    // ("đền thờ Lê Hoàn", "đền Bà Triệu": a temple is named after the one it honours; no PERSON inside a place.)
    const honours = feature !== undefined && TEMPLE_WORDS.has(lowerTextOf(tokens, i, feature.end));
    if (feature && spaced(tokens, feature.end) && isCapitalisedWord(tokens[feature.end]) && !tokens[feature.end]!.allCaps && (honours || !personStartsAt(ctx, feature.end))) {
      const known = gazetteerAt(ctx, feature.end, true);
      // ("chủ quyền biển, đảo Việt Nam": after the fixed pair "biển, đảo" a country is whose seas and islands they are, no
      // island's name; "bán đảo Triều Tiên" stays a peninsula's.)
      const seasAndIslands = token.lower === "đảo" && feature.end === i + 1 && (previous?.lower === "biển" || (previous?.text === "," && tokens[i - 2]?.lower === "biển"));
      if (seasAndIslands && known && (known.entry.category === "country" || known.entry.category === "territory")) {
        spans.push(located(ctx, known.first, known, "location.gazetteer"));
        i = known.end;
        continue;
      }
      const named = known?.end ?? capitalisedRun(ctx, feature.end, { maxTokens: 4 });
      if (named > feature.end) {
        // ("đảo Phú Quốc", "đảo Honshu", "núi Phú Sỹ": an island or mountain whose bare name names nothing else, or the
        // district named after it, leaves "đảo"/"núi" outside, as most gold files have it; "đảo Hải Nam" stays whole,
        // the bare name being a province, D21.)
        const bareName = NAME_ONLY_FEATURES.has(lowerTextOf(tokens, i, feature.end)) && !(known && OTHER_KIND_OF_PLACE.has(known.entry.category));
        spans.push(spanOf(ctx, "LOCATION", bareName ? feature.end : i, named, "location.feature-word"));
        i = named;
        continue;
      }
    }
    if (bare && isBearing(ctx, bare)) {
      i = bare.end;
      continue;
    }
    if (bare && (!isAmbiguous(bare.entry) || ambiguousAccepted(ctx, bare))) {
      spans.push(located(ctx, bare.first, bare, "location.gazetteer"));
      i = bare.end;
      continue;
    }
    i++;
  }
  // (concat, not a spread of six arrays: V8 was seen to deoptimise the spread here on every call, under a profiler's timing.)
  return spans.map((span) => withCompassPart(ctx, span)).concat(listedPlaces(ctx, spans), countryPairs(ctx, spans), bracketedParents(ctx, spans), placesNamedAgain(ctx, spans), pluralTypedLists(ctx, spans));
}

/** A place after a type word ("xã Tân Lập", "Thôn 7", "nước Cộng hòa Indonesia"): the index after it, or -1 when none is read. */
function typedPlaceAt(ctx: RecognitionContext, i: number, typeWord: PhraseMatch<string>, bare: GazetteerHit | undefined, spans: Span[]): number {
  const { tokens } = ctx;
  const g = grammar();
    const after = typeWord.end;
    // The type word as words.ts lists it ("khu phố"), to tell hamlets and numbered units.
    const kind = typeWord.payloads[0]!.value;
    // "Thôn 7", "Phường 3", "Phường II": a unit named by a number alone keeps its type word (guideline).
    const glued = tokens[after + 1] !== undefined && !tokens[after + 1]!.spaceBefore ? tokens[after + 1]!.text : "";
    const goesOn = glued === "/" || glued === "-" || glued === "%" || ((glued === "," || glued === ".") && tokens[after + 2]?.kind === "number" && !tokens[after + 2]!.spaceBefore);
    const numeral = tokens[after]!.kind === "number" || (ROMAN.test(tokens[after]!.text) && !isCapitalisedWord(tokens[after + 1]));
    // ("ảnh: P.L": after an abbreviated type word only digits number a unit, "Q.1".)
    const abbreviated = ABBREVIATED_TYPE_WORDS.has(kind);
    // ("tổ 28, phường Yên Thịnh": a numbered residential group in an address, where another type word follows; "tổ 3
    // người" is a team.)
    const addressGroup = kind === "tổ" && tokens[after]!.kind === "number" && typeWordAfter(ctx, tokens[after + 1]?.text === "," ? after + 2 : after + 1);
    if (numeral && (NUMBERED_UNIT_WORDS.has(kind) || addressGroup) && (abbreviated ? tokens[after]!.kind === "number" : spaced(tokens, after)) && tokens[after]!.text.length <= 3 && !goesOn) {
      spans.push(spanOf(ctx, "LOCATION", i, after + 1, "location.numbered-unit"));
      i = after + 1;
      return i;
    }
    // "nước Cộng hòa Indonesia": a designator after the type word belongs to the name.
    const innerDesignator = tokens[after]!.capitalised ? designatorsAt(ctx, after) : undefined;
    const designated = innerDesignator ? gazetteerAt(ctx, innerDesignator.end, true) : undefined;
    if (innerDesignator && designated && !tokens[innerDesignator.end]!.lineBefore) {
      spans.push(located(ctx, after, designated, "location.type-word+designator"));
      i = designated.end;
      return i;
    }
    const hit = ABBREVIATED_TYPE_WORDS.has(kind) ? multiSyllable(gazetteerAt(ctx, after, true)) : gazetteerAt(ctx, after, true, kind === "tỉnh");
    if (!hit && ABBREVIATED_TYPE_WORDS.has(kind)) {
      i = typeWord.end - 1;
      return i;
    }
    if (hit) {
      // "Thôn Phù Lưu 2": a numbered hamlet named after its commune is its own place ("TP Yên Bái 20" is a count).
      const numbered = tokens[hit.end]?.kind === "number" && HAMLET_WORDS.has(kind) && spaced(tokens, hit.end) && tokens[hit.end + 1]?.kind !== "number" && tokens[hit.end + 1]?.text !== "/";
      if (numbered) {
        spans.push(spanOf(ctx, "LOCATION", hit.first, hit.end + 1, "location.type-word+numbered"));
        i = hit.end + 1;
        return i;
      }
      // "huyện đảo Bạch Long Vỹ": a known name that runs on in capitals is a longer name written otherwise.
      const nameAfterBody = i > 0 && (tokens[i - 1]!.allCaps || tokens[i - 1]!.capitalised) && personStartsAt(ctx, after);
      // (A country's name is complete: "nước CHND Trung Hoa Tập Cận Bình" ends at "Hoa".)
      const complete = COMPLETE_NAMES.has(hit.entry.category);
      // "HĐND thành phố Phan Thiên Định": a one-syllable place that starts a person's name after a body is the name's surname.
      if (nameAfterBody && hit.end - after === 1 && !complete) {
        i = typeWord.end;
        return i;
      }
      // (Not in an ALL-CAPS headline, where every next word is in capitals: "PHƯỜNG BÌNH KIẾN TỔ CHỨC …".)
      const longer = spaced(tokens, hit.end) && isCapitalisedWord(tokens[hit.end]) && !tokens[hit.end]!.shouting && !personStartsAt(ctx, hit.end) && !nameAfterBody && !complete ? capitalisedRun(ctx, after, { maxTokens: 5 }) : hit.end;
      if (longer > hit.end) {
        spans.push(spanOf(ctx, "LOCATION", after, longer, "location.type-word+name"));
        i = longer;
        return i;
      }
      spans.push(located(ctx, hit.first, hit, "location.type-word+gazetteer"));
      i = hit.end;
      if (JUNCTION_WORDS.has(kind)) i = secondStreet(ctx, hit.end, spans);
      return i;
    }
    // ("khu vực XII": a Roman numeral numbers a region, it names no place.)
    const roman = ROMAN.test(tokens[after]!.text) && !(tokens[after + 1] !== undefined && spaced(tokens, after + 1) && isCapitalisedWord(tokens[after + 1]));
    // ("Tổ CSGT", "tổ ATTP": a team named by a body's or a field's abbreviation is no hamlet.)
    // ("các nước G7": a known body's abbreviation of any length, "G7", "EU".)
    const abbreviation = tokens[after]!.allCaps && ((tokens[after]!.text.length >= 3 && ctx.lexicon.notBodies.has(tokens[after]!.text)) || ctx.lexicon.orgAbbreviations.longest(tokens, after) !== undefined);
    // ("tỉnh Phoong-Sa-Ly": a transliterated name's syllables are joined by hyphens.)
    const run = tokens[after]!.shouting || roman || abbreviation ? after : capitalisedRun(ctx, after, { allowNumbers: true, maxTokens: 5, allowGluedHyphen: true });
    // "Chủ tịch UBND tỉnh Trần Tiến Hưng": after a body, an unknown name that reads as a person's is not a
    // place; in running text "thôn Mã Lầu A" is ("Mã" is also a surname);
    // "nước Cộng hòa", "nước Chủ tịch": one capitalised syllable of a longer common word is not a name.
    const wordGoesOn = run === after + 1 && tokens[run] !== undefined && spaced(tokens, run) && tokens[run]!.kind === "word" && !tokens[run]!.capitalised &&
      (g.designators.longest(tokens, after) !== undefined || titleEndAt(ctx, after) > after);
    // ("Chủ tịch xã Nguyễn Văn Bình": after a title the type word completes it, and the name is the holder's.)
    const afterBody = i > 0 && spaced(tokens, i) && (tokens[i - 1]!.allCaps || tokens[i - 1]!.capitalised || titleEndsBefore(ctx, i));
    // ("Liên hiệp các hội … tỉnh Lưu Xuân Lâm": "tỉnh" and "thành phố" name provinces and cities, all known; an unknown
    // name after them that reads as a person's is one: "Bệnh viện Nhi đồng Thành phố Trương Quang Định".)
    if (run > after && tokens[after]!.capitalised && !((afterBody || kind === "tỉnh" || kind === "thành phố") && personStartsAt(ctx, after)) && !wordGoesOn) {
      spans.push(spanOf(ctx, "LOCATION", after, run, "location.type-word+name"));
      i = run;
      if (JUNCTION_WORDS.has(kind)) i = secondStreet(ctx, run, spans);
      return i;
    }
    // Refused ("UBND thành phố Lê Khắc Nam"): the type word's own tail ("phố") must not be read as another type word.
    if (!bare && typeWord.end - i > 1) {
      i = typeWord.end;
      return i;
    }
  return -1;
}

/**
 * "các thôn Thanh Kỳ, An Lao và An Định", "sáp nhập 4 xã: Hneng, Kon Gang và Nam Yang": a plural type word names
 * every item of the list after it, known or not. Items are capitalised runs joined by commas or "và"; the list
 * ends at anything else.
 */
function pluralTypedLists(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const g = grammar();
  const result: Span[] = [];
  let starts: Set<number> | undefined;
  const item = (k: number): number => {
    starts ??= new Set(found.map((s) => s.first));
    if (!spaced(tokens, k) || !isCapitalisedWord(tokens[k]) || tokens[k]!.allCaps || starts.has(k) || g.adminTypeWords.longest(tokens, k) !== undefined) return k;
    const end = capitalisedRun(ctx, k, { allowNumbers: true, maxTokens: 4 });
    // (Not a title or a person after the list: "…, Bí thư Nguyễn Văn Hùng", "…, ông Hùng".)
    const wordGoesOn = end === k + 1 && spaced(tokens, end) && tokens[end]?.kind === "word" && !tokens[end]!.capitalised;
    return end <= k || wordGoesOn || titleEndAt(ctx, k) > k || ctx.lexicon.honorifics.longest(tokens, k) !== undefined ? k : end;
  };
  for (let t = 1; t < tokens.length; t++) {
    // (Most tokens start no type word: one bit test first.)
    if (!g.adminTypeWords.mayStartAt(tokens[t]!)) continue;
    const before = tokens[t - 1]!;
    if (before.kind === "number" ? before.text.length > 2 : !PLURAL_MARKERS.has(before.lower)) continue;
    const typeWord = g.adminTypeWords.longest(tokens, t);
    if (typeWord === undefined) continue;
    // The first item: the place the type word names ("các thôn Thanh Kỳ"), or the run after a colon ("4 xã: Hneng").
    let k: number;
    if (tokens[typeWord.end]?.text === ":") {
      const end = item(typeWord.end + 1);
      if (end === typeWord.end + 1) continue;
      result.push(spanOf(ctx, "LOCATION", typeWord.end + 1, end, "location.plural-list"));
      k = end;
    } else {
      const first = found.find((s) => s.first === typeWord.end && s.rule.startsWith("location.type-word"));
      if (first === undefined) continue;
      k = first.last;
    }
    for (; LIST_JOINERS.has(tokens[k]?.lower ?? "") && !tokens[k + 1]?.lineBefore; ) {
      const end = item(k + 1);
      if (end === k + 1) break;
      result.push(spanOf(ctx, "LOCATION", k + 1, end, "location.plural-list"));
      k = end;
    }
  }
  return result;
}
const LIST_JOINERS = new Set([",", "và"]);

/** Categories named with a type word ("huyện Thạch Hà") that the text may then name alone. */
const NAMED_AGAIN_KINDS = new Set(["district", "commune", "ward", "town"]);

/**
 * "huyện Thạch Hà … trong đó Thạch Hà là địa phương …": a district or commune the text has introduced with its
 * type word is that place when named again alone, as local news writes it. Known names of two or more
 * syllables only, as written; not inside a longer capitalised run, nor after an honorific or a title.
 */
function placesNamedAgain(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const g = grammar();
  const names = new Map<string, Span>();
  for (const place of found) {
    if (place.last - place.first < 2 || !NAMED_AGAIN_KINDS.has(place.canonical?.kind ?? "")) continue;
    if (!(place.rule.startsWith("location.type-word") || place.rule.startsWith("location.party-committee"))) continue;
    names.set(writtenText(ctx, place.first, place.last), place);
  }
  if (names.size === 0) return [];
  const covered = new Uint8Array(tokens.length);
  for (const s of found) covered.fill(1, s.first, s.last);
  const result: Span[] = [];
  for (const [name, place] of names) {
    const length = place.last - place.first;
    for (let k = 0; k + length <= tokens.length; k++) {
      if (covered[k] === 1 || tokens[k]!.text !== tokens[place.first]!.text || writtenText(ctx, k, k + length) !== name) continue;
      const before = tokens[k - 1];
      if (before !== undefined && spaced(tokens, k) && before.kind === "word" && before.capitalised && !g.functionWords.has(before.lower)) continue;
      if (spaced(tokens, k + length) && isCapitalisedWord(tokens[k + length])) continue;
      if (k > 0 && (honorificEndsAt(ctx, k) || titleEndsBefore(ctx, k))) continue;
      // ("Ảnh: Dương Đông" credits a photographer; "đường Xã Đàn - Nam Đồng" joins two names.)
      if (before?.text === ":" && g.creditLineWords.has(tokens[k - 2]?.lower ?? "")) continue;
      if (before?.text === "-" && isCapitalisedWord(tokens[k - 2])) continue;
      const span = spanOf(ctx, "LOCATION", k, k + length, "location.named-again");
      span.canonical = place.canonical;
      result.push(span);
      covered.fill(1, k, k + length);
    }
  }
  return result;
}

/** Tokens [first, end) as written. */
function writtenText(ctx: RecognitionContext, first: number, end: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[end - 1]!.end);
}

/** "Nam California", "Bắc Carolina": a capitalised compass word before a foreign state or province names a part of it. */
function withCompassPart(ctx: RecognitionContext, span: Span): Span {
  const { tokens } = ctx;
  const before = tokens[span.first - 1];
  if (span.canonical?.kind !== "foreign-admin" || before === undefined || !before.capitalised || !COMPASS.has(before.lower) || !spaced(tokens, span.first)) return span;
  // ("phía Nam California", "miền Bắc Texas": after a side word the compass word is a bearing.)
  if (SIDE_WORDS.has(tokens[span.first - 2]?.lower ?? "")) return span;
  const part = spanOf(ctx, "LOCATION", span.first - 1, span.last, `${span.rule}+compass`);
  part.canonical = span.canonical;
  return part;
}

/** Feature words whose place is named by its bare name (D21): an island, a mountain. */
const NAME_ONLY_FEATURES = new Set(["đảo", "núi", "quần đảo"]);
/** Kinds of place a bare name may name instead of the feature ("đảo Hải Nam" against the province Hải Nam). */
const OTHER_KIND_OF_PLACE = new Set(["province", "foreign-admin", "country", "city"]);
/** Feature words of temples, whose names are those of the people they honour. */
const TEMPLE_WORDS = new Set(["đền", "đền thờ"]);


/** "xã Quảng Chính (Quảng Xương)": the district or province a typed place belongs to, in brackets after it. */
function bracketedParents(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const result: Span[] = [];
  for (const place of found) {
    if (!place.rule.startsWith("location.type-word") || tokens[place.last]?.text !== "(" || !spaced(tokens, place.last)) continue;
    const hit = multiSyllable(gazetteerAt(ctx, place.last + 1, true));
    if (hit && tokens[hit.end]?.text === ")" && !tokens[hit.end]!.spaceBefore) result.push(located(ctx, hit.first, hit, "location.bracketed-parent"));
  }
  return result;
}

/** One or two designators in a row ("Cộng hòa", "Cộng hòa Liên bang" Myanmar), as one match. */
function designatorsAt(ctx: RecognitionContext, i: number): { end: number } | undefined {
  const first = grammar().designators.longest(ctx.tokens, i);
  if (!first) return undefined;
  const second = spaced(ctx.tokens, first.end) && ctx.tokens[first.end]!.capitalised ? grammar().designators.longest(ctx.tokens, first.end) : undefined;
  return { end: second?.end ?? first.end };
}

const SHORT_FORMS = new Set(COUNTRY_SHORT_FORMS.words);
const COMPASS = new Set(["đông", "tây", "nam", "bắc"]);
const SIDE_WORDS = new Set(["phía", "miền", "vùng", "hướng", "mạn"]);
/** Titles of heads of state and government, ministers and envoys, which a country's name completes ("Thủ tướng Anh"); not ranks ("Trung tướng Anh" is a man). */
const STATE_TITLES = new Set(["thủ tướng", "tổng thống", "ngoại trưởng", "bộ trưởng", "đại sứ", "nữ hoàng", "quốc vương", "nhà vua"]);
const BEARING_CUES = new Set(DIRECTION_CUES.words);

/** "theo hướng Tây Tây Bắc", "gió mùa Đông Bắc": compass words after a bearing cue are a direction. */
function isBearing(ctx: RecognitionContext, hit: GazetteerHit): boolean {
  const { tokens } = ctx;
  for (let k = hit.first; k < hit.end; k++) if (!COMPASS.has(tokens[k]!.lower)) return false;
  let k = hit.first - 1;
  while (k >= 0 && COMPASS.has(tokens[k]!.lower) && hit.first - k <= 2) k--;
  return k >= 0 && BEARING_CUES.has(tokens[k]!.lower);
}

/** "quan hệ Việt - Trung", "hợp tác Việt - Mỹ - Nhật": one-syllable short forms of countries joined by dashes. */
function countryPairs(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const s of found) covered.fill(1, s.first, s.last);
  const isShort = (k: number): boolean => tokens[k] !== undefined && tokens[k]!.kind === "word" && tokens[k]!.capitalised && !tokens[k]!.allCaps && SHORT_FORMS.has(tokens[k]!.lower);
  const result: Span[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k + 1]!.text !== "-" || !isShort(k) || !isShort(k + 2) || tokens[k + 2]!.lineBefore) continue;
    // A capitalised word right before or after makes it part of a longer name ("Hội Hữu nghị Việt - Trung").
    for (const m of [k, k + 2]) if (covered[m] !== 1 && !result.some((r) => r.first === m)) result.push(spanOf(ctx, "LOCATION", m, m + 1, "location.country-pair"));
  }
  return result;
}

const LIST_SEPARATORS = new Set([",", ";", ":", "và"]);
/** Words before a type word that make it plural: "các xã", "hai phường", "những tỉnh". */
const PLURAL_MARKERS = new Set(["các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]);

/**
 * Known districts and communes listed without type words ("gồm: Sa Pa 9, Bát Xát 13, Si Ma Cai 7"):
 * a multi-syllable name counts when another such name is an item of the same list.
 */
function listedPlaces(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const s of found) covered.fill(1, s.first, s.last);
  const items: GazetteerHit[] = [];
  // Places already found that are items of the list ("hai xã Xuân Vân và Trung Sơn": the first is found by its type word).
  const foundItems: number[] = [];
  const foundAt = new Set(found.map((s) => s.first));
  // Lists are introduced ("gồm:", "các huyện …:", a colon): only look within a short reach after one.
  let reach = -1;
  const typeWords = grammar().adminTypeWords;
  for (let k = 1; k < tokens.length; k++) {
    const previous = tokens[k - 1]!;
    // "gồm:", or "các xã A, B, C", "hai xã A và B": a plural type word opens a list of places of that kind.
    // (The type word's start bit first: it rules out nearly every token before any set lookup.)
    if (previous.text === ":" || previous.lower === "gồm" || (typeWords.mayStartAt(tokens[k]!) && (PLURAL_MARKERS.has(previous.lower) || (previous.kind === "number" && /^\d{1,2}$/u.test(previous.text))) && typeWords.longest(tokens, k) !== undefined)) reach = k + 40;
    // "tại huyện Đình Lập và Văn Lãng", "xã Tân Lập, Ba Vì": after a typed place, a known multi-syllable unit joined by
    // "và" or a comma is a place too (an address, or two units sharing one type word).
    else if (!previous.capitalised && typeWords.mayStartAt(previous) && typeWords.longest(tokens, k - 1)?.end === k) reach = Math.max(reach, k + 8);
    if (k > reach || previous.text === "." ) continue;
    if (covered[k] === 1 && foundAt.has(k) && (LIST_SEPARATORS.has(previous.lower) || grammar().adminTypeWords.longest(tokens, k - 1)?.end === k)) foundItems.push(k);
    // ("các huyện ven biển như Hải Hậu, Giao Thủy, Nghĩa Hưng…": "như" opens the items, "…" may close the last.)
    if (covered[k] === 1 || !tokens[k]!.capitalised || tokens[k]!.shouting || !LIST_SEPARATORS.has(previous.lower) && previous.lower !== "gồm" && previous.lower !== "như") continue;
    const hit = multiSyllable(gazetteerAt(ctx, k, true));
    if (!hit || (tokens[hit.end]?.kind === "word" && tokens[hit.end]!.capitalised && spaced(tokens, hit.end))) continue;
    const next = tokens[hit.end];
    const itemEnds = next === undefined || next.lineBefore || LIST_SEPARATORS.has(next.lower) || next.text === "." || next.text === ")" || next.text === "…" || (next.kind === "number" && spaced(tokens, hit.end));
    if (itemEnds) items.push(hit);
  }
  const result: Span[] = [];
  for (let n = 0; n < items.length; n++) {
    const near = (m: number): boolean => m >= 0 && m < items.length && Math.abs(items[m]!.first - items[n]!.first) <= 8;
    const nearFound = foundItems.some((f) => f < items[n]!.first && items[n]!.first - f <= 6);
    if (near(n - 1) || near(n + 1) || nearFound) result.push(located(ctx, items[n]!.first, items[n]!, "location.list-item"));
  }
  return result;
}

/** "chi nhánh Hải Phòng", "phòng giao dịch Cẩm Phả": a branch named by its district or ward, which stands alone there. */
function afterBranchWord(ctx: RecognitionContext, i: number): boolean {
  const { tokens } = ctx;
  const previous = tokens[i - 1]?.lower;
  const before = tokens[i - 2]?.lower;
  return tokens[i]!.capitalised && ((previous === "nhánh" && before === "chi") || (previous === "dịch" && before === "giao"));
}

/**
 * "VBSP Đồng Xuân", "Agribank Hoài Đức": a bank's short name followed by the district of its branch, which stands
 * alone there as after a preposition.
 */
function afterBankName(ctx: RecognitionContext, i: number): boolean {
  const { tokens, lexicon } = ctx;
  const previous = tokens[i - 1];
  // (Bank short names are written in capitals or CamelCase: "VBSP", "Agribank"; one bit test each rules out most words.)
  if (previous === undefined || previous.kind !== "word" || !previous.capitalised || !tokens[i]!.capitalised || !spaced(tokens, i)) return false;
  if (!lexicon.orgAbbreviations.mayStartAt(previous) && !lexicon.organizations.mayStartAt(previous)) return false;
  if (personStartsAt(ctx, i)) return false;
  const short = lexicon.orgAbbreviations.longest(tokens, i - 1) ?? lexicon.organizations.longest(tokens, i - 1);
  return short !== undefined && short.end === i && short.payloads.some((p) => p.value.category === "bank");
}

/** Only names of two or more syllables: a one-syllable commune name is too often a common word. */
function multiSyllable(hit: GazetteerHit | undefined): GazetteerHit | undefined {
  return hit && hit.end - hit.first >= 2 ? hit : undefined;
}

function located(ctx: RecognitionContext, first: number, hit: GazetteerHit, rule: string): Span {
  const span = spanOf(ctx, "LOCATION", first, hit.end, rule);
  span.canonical = canonicalOf(hit.entry);
  return span;
}

/**
 * Ambiguous names ("Anh" is also a given name and a pronoun) count only after "nước", a preposition of place, or as an
 * item of a list whose neighbour is an unambiguous place.
 */
function ambiguousAccepted(ctx: RecognitionContext, hit: GazetteerHit): boolean {
  const { tokens } = ctx;
  // The ambiguity is the bare name's: a variant ("CHLB Đức", "Cộng hòa Liên bang Đức") is only a place.
  const written = ctx.text.slice(tokens[hit.first]!.start, tokens[hit.end - 1]!.end);
  if (written.toLowerCase() !== hit.entry.name.toLowerCase()) return true;
  const before = tokens[hit.first - 1];
  if (before && (before.lower === "nước" || before.lower === "các")) return true;
  // "diễn ra tại Đức", "sang Nhật", "đến từ Anh": after a preposition of place, the country (a person there has an honorific).
  if (before && spaced(tokens, hit.first) && grammar().placePrepositions.has(before.lower)) return true;
  // "Tổng thống Đức Xten-mây-ơ", "Thủ tướng Anh Boris Johnson": after a title and before a foreign name, the
  // country the office serves ("Chủ tịch Đức Anh" is a Vietnamese name, and stays one).
  const after = tokens[hit.end];
  if (spaced(tokens, hit.first) && titleEndsBefore(ctx, hit.first) && after !== undefined && spaced(tokens, hit.end) && isCapitalisedWord(after) && !after.allCaps && !looksVietnamese(after.lower)) return true;
  // "Thủ tướng Anh nói …", "Tổng thống Đức, …": after a head of state's or government's title and before no name, the country.
  if (hit.first >= 2 && spaced(tokens, hit.first) && STATE_TITLES.has(lowerTextOf(tokens, hit.first - 2, hit.first)) && !(after !== undefined && spaced(tokens, hit.end) && isCapitalisedWord(after))) return true;
  const separators = new Set([",", "và", "với", ";"]);
  const previous = tokens[hit.first - 1];
  if (previous && separators.has(previous.lower) && hit.first >= 2) {
    const neighbour = findNeighbourBefore(ctx, hit.first - 1);
    if (neighbour) return true;
  }
  const next = tokens[hit.end];
  if (next && separators.has(next.lower)) {
    const neighbour = gazetteerAt(ctx, hit.end + 1, false);
    if (neighbour && !isAmbiguous(neighbour.entry)) return true;
  }
  return false;
}

function findNeighbourBefore(ctx: RecognitionContext, separator: number): boolean {
  // Try the tokens before the separator (a transliteration like "I-xra-en" is five) as the end of an unambiguous place.
  for (let start = Math.max(0, separator - 8); start < separator; start++) {
    const hit = gazetteerAt(ctx, start, false);
    if (hit && hit.end === separator && !isAmbiguous(hit.entry)) return true;
  }
  return false;
}

/** Does an address's next type word ("phường", "khu phố", "xã") start at k, spaced, with a name or number after it? */
function typeWordAfter(ctx: RecognitionContext, k: number): boolean {
  const { tokens } = ctx;
  const typeWord = spaced(tokens, k) ? grammar().adminTypeWords.longest(tokens, k) : undefined;
  if (typeWord === undefined || !ADDRESS_CHAIN_WORDS.has(typeWord.payloads[0]!.value)) return false;
  const next = tokens[typeWord.end];
  return next !== undefined && spaced(tokens, typeWord.end) && (isCapitalisedWord(next) || next.kind === "number");
}
const ADDRESS_CHAIN_WORDS = new Set(["phường", "xã", "thị trấn", "khu phố", "thôn", "ấp", "bản", "xóm", "tổ dân phố", "quận", "huyện"]);

/** Road words numbered by a code ("Quốc lộ 1A", "Tỉnh lộ 8", "Đường tỉnh 291"). */
const ROAD_WORDS = new Set(["quốc lộ", "tỉnh lộ", "đường tỉnh", "huyện lộ"]);
/** Road words that name a road in lower case too ("trên quốc lộ 8C"); "đường tỉnh" in lower case is also "the province's road". */
const LOWER_CASE_ROAD_WORDS = new Set(["quốc lộ", "tỉnh lộ"]);
/**
 * First syllables of the rules below that start at a lower-case word without asking a dictionary (committees, roads).
 * Each opens a grammar word list as well, so it always has a start bit and the main loop's skip never passes it over.
 */
export const LOWER_CASE_PLACE_STARTS: ReadonlySet<string> = new Set([...COMMITTEE_FIRST, ...[...LOWER_CASE_ROAD_WORDS].map((w) => w.split(" ")[0]!)]);
/** Second syllables of the road words: tested before the two syllables are joined into a string (this runs at every word). */
const ROAD_SECOND_SYLLABLES = new Set([...ROAD_WORDS].map((w) => w.split(" ")[1]!));
const ROAD_CODE = /^\d{1,3}[A-Z]?$/u;
/** A national road's abbreviation glued to its code: "QL1A", "QL14". */
const GLUED_ROAD = /^QL\d{1,3}[A-Z]?$/u;

/** End of a numbered road starting at k ("Quốc lộ 1K", "quốc lộ 8C", "QL1A"), or k. */
function roadAt(tokens: RecognitionContext["tokens"], k: number): number {
  const first = tokens[k];
  const second = tokens[k + 1];
  if (first !== undefined && first.allCaps && first.text.startsWith("QL") && GLUED_ROAD.test(first.text) && !(second !== undefined && !second.spaceBefore && second.kind === "word")) return k + 1;
  if (first === undefined || second === undefined || !ROAD_SECOND_SYLLABLES.has(second.lower) || !spaced(tokens, k + 1)) return k;
  const words = `${first.lower} ${second.lower}`;
  if (!(first.capitalised ? ROAD_WORDS : LOWER_CASE_ROAD_WORDS).has(words)) return k;
  const code = tokens[k + 2];
  if (code === undefined || !spaced(tokens, k + 2)) return k;
  // The tokeniser splits "1K" into a number and a letter glued to it.
  if (code.kind === "number" && code.text.length <= 3) {
    const letter = tokens[k + 3];
    return letter !== undefined && !letter.spaceBefore && letter.kind === "word" && /^[A-Z]$/u.test(letter.text) ? k + 4 : k + 3;
  }
  return ROAD_CODE.test(code.text) ? k + 3 : k;
}

/** "ngã tư Lý Thường Kiệt – Trần Hưng Đạo": the junction's second street after a dash; returns where to go on. */
function secondStreet(ctx: RecognitionContext, end: number, spans: Span[]): number {
  const { tokens } = ctx;
  if (tokens[end]?.text !== "-" || !spaced(tokens, end) || !spaced(tokens, end + 1) || !isCapitalisedWord(tokens[end + 1]) || grammar().adminTypeWords.longest(tokens, end + 1) !== undefined) return end;
  const second = capitalisedRun(ctx, end + 1, { allowNumbers: true, maxTokens: 5 });
  if (second === end + 1) return end;
  spans.push(spanOf(ctx, "LOCATION", end + 1, second, "location.junction"));
  return second;
}
