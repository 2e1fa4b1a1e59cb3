import type { OrganizationEntry, OrganizationHead } from "../../dictionaries/types.js";
import type { CanonicalRef } from "../../types.js";
import type { Token } from "../../tokenise/tokenise.js";
import { byFirstToken, degreeEndsAt, honorificEndsAt, hostPlaceAt, isCapitalisedWord, looksVietnamese, lowerTextOf, personStartsAt, spaced, tickerMoveAfter, titleEndAt, titleEndsBefore } from "../cues.js";
import { grammar } from "../grammar.js";
import { MEDIA_NOUNS } from "../words.js";
import { bodyNameEnd, localityEnd, shortNameAfterDash, nameWordsEnd } from "../names.js";
import { companiesNamedAgain } from "./named-again.js";
import { lowerCaseBodies } from "./lower-case-bodies.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";
import { PROVINCE_LEVEL } from "../location/gazetteer.js";

/** Ministries and departments are never named after a person: "Thứ trưởng Bộ Lê Văn Hùng" is a title, then its holder. */
const STATE_OFFICE_CATEGORIES: ReadonlySet<string> = new Set(["ministry", "department"]);

/** One piece of a body name: a known name, an abbreviation, or a head with the name after it. */
interface Unit {
  end: number;
  source: "known" | "abbreviation" | "head";
  entry?: OrganizationEntry;
  head?: OrganizationHead;
}

/** Lower-case locality words that, with "ủy", name the locality's party committee ("huyện ủy"). */
const LOWER_COMMITTEES = new Set(["tỉnh", "thành", "huyện", "quận", "thị", "xã"]);

/** "Đoàn" alone heads ad-hoc delegations (Đoàn công tác, Đoàn đại biểu Việt Nam): not bodies (guideline). */
const DELEGATION_HEAD = "đoàn";

/**
 * ORGANIZATION. A body name is a chain of contiguous units ("Ban Thường vụ" + "Tỉnh ủy",
 * "BCH" + "T.Ư" + "Đảng", "Bộ Tư lệnh" + "BĐBP"), optionally followed by a lower-case locality
 * word and a place ("UBND tỉnh Lạng Sơn", "Đảng bộ tỉnh Hà Giang"). LOCATIONs found earlier tell
 * where a place starts and ends.
 */
export function recogniseOrganizations(ctx: RecognitionContext, locations: readonly Span[]): Span[] {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const locationAt = byFirstToken(locations);
  const locationEnds = new Set(locations.map((l) => l.last));
  // "Bộ Ngoại giao Nga Maria Zakharova": a body's name ends at the country it names.
  const countryEnds = new Set(locations.filter((l) => l.canonical?.kind === "country").map((l) => l.last));
  // A body never starts inside a place name ("Phòng" in "Hải Phòng" is not the head "Phòng").
  const insidePlace = new Uint8Array(tokens.length);
  for (const place of locations) insidePlace.fill(1, place.first + 1, place.last);
  const placeAt = byFirstToken(locations);
  const places = { locationEnds, countryEnds, insidePlace, placeAt };
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    // (unitAt's own first test, made here: most tokens are not capitalised words, and the call is the cost.)
    const token = tokens[i]!;
    let first = insidePlace[i] === 1 || token.kind !== "word" || !token.capitalised ? undefined : unitAt(ctx, i, places);
    // "Đài Loan" is a place, not the head "Đài" + a name: a head-built unit that a known place covers is dropped.
    const place = first?.source === "head" ? placeAt.get(i) : undefined;
    if (first && first.source === "head" && place && place.last >= first.end) first = undefined;
    if (!first) {
      i++;
      continue;
    }
    let end = first.end;
    let last = first;
    let units = 1;
    let bank = (first.head?.category ?? first.entry?.category) === "bank";
    // ("Văn phòng UNESCO tại Việt Nam": a body with an international organisation in its name.)
    let international = (first.head?.category ?? first.entry?.category) === "international";
    for (let next = nextUnit(ctx, end, last, places); next; next = nextUnit(ctx, end, last, places)) {
      end = next.end;
      last = next;
      units++;
      bank ||= (next.head?.category ?? next.entry?.category) === "bank";
      international ||= (next.head?.category ?? next.entry?.category) === "international";
    }
    // "Ban Chỉ huy Phòng thủ khu vực 1 – Ninh Hòa" (the defence commands of 2025): a numbered area, a dash, then the
    // known place it is named for.
    if (tokens[end - 1]?.kind === "number" && lowerTextOf(tokens, end - 3, end - 1) === "khu vực" && tokens[end]?.text === "-" && spaced(tokens, end) && spaced(tokens, end + 1)) {
      const seat = ctx.lexicon.locations.longest(tokens, end + 1);
      if (seat && !(spaced(tokens, seat.end) && isCapitalisedWord(tokens[seat.end]))) end = seat.end;
    }
    // "Viettel Telecom", "Masan Group": a brand, then English words for its business or group.
    if (isCapitalisedWord(tokens[end - 1])) {
      while (spaced(tokens, end) && tokens[end]!.kind === "word" && g.englishCorporateWords.has(tokens[end]!.text)) end++;
    }
    // The body's name runs on by the rules below, each group a function of its own: V8 optimises one long function in one
    // large compilation, whose memory sets the process's peak (session 13).
    const b: BodyUnderway = { i, first, last, units, bank, international, end, through: undefined };
    bracketsLocalityAndBranch(ctx, b, places, locationAt);
    levelsRegionsAndParents(ctx, b, places, locationAt);
    seatsAndHosts(ctx, b, places, locationAt);
    end = b.end;
    const through = b.through;
    // "TAND các địa phương": a bare kind before a plural is many bodies, not one.
    const bareHead = first.source === "head" && first.head?.standalone === true && lexicon.orgHeads.longest(tokens, i)?.end === first.end;
    // "ông Trần Quang Đảng": "Đảng" is also a given name, the last of a person's name.
    if (tokens[i]!.text === "Đảng" && end === first.end && units === 1 && first.source === "known" && spaced(tokens, i) && givenNameAt(ctx, i)) {
      i = end;
      continue;
    }
    // "lực lượng Công an", "lực lượng Cảnh sát": a bare body word after "lực lượng" names a force, not one body.
    if (tokens[i - 1]?.lower === "lượng" && tokens[i - 2]?.lower === "lực" && end === first.end && units === 1 && first.source === "head" && spaced(tokens, i) && lexicon.orgHeads.longest(tokens, i)?.end === end) {
      i = end;
      continue;
    }
    const bareAbbreviation = (first.source === "abbreviation" || first.source === "known") && LOCAL_KINDS.has(first.entry?.category ?? "");
    // ("Tòa án nhân dân các huyện", "TAND hai cấp tỉnh Cà Mau": the courts of many places or levels, no one body.)
    const manyLevels = spaced(tokens, end) && (tokens[end]!.lower === "hai" || tokens[end]!.lower === "các" || tokens[end]!.lower === "ba") && tokens[end + 1]?.lower === "cấp" && spaced(tokens, end + 1);
    if (end === first.end && units === 1 && (bareHead || bareAbbreviation) && spaced(tokens, end) && (manyLevels || tokens[end]!.lower === "các" || tokens[end]!.lower === "những") && !titleEndsBefore(ctx, i)) {
      i = end;
      continue;
    }
    // "Bộ trưởng Công an", "cơ quan Công an", "Ảnh: Công an cung cấp": the bare head refers back to, or stands for,
    // the police in general (guideline: a bare head is not annotated; no gold file marks it).
    if (units === 1 && end === i + 2 && first.source === "head" && tokens[i]!.text === "Công" && tokens[i + 1]!.lower === "an") {
      i = end;
      continue;
    }
    // "Ảnh: Trường Thành": after a photo credit, a head that is also a given name starts the photographer's name.
    if (units === 1 && end === i + 2 && first.source === "head" && GIVEN_NAME_HEADS.has(tokens[i]!.text) && tokens[i - 1]?.text === ":" && tokens[i - 2]?.lower === "ảnh") {
      i = end;
      continue;
    }
    // "các ban Đảng": committees of the party, a kind (a title's "UVTW Đảng" is dropped after the title took it, core.ts).
    if (units === 1 && end === i + 1 && tokens[i]!.text === "Đảng" && tokens[i - 1]?.text === "ban" && spaced(tokens, i)) {
      i = end;
      continue;
    }
    // "các Ban HĐND", "2 Ban HĐND", "các Ban Đảng Trung ương": many committees of one kind, no one body.
    // (Not a committee named for itself, "các Ban Văn hóa – Xã hội, Ban Kinh tế", nor "lần thứ 5 Ban Chấp hành".)
    const counted = tokens[i - 1]?.kind === "number" && tokens[i - 2]?.lower !== "thứ";
    if (tokens[i]!.text === "Ban" && i > 0 && spaced(tokens, i) && (PLURAL_BEFORE.has(tokens[i - 1]!.lower) || counted) && (units > 1 || !tokens[i + 1]?.capitalised) && !titleEndsBefore(ctx, i)) {
      i = end;
      continue;
    }
    // "HNX-Index", "VTV.vn": an exchange's index and an outlet's domain name are no bodies (guideline: no domain names).
    if (end === i + 1 && gluedIndexOrDomain(tokens, end)) {
      i = end + 2;
      continue;
    }
    const span = spanOf(ctx, "ORGANIZATION", i, end, `organization.${first.source}${units > 1 ? "+chain" : ""}`);
    const canonical = units === 1 && end === first.end ? canonicalOf(first) : undefined;
    if (canonical) span.canonical = canonical;
    if (through !== undefined) span.through = through;
    spans.push(span);
    i = end;
    // "Ngân hàng TMCP Á Châu (ACB)": an abbreviation in brackets right after a body names it too.
    // So does a one-word brand name in brackets ("… Sài Gòn Thương Tín (Sacombank)").
    const bracketed = tokens[i + 1];
    const shortName = bracketed !== undefined && bracketed.kind === "word" && (bracketed.allCaps ? bracketed.text.length <= 8 : bracketed.capitalised && bracketed.text.length >= 4 && !bracketed.shouting);
    // ("… Từ Liêm (Lideco, mã chứng khoán: NTL)": the short name may be followed by more inside the brackets.)
    // ("Bộ Khoa học và Công nghệ (KH&CN)": capitals joined by "&" are one short name; alone they name the field.)
    // ("Tổng công ty Lương thực miền Nam (Vinafood II)": a brand numbered by a Roman numeral, as sister companies are.)
    const numbered = shortName && !bracketed.allCaps && spaced(tokens, i + 2) && ROMAN_NUMERAL.test(tokens[i + 2]?.text ?? "") && tokens[i + 3]?.text === ")";
    const joinedEnd = shortName && bracketed.allCaps ? ampersandChainEnd(tokens, i + 1) : numbered ? i + 3 : i + 2;
    if (tokens[i]?.text === "(" && shortName && (tokens[joinedEnd]?.text === ")" || tokens[joinedEnd]?.text === ",") && !locationAt.has(i + 1) && !personStartsAt(ctx, i + 1)) {
      spans.push(spanOf(ctx, "ORGANIZATION", i + 1, joinedEnd, "organization.bracketed-abbreviation"));
      i = joinedEnd + 1;
    } else if (tokens[i]?.text === "-" && spaced(tokens, i) && shortName && spaced(tokens, i + 1) && shortNameAfterDash(tokens, i + 1) && unitAt(ctx, i + 1, places) === undefined &&
      !(tokens[i + 2]?.kind === "word" && tokens[i + 2]!.capitalised && spaced(tokens, i + 2)) && !locationAt.has(i + 1) && !personStartsAt(ctx, i + 1)) {
      // "… Xây dựng Việt Nam - VNCB", "… Sài Gòn - Sagel": the short name after a dash names the body too.
      spans.push(spanOf(ctx, "ORGANIZATION", i + 1, i + 2, "organization.dash-short-name"));
      i += 2;
    }
  }
  spans.push(...companiesNamedAgain(ctx, spans, locations));
  spans.push(...lowerCaseBodies(ctx, spans, locations));
  const short = unknownShortNames(ctx, spans, locations);
  const all = spans.concat(clubs(ctx, spans), sponsoredClubs(ctx, spans, locations), short, outlets(ctx, spans.concat(short), locations), genericBodies(ctx, spans), lowerCaseParties(ctx, spans), plenaryCommittee(ctx, spans));
  return organsOfShortNames(ctx, all, short);
}

/** A body found at `i`, while the rules decide where its name ends. */
interface BodyUnderway {
  i: number;
  first: Unit;
  last: Unit;
  units: number;
  bank: boolean;
  international: boolean;
  end: number;
  /** A title over the body runs on to here (a short name in brackets that names the whole body, D31). */
  through: number | undefined;
}

/** A short name in brackets inside the name, the locality word and its place, a branch and its seat. */
function bracketsLocalityAndBranch(ctx: RecognitionContext, b: BodyUnderway, places: PlaceEnds, locationAt: ReadonlyMap<number, Span>): void {
  const { tokens } = ctx;
  const g = grammar();
  const { i, first, last, units, bank } = b;
  let { end, through } = b;
  // "Bộ Chỉ huy Quân sự (CHQS) tỉnh Vĩnh Long": a short name in brackets inside the name, then the locality
  // and its place (D66). Where the short name stands for part of the name only (CHQS), the whole is one body;
  // where it stands for all of it ("Tòa án nhân dân (TAND) TP Hồ Chí Minh"), it names the body itself (D31)
  // and the body ends before it, while a title over the body runs on to the place.
  const bracketEnd = bracketedShortNameEnd(tokens, end);
  if (bracketEnd > end && spaced(tokens, bracketEnd)) {
    const bracketLocality = g.localityWords.longest(tokens, bracketEnd);
    const seat = bracketLocality && spaced(tokens, bracketLocality.end) ? locationAt.get(bracketLocality.end) : undefined;
    // (The bare locality of the article's own province too: "Bộ CHQS (CHQS) tỉnh phối hợp …".)
    const bare = bracketLocality !== undefined && !tokens[bracketEnd]!.capitalised && !(spaced(tokens, bracketLocality.end) && isCapitalisedWord(tokens[bracketLocality.end]));
    const whole = seat ? seat.last : bare ? bracketLocality!.end : end;
    if (whole > end && standsForPart(tokens, i, end, bracketEnd)) end = whole;
    else if (whole > end) through = whole;
  }
  // A lower-case locality word belongs to bodies named relative to a place: "UBND tỉnh", "Công an huyện X".
  // (A known mass organisation or bank named with a province is its branch there: "Ủy ban Mặt trận Lào xây dựng đất
  // nước tỉnh Sekong", "Ngân hàng Chính sách xã hội tỉnh Đồng Tháp".)
  const branches = last.source === "known" && (last.entry?.category === "mass-organization" || last.entry?.category === "bank");
  const localityWord = spaced(tokens, end) ? g.localityWords.longest(tokens, end) : undefined;
  // (Bare too where the name ends there: "Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh; …".)
  const bareBranch = localityWord !== undefined && !(spaced(tokens, localityWord.end) && isCapitalisedWord(tokens[localityWord.end]));
  // ("Trưởng đoàn ĐBQH tỉnh": the deputies are no body of the province; their delegation, "Đoàn ĐBQH tỉnh", is.)
  const deputies = last.source === "abbreviation" && last.entry?.category === "national-assembly";
  const locality = (last.source !== "known" && !deputies) || (branches && localityWord !== undefined && ((spaced(tokens, localityWord.end) && locationAt.has(localityWord.end)) || bareBranch)) ? localityWord : undefined;
  // ("TP.HCM" glued is the place's own name, not the locality word "TP." + a name.)
  // "TP.HCM" is a place name that starts with the locality word; "TP.Hà Nội" is "TP." + a place.
  const gluedName = locality !== undefined && locationAt.get(end)?.first === end;
  // ("Công an Huyện Cát Hải": a capitalised locality word too, when a known place follows it.)
  const placeAfterLocality = locality !== undefined && spaced(tokens, locality.end) && locationAt.get(locality.end) !== undefined;
  // ("Phó Chủ tịch UBND Tỉnh tham quan": a capitalised locality word that ends the name, nothing capitalised after it.)
  const lastWord = locality !== undefined && !(spaced(tokens, locality.end) && isCapitalisedWord(tokens[locality.end]));
  if (locality && (!tokens[end]!.capitalised || tokens[end]!.allCaps || placeAfterLocality || lastWord) && !gluedName) {
    end = locality.end;
    const place = spaced(tokens, end) || tokens[end - 1]?.text === "." ? locationAt.get(end) : undefined;
    if (place) end = place.last;
  } else if (spaced(tokens, end)) {
    const place = locationAt.get(end);
    // ("VBSP Đồng Xuân": a bank by its short name, then the district of its branch.)
    if (place && (isStandalonePlace(place) || (bank && units === 1 && first.source !== "head"))) end = place.last;
  }
  // "VietinBank chi nhánh TP.HCM", "BIDV Chi nhánh Ngọc Khánh": a bank's branch, named by its place.
  // ("Ngân hàng Hợp tác xã Việt Nam – Chi nhánh Trà Vinh": after a dash too.)
  // ("Trung tâm phục vụ hành chính công tỉnh Bình Dương-Chi nhánh Dĩ An": any body's branch after a dash, glued or not.)
  const dashed = tokens[end]?.text === "-" && !tokens[end + 1]?.lineBefore;
  const branchAt = dashed && (bank ? spaced(tokens, end) && spaced(tokens, end + 1) : true) ? end + 1 : end;
  const branchWord = (spaced(tokens, branchAt) || branchAt > end) && tokens[branchAt]?.lower === "chi" && tokens[branchAt + 1]?.lower === "nhánh" && spaced(tokens, branchAt + 1) && spaced(tokens, branchAt + 2);
  const typedSeat = branchWord ? g.localityWords.longest(tokens, branchAt + 2) : undefined;
  const knownSeat = branchWord ? locationAt.get(branchAt + 2) ?? (typedSeat ? locationAt.get(typedSeat.end) : undefined) : undefined;
  // ("Văn phòng ĐKĐĐ chi nhánh Long Thành": any body's branch named by a known place.)
  if (branchWord && (bank || branchAt > end || knownSeat !== undefined)) {
    const seat = knownSeat;
    const named = seat ? seat.last : bodyNameEnd(ctx, branchAt + 2, { maxTokens: 4, personFirstAllowed: false });
    if (named > branchAt + 2) end = named;
  }
  b.end = end; b.through = through;
}

/** An organ by its bare head, the institution of a party or union body, a party named in full, the parent police, levels, regions and sides, a bank's branch place, a board's parks. */
function levelsRegionsAndParents(ctx: RecognitionContext, b: BodyUnderway, places: PlaceEnds, locationAt: ReadonlyMap<number, Span>): void {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const { locationEnds } = places;
  const { i, first, last, units, bank } = b;
  let { end } = b;
  // "Ban Chấp hành Hội", "Ban chấp hành Phân hội", "Ban Giám đốc sở": an organ of the body the text is about, by its bare head.
  if (units === 1 && ORGAN_HEADS.has(lowerTextOf(tokens, i, end))) end = bareBodyEnd(tokens, end);
  // "Bí thư Đảng ủy bệnh viện", "Chủ tịch Công đoàn công ty": a party or union body of the institution the text is about.
  if ((last.head?.category ?? last.entry?.category) === "party" || last.head?.head === "Công đoàn") {
    const institution = spaced(tokens, end) && !tokens[end]!.capitalised ? lexicon.orgHeads.longest(tokens, end) : undefined;
    if (institution && institution.end === end + 2 && INSTITUTION_WORDS.has(`${tokens[end]!.lower} ${tokens[end + 1]!.lower}`)) {
      // ("Đảng bộ bệnh viện Trẻ em Hải Phòng": the institution's name after it is part of it.)
      const named = spaced(tokens, institution.end) ? bodyNameEnd(ctx, institution.end, { maxTokens: 6, personFirstAllowed: false }) : institution.end;
      end = Math.max(named, institution.end);
    }
  }
  // "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc": a party's central body with the party named in full.
  if (tokens[end - 1]?.text === "Đảng" && tokens[end]?.text === "Cộng" && tokens[end + 1]?.lower === "sản" && spaced(tokens, end) && spaced(tokens, end + 1)) {
    const country = spaced(tokens, end + 2) ? locationAt.get(end + 2) : undefined;
    if (country && country.canonical?.kind === "country") end = country.last;
  }
  // "Phòng Cảnh sát kinh tế công an tỉnh": a unit, then its parent police in lower case with its locality.
  if (spaced(tokens, end) && tokens[end]!.lower === "công" && !tokens[end]!.capitalised && tokens[end + 1]?.lower === "an" && spaced(tokens, end + 1) && spaced(tokens, end + 2)) {
    const parentLocality = g.localityWords.longest(tokens, end + 2);
    if (parentLocality) {
      const seat = spaced(tokens, parentLocality.end) ? locationAt.get(parentLocality.end) : undefined;
      end = seat ? seat.last : parentLocality.end;
    }
  }
  // "UBKT Trung ương", "BCH Trung ương": a party body's abbreviation and the level it belongs to.
  if (units === 1 && first.source !== "known" && (first.head?.category ?? first.entry?.category) === "party" && end === first.end && tokens[end]?.text === "Trung" && tokens[end + 1]?.lower === "ương" && spaced(tokens, end) && spaced(tokens, end + 1)) end += 2;
  // "HĐND cấp xã", "UBND cấp tỉnh": the level of a body named relative to a place.
  // ("Tòa án nhân dân cấp tỉnh": a court's level too.)
  if (spaced(tokens, end) && tokens[end]!.lower === "cấp" && spaced(tokens, end + 1) && BODY_LEVELS.has(tokens[end + 1]?.lower ?? "") && (last.head?.takesLocality || LOCAL_KINDS.has(last.entry?.category ?? ""))) end += 2;
  // "Kho bạc Nhà nước khu vực XII", "Chi cục Hải quan khu vực 2": regional units numbered since the 2025 reorganisation.
  if (spaced(tokens, end) && tokens[end]!.lower === "khu" && tokens[end + 1]?.lower === "vực" && spaced(tokens, end + 1) && spaced(tokens, end + 2) && REGION_NUMBER.test(tokens[end + 2]?.text ?? "")) end += 3;
  // "Bệnh viện Đa khoa vùng Tây Nguyên", "Văn phòng đại diện Agribank khu vực Tây Nam bộ": a body serving a region of the country.
  if (spaced(tokens, end) && !tokens[end]!.capitalised) {
    const regionAt = tokens[end]!.lower === "vùng" ? end + 1 : tokens[end]!.lower === "khu" && tokens[end + 1]?.lower === "vực" && spaced(tokens, end + 1) ? end + 2 : -1;
    const region = regionAt > 0 && spaced(tokens, regionAt) ? locationAt.get(regionAt) : undefined;
    if (region?.canonical?.kind === "region") end = region.last;
  }
  // "Bệnh viện Đa khoa khu vực phía Nam": a regional body named by its side of the province.
  const sideAt = tokens[end]?.lower === "phía" ? end : tokens[end]?.lower === "khu" && tokens[end + 1]?.lower === "vực" && tokens[end + 2]?.lower === "phía" && spaced(tokens, end + 1) ? end + 2 : -1;
  if (sideAt >= 0 && (tokens[sideAt - 1]?.lower === "vực" || sideAt > end) && spaced(tokens, sideAt) && spaced(tokens, sideAt + 1) && SIDES.has(tokens[sideAt + 1]?.text ?? "")) {
    end = sideAt + 2;
    if (spaced(tokens, end) && SIDES.has(tokens[end]?.text ?? "") && tokens[end]!.text !== tokens[end - 1]!.text) end++;
  }
  // "Agribank chi nhánh Nam Sách Hải Dương II", "Agribank Cần Thơ II": a bank's branch named by its place, the place's
  // province, and a Roman number where one place has several branches.
  if (bank && locationEnds.has(end) && spaced(tokens, end)) {
    const province = locationAt.get(end);
    if (province?.canonical?.kind === "province" && !(spaced(tokens, province.last) && isCapitalisedWord(tokens[province.last]) && !ROMAN_BRANCH.test(tokens[province.last]!.text))) end = province.last;
    if (spaced(tokens, end) && ROMAN_BRANCH.test(tokens[end]?.text ?? "") && !(spaced(tokens, end + 1) && isCapitalisedWord(tokens[end + 1]))) end += 1;
  }
  // "Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa": a province's board for its economic zone
  // and all its industrial parks names both.
  if (tokens[i]!.lower === "ban" && i + 3 <= end && lowerTextOf(tokens, i, i + 3) === "ban quản lý" && tokens[end]?.lower === "và" && tokens[end + 1]?.lower === "các" && spaced(tokens, end) && spaced(tokens, end + 1)) {
    const parks = end + 5 <= tokens.length && lowerTextOf(tokens, end + 2, end + 5) === "khu công nghiệp" ? end + 5 : tokens[end + 2]?.text === "KCN" ? end + 3 : -1;
    if (parks > 0) {
      end = parks;
      const parksLocality = spaced(tokens, end) ? g.localityWords.longest(tokens, end) : undefined;
      if (parksLocality) {
        const seat = spaced(tokens, parksLocality.end) ? locationAt.get(parksLocality.end) : undefined;
        end = seat ? seat.last : parksLocality.end;
      } else if (spaced(tokens, end) && locationAt.get(end)) end = locationAt.get(end)!.last;
    }
  }
  b.end = end;
}

/** A state's organ and its country, a high court's seat, a mission's or subsidiary's host country. */
function seatsAndHosts(ctx: RecognitionContext, b: BodyUnderway, places: PlaceEnds, locationAt: ReadonlyMap<number, Span>): void {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const { countryEnds } = places;
  const { i, first, last, units, bank, international } = b;
  let { end } = b;
  const category = last.head?.category ?? last.entry?.category;
  // "Quốc vụ viện nước CHND Trung Hoa", "Quốc hội nước CHDCND Lào": a state's own organ, then "nước" and the country.
  if (NATIONAL_ORGANS.has(category ?? "") && tokens[end]?.lower === "nước" && spaced(tokens, end) && spaced(tokens, end + 1)) {
    const country = locationAt.get(end + 1);
    if (country?.canonical?.kind === "country") end = country.last;
  }
  // "TAND cấp cao tại Đà Nẵng", "Viện KSND cấp cao tại TP.HCM": a high court named by its seat.
  // ("cấp cao"/"tối cao" + "tại" is how courts and procuracies alone are named, whatever the head matched.)
  if (spaced(tokens, end)) {
    const tail = category === "court" || category === "procuracy" ? g.orgNameTails.longest(tokens, end) : undefined;
    if (tail && !tokens[end]!.capitalised) end = tail.end;
    if (tokens[end - 1]?.lower === "cao" && tokens[end]?.lower === "tại" && spaced(tokens, end) && spaced(tokens, end + 1)) {
      const seat = locationAt.get(end + 1);
      if (seat) end = seat.last;
    }
  }
  // "Đại sứ quán Nhật Bản tại Việt Nam", "Công ty TNHH Deli tại Việt Nam": a mission or subsidiary names its host country;
  // a consulate its city ("Tổng lãnh sự quán Nhật Bản tại TP Hồ Chí Minh").
  // (A bare brand is not a subsidiary's name: "hoạt động của Samsung tại Việt Nam".)
  const bareBrand = units === 1 && first.source === "known" && end === first.end && category === "company";
  // An association's or company's branch is named by its seat, a province or city too ("Chi hội Nhiếp ảnh Việt Nam tại Phú Thọ").
  const branch = BRANCH_HEADS.has(first.head?.head ?? "");
  // ("Trung tâm văn hóa Hàn Quốc tại Việt Nam", "Văn phòng UNESCO tại Việt Nam": a foreign state's or an international
  // organisation's office abroad names its host country too.)
  let abroad = international || countryEnds.has(end);
  for (let k = i + 1; !abroad && k < end && tokens[end]?.lower === "tại"; k++) {
    abroad = (lexicon.orgAbbreviations.longest(tokens, k) ?? lexicon.organizations.longest(tokens, k))?.payloads.some((p) => p.value.category === "international") === true;
  }
  if ((category === "company" || category === "international" || category === "bank" || branch || abroad) && !bareBrand && tokens[end]?.lower === "tại" && spaced(tokens, end) && spaced(tokens, end + 1)) {
    const host = hostPlaceAt(ctx, end + 1, locationAt);
    // ("tại tỉnh Champasac": a type word vouches for a place no dictionary knows.)
    const typed = host !== undefined && host.first > end + 1;
    // (A city names a mission's seat, "Tổng lãnh sự quán … tại TP Hồ Chí Minh", not where a known body met: "G20 tại Hàng Châu".)
    const mission = category === "international" && last.source === "head";
    if (host && (host.canonical?.kind === "country" || ((mission || branch) && (typed || CITY_KINDS.has(host.canonical?.kind ?? ""))))) end = host.last;
  }
  b.end = end;
}


/**
 * "Hội đồng thành viên CNS", "Ban thường vụ VGA": an organ followed by a short name no dictionary knows is that
 * body's organ, one ORGANIZATION, as with a known one ("Ban Thường vụ VFF").
 */
function organsOfShortNames(ctx: RecognitionContext, all: Span[], short: readonly Span[]): Span[] {
  const { tokens } = ctx;
  if (!short.some((name) => name.rule === "organization.all-caps")) return all;
  const organs = grammar().bodyOrgans;
  const organEndingAt = new Map<number, Span>();
  for (const span of all) if (organs.has(lowerTextOf(tokens, span.first, span.last))) organEndingAt.set(span.last, span);
  if (organEndingAt.size === 0) return all;
  const merged = new Set<Span>();
  const result: Span[] = [];
  for (const name of short) {
    const organ = spaced(tokens, name.first) && name.rule === "organization.all-caps" ? organEndingAt.get(name.first) : undefined;
    if (!organ || merged.has(organ)) continue;
    merged.add(organ).add(name);
    result.push(spanOf(ctx, "ORGANIZATION", organ.first, name.last, "organization.organ+short-name"));
  }
  return merged.size === 0 ? all : [...all.filter((s) => !merged.has(s)), ...result];
}


/**
 * "Hội nghị Trung ương 7", "Nghị quyết Trung ương 4": the Central Committee named in a plenum's or a resolution's
 * name with the plenum's number (the event and the document are not entities; the body inside is, guideline).
 */
function plenaryCommittee(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const starts = new Set(found.map((s) => s.first));
  const result: Span[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== "Trung" || tokens[k + 1]!.lower !== "ương" || !spaced(tokens, k + 1) || starts.has(k)) continue;
    const before = tokens[k - 1]!.lower;
    if ((before !== "nghị" && before !== "quyết") || !spaced(tokens, k)) continue;
    if (tokens[k + 2]!.kind === "number" && spaced(tokens, k + 2)) result.push(spanOf(ctx, "ORGANIZATION", k, k + 2, "organization.plenary-committee"));
  }
  return result;
}

/**
 * "đảng Cộng hòa", "đảng Dân chủ Tự do": foreign parties are written with a lower-case "đảng" and
 * a capitalised name; the whole is the ORGANIZATION (the bare "Cộng hòa" is no name).
 */
function lowerCaseParties(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const starts = new Set(found.map((s) => s.first));
  const result: Span[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== "đảng" || !spaced(tokens, k + 1) || !isCapitalisedWord(tokens[k + 1]) || tokens[k + 1]!.allCaps || starts.has(k + 1) || personStartsAt(ctx, k + 1)) continue;
    const end = bodyNameEnd(ctx, k + 1, { maxTokens: 4, personFirstAllowed: false });
    if (end > k + 1) result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.lower-case-party"));
  }
  return result;
}

/** "hội đồng quản trị", "Ban điều hành Eximbank": a company's or school's organ, one body named by its kind (outside a longer body's name). */
function genericBodies(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const s of found) covered.fill(1, s.first, s.last);
  const orgAt = byFirstToken(found);
  const result: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k] === 1 || tokens[k]!.kind !== "word") continue;
    const body = grammar().genericBodies.longest(tokens, k);
    if (!body) continue;
    // "hội đồng quản trị Eximbank": the company after it names the board (D43).
    const company = spaced(tokens, body.end) ? orgAt.get(body.end) : undefined;
    const end = company ? company.last : body.end;
    result.push(spanOf(ctx, "ORGANIZATION", k, end, company ? "organization.generic-body+body" : "organization.generic-body"));
    k = end - 1;
  }
  return result;
}

/** Lower-case nouns before a news outlet's name (words.ts); their first syllables are a start bit (grammar().mediaNouns). */
const MEDIA_NOUN_SET: ReadonlySet<string> = new Set(MEDIA_NOUNS.words);
const CREDIT_LINE_WORDS = new Set(["theo", "nguồn"]);

/**
 * News outlets no dictionary knows: the capitalised name after a lower-case media noun, and the name
 * on a source line of its own ("Theo Tuổi Trẻ", "Nguồn: VnExpress").
 */
function outlets(ctx: RecognitionContext, found: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const media = grammar().mediaNouns;
  const covered = new Uint8Array(tokens.length);
  for (const s of [...found, ...locations]) covered.fill(1, s.first, s.last);
  const result: Span[] = [];
  const nameRun = (k: number): number => {
    let end = k;
    while (end < tokens.length && end - k < 4 && isCapitalisedWord(tokens[end]) && (end === k || spaced(tokens, end))) end++;
    return end;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (t.capitalised && !((i === 0 || t.lineBefore || tokens[i - 1]!.text === ".") && media.mayStartAt(t))) {
      // A source line: "Theo X" or "Nguồn: X" alone on its line.
      if ((i === 0 || t.lineBefore) && CREDIT_LINE_WORDS.has(t.lower)) {
        let k = i + 1;
        if (tokens[k]?.text === ":") k++;
        const end = nameRun(k);
        const next = tokens[end];
        const lineEnds = next === undefined || next.lineBefore || (next.text === "." && (end + 1 === tokens.length || tokens[end + 1]!.lineBefore));
        if (end > k && lineEnds && covered[k] !== 1 && !personStartsAt(ctx, k)) result.push(spanOf(ctx, "ORGANIZATION", k, end, "organization.source-line"));
      }
      continue;
    }
    if (!media.mayStartAt(t)) continue;
    // ("tượng đài Chủ tịch …": a monument, no station.)
    if (t.lower === "đài" && tokens[i - 1]?.lower === "tượng") continue;
    const pair = `${t.lower} ${tokens[i + 1]!.lower}`;
    const nounEnd = MEDIA_NOUN_SET.has(pair) && spaced(tokens, i + 1) ? i + 2 : MEDIA_NOUN_SET.has(t.lower) ? i + 1 : -1;
    if (nounEnd < 0 || !spaced(tokens, nounEnd) || personStartsAt(ctx, nounEnd)) continue;
    const end = nameRun(nounEnd);
    // A known body or place alone stays what it is; "Kyiv Independent" goes on past the place.
    if (covered[nounEnd] === 1 && !found.concat(locations).some((x) => x.first === nounEnd && x.last < end)) continue;
    if (end > nounEnd) {
      result.push(spanOf(ctx, "ORGANIZATION", nounEnd, end, "organization.outlet"));
      i = end - 1;
    }
  }
  return result;
}

/**
 * Abbreviations the text defines for a lower-case term: "cán bộ không chuyên trách (KCT)". Bodies are
 * capitalised, so an abbreviation of lower-case words names a thing, not a body, wherever it recurs.
 */
function abbreviatedLowerCaseTerms(tokens: readonly Token[], text: string): Set<string> {
  const terms = new Set<string>();
  if (!text.includes("(")) return terms;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.text !== "(" || tokens[i + 1]!.text !== ")" || !t.allCaps) continue;
    const letters = [...t.text.toLowerCase()];
    const before = i - 1 - letters.length;
    if (before < 0) continue;
    let matches = true;
    for (let k = 0; k < letters.length && matches; k++) {
      const w = tokens[before + k]!;
      matches = w.kind === "word" && !w.capitalised && w.lower.normalize("NFD")[0] === letters[k]!.normalize("NFD")[0];
    }
    if (matches) terms.add(t.text);
  }
  return terms;
}

/** A well-formed Roman numeral ("XIV", "XIII"), not any word of those letters ("VIC", "MCD"). */
/** Age-group teams: "U23", "U19". */
const AGE_GROUP = /^U\d{2}$/u;
/** Legal forms written after a company's name. */
const LEGAL_FORMS = new Set(["GmbH", "Ltd", "LTD", "Inc", "Corp", "Corporation", "LLC", "JSC", "AG", "PLC", "Co", "SE", "NV", "BV", "Pte"]);

const ROMAN_NUMERAL = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/u;
/** After a bracketed dateline code and its dash, the article opens with a day or a place ("- Ngày 13/4", "- Sáng nay", "- Chiều 24/4"). */
const DATELINE_OPENING = /^ ?(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Tt]ừ|\d)/u;

/** English words that end a company's name written after it ("DongA Bank", "Hải Phát Invest"). */
const ENGLISH_BUSINESS_WORDS = new Set(["Bank", "Group", "Corp", "Corporation", "Holdings", "Invest", "Land", "Network", "Capital", "Securities"]);
/** Institutions, in lower case, whose party committee or union a text names by them ("Đảng ủy bệnh viện"). */
const INSTITUTION_WORDS = new Set(["bệnh viện", "công ty", "tập đoàn", "ngân hàng", "học viện", "nhà trường", "văn phòng"]);
/** Levels of local government after a body's name ("HĐND cấp xã"). */
const BODY_LEVELS = new Set(["xã", "tỉnh", "huyện", "phường"]);

/** An ASCII capital after the first letter ("VinFast"), found without copying the word. */
function innerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * Bodies no dictionary knows, told by their capitals: ALL-CAPS short names and stock tickers ("MWG",
 * "VKS", "DS3", "NHNN") and CamelCase names ("HoSE", "UPCoM", "VinFast"). Not: Roman numerals,
 * titles, degrees and the dictionary's list of non-bodies ("USD", "GDP", "HLV"); not a word of a
 * run of capitals (a byline "TRÂM ANH", a headline); not a dateline code at a line's start ("TPO -").
 */
function unknownShortNames(ctx: RecognitionContext, found: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens, lexicon } = ctx;
  const locationAt = byFirstToken(locations);
  const orgAt = byFirstToken(found);
  const covered = new Uint8Array(tokens.length);
  for (const s of [...found, ...locations]) covered.fill(1, s.first, s.last);
  const result: Span[] = [];
  const lowerCaseTerms = abbreviatedLowerCaseTerms(tokens, ctx.text);
  const isCapsWord = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && (t.allCaps || (t.capitalised && /\p{Lu}/u.test(t.text.slice(1))));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !t.capitalised || t.shouting || covered[i] === 1) continue;
    // Brands are written in ASCII ("VinFast", "HoSE"); "NaiTòa" is two Vietnamese words fused by a lost line break.
    const camel = !t.allCaps && t.text.length >= 4 && innerCapital(t.text) && ASCII_WORD.test(t.text);
    if (!t.allCaps && !camel) continue;
    if (t.allCaps && (t.text.length < 3 || t.text.length > 8 || ROMAN_NUMERAL.test(t.text))) continue;
    // "THỊ TRƯỜNG GIÁ CẢ": a word with a tone mark is a Vietnamese word in capitals; acronyms carry none ("UBND", "ĐHQG").
    if (t.allCaps && TONE_MARK.test(t.text.normalize("NFD"))) continue;
    // "BN1664", "CA1234": capitals and a serial number are a code (a patient's, a case's), no body.
    if (SERIAL_CODE.test(t.text)) continue;
    // Glued to a word on either side ("VN-Index", "SARS-CoV-2", "N.H.Q"): part of something else, unless a hyphen joins two names ("HPG-HoSE").
    // "(Ảnh: AFP/TTXVN)": two outlets joined by a slash; "1670/NQ-UBTVQH15": a document number.
    const joinedName = (tokens[i - 1]?.text === "-" || tokens[i - 1]?.text === "/") && covered[i - 2] !== 1 && isCapsWord(tokens[i - 2]) && !inDocumentCode(tokens, i);
    const gluedBefore = i > 0 && !t.spaceBefore && tokens[i - 1]!.text !== "(" && tokens[i - 1]!.text !== "\"" && tokens[i - 1]!.text !== "“" && !joinedName;
    const next = tokens[i + 1];
    const gluedAfter = next !== undefined && !next.spaceBefore && (next.kind !== "punct" || ((next.text === "-" || next.text === "." || next.text === "&") && tokens[i + 2] !== undefined && !tokens[i + 2]!.spaceBefore && !isCapsWord(tokens[i + 2])));
    if (gluedBefore || gluedAfter) continue;
    // "BDK.VN - …": a site's domain name in a dateline is not annotated (guideline).
    if (next?.text === "." && !next.spaceBefore && DOMAIN_ENDING.test(tokens[i + 2]?.text ?? "") && !tokens[i + 2]!.spaceBefore) continue;
    // A title abbreviation moving in price is a ticker ("CEO giảm 1,38%"); a currency never is ("USD tăng 0,5%").
    const titleTicker = tickerMoveAfter(ctx, i) && titleEndAt(ctx, i) > i;
    if ((lexicon.notBodies.has(t.text) && !titleTicker) || lowerCaseTerms.has(t.text)) continue;
    // "(SN1986, …)": a birth year glued to its abbreviation.
    if (BIRTH_YEAR_GLUED.test(t.text)) continue;
    // Known abbreviations and heads were judged by the main pass ("TAND các địa phương" left out on purpose).
    if (lexicon.orgAbbreviations.longest(tokens, i) !== undefined || lexicon.orgHeads.longest(tokens, i) !== undefined) continue;
    // "bão YAGI", "siêu bão HAIYAN": a storm's name.
    if (tokens[i - 1]?.lower === "bão" && t.spaceBefore) continue;
    // "bị cáo PTB", "bị hại ĐTND": a person's initials after an honorific, not a body (guideline: bare initials).
    if (t.spaceBefore && honorificEndsAt(ctx, i)) continue;
    // "U23 Việt Nam" is a team (the place nested); a bare "U23" is an age group, a label.
    if (AGE_GROUP.test(t.text)) {
      const country = spaced(tokens, i + 1) ? locationAt.get(i + 1) : undefined;
      if (country && country.canonical?.kind === "country") {
        result.push(spanOf(ctx, "ORGANIZATION", i, country.last, "organization.age-group-team"));
        i = country.last - 1;
      }
      continue;
    }
    // "Watch Water GmbH", "Samsung Electronics Co": a legal form ends a company's name.
    if (LEGAL_FORMS.has(t.text)) {
      let first = i;
      while (first > 0 && first > i - 4 && isCapitalisedWord(tokens[first - 1]) && spaced(tokens, first) && covered[first - 1] !== 1) first--;
      if (first < i) {
        result.push(spanOf(ctx, "ORGANIZATION", first, i + 1, "organization.legal-form"));
        continue;
      }
    }
    // A run of capitalised words in capitals is a byline or headline; a comma-separated list is not a run;
    // a title abbreviation before it is not part of a run ("Phó TGĐ VRG": the company of the title).
    const titleBefore = isCapsWord(tokens[i - 1]) && titleEndAt(ctx, i - 1) === i;
    if ((isCapsWord(tokens[i - 1]) && t.spaceBefore && !orgAt.has(i - 1) && !titleBefore) || (isCapsWord(next) && next!.spaceBefore && !orgAt.has(i + 1))) continue;
    // (A ticker opening an item of market news is no dateline code: "PHR – CTCP Cao su Phước Hòa – …".)
    if ((i === 0 || t.lineBefore) && next !== undefined && (next.text === "-" || next.text === "–") && !companyAt(ctx, i + 2)) continue;
    // "(HBĐT) - Ngày 13/4": a dateline code in brackets before the dash that opens the article.
    if (tokens[i - 1]?.text === "(" && next?.text === ")" && (tokens[i + 2]?.text === "-" || tokens[i + 2]?.text === "–") && DATELINE_OPENING.test(ctx.text.slice(tokens[i + 2]!.end, tokens[i + 2]!.end + 12))) continue;
    if ((titleEndAt(ctx, i) > i && !titleTicker) || lexicon.degrees.longest(tokens, i) !== undefined || lexicon.honorifics.longest(tokens, i) !== undefined) continue;
    // "CDC Hà Nội": a province or country right after names the branch; "TCCT QĐND Việt Nam": so does a body.
    let end = i + 1;
    // "VKS huyện Hải Lăng", "BVĐK huyện": a body named relative to a place, like "UBND tỉnh".
    if (t.allCaps) end = localityEnd(ctx, end, locationAt);
    const body = end === i + 1 && spaced(tokens, end) ? orgAt.get(end) : undefined;
    if (body && t.allCaps) end = body.last;
    const place = spaced(tokens, end) ? locationAt.get(end) : undefined;
    if (end === i + 1 && place && isStandalonePlace(place) && !(tokens[place.last] && spaced(tokens, place.last) && tokens[place.last]!.capitalised)) end = place.last;
    // "DongA Bank", "Yeah1 Group": an English business word after the name is part of it.
    if (end === i + 1 && spaced(tokens, end) && ENGLISH_BUSINESS_WORDS.has(tokens[end]?.text ?? "")) end += 1;
    result.push(spanOf(ctx, "ORGANIZATION", i, end, camel ? "organization.camel-case" : "organization.all-caps"));
    i = end - 1;
  }
  return result;
}

/** Football clubs named "<Place or name> FC" ("Hà Nội FC", "Công an Hà Nội FC"): one body. */
function clubs(ctx: RecognitionContext, found: readonly Span[]): Span[] {
  const { tokens } = ctx;
  if (!ctx.text.includes(" FC")) return [];
  const result: Span[] = [];
  const covered = new Set<number>();
  for (const s of found) for (let k = s.first; k < s.last; k++) covered.add(k);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== "FC" || !spaced(tokens, i) || covered.has(i)) continue;
    let first = i;
    while (first > 0 && first > i - 4 && tokens[first - 1]!.kind === "word" && tokens[first - 1]!.capitalised && (first === i || spaced(tokens, first))) first--;
    if (first < i) result.push(spanOf(ctx, "ORGANIZATION", first, i + 1, "organization.club"));
  }
  return result;
}

/**
 * "SHB.Đà Nẵng", "QNK.Quảng Nam": a club named by its sponsor's abbreviation glued by a dot to its province or
 * city, as football news writes them (the place nested).
 */
function sponsoredClubs(ctx: RecognitionContext, found: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const result: Span[] = [];
  // Which body found already covers each token, built on the first candidate (most texts have none): linear, however many.
  let owner: Int32Array | undefined;
  for (const place of locations) {
    const dot = place.first - 1;
    const sponsor = place.first - 2;
    if (sponsor < 0 || tokens[dot]!.text !== "." || tokens[dot]!.spaceBefore || tokens[place.first]!.spaceBefore) continue;
    const word = tokens[sponsor]!;
    if (word.kind !== "word" || !word.allCaps || word.text.length < 2 || word.text.length > 5) continue;
    if (!PROVINCE_LEVEL.has(place.canonical?.kind ?? "")) continue;
    // (Not the end of an abbreviation chain or a domain: "T.Ư", "VOV.VN".)
    if (sponsor > 0 && !tokens[sponsor]!.spaceBefore && tokens[sponsor - 1]!.kind !== "punct") continue;
    if (owner === undefined) {
      owner = new Int32Array(tokens.length);
      found.forEach((s, n) => owner!.fill(n + 1, s.first, s.last));
    }
    // (A body found already that holds both, sponsor and place, stands.)
    if (owner[sponsor] !== 0 && owner[sponsor] === owner[place.first]) continue;
    result.push(spanOf(ctx, "ORGANIZATION", sponsor, place.last, "organization.sponsored-club"));
  }
  return result;
}

function isStandalonePlace(place: Span): boolean {
  if (place.rule === "location.party-committee") return true;
  const kind = place.canonical?.kind;
  return kind === undefined || ["country", "territory", "province", "city", "foreign-admin", "region"].includes(kind);
}

/**
 * The unit chained after `end`: directly ("Ban Thường vụ" + "Tỉnh ủy"), or after "cơ quan" when a party
 * body is that of an agency ("Đảng bộ cơ quan UBND xã Vân Tụ", "Đảng ủy cơ quan Bộ Ngoại giao").
 */
function nextUnit(ctx: RecognitionContext, end: number, last: Unit, places: PlaceEnds): Unit | undefined {
  const { tokens } = ctx;
  if (!spaced(tokens, end)) return undefined;
  const direct = unitAt(ctx, end, places);
  if (direct) return direct;
  // "Ban Thường vụ huyện ủy": a party committee written in lower case ends the chain it follows.
  if (LOWER_COMMITTEES.has(tokens[end]!.text) && tokens[end + 1]?.text === "ủy" && spaced(tokens, end + 1) && tokens[end + 2]?.lower !== "viên") {
    return { end: end + 2, source: "head" };
  }
  // "Ủy ban Kinh tế của Quốc hội": a committee of the National Assembly, named with "của".
  if (tokens[end]!.lower === "của" && (last.head?.head ?? last.entry?.name ?? "").startsWith("Ủy ban") && spaced(tokens, end + 1)) {
    const parent = unitAt(ctx, end + 1, places);
    if (parent?.entry?.name === "Quốc hội") return parent;
  }
  // (So is a union's: "Công đoàn cơ quan NHNN Trung ương".)
  const party = (last.head?.category ?? last.entry?.category) === "party" || last.head?.head === "Công đoàn";
  if (party && tokens[end]!.lower === "cơ" && tokens[end + 1]?.lower === "quan" && !tokens[end]!.capitalised && spaced(tokens, end + 1) && spaced(tokens, end + 2)) {
    return unitAt(ctx, end + 2, places);
  }
  return undefined;
}

interface PlaceEnds {
  locationEnds: ReadonlySet<number>;
  countryEnds: ReadonlySet<number>;
  insidePlace: Uint8Array;
  /** The place starting at each token. */
  placeAt: ReadonlyMap<number, Span>;
}

/** Are tokens [from, to) all lower-case words, spaced? */
function lowerCaseWordsOnly(tokens: RecognitionContext["tokens"], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== "word" || tokens[k]!.capitalised || !tokens[k]!.spaceBefore) return false;
  return true;
}

function unitAt(ctx: RecognitionContext, i: number, places: PlaceEnds, depth = 0): Unit | undefined {
  const { tokens, lexicon } = ctx;
  const token = tokens[i];
  if (!token || token.kind !== "word" || !token.capitalised) return undefined;
  // Most capitalised words start no known body, abbreviation or head: one bit test each says so.
  if (!lexicon.organizations.mayStartAt(token) && !lexicon.orgAbbreviations.mayStartAt(token) && !lexicon.orgHeads.mayStartAt(token) && token.lower !== "trung") return undefined;
  if (startsNoBody(ctx, i)) return undefined;
  const previous = tokens[i - 1];
  // "các Đảng bộ", "38 Đảng bộ xã", "hai Đảng": many bodies of a kind, not one named body.
  // (On the same line: "date 2017-10" above a line that opens with "Công an tỉnh …" counts nothing.)
  // ("Kỳ họp thứ mười bốn Hội đồng nhân dân xã": an ordinal's number words count nothing.)
  // ("Chiều ngày 10/6/2024 Ủy ban nhân dân xã …": the last number of a date counts nothing either.)
  const dateEnd = previous?.kind === "number" && (tokens[i - 2]?.text === "/" || tokens[i - 2]?.text === "-" || tokens[i - 2]?.text === ".") && !previous.spaceBefore;
  const plural = previous !== undefined && !token.lineBefore && (PLURAL_BEFORE.has(previous.lower) || previous.kind === "number") && !afterOrdinal(tokens, i - 1) && !dateEnd;
  // "nghị quyết của Trung ương": the Central Committee; elsewhere "Trung ương" is the adjective "central".
  if (token.lower === "trung" && tokens[i + 1]?.lower === "ương" && spaced(tokens, i + 1) && previous?.lower === "của" && !(spaced(tokens, i + 2) && tokens[i + 2]!.capitalised)) {
    return { end: i + 2, source: "head" };
  }
  // "Trung ương Hội Nông dân Việt Nam": the central committee of a mass organisation is named by it, one body.
  if (token.lower === "trung" && tokens[i + 1]?.lower === "ương" && spaced(tokens, i + 1) && spaced(tokens, i + 2) && depth === 0) {
    const body = unitAt(ctx, i + 2, places, depth + 1);
    if (body && (body.entry?.category ?? body.head?.category) === "mass-organization" && tokens[i + 2]!.lower === "hội") return body;
    // "Trung ương Đảng Cộng sản Trung Quốc": the central committee of a party named in full.
    if (body && tokens[i + 2]!.lower === "đảng" && body.end > i + 3 && (body.entry?.category ?? body.head?.category) === "party") return body;
  }
  // The readings so far: the known body here, the best reading, and the heads read (see consider()).
  const r: UnitReading = { known: undefined, best: undefined, headEnd: i, longestHeadEnd: i, longestHead: undefined };
  for (const match of lexicon.organizations.matchAll(tokens, i)) {
    const payload = match.payloads.find((p) => p.tokens[0]!.text === tokens[i]!.text || (p.tokens[0]!.capitalised && tokens[i]!.capitalised));
    // "Chính phủ điện tử", "Chính phủ số", "Chính phủ kiến tạo": a programme or an ideal of government, not the Government.
    if (payload && match.end === i + 2 && token.lower === "chính" && spaced(tokens, match.end) && GOVERNMENT_IDEALS.has(tokens[match.end]?.text ?? "")) break;
    if (payload) {
      let known: Unit = { end: match.end, source: "known", entry: payload.value };
      // "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào": a known organ of "the Party" that a party's full name
      // goes on from is that party's organ.
      if (depth === 0 && match.end - i >= 2 && tokens[match.end - 1]!.lower === "đảng" && spaced(tokens, match.end)) {
        const party = unitAt(ctx, match.end - 1, places, depth + 1);
        if (party && party.end > match.end && (party.entry?.category ?? party.head?.category) === "party") known = { ...known, end: party.end };
      }
      r.known = known;
      consider(ctx, r, known);
      break;
    }
  }
  for (const match of lexicon.orgAbbreviations.matchAll(tokens, i)) {
    const payload = match.payloads.find((p) => p.tokens.every((t, k) => t.text === tokens[i + k]!.text));
    if (payload) {
      consider(ctx, r, { end: match.end, source: "abbreviation", entry: payload.value });
      break;
    }
  }
  // On an ALL-CAPS headline every word looks like a name: only known names and abbreviations count.
  if (token.shouting) return r.best;
  // "THỊ TRƯỜNG GIÁ CẢ": a head in capitals after a Vietnamese word in capitals is inside a capitalised phrase, no body's head.
  if (token.allCaps && previous !== undefined && previous.allCaps && spaced(tokens, i) && TONE_MARK.test(previous.text.normalize("NFD"))) return r.best;
  readHeads(ctx, i, places, depth, r);
  let best = r.best;
  const known = r.known;
  // "người đứng đầu Bộ Ngoại giao Sergei Lavrov": a known body's name does not run on into a foreign name after it.
  const after = known ? tokens[known.end] : undefined;
  if (known && best !== known && best!.end > known.end && after !== undefined && spaced(tokens, known.end) && isCapitalisedWord(after) && !after.allCaps && !looksVietnamese(after.lower)) best = known;
  // "các Đảng bộ cũ", "hai Đảng": a bare kind word after a plural is many bodies, not one; so is one before
  // "trực thuộc" ("các chi, Đảng bộ trực thuộc": the party organisations under a committee).
  const subordinate = best !== undefined && best.source === "head" && tokens[best.end]?.lower === "trực" && tokens[best.end + 1]?.lower === "thuộc" && spaced(tokens, best.end);
  if ((plural || subordinate) && best !== undefined && best.source !== "abbreviation") {
    const bare = lexicon.orgHeads.longest(tokens, i);
    const bareKind = (bare !== undefined && bare.end === best.end && bare.payloads[0]!.value.standalone === true) || (best.source === "known" && best.end === i + 1);
    if (bareKind) return undefined;
  }
  // "Phó Hiệu trưởng Trường Tiểu học": a name that only completes a longer head ("Trường" + "Tiểu học") is the kind of
  // body, no one body (a standalone kind such as "Hội đồng quản trị" stays one).
  if (best?.source === "head" && depth === 0) {
    const kind = lexicon.orgHeads.longest(tokens, i);
    // (A capitalised word after it may be a body the main loop chains to the head: "Trường Đại học Hoa Sen".)
    const nameFollows = spaced(tokens, best.end) && isCapitalisedWord(tokens[best.end]);
    if (kind !== undefined && kind.end === best.end && kind.end > i + 1 && !nameFollows && kind.payloads.every((p) => p.value.standalone !== true && p.value.category === "education")) return undefined;
  }
  return best;
}

/** What unitAt has read at one place so far: the known body, the best reading, and the heads read. */
interface UnitReading {
  known: Unit | undefined;
  best: Unit | undefined;
  /** The end of the head being read (heads only), and of the longest head here. */
  headEnd: number;
  longestHeadEnd: number;
  longestHead: OrganizationHead | undefined;
}

/** Checks that refuse a body at i before any reading: breakers, names, degrees, document codes, ad-hoc committees, qualifiers. */
function startsNoBody(ctx: RecognitionContext, i: number): boolean {
  const { tokens, lexicon } = ctx;
  const token = tokens[i]!;
  const g = grammar();
  // "bộ đội" (soldiers) breaks a body, but "Bộ đội Biên phòng" is a longer head and stands.
  const breaker = g.orgBreakers.longest(tokens, i);
  if (breaker !== undefined && (lexicon.orgHeads.longest(tokens, i)?.end ?? 0) <= breaker.end) return true;
  // "luật sư Nguyễn Trường Thành": a head word right after a surname that starts a name is part of the name.
  // A head of several syllables is not a given name ("Đoàn Tổng lãnh sự quán …": the delegation of a consulate).
  const before = tokens[i - 1];
  // ("Ông Phạm Trường Tam": a capitalised honorific before the surname opens the name too; so does a bare head after a
  // title, "Phó Giám đốc Sở Bùi Trường Phong".)
  if (before && token.spaceBefore && before.capitalised && !before.allCaps && ctx.lexicon.surnames.has(before.lower) && (!isCapitalisedWord(tokens[i - 2]) || honorificEndsAt(ctx, i - 1) || lexicon.orgHeads.longest(tokens, i - 2)?.end === i - 1) &&
    !(lexicon.orgHeads.longest(tokens, i - 1) || lexicon.organizations.longest(tokens, i - 1)) && (lexicon.orgHeads.longest(tokens, i)?.end ?? i + 1) <= i + 1) return true;
  // "PGS.TS Vũ Hải Quân": after a degree a surname opens the person's name, and the given names after it are no body
  // ("Hải quân", the navy), up to a name's length.
  if (before && token.spaceBefore && before.capitalised && !before.allCaps && lexicon.surnames.has(before.lower) && degreeEndsAt(ctx, i - 1) &&
    !(spaced(tokens, i + 3) && isCapitalisedWord(tokens[i + 3]) && isCapitalisedWord(tokens[i + 2]))) return true;
  // "Quyết định số 1674-QĐNS/TW", "Kế hoạch 12/KH-UBND": the issuing body's code inside a document number.
  const previous = tokens[i - 1];
  // "UV.BTV Đảng ủy": the second part of a title's dotted abbreviation starts no body (the title takes the body after it).
  if (previous && previous.text === "." && !token.spaceBefore && !previous.spaceBefore && i >= 2 && (lexicon.positionAbbreviations.longest(tokens, i - 2)?.end ?? 0) > i) return true;
  if (previous && !token.spaceBefore && (previous.text === "/" || previous.text === "-") && inDocumentCode(tokens, i)) return true;
  // "Ban Tổ chức lễ hội", "Hội đồng xét xử": ad-hoc committees for one event are not bodies (guideline).
  // A standing body's name after it makes it that body's ("Ban Tổ chức Tỉnh ủy"); an event's does not ("Ban Phục vụ Đại hội").
  const adHoc = AD_HOC_FIRST.has(token.lower) ? g.adHocBodies.longest(tokens, i) : undefined;
  if (adHoc && (g.adHocAlways.has(adHoc.payloads[0]!.value) || !(spaced(tokens, adHoc.end) && tokens[adHoc.end]!.capitalised && g.eventWords.longest(tokens, adHoc.end) === undefined))) return true;
  // "Tiểu Ban Văn kiện": a subcommittee is set up for one task (guideline: ad-hoc committees).
  if (tokens[i - 1]?.lower === "tiểu" && token.spaceBefore) return true;
  // "30 năm tuổi Đảng": years of membership, no body.
  if (token.lower === "đảng" && tokens[i - 1]?.lower === "tuổi" && token.spaceBefore) return true;
  // "Phó Trưởng Ban Thường trực Ban Dân vận Trung ương": "Ban" ends the title, "Thường trực" qualifies it, the body follows.
  if (token.lower === "ban" && previous?.lower === "trưởng" && tokens[i + 1]?.lower === "thường" && tokens[i + 2]?.lower === "trực" && spaced(tokens, i + 3) && startsUnit(ctx, i + 3)) return true;
  // "Thường trực" right after a title is its qualifier ("Phó Bí thư Thường trực Tỉnh ủy"), not a body; so is
  // "Thường vụ" ("Ủy viên Thường vụ Tỉnh ủy", D6), which elsewhere is the standing board ("cùng Thường vụ Đảng ủy").
  if (token.lower === "thường" && (tokens[i + 1]?.lower === "trực" || tokens[i + 1]?.lower === "vụ") && (titleEndsBefore(ctx, i) || titleEndAt(ctx, i) > i + 2)) return true;
  return false;
}

/** Keeps the longer of two readings of a body at one place, with the two exceptions below. */
function consider(ctx: RecognitionContext, r: UnitReading, unit: Unit): void {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  // "Bộ Y tế thông tin về dịch bệnh", "Bộ Ngoại giao thông tin …": a known name that a head-built reading only
  // extends by lower-case words is complete; the words are the sentence's ("thông tin", to inform).
  // (Only where the head lies inside the known name: "Đảng ủy" is a head longer than the known "Đảng".)
  if (r.known !== undefined && unit.source === "head" && r.headEnd <= r.known.end && unit.end > r.known.end && lowerCaseWordsOnly(tokens, r.known.end, unit.end)) return;
  // So is a longer head against a shorter one's reading of its last word as a name's first syllable: "Đảng ủy Khối chủ
  // trì" is the head "Đảng ủy Khối" and the verb "chủ trì", not "Đảng ủy" + a name "Khối chủ": the longer head stands.
  // (One syllable only, and no field word: "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh" is named so.)
  if (unit.source === "head" && r.longestHead !== undefined && r.headEnd < r.longestHeadEnd && unit.end === r.longestHeadEnd + 1 && lowerCaseWordsOnly(tokens, r.longestHeadEnd, unit.end) &&
    lexicon.orgNameWords.longest(tokens, r.longestHeadEnd) === undefined && g.localityWords.longest(tokens, r.longestHeadEnd) === undefined) unit = { end: r.longestHeadEnd, source: "head", head: r.longestHead };
  if (!r.best || unit.end > r.best.end) r.best = unit;
}

/** Readings of the body heads that start at i ("Công ty …", "Đội Cảnh sát …", "CLB …"), each weighed by consider(). */
function readHeads(ctx: RecognitionContext, i: number, places: PlaceEnds, depth: number, r: UnitReading): void {
  const { locationEnds, countryEnds, insidePlace } = places;
  const { tokens, lexicon } = ctx;
  const g = grammar();
  for (const match of lexicon.orgHeads.matchAll(tokens, i)) {
    const head = match.payloads[0]!.value;
    r.headEnd = match.end;
    if (match.end > r.longestHeadEnd) {
      r.longestHeadEnd = match.end;
      r.longestHead = head;
    }
    if (match.end - match.first === 1 && tokens[i]!.lower === DELEGATION_HEAD) continue;
    // "Đại sứ quán nước Cộng hòa Indonesia", "Tổng lãnh sự quán nước CHXHCNVN": a mission names its country after "nước"
    // (the type word vouches for a country no dictionary knows).
    if (head.category === "international" && tokens[match.end]?.lower === "nước" && spaced(tokens, match.end) && spaced(tokens, match.end + 1) && places.placeAt.has(match.end + 1)) {
      consider(ctx, r, { end: places.placeAt.get(match.end + 1)!.last, source: "head", head });
      break;
    }
    // "CLB TP Hồ Chí Minh", "CLB TP.HCM": a club named by its city with the city's type word.
    if (head.category === "sport" && spaced(tokens, match.end) && tokens[match.end]!.capitalised) {
      const cityWord = g.localityWords.longest(tokens, match.end);
      const city = places.placeAt.get(match.end) ?? (cityWord && (spaced(tokens, cityWord.end) || tokens[cityWord.end - 1]!.text === ".") ? places.placeAt.get(cityWord.end) : undefined);
      if (city && (city.first === match.end || cityWord !== undefined)) {
        consider(ctx, r, { end: city.last, source: "head", head });
        break;
      }
    }
    let nameStart = jointDescriptionEnd(ctx, match.first, match.end);
    // "Công ty TNHH đầu tư môi giới bất động sản Vạn Phúc": a lower-case field description before the name.
    const described = nameWordsEnd(ctx, nameStart);
    if (described > nameStart && isCapitalisedWord(tokens[described]) && spaced(tokens, described)) {
      // "Trung tâm chống độc Bệnh viện Bạch Mai": a body after the field is the next unit of the chain, not this one's name.
      if (depth === 0 && startsUnit(ctx, described) && unitAt(ctx, described, places, 1) !== undefined) {
        consider(ctx, r, { end: described, source: "head", head });
        break;
      }
      nameStart = described;
    }
    // "HĐQT Công ty cổ phần X", "Ban Giám hiệu Trường Y": when another body starts where the name would,
    // the head stands alone and the main loop chains that body to it.
    if (nameStart === match.end && spaced(tokens, nameStart) && tokens[nameStart]!.capitalised && startsUnit(ctx, nameStart) &&
      // (One look ahead, never a recursion down a chain: "Ủy ban Ủy ban Ủy ban …" stays linear.)
      !(r.best !== undefined && r.best.end > match.end) && depth === 0 && unitAt(ctx, nameStart, places, 1) !== undefined) {
      consider(ctx, r, { end: match.end, source: "head", head });
      break;
    }
    // "Hội đồng Trường giao …", "Ban Giám đốc Sở chỉ đạo …": after an organ, a bare head refers back to the body the
    // text is about (D71); the lower-case word after it is the sentence's verb, not the second syllable of a name.
    const bareEnd = nameStart === match.end && ORGAN_HEADS.has(head.head.toLowerCase()) ? bareBodyEnd(tokens, nameStart) : nameStart;
    if (bareEnd > nameStart) {
      consider(ctx, r, { end: bareEnd, source: "head", head });
      break;
    }
    const nameEnd = spaced(tokens, nameStart)
      ? bodyNameEnd(ctx, nameStart, { locationEnds, countryEnds, insidePlace, unitStartsAt: (k) => startsUnit(ctx, k), personFirstAllowed: head.standalone !== true && head.takesLocality !== true && !STATE_OFFICE_CATEGORIES.has(head.category) && !(g.bodyOrgans.has(head.head.toLowerCase()) && capitalisedRunLength(tokens, nameStart) >= 3) })
      : match.end;
    if (nameEnd > nameStart) {
      consider(ctx, r, { end: nameEnd, source: "head", head });
      break;
    }
    // "Đội Cảnh sát giao thông số 3", "Phòng Cảnh sát hình sự Công an tỉnh": a unit's head, its field in lower
    // case, then its number or its parent body.
    // ("Viện kỹ thuật nhiệt đới, …": a head's lower-case field that the sentence does not go on from names it too.)
    // (Closed by punctuation, the text's end, a capital, or "và" before a capital: "Phòng tài chính – kế hoạch và Ban …".)
    const andNext = tokens[described]?.lower === "và" && spaced(tokens, described + 1) && isCapitalisedWord(tokens[described + 1]);
    const fieldClosed = described > match.end && (andNext || !(spaced(tokens, described) && tokens[described]?.kind === "word" && !tokens[described]!.capitalised));
    const fieldEnd = described > match.end && (head.takesNumber || head.takesLocality || fieldClosed) ? described : match.end;
    // "Quân khu 1", "Trại giam số 5": units named by a number.
    if (head.takesNumber && spaced(tokens, fieldEnd)) {
      let k = fieldEnd;
      if (tokens[k]!.lower === "số" && spaced(tokens, k + 1)) k++;
      if (tokens[k]?.kind === "number") {
        consider(ctx, r, { end: k + 1, source: "head", head });
        break;
      }
    }
    if (fieldEnd > match.end) {
      consider(ctx, r, { end: fieldEnd, source: "head", head });
      break;
    }
    const localityFollows = spaced(tokens, match.end) && g.localityWords.longest(tokens, match.end) !== undefined;
    if (head.standalone || (head.takesLocality && localityFollows)) {
      // "Ủy ban nhân dân tỉnh …": a known body that is also a head taking a locality is read as the head.
      if (r.best?.source === "known" && r.best.end === match.end && head.takesLocality && localityFollows) r.best = undefined;
      consider(ctx, r, { end: match.end, source: "head", head });
      break;
    }
  }
}

/** Heads that are also given names or surnames ("Trường Thành", "Đoàn Phong"). */
const GIVEN_NAME_HEADS = new Set(["Trường", "Đoàn"]);
/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const SERIAL_CODE = /^\p{Lu}{1,3}\d{3,}$/u;
const BIRTH_YEAR_GLUED = /^SN(?:19|20)\d{2}$/u;

/** Token i ends a person's name of two or three syllables before it ("Trần Quang" + "Đảng"): a surname starts the run. */
function givenNameAt(ctx: RecognitionContext, i: number): boolean {
  const { tokens } = ctx;
  for (const back of [2, 1]) {
    const start = i - back;
    if (start < 0 || !ctx.lexicon.surnames.has(tokens[start]!.lower)) continue;
    let run = true;
    for (let k = start; k < i; k++) run &&= tokens[k]!.kind === "word" && tokens[k]!.capitalised && !tokens[k]!.allCaps && (k === start || spaced(tokens, k));
    // (Not the tail of a longer capitalised run, unless an honorific or a title opens it: "Ông Trần Quang Đảng".)
    const before = tokens[start - 1];
    const longer = before !== undefined && before.capitalised && before.kind === "word" && spaced(tokens, start) && ctx.lexicon.honorifics.longest(tokens, start - 1)?.end !== start && !titleEndsBefore(ctx, start);
    if (run && !longer) return true;
  }
  return false;
}

/** Kinds of body that trade: companies and banks. */
const TRADING_KINDS: ReadonlySet<string> = new Set(["company", "bank"]);

/** A company's or bank's name starts at k ("CTCP …", "Ngân hàng TMCP …"). */
function companyAt(ctx: RecognitionContext, k: number): boolean {
  const { tokens, lexicon } = ctx;
  return (lexicon.orgHeads.longest(tokens, k)?.payloads.some((p) => TRADING_KINDS.has(p.value.category)) ?? false) ||
    (lexicon.organizations.longest(tokens, k)?.payloads.some((p) => TRADING_KINDS.has(p.value.category)) ?? false);
}

/** End of capitals glued by "&" from k ("KH&CN", "GD&ĐT"): k + 1 when no "&" follows. */
function ampersandChainEnd(tokens: readonly Token[], k: number): number {
  let end = k + 1;
  while (tokens[end]?.text === "&" && !tokens[end]!.spaceBefore && tokens[end + 1]?.allCaps && !tokens[end + 1]!.spaceBefore) end += 2;
  return end;
}

/**
 * Is token i the tail of a document number ("1674-QĐNS/TW", "12/KH-UBND", "1670/NQ-UBTVQH15")? The
 * glued chain before it holds a number; "AFP/TTXVN" (two outlets in a credit) does not.
 */
function inDocumentCode(tokens: readonly Token[], i: number): boolean {
  // Walk back over tokens glued to each other (no space between) and look for a number.
  for (let k = i - 1; k >= 0 && k >= i - 6 && !tokens[k + 1]!.spaceBefore; k--) {
    if (tokens[k]!.kind === "number") return true;
  }
  return false;
}

/** The number of a region ("khu vực XII", "khu vực 2"). */
/** Kinds of a state's own organs, which a text may follow with "nước" and the country ("Quốc hội nước CHDCND Lào"). */
const NATIONAL_ORGANS: ReadonlySet<string> = new Set(["national-assembly", "government", "state"]);
/** The Roman number of a bank's branch after its place ("Cần Thơ II"): II to X, one letter "I" being too ambiguous. */
const ROMAN_BRANCH = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u;
const REGION_NUMBER = /^(?:[IVXLC]+|\d{1,2})$/u;

/** Last parts of domain names ("BDK.VN", "VTC.com"). */
const DOMAIN_ENDING = /^(?:vn|com|net|org|gov|edu|info)$/iu;

/** Places a consulate sits in ("tại TP Hồ Chí Minh", "tại Osaka"). */
const CITY_KINDS = new Set(["province", "city", "foreign-admin"]);
/** Heads of a body's branch, which its seat names ("Chi nhánh … tại Đà Nẵng", "Chi hội … tại Phú Thọ"). */
const BRANCH_HEADS = new Set(["Chi hội", "Phân hội", "Chi nhánh", "Văn phòng đại diện"]);

/** Kinds of body that exist once per locality: "UBND các tỉnh", "TAND các địa phương" are many bodies. */
const LOCAL_KINDS = new Set(["local-government", "court", "procuracy", "police", "department"]);

/** Organs named alone, then the bare head of the body they belong to ("Ban Chấp hành Hội"). */
const ORGAN_HEADS = new Set(["ban chấp hành", "ban giám đốc", "ban thường vụ", "ban kiểm soát", "ban giám hiệu", "ban tổng giám đốc", "hội đồng"]);
/** Bare heads that refer back to the body the text is about. */
const BARE_BODY_WORDS = ["phân hội", "chi hội", "hội", "sở", "đảng bộ", "công ty", "trường", "ngân hàng", "bệnh viện"].map((w) => w.split(" "));
/** Is token k the last number word of an ordinal ("thứ mười bốn", "thứ 14")? */
function afterOrdinal(tokens: RecognitionContext["tokens"], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const lower = tokens[j]!.lower;
    if (lower === "thứ") return true;
    if (!NUMBER_WORDS.has(lower) && tokens[j]!.kind !== "number") return false;
  }
  return false;
}
const NUMBER_WORDS = new Set(["một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "mốt"]);
/** The sides of a place a regional body is named by ("khu vực phía Nam", "phía Tây Bắc"). */
const SIDES = new Set(["Bắc", "Nam", "Đông", "Tây"]);
/** Lower-case words after "Chính phủ" that make it a programme or an ideal ("Chính phủ điện tử", "Chính phủ số"). */
const GOVERNMENT_IDEALS = new Set(["điện", "số", "kiến", "mở", "liêm", "hành"]);
/** Words before a bare head that make it many bodies of a kind. */
const PLURAL_BEFORE = new Set(["các", "những", "mọi", "hai", "ba", "bốn", "năm", "nhiều", "từng"]);

/** First syllables of the ad-hoc committees of words.ts (a cheap test before the trie). */
const AD_HOC_FIRST = new Set(["ban", "bcđ", "hội", "tổ", "đoàn"]);


/** Heads of joint bodies that may carry a lower-case description before the parties' names. */
const JOINT_HEADS = new Set(["ủy ban", "hội đồng", "tiểu ban", "ban"]);

/**
 * "Ủy ban hợp tác song phương Chính phủ Việt Nam - Trung Quốc": skips the lower-case description
 * of a joint body when capitalised party names follow it; otherwise returns `end` unchanged.
 */
function jointDescriptionEnd(ctx: RecognitionContext, first: number, end: number): number {
  const { tokens } = ctx;
  const g = grammar();
  const headText = end - first === 1 ? tokens[first]!.lower : `${tokens[first]!.lower} ${tokens[first + 1]!.lower}`;
  if (end - first > 2 || !JOINT_HEADS.has(headText)) return end;
  let k = end;
  for (let guard = 0; guard < 4 && spaced(tokens, k); guard++) {
    const word = g.jointBodyWords.longest(tokens, k);
    if (!word || tokens[k]!.capitalised) break;
    k = word.end;
  }
  return k > end && spaced(tokens, k) && tokens[k]!.capitalised ? k : end;
}

/** Does another body start at k? Used to stop "và" from joining two bodies into one. */
function startsUnit(ctx: RecognitionContext, k: number): boolean {
  const { tokens, lexicon } = ctx;
  if (lexicon.orgHeads.longest(tokens, k) !== undefined) return true;
  const known = lexicon.organizations.longest(tokens, k);
  if (known && known.payloads.some((p) => p.value.category !== "international")) return true;
  const abbreviation = lexicon.orgAbbreviations.longest(tokens, k);
  return abbreviation !== undefined && abbreviation.payloads.some((p) => p.value.category !== "international");
}

function canonicalOf(unit: Unit): CanonicalRef | undefined {
  if (!unit.entry) return undefined;
  return { name: unit.entry.name, kind: unit.entry.category, id: `org:${unit.entry.name}` };
}

/**
 * Capitalised syllables in a row from k. After an organ a holder's full name has three or more
 * ("Chủ tịch HĐQT Trần Đình Long"); a company's name of two may look like one ("HĐQT Hà Đô").
 */
function capitalisedRunLength(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (k + n < tokens.length && n < 4 && isCapitalisedWord(tokens[k + n]) && (n === 0 || tokens[k + n]!.spaceBefore)) n++;
  return n;
}

/** The end of "(CHQS)", "(GD&ĐT)" right after a name: a short name in brackets, its parts glued; else `end`. */
function bracketedShortNameEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== "(" || !spaced(tokens, end)) return end;
  let k = end + 1;
  if (!tokens[k]?.allCaps || tokens[k]!.spaceBefore) return end;
  while (k < end + 5 && tokens[k + 1] !== undefined && !tokens[k + 1]!.spaceBefore && tokens[k + 1]!.text !== ")") k++;
  return tokens[k + 1]?.text === ")" && !tokens[k + 1]!.spaceBefore ? k + 2 : end;
}

/** Do the letters in brackets at [end, bracketEnd) stand for the last words of the name [first, end) but not all of them ("CHQS" in "Bộ Chỉ huy Quân sự")? */
function standsForPart(tokens: readonly Token[], first: number, end: number, bracketEnd: number): boolean {
  const letters = tokens.slice(end + 1, bracketEnd - 1).map((t) => t.text).join("").replace(/[^\p{L}]/gu, "").toUpperCase();
  const initials = tokens.slice(first, end).filter((t) => t.kind === "word" && t.lower !== "và").map((t) => t.text[0]!.toUpperCase());
  for (let from = 1; from < initials.length; from++) if (initials.slice(from).join("") === letters) return true;
  return false;
}

/** Is a one-word name glued at `end` to "-Index" ("HNX-Index") or to a domain ending (".vn")? */
function gluedIndexOrDomain(tokens: readonly Token[], end: number): boolean {
  const [glue, word] = [tokens[end], tokens[end + 1]];
  if (glue === undefined || word === undefined || glue.spaceBefore || word.spaceBefore) return false;
  return (glue.text === "-" && word.lower === "index") || (glue.text === "." && DOMAIN_ENDING.test(word.text));
}

/** After an organ, the end of a bare head that names its body ("Hội" in "Ban Chấp hành Hội"); else `end`. */
function bareBodyEnd(tokens: readonly Token[], end: number): number {
  for (const words of BARE_BODY_WORDS) {
    const n = words.length;
    let k = 0;
    while (k < n && spaced(tokens, end + k) && tokens[end + k]?.lower === words[k]) k++;
    if (k < n) continue;
    // (Not before a name of its own: "Ban Chấp hành Hội Nông dân" is read as a chain.)
    const after = tokens[end + n];
    return after !== undefined && spaced(tokens, end + n) && isCapitalisedWord(after) ? end : end + n;
  }
  return end;
}
