import { caseCompatible } from "../../dictionaries/trie.js";
import type { PositionTitle } from "../../dictionaries/types.js";
import { pairKey } from "../../dictionaries/lexicon.js";
import { byFirstToken, hostPlaceAt, isCapitalisedWord, lowerTextOf, personStartsAt, spaced, tickerMoveAfter, titleMatchAt } from "../cues.js";
import { grammar } from "../grammar.js";
import { bodyNameEnd, nameWordsEnd, preventionComma, startsOtherBody } from "../names.js";
import { capitalisedRun } from "../runs.js";
import { FUNCTION_WORDS } from "../words.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";

/** Titles whose holder heads a ministry and may name it by its field alone ("Bộ trưởng Ngoại giao"). */
const MINISTERIAL = new Set(["bộ trưởng", "thứ trưởng"]);
/** Leaders a foreign state, province or city names right after the title ("Thống đốc California", "Thị trưởng New York"). */
const FOREIGN_LEADER_TITLES = new Set(["thống đốc", "phó thống đốc", "thị trưởng", "phó thị trưởng", "tỉnh trưởng", "phó tỉnh trưởng"]);
/** Roman numerals and numbers of a term ("khóa XIV", "khóa 15"). */
const TERM = /^(?:[IVXLC]+|\d{1,3})$/u;
const ROMAN_TERM = /^[IVXLC]+$/u;

interface TitleMatch {
  end: number;
  title?: PositionTitle;
  abbreviation: boolean;
  /** An abbreviation that is a title only before its body ("CT UBND"). */
  needsBody?: boolean;
}

export interface PositionResult {
  positions: Span[];
  /** Bodies that only a title reveals ("Phó Chánh tòa Hình sự" → "tòa Hình sự"). */
  organizations: Span[];
}

/** Word pairs after which "đại biểu" names deputies as a group (an election's, a credentials report's, a speech's). */
const DEPUTIES_AS_GROUP = new Set([pairKey("bầu", "cử"), pairKey("tư", "cách"), pairKey("thay", "mặt")]);

/**
 * POSITION: qualifiers before (Phó, Quyền, Nguyên) + title head + qualifiers after (Thường trực,
 * dự khuyết) + the body or country it belongs to when it follows contiguously, + the body's term
 * ("khóa XIV") and constituency ("đơn vị tỉnh Hà Giang"). A name that follows ends the title.
 */
export function recognisePositions(ctx: RecognitionContext, organizations: readonly Span[], locations: readonly Span[]): PositionResult {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const orgAt = byFirstToken(organizations);
  const orgEndFirst = new Map(organizations.map((o) => [o.last, o.first]));
  const locationAt = byFirstToken(locations);
  const maps: TitleMaps = { orgAt, locationAt, orgEndFirst };
  const insideOrgFlags = new Uint8Array(ctx.tokens.length);
  for (const org of organizations) insideOrgFlags.fill(1, org.first + 1, org.last);
  // No title starts inside a place's name either ("Trung Quốc Vương Nghị" is not "Quốc vương").
  for (const place of locations) if (place.first >= 0) insideOrgFlags.fill(1, place.first + 1, place.last);
  const insideOrg = { has: (k: number): boolean => insideOrgFlags[k] === 1 };
  const positions: Span[] = [];
  const extraOrgs: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // (A word with no start bit begins no title, title abbreviation or qualifier: every branch below then moves on.)
    if (token.kind !== "word" || token.startBits === 0 || insideOrg.has(i) || token.shouting) {
      i++;
      continue;
    }
    // "giữ chức vụ Trưởng ban …", "nhiệm vụ Trưởng ban …": "vụ" ends the word "chức vụ" or "nhiệm vụ", it does not start "Vụ trưởng".
    if (token.lower === "vụ" && (tokens[i - 1]?.lower === "chức" || tokens[i - 1]?.lower === "nhiệm") && spaced(tokens, i)) {
      i++;
      continue;
    }
    // "cuộc bầu cử đại biểu HĐND xã", "bầu cử tổng thống Philippines": in lower case after "bầu cử", the office names
    // the election, an event, not an office anyone holds (D86); its body is still annotated. (Not after "ứng cử" or
    // "tư cách": running for an office, or standing in it, names an office a person could hold.)
    if (!token.capitalised && i >= 2 && tokens[i - 1]!.lower === "cử" && tokens[i - 2]!.lower === "bầu" && spaced(tokens, i) && spaced(tokens, i - 1)) {
      i++;
      continue;
    }
    // "bầu cử Đại biểu Quốc hội", "xác nhận tư cách đại biểu HĐND phường", "Thay mặt đại biểu HĐND": the deputies
    // elected, confirmed or spoken for are the council's members as a group, in either case (D50, D87).
    if (token.lower === "đại" && tokens[i + 1]?.lower === "biểu" && i >= 2 && spaced(tokens, i) && spaced(tokens, i - 1) && DEPUTIES_AS_GROUP.has(pairKey(tokens[i - 2]!.lower, tokens[i - 1]!.lower))) {
      i++;
      continue;
    }
    // "bầu Đoàn Chủ tịch": a title word inside an ad-hoc committee's name (a congress's presidium) is no office.
    if (i > 0 && (g.adHocBodies.longest(tokens, i - 1)?.end ?? 0) > i) {
      i++;
      continue;
    }
    // ("chính quyền Tổng thống Trump": "quyền" is the second syllable of "chính quyền", the administration, no qualifier.)
    if (token.lower === "quyền" && tokens[i - 1]?.lower === "chính" && spaced(tokens, i)) {
      i++;
      continue;
    }
    // Qualifiers before the head.
    let j = i;
    for (let guard = 0; guard < 3; guard++) {
      const qualifier = lexicon.qualifiersBefore.longest(tokens, j);
      if (!qualifier || !spaced(tokens, qualifier.end)) break;
      j = qualifier.end;
    }
    const direct = titleAt(ctx, i);
    const qualified = j > i ? titleAt(ctx, j) : undefined;
    const head = qualified && (!direct || qualified.end > direct.end) ? qualified : direct;
    const headStart = head === qualified ? j : i;
    if (!head) {
      i++;
      continue;
    }
    let end = head.end;
    let title = head.title;
    // Qualifiers after the head.
    for (let guard = 0; guard < 2; guard++) {
      const qualifier = spaced(tokens, end) ? lexicon.qualifiersAfter.longest(tokens, end) : undefined;
      if (!qualifier) break;
      end = qualifier.end;
    }
    // ("Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy": after a qualifier the body is what follows, not the head's "ban".)
    const qualifiedAfter = end > head.end;
    // "tổng thống thứ 47", "Bí thư thứ hai": an ordinal after the head belongs to the title.
    if (spaced(tokens, end) && tokens[end]!.lower === "thứ" && spaced(tokens, end + 1) && tokens[end + 1]?.kind === "number" && tokens[end + 1]!.text.length <= 3) end += 2;
    // The governed title's head, when there is one: "trợ lý Bộ trưởng Ngoại giao" names the minister's field too.
    let governedHead: string | undefined;
    // "Trợ lý Tổng thống": a governing title takes the next title as its complement.
    if (g.titleGovernors.longest(tokens, headStart)?.end === head.end && spaced(tokens, end)) {
      // ("Trợ lý Quyền Chủ tịch VFF": the governed title may carry its own qualifier.)
      const governedQualifier = lexicon.qualifiersBefore.longest(tokens, end);
      const governedStart = governedQualifier && spaced(tokens, governedQualifier.end) ? governedQualifier.end : end;
      const governed = titleAt(ctx, governedStart);
      if (governed) {
        end = governed.end;
        title = governed.title ?? title;
        governedHead = tokensText(ctx, governedStart, governed.end);
      }
    }
    const titleEnd = end;
    let hasBody = false;
    // A body only the title reveals; kept only if the title is.
    let pendingOrg: Span | undefined;
    // The rules for the title's body are functions of their own: V8 optimises one long function in one large compilation,
    // whose memory sets the process's peak (session 13).
    {
      const t: TitleUnderway = { i, head, title, headStart, qualifiedAfter, governedHead, titleEnd, end, hasBody, pendingOrg };
      bodyTheTitleNames(ctx, t, maps);
      end = t.end;
      hasBody = t.hasBody;
      pendingOrg = t.pendingOrg;
    }
    // "GĐ bệnh viện", "CEO tập đoàn": an abbreviated title and the body it refers back to.
    const bareAfterAbbreviation = !hasBody && head.abbreviation ? bareHeadEnd(ctx, headStart, end) : end;
    if (bareAfterAbbreviation > end) {
      end = bareAfterAbbreviation;
      hasBody = true;
    }
    if (head.needsBody && !hasBody) {
      i = head.end;
      continue;
    }
    if (!hasBody && head.abbreviation && tokens[i - 1]?.text === "," && isCapitalisedWord(tokens[i - 2]) && spaced(tokens, end) && isCapitalisedWord(tokens[end]) && !tokens[end]!.allCaps &&
      !lexicon.surnames.has(tokens[end]!.lower) && !locationAt.has(end) && lexicon.positionAbbreviations.longest(tokens, headStart)?.payloads[0]!.value.category === "business") {
      // "Ông A, CEO Image Travel": in apposition the holder is already named, so the capitalised words after an
      // English business title name its company.
      const companyEnd = capitalisedRun(ctx, end, { maxTokens: 4 });
      if (companyEnd - end >= 2) {
        pendingOrg = spanOf(ctx, "ORGANIZATION", end, companyEnd, "organization.after-business-title");
        end = companyEnd;
        hasBody = true;
      }
    }
    if (!hasBody && title?.takesBody !== false && !head.abbreviation) {
      const t: TitleUnderway = { i, head, title, headStart, qualifiedAfter, governedHead, titleEnd, end, hasBody, pendingOrg };
      bodyInLowerCase(ctx, t, maps);
      end = t.end;
      hasBody = t.hasBody;
      pendingOrg = t.pendingOrg;
    }
    {
      const t: TitleUnderway = { i, head, title, headStart, qualifiedAfter, governedHead, titleEnd, end, hasBody, pendingOrg };
      titleTail(ctx, t, maps);
      end = t.end;
      hasBody = t.hasBody;
    }
    if (!accepted(ctx, i, headStart, head, titleEnd, end, hasBody)) {
      i++;
      continue;
    }
    // "bầu cử … và đại biểu HĐND các cấp": the deputies of the councils of every level, a group, no office (D50,
    // D87); their council is still annotated. (Other titles stay: "Chủ tịch UBND các cấp chịu trách nhiệm".)
    if (tokens[end]?.lower === "các" && tokens[end + 1]?.lower === "cấp" && spaced(tokens, end) && spaced(tokens, end + 1) &&
      tokens[headStart]!.lower === "đại" && tokens[headStart + 1]?.lower === "biểu" && end > headStart + 2) {
      extraOrgs.push(pendingOrg ?? orgAt.get(headStart + 2) ?? spanOf(ctx, "ORGANIZATION", headStart + 2, end, "organization.deputies-council"));
      i = end;
      continue;
    }
    positions.push(spanOf(ctx, "POSITION", i, end, hasBody ? "position.title+body" : "position.title"));
    if (pendingOrg) extraOrgs.push(pendingOrg);
    i = end;
  }
  return { positions, organizations: extraOrgs };
}

/** The maps a title's rules read: bodies and places by their first token, bodies' first tokens by their last. */
interface TitleMaps {
  orgAt: Map<number, Span>;
  locationAt: Map<number, Span>;
  orgEndFirst: ReadonlyMap<number, number>;
}

/** A title found at `i`, while the rules decide where it ends and which body it names. */
interface TitleUnderway {
  i: number;
  head: TitleMatch;
  title: PositionTitle | undefined;
  headStart: number;
  qualifiedAfter: boolean;
  governedHead: string | undefined;
  titleEnd: number;
  end: number;
  hasBody: boolean;
  pendingOrg: Span | undefined;
}

/** The body a title runs on into: one that starts inside it, its own body word, a body, institution, country or seat right after it, a ministry's field. */
function bodyTheTitleNames(ctx: RecognitionContext, t: TitleUnderway, maps: TitleMaps): void {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const { orgAt, locationAt } = maps;
  const { i, head, title, headStart, qualifiedAfter, governedHead } = t;
  let { end, hasBody, pendingOrg } = t;
  if (title?.takesBody !== false && !head.abbreviation) {
    // A body that starts inside the title ("Chánh Văn phòng" + "Văn phòng Huyện ủy Hà Khẩu").
    let inner: Span | undefined;
    for (let k = i + 1; k < end && !inner; k++) {
      const o = orgAt.get(k);
      if (o && o.last > end) inner = o;
    }
    if (inner) {
      end = inner.last;
      hasBody = true;
    } else if (title?.bodyStartsAt && spaced(tokens, end)) {
      let bodyWord = qualifiedAfter ? -1 : findWord(ctx, i, end, title.bodyStartsAt);
      // ("bộ trưởng quốc phòng James Mattis": "phòng" ends the word "quốc phòng", it starts no body.)
      if (bodyWord > 0 && endsFieldWord(ctx, bodyWord)) bodyWord = -1;
      // ("Trưởng ban Ban Tổ chức Trung ương": the body names its head word again; it starts there, after the title.)
      if (bodyWord >= 0 && repeatsTitleWord(tokens, bodyWord, end)) bodyWord = -1;
      // A longer head that starts at the body word ("phòng Cảnh sát hình sự") and the body chained after it come first.
      const lower = bodyWord >= 0 ? lowerCaseBody(ctx, bodyWord, end, orgAt, locationAt) : undefined;
      // ("Trưởng ban Nguyễn Văn B cho biết": a person's name after the title is its holder, no body's name.)
      const nameEnd = lower && lower.end > end ? lower.end : bodyWord >= 0 ? bodyNameEnd(ctx, end, { personFirstAllowed: false }) : end;
      if (bodyWord >= 0 && nameEnd > end) {
        // "Trưởng ban Tổ chức" of an event: the title stands, but an ad-hoc committee is not a body.
        const adHoc = grammar().adHocBodies.longest(tokens, bodyWord);
        // ("Trưởng Ban Chỉ đạo Trung ương …": a steering committee stays ad hoc whatever follows.)
        // ("Trưởng Ban Tổ chức Đại hội": a committee named after the event it serves is ad hoc too, D52.)
        if (adHoc && (grammar().adHocAlways.has(adHoc.payloads[0]!.value) || (spaced(tokens, adHoc.end) && grammar().eventWords.longest(tokens, adHoc.end) !== undefined))) pendingOrg = undefined;
        else if (adHoc && adHoc.end === nameEnd) pendingOrg = commissionAfter(ctx, adHoc, orgAt);
        else pendingOrg = spanOf(ctx, "ORGANIZATION", bodyWord, nameEnd, "organization.title-body");
        end = pendingOrg ? pendingOrg.last : nameEnd;
        hasBody = true;
      }
    }
  }
  if (!hasBody && title?.takesBody !== false && spaced(tokens, end)) {
    const org = orgAt.get(end);
    const place = locationAt.get(end);
    if (org) {
      // "chủ tịch hội đồng quản trị Eximbank": a title ending in a body's head chains that body to the one after it,
      // as "HĐQT Eximbank" does.
      const headFrom = qualifiedAfter ? -1 : bodyHeadInTitle(ctx, headStart, head.end);
      // ("Trưởng ban Ban Tổ chức Trung ương": a body that names the title's head word again is the whole body.)
      if (headFrom >= 0 && !repeatsTitleWord(tokens, headFrom, end)) pendingOrg = spanOf(ctx, "ORGANIZATION", headFrom, org.last, "organization.title-tail-body");
      end = org.through ?? org.last;
      hasBody = true;
    } else if (place && place.rule === "location.site" && INSTITUTION_SITES.has(tokensText(ctx, place.first, place.first + 2))) {
      // "Giám đốc Nhà hát Kịch Việt Nam", "Giám đốc Bảo tàng Hà Nội": a title makes the venue the institution
      // that runs it, a body (guideline: institutions are ORGANIZATIONs).
      pendingOrg = spanOf(ctx, "ORGANIZATION", place.first, place.last, INSTITUTION_RULE);
      end = place.last;
      hasBody = true;
    } else if (place && (place.canonical?.kind === "country" || place.canonical?.kind === "territory" || place.canonical?.kind === "seat")) {
      // "Bộ trưởng Ngoại giao Nga", "Thư ký báo chí Nhà Trắng": the country or the seat of power it serves.
      end = place.last;
      hasBody = true;
    } else if (place && ((place.canonical?.kind === "province" || place.canonical?.kind === "city" || place.canonical?.kind === "district") && g.localityLeaderTitles.has(tokensText(ctx, headStart, head.end)) ||
      place.canonical?.kind === "foreign-admin" && FOREIGN_LEADER_TITLES.has(tokensText(ctx, headStart, head.end))) &&
      !(place.last - place.first === 3 && personStartsAt(ctx, end))) {
      // "cựu Chủ tịch Hà Nội Nguyễn Đức Chung", "Bí thư Đà Nẵng": press shorthand for the province's leader;
      // a foreign state's or province's governor ("Thống đốc California Jerry Brown")
      // (not "Chủ tịch Hồ Chí Minh", the President the city is named after).
      end = place.last;
      hasBody = true;
    } else if (MINISTERIAL.has((governedHead ?? tokensText(ctx, headStart, head.end)).toLowerCase()) && tokens[end]!.capitalised) {
      const field = lexicon.ministryFields.longest(tokens, end);
      if (field) {
        end = field.end;
        hasBody = true;
        // "Bộ trưởng Ngoại giao Nga": the country whose minister it is.
        const country = spaced(tokens, end) ? locationAt.get(end) : undefined;
        if (country && (country.canonical?.kind === "country" || country.canonical?.kind === "territory")) end = country.last;
      } else {
        // "Thứ trưởng GD&ĐT", "Bộ trưởng TN&MT": the ministry's field abbreviated, capitals joined by "&" or "-".
        const abbreviated = abbreviatedFieldEnd(tokens, end);
        if (abbreviated > end) {
          end = abbreviated;
          hasBody = true;
        }
      }
    }
  } else if (head.abbreviation && spaced(tokens, end) && orgAt.get(end)) {
    end = orgAt.get(end)!.last;
    hasBody = true;
  }
  t.end = end; t.hasBody = hasBody; t.pendingOrg = pendingOrg;
}

/** A body the title's last word opens, a bare head, a locality body, a body's name after a head-ending title, an ad-hoc committee, a locality's leader, a country after "nước". */
function bodyInLowerCase(ctx: RecognitionContext, t: TitleUnderway, maps: TitleMaps): void {
  const { tokens } = ctx;
  const g = grammar();
  const { orgAt, locationAt } = maps;
  const { head, title, headStart } = t;
  let { end, hasBody, pendingOrg } = t;
  if (!hasBody && title?.takesBody !== false && !head.abbreviation) {
    // "Trưởng phòng Cảnh sát hình sự Công an tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh": the title's
    // last word opens the body; "thành viên hội đồng quản trị Công ty X": a lower-case body head after it.
    const body = lowerCaseBody(ctx, head.end - 1, head.end, orgAt, locationAt) ?? (spaced(tokens, end) && !tokens[end]!.capitalised ? lowerCaseBody(ctx, end, end, orgAt, locationAt) : undefined);
    if (body) {
      pendingOrg = spanOf(ctx, "ORGANIZATION", body.first, body.end, "organization.in-title");
      end = body.end;
      hasBody = true;
    } else {
      const bare = bareHeadEnd(ctx, headStart, end);
      if (bare > end) {
        end = bare;
        hasBody = true;
      }
    }
    // "trưởng công an phường", "Giám đốc Công an tỉnh": a title ending in a body word that takes a locality takes it too.
    const bodyWord = !hasBody && spaced(tokens, end) ? g.localityWords.longest(tokens, end) : undefined;
    if (bodyWord && titleEndsInLocalBody(ctx, headStart, head.end)) {
      end = bodyWord.end;
      const place = spaced(tokens, end) ? locationAt.get(end) : undefined;
      if (place) end = place.last;
      hasBody = true;
    }
    // "chủ tịch hội đồng quản trị Eximbank": a title ending in a body's head takes the body's name after it.
    if (!hasBody && spaced(tokens, end) && isCapitalisedWord(tokens[end]) && !personStartsAt(ctx, end)) {
      const headFrom = bodyHeadInTitle(ctx, headStart, head.end);
      const nameEnd = headFrom >= 0 ? bodyNameEnd(ctx, end, { personFirstAllowed: false }) : end;
      if (nameEnd > end) {
        pendingOrg = spanOf(ctx, "ORGANIZATION", headFrom, nameEnd, "organization.title-tail-body");
        end = nameEnd;
        hasBody = true;
      }
    }
    // "Phó trưởng Ban tổ chức", "Trưởng Ban Chỉ đạo …": an ad-hoc committee completes the title, without an ORGANIZATION.
    const adHocAfter = !hasBody && spaced(tokens, end) ? grammar().adHocBodies.longest(tokens, end) : undefined;
    // ("Phó trưởng ban" + "tổ chức": the committee's head word is the title's last word.)
    const adHocInside = !hasBody ? grammar().adHocBodies.longest(tokens, end - 1) : undefined;
    const adHoc = adHocAfter ?? (adHocInside && adHocInside.end > end ? adHocInside : undefined);
    if (adHoc) {
      hasBody = true;
      pendingOrg = commissionAfter(ctx, adHoc, orgAt);
      end = pendingOrg ? pendingOrg.last : adHoc.end;
      // "Trưởng Ban chỉ đạo 138 tỉnh", "Trưởng ban Chỉ đạo chương trình 06": a programme's number, and its locality.
      const programme = !pendingOrg && spaced(tokens, end) && tokens[end]!.lower === "chương" && tokens[end + 1]?.lower === "trình" && spaced(tokens, end + 1) ? end + 2 : end;
      if (!pendingOrg && spaced(tokens, programme) && tokens[programme]?.kind === "number" && tokens[programme]!.text.length <= 3) {
        end = programme + 1;
        const locality = spaced(tokens, end) ? g.localityWords.longest(tokens, end) : undefined;
        if (locality && !(spaced(tokens, locality.end) && isCapitalisedWord(tokens[locality.end]))) end = locality.end;
      }
      // "Phó chủ tịch Ủy ban bầu cử huyện": the committee's locality, bare or with its place.
      if (!pendingOrg) end = placeAfterName(ctx, end, locationAt);
      // "Phó trưởng Ban Chỉ đạo Diễn tập KVPT Quân khu": the committee's capitalised name completes its head's title.
      if (!pendingOrg && spaced(tokens, end) && isCapitalisedWord(tokens[end]) && !personStartsAt(ctx, end)) {
        const named = bodyNameEnd(ctx, end, { personFirstAllowed: false });
        const inner = named > end ? orgAt.get(named - 1) : undefined;
        end = inner && inner.last > named ? inner.last : named;
      }
    }
    // "Chủ tịch tỉnh", "Bí thư xã Tân Lập": a locality's leader named by the bare type word, and its place.
    // (A capitalised type word too, where the place the place rules found follows it: "Phó tỉnh trưởng Tỉnh Boly Khămxay".)
    const capitalisedLocality = spaced(tokens, end) && tokens[end]!.capitalised && !tokens[end]!.allCaps && locationAt.has(g.localityWords.longest(tokens, end)?.end ?? -1);
    const leader = !hasBody && spaced(tokens, end) && (!tokens[end]!.capitalised || capitalisedLocality) && g.localityLeaderTitles.has(tokensText(ctx, headStart, head.end));
    // ("Phó Bí thư thành ủy", "Bí thư đảng ủy": committees whose first syllable is no locality word of its own.)
    const cityCommittee = leader && COMMITTEE_FIRST.has(tokens[end]!.lower) && tokens[end + 1]?.lower === "ủy" && spaced(tokens, end + 1);
    const locality = leader ? (cityCommittee ? { first: end, end: end + 1 } : g.localityWords.longest(tokens, end)) : undefined;
    if (locality) {
      end = locality.end;
      // "Bí thư huyện ủy": the locality's party committee, written in lower case, is the body.
      if (tokens[end]?.lower === "ủy" && spaced(tokens, end) && tokens[end + 1]?.lower !== "viên") {
        pendingOrg = spanOf(ctx, "ORGANIZATION", locality.first, end + 1, "organization.lower-case-committee");
        end += 1;
      }
      const place = spaced(tokens, end) ? locationAt.get(end) : undefined;
      if (place) {
        end = place.last;
        if (pendingOrg) pendingOrg = spanOf(ctx, "ORGANIZATION", locality.first, place.last, "organization.lower-case-committee");
      }
      hasBody = true;
    }
    // "Tổng thống nước Cộng hòa Indonesia": the country after "nước".
    if (!hasBody && tokens[end]?.lower === "nước" && spaced(tokens, end) && spaced(tokens, end + 1)) {
      const country = locationAt.get(end + 1);
      if (country && (country.canonical?.kind === "country" || country.canonical?.kind === "territory")) {
        end = country.last;
        hasBody = true;
      }
    }
  }
  t.end = end; t.hasBody = hasBody; t.pendingOrg = pendingOrg;
}

/** What follows a title and belongs to it: term and constituency, a director's field, a coach's team, qualifiers, a remit, a mission's host, a committee's description. */
function titleTail(ctx: RecognitionContext, t: TitleUnderway, maps: TitleMaps): void {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const { orgAt, locationAt, orgEndFirst } = maps;
  const { i, head, title, headStart } = t;
  const { pendingOrg } = t;
  let { end, hasBody } = t;
  // ("Đại biểu Quốc hội khóa XV tỉnh Tuyên Quang": a title that names its body takes the body's term and constituency too.)
  if (hasBody || (orgEndFirst.get(end) ?? -1) > i) end = termAndConstituency(ctx, end, locationAt);
  // "Giám đốc tài chính", "Giám đốc điều hành nhân sự": a director's field of work belongs to the title.
  const director = !hasBody && spaced(tokens, end) && tokensText(ctx, headStart, head.end).includes("giám đốc");
  if (director && !tokens[end]!.capitalised) {
    const field = nameWordsEnd(ctx, end);
    if (field > end) end = field;
  } else if (director && !tokens[end]!.allCaps) {
    // ("Giám đốc Kinh doanh", "Giám đốc Marketing": the field capitalised as a business card writes it, when it is the
    // whole of the field: no capital goes on after it, so it is no body's name.)
    const field = lexicon.orgNameWords.longest(tokens, end);
    if (field && !orgAt.has(end) && !(spaced(tokens, field.end) && isCapitalisedWord(tokens[field.end]))) end = field.end;
  }
  // "HLV trưởng đội tuyển VN", "HLV Trưởng đội tuyển U19 Việt Nam": a coach's team, named by its country or age group
  // (the team is no body of its own, guideline; an age group's team is).
  // ("HLV ĐTQG Việt Nam", "HLV trưởng ĐT Việt Nam": the national team's abbreviation, then its country.)
  const teamWords = !hasBody && title?.category === "sport" && spaced(tokens, end) ? (tokens[end]!.lower === "đội" && tokens[end + 1]?.lower === "tuyển" && spaced(tokens, end + 1) ? 2 : tokens[end]!.text === "ĐTQG" || tokens[end]!.text === "ĐT" ? 1 : 0) : 0;
  if (teamWords > 0 && spaced(tokens, end + teamWords)) {
    const team = orgAt.get(end + teamWords) ?? locationAt.get(end + teamWords);
    if (team) {
      end = team.last;
      hasBody = true;
    }
  }
  // "thành viên HĐQT độc lập": an independent member.
  if (spaced(tokens, end) && tokens[end]!.lower === "độc" && tokens[end + 1]?.lower === "lập" && spaced(tokens, end + 1)) end += 2;
  // "người đại diện vốn nhà nước tại VRG": a representative's title names where it represents.
  if (spaced(tokens, end) && tokens[end]!.lower === "tại" && spaced(tokens, end + 1) && orgAt.get(end + 1) && tokensText(ctx, headStart, head.end).toLowerCase().startsWith("người đại diện")) {
    end = orgAt.get(end + 1)!.last;
    hasBody = true;
  }
  // "thành viên HĐQT không điều hành", "Phó Tổng thư ký đương nhiệm": qualifiers after a title are part of it.
  const qualifier = spaced(tokens, end) ? lexicon.qualifiersAfter.longest(tokens, end) : undefined;
  if (qualifier) end = qualifier.end;
  // "Phó Giám đốc phụ trách đối ngoại", "Phó Cục trưởng phụ trách Cục Báo chí": the remit belongs to the title.
  if (spaced(tokens, end) && tokens[end]!.lower === "phụ" && tokens[end + 1]?.lower === "trách" && spaced(tokens, end + 1) && spaced(tokens, end + 2)) {
    // (A title that already names its body takes only a field: "Phó Chủ tịch UBND tỉnh phụ trách UBND tỉnh đến khi …" is a
    // temporary charge, a separate statement.)
    const body = hasBody ? undefined : orgAt.get(end + 2);
    const remit = body ? body.last : nameWordsEnd(ctx, end + 2);
    if (remit > end + 2) {
      end = remit;
      // ("PCT phụ trách tài chính VFF", "Phó Giám đốc phụ trách điều hành BV": then the body the title belongs to.)
      const owner = !hasBody && !body && spaced(tokens, end) ? orgAt.get(end) : undefined;
      if (owner) end = owner.last;
    }
  }
  // "Đại sứ Việt Nam tại Nhật Bản", "Trưởng Cơ quan đại diện Việt Nam tại Lào": where the mission is.
  // ("nhiệm kỳ đại sứ tại Hà Nội": without a country named, the host city alone.)
  if (title?.category === "diplomatic" && tokens[end]?.lower === "tại" && spaced(tokens, end) && spaced(tokens, end + 1)) {
    const host = hostPlaceAt(ctx, end + 1, locationAt);
    if (host) end = host.last;
  }
  // "Trưởng Ban đào tạo", "Trưởng Ban Tổ chức hội chợ", "Trưởng ban liên lạc truyền thống CCB Sư đoàn 324": the head of
  // a committee named in words, ad hoc or not, takes the words that describe it (guideline: "Trưởng Ban Chỉ đạo …").
  // (Not after a named standing body: "Phó Trưởng Ban Tổ chức Trung ương công bố …"; an ad-hoc committee is no body.)
  const standingBody = hasBody && (pendingOrg !== undefined || orgEndFirst.has(end));
  // (So after an ad-hoc committee's word the title ends in: "Trưởng Tiểu ban văn kiện Đại hội".)
  const endsInCommittee = [end - 1, end - 2].some((k) => k > headStart && g.adHocBodies.longest(tokens, k)?.end === end);
  if (!standingBody && (COMMITTEE_HEADS.has(tokensText(ctx, headStart, head.end)) || endsInCommittee)) {
    const described = committeeDescriptionEnd(ctx, end);
    if (described > end) end = described;
  }
  t.end = end; t.hasBody = hasBody;
}


/**
 * End of a bare body head after a title that refers back to the body ("Phó Giám đốc Sở cho biết"), or
 * `end`: it completes the title without an ORGANIZATION. In lower case too after a lower-case title ("4
 * giám đốc sở"); a head of two syllables after any title ("GĐ bệnh viện", "chủ tịch ngân hàng"). A
 * lower-case "sở" followed by a breaker ends the clause ("tham mưu cho Giám đốc sở và UBND tỉnh", D36).
 */
function bareHeadEnd(ctx: RecognitionContext, headStart: number, end: number): number {
  const { tokens, lexicon } = ctx;
  if (!spaced(tokens, end)) return end;
  const lowerSo = tokens[end]!.lower === "sở" && !tokens[end]!.capitalised && !isCapitalisedWord(tokens[end + 1]) && grammar().orgBreakers.longest(tokens, end) === undefined;
  // ("Thủ trưởng cơ quan", "Phó Thủ trưởng đơn vị": the agency or unit the text is about, in lower case.)
  const unitWord = !tokens[end]!.capitalised && tokens[end + 1] !== undefined && spaced(tokens, end + 1) && UNIT_WORDS.has(tokensText(ctx, end, end + 2));
  if (unitWord) return !spaced(tokens, end + 2) || (tokens[end + 2] !== undefined && !tokens[end + 2]!.capitalised) ? end + 2 : end;
  const found = lexicon.orgHeads.longest(tokens, end);
  // (A school named by its kind alone is one too: "Phó Hiệu trưởng Trường Tiểu học".)
  if (!found || found.end > end + 3 || !(BARE_HEADS.has(tokensText(ctx, end, found.end)) || found.payloads.some((p) => p.value.category === "education"))) return end;
  // ("Chủ tịch Hội đồng xét giải": an ad-hoc committee is read by its own rule.)
  if (grammar().adHocBodies.longest(tokens, end) !== undefined) return end;
  // ("Chủ tịch HĐQT ngân hàng": a title that names an organ already has its body; the word after is the sentence's.)
  const twoSyllables = found.end >= end + 2 && !titleNamesBody(ctx, headStart, end);
  if (!(tokens[end]!.capitalised || !tokens[headStart]!.capitalised || lowerSo || twoSyllables)) return end;
  // The head closes the clause: punctuation or a lower-case word follows it, or the holder's name ("Phó Giám đốc Sở
  // Bùi Trường Phong": a surname and at least two capitalised syllables, where no body's name goes on).
  const next = tokens[found.end];
  if (!spaced(tokens, found.end) || (next !== undefined && !next.capitalised)) return found.end;
  return tokens[found.end - 1]!.capitalised && holderNameAt(ctx, found.end) ? found.end : end;
}

/** A person's name starts here: a surname, then two or three capitalised syllables, the last followed by no capital. */
function holderNameAt(ctx: RecognitionContext, k: number): boolean {
  const { tokens } = ctx;
  if (!personStartsAt(ctx, k) || tokens[k]!.allCaps) return false;
  let end = k + 1;
  while (end < tokens.length && end - k < 4 && spaced(tokens, end) && isCapitalisedWord(tokens[end]) && !tokens[end]!.allCaps) end++;
  return end - k >= 2 && end - k <= 4 && !(spaced(tokens, end) && isCapitalisedWord(tokens[end]));
}

/** End of a ministry's field written as capitals joined by "&" or "-" ("GD&ĐT", "LĐ-TB&XH"), at least one "&"; else k. */
function abbreviatedFieldEnd(tokens: RecognitionContext["tokens"], k: number): number {
  let end = k;
  let joined = false;
  while (tokens[end]?.allCaps && (end === k || !tokens[end]!.spaceBefore)) {
    const next = tokens[end + 1];
    if (next === undefined || next.spaceBefore || (next.text !== "&" && next.text !== "-") || !tokens[end + 2]?.allCaps || tokens[end + 2]!.spaceBefore) {
      end += 1;
      break;
    }
    joined ||= next.text === "&";
    end += 2;
  }
  return joined ? end : k;
}

/** Does the title name a body of its own ("Chủ tịch HĐQT", "Trưởng ban")? Then a word after it is not its body. */
function titleNamesBody(ctx: RecognitionContext, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if (ctx.tokens[k]!.allCaps) return true;
  return bodyHeadInTitle(ctx, first, end) >= 0;
}

/** Venue heads that are also institutions with a head of their own. */
const INSTITUTION_SITES = new Set(["nhà hát", "bảo tàng", "thư viện", "nhà văn hóa", "cung văn hóa"]);
/** The rule of a venue read as the institution a title heads; core.ts lets it replace the site. */
export const INSTITUTION_RULE = "organization.institution-venue";

/** Lower-case words for "the agency" or "the unit" a title belongs to, which are no body's head. */
const UNIT_WORDS = new Set(["cơ quan", "đơn vị"]);

/** First syllables of lower-case party committees that are not locality words themselves ("thành ủy", "thị ủy", "đảng ủy"). */
const COMMITTEE_FIRST = new Set(["thành", "thị", "đảng"]);

/** Heads that, bare after a title, name the body the text is about ("Giám đốc Sở", "Thứ trưởng Bộ"). */
const BARE_HEADS = new Set(["sở", "bộ", "cục", "vụ", "ban", "viện", "trường", "công ty", "tập đoàn", "ngân hàng", "bệnh viện", "liên đoàn", "hiệp hội", "chi bộ", "học viện", "hội đồng", "tổng công ty",
  // ("Quyền chủ tịch CLB nói", "Chủ tịch Liên hiệp"; clubs and unions referred back to.)
  "clb", "câu lạc bộ", "liên hiệp", "quỹ",
  // ("Chính ủy Sư đoàn", "Phó Tham mưu trưởng Lữ đoàn": the unit the text is about, in army news.)
  "sư đoàn", "lữ đoàn", "trung đoàn", "quân đoàn", "hải đoàn", "tiểu đoàn"]);

/** "Ban tổ chức" + "Tỉnh ủy": an ad-hoc committee followed by a standing body is that body's commission, a body. */
function commissionAfter(ctx: RecognitionContext, adHoc: { first: number; end: number; payloads: Array<{ value: string }> }, orgAt: Map<number, Span>): Span | undefined {
  if (grammar().adHocAlways.has(adHoc.payloads[0]!.value)) return undefined;
  const standing = spaced(ctx.tokens, adHoc.end) ? orgAt.get(adHoc.end) : undefined;
  return standing && spanOf(ctx, "ORGANIZATION", adHoc.first, standing.last, "organization.title-body");
}

/**
 * A body written with a lower-case head inside a title, from token `from` (which may be the title's
 * own last word): the head, then a chained body, a proper name or a locality. Undefined when the
 * head is not followed by a name (the title then stands alone).
 */
/**
 * "phòng Văn hóa và Thông tin huyện", "phòng Tài chính - Kế hoạch huyện Thọ Xuân": a department named relative
 * to its locality, bare or with a known place; not before an unknown capitalised name (left to the place rules).
 */
function placeAfterName(ctx: RecognitionContext, nameEnd: number, locationAt: Map<number, Span>): number {
  const { tokens } = ctx;
  const locality = spaced(tokens, nameEnd) && !tokens[nameEnd]!.capitalised ? grammar().localityWords.longest(tokens, nameEnd) : undefined;
  if (!locality) return nameEnd;
  const seat = spaced(tokens, locality.end) ? locationAt.get(locality.end) : undefined;
  if (seat) return seat.last;
  return isCapitalisedWord(tokens[locality.end]) && spaced(tokens, locality.end) ? nameEnd : locality.end;
}

function lowerCaseBody(ctx: RecognitionContext, from: number, titleEnd: number, orgAt: Map<number, Span>, locationAt: Map<number, Span>): { first: number; end: number } | undefined {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const head = lexicon.orgHeads.longest(tokens, from);
  if (!head || tokens[from]!.capitalised || head.end < titleEnd) return undefined;
  // "bộ trưởng quốc phòng James Mattis": "phòng" is the second syllable of "quốc phòng", no head.
  if (from > 0 && endsFieldWord(ctx, from)) return undefined;
  if (from > 0 && insideKnownBody(ctx, from)) return undefined;
  // A head that is the title's own word ("Trưởng phòng") must go on past the title or be followed by a name.
  let end = head.end;
  if (!spaced(tokens, end)) return from < titleEnd && head.end > titleEnd ? { first: from, end } : undefined;
  const chained = orgAt.get(end);
  if (chained) return { first: from, end: chained.last };
  let nameEnd = bodyNameEnd(ctx, end, { personFirstAllowed: false });
  // "ban Pháp chế HĐND tỉnh": a body inside the name that runs on past it ("HĐND tỉnh") ends it.
  for (let k = end + 1; k < nameEnd; k++) {
    const inner = orgAt.get(k);
    if (inner && inner.last > nameEnd) nameEnd = inner.last;
  }
  if (nameEnd > end) return { first: from, end: placeAfterName(ctx, nameEnd, locationAt) };
  // "Trưởng đoàn Hội thẩm nhân dân": a lower-case tail of the body's name ("nhân dân", "quốc gia").
  const tail = spaced(tokens, end) && !tokens[end]!.capitalised ? g.orgNameTails.longest(tokens, end) : undefined;
  if (tail && head.end > titleEnd) return { first: from, end: tail.end };
  const locality = g.localityWords.longest(tokens, end);
  if (locality && head.payloads[0]!.value.takesLocality) {
    // ("Chủ tịch hội đồng nhân dân Huyện Hoài Đức": and the place after it.)
    const seat = spaced(tokens, locality.end) ? locationAt.get(locality.end) : undefined;
    return { first: from, end: seat ? seat.last : locality.end };
  }
  // A lower-case head that is the title's own last word and names nothing after it ends with the title.
  return from < titleEnd && head.end > titleEnd ? { first: from, end: head.end } : undefined;
}

/** Where a body's head inside the title starts when the head ends the title ("Chủ tịch Hội đồng quản trị"), or -1. */
function bodyHeadInTitle(ctx: RecognitionContext, first: number, end: number): number {
  for (let k = first + 1; k < end; k++) {
    const head = ctx.lexicon.orgHeads.longest(ctx.tokens, k);
    // ("bộ trưởng quốc phòng": "phòng" ends the word "quốc phòng", it is no body's head.)
    if (endsFieldWord(ctx, k) || insideKnownBody(ctx, k)) continue;
    if (head && head.end === end && !ctx.tokens[k]!.allCaps) return k;
  }
  return -1;
}

/** Does the title end in a body word that takes a locality ("Trưởng Công an", "Giám đốc Sở")? */
function titleEndsInLocalBody(ctx: RecognitionContext, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) {
    const head = ctx.lexicon.orgHeads.longest(ctx.tokens, k);
    if (head && head.end === end && head.payloads.some((p) => p.value.takesLocality)) return true;
  }
  return false;
}

function titleAt(ctx: RecognitionContext, i: number): TitleMatch | undefined {
  const { tokens, lexicon } = ctx;
  const token = tokens[i];
  if (!token || token.kind !== "word") return undefined;
  const title = titleMatchAt(ctx, i);
  const abbreviation = lexicon.positionAbbreviations.longest(tokens, i);
  const abbreviationOk = abbreviation && caseCompatible(abbreviation.payloads[0]!.tokens, tokens, false, i) && tokens[i]!.allCaps && !tickerMoveAfter(ctx, i);
  if (abbreviationOk && (!title || abbreviation.end > title.end)) return { end: abbreviation.end, abbreviation: true, needsBody: abbreviation.payloads[0]!.value.needsBody === true };
  if (title) return { end: title.end, title: title.payloads[0]!.value, abbreviation: false };
  return undefined;
}

function tokensText(ctx: RecognitionContext, first: number, end: number): string {
  return lowerTextOf(ctx.tokens, first, end);
}

function findWord(ctx: RecognitionContext, first: number, end: number, word: string): number {
  const lower = word.toLowerCase().split(/\s+/u)[0];
  for (let k = first; k < end; k++) if (ctx.tokens[k]!.lower === lower) return k;
  return -1;
}

/** "khóa XIV" (a term of the body) and "đơn vị tỉnh Hà Giang" (a constituency) stay inside. */
function termAndConstituency(ctx: RecognitionContext, end: number, locationAt: Map<number, Span>): number {
  const { tokens } = ctx;
  const g = grammar();
  let k = end;
  if (spaced(tokens, k) && (tokens[k]!.lower === "khóa" || tokens[k]!.lower === "khoá") && spaced(tokens, k + 1) && TERM.test(tokens[k + 1]!.text)) {
    k += 2;
    // "khóa X, XI" (and "khóa X và XI"): a comma between term numbers does not end the title (guideline).
    // (Only a numeral of the same kind: "khóa XIV, 15 người" counts people.)
    const roman = ROMAN_TERM.test(tokens[k - 1]!.text);
    while ((tokens[k]?.text === "," || tokens[k]?.lower === "và") && spaced(tokens, k + 1) && TERM.test(tokens[k + 1]?.text ?? "") && ROMAN_TERM.test(tokens[k + 1]!.text) === roman &&
      !(roman === false && tokens[k + 2]?.kind === "word" && !tokens[k + 2]!.capitalised)) k += 2;
  }
  // "Trưởng đoàn ĐBQH khóa XIV tỉnh Hà Giang": the body's place after its term.
  // ("Trưởng đoàn ĐBQH tỉnh Tuyên Quang", "Trưởng đoàn ĐBQH tỉnh": the deputies' province, named or bare, without a term too.)
  const deputies = tokens[end - 1]?.text === "ĐBQH";
  const locality = (k > end || deputies) && spaced(tokens, k) ? g.localityWords.longest(tokens, k) : undefined;
  if (locality && spaced(tokens, locality.end) && locationAt.get(locality.end)) return locationAt.get(locality.end)!.last;
  // (A bare one before the holder's name too: "Trưởng đoàn ĐBQH tỉnh Phan Ngọc Thọ".)
  if (locality && deputies && (!(spaced(tokens, locality.end) && isCapitalisedWord(tokens[locality.end])) || personStartsAt(ctx, locality.end))) return locality.end;
  if (spaced(tokens, k) && tokens[k]!.lower === "đơn" && tokens[k + 1]?.lower === "vị" && spaced(tokens, k + 1) && spaced(tokens, k + 2)) {
    const locality = g.localityWords.longest(tokens, k + 2);
    const placeStart = locality ? locality.end : k + 2;
    const place = spaced(tokens, placeStart) ? locationAt.get(placeStart) : undefined;
    if (place) k = place.last;
  }
  return k;
}

function accepted(ctx: RecognitionContext, first: number, headStart: number, head: TitleMatch, titleEnd: number, end: number, hasBody: boolean): boolean {
  const { tokens, lexicon } = ctx;
  const g = grammar();
  const headText = tokensText(ctx, headStart, head.end);
  if (lexicon.notTitles.has(headText)) return false;
  // ("Ảnh: HT": after a credit's colon, two capitals with no name after them are the author's initials.)
  if (head.abbreviation && head.end - headStart === 1 && tokens[headStart]!.text.length <= 2 && tokens[first - 1]?.text === ":" && !(tokens[end]?.text === "." && isCapitalisedWord(tokens[end + 1]))) return false;
  // "đại sứ quán", "lãnh sự quán": a longer word that is no title starts with the title.
  if (spaced(tokens, head.end) && tokens[head.end]!.kind === "word" && lexicon.notTitles.has(`${headText} ${tokens[head.end]!.lower}`)) return false;
  if (!hasBody && g.titlesNeedingBody.has(headText) && titleEnd === head.end) return false;
  if (!hasBody && g.titlesNeedingHolder.has(headText) && !(spaced(tokens, end) && tokens[end]!.kind === "word" && tokens[end]!.capitalised)) return false;
  // "các đại biểu HĐND phường", "100% đại biểu HĐND", "20 Hội thẩm", "các vị Hội thẩm nhân dân": deputies and lay
  // assessors counted as a group are a role, not an office (guideline, D50).
  const before = tokens[first - 1];
  const counted = before !== undefined && (g.pluralDeterminers.longest(tokens, first - 1) !== undefined || before.kind === "number" || before.text === "%" || before.lower === "tổ" ||
    (before.lower === "vị" && g.pluralDeterminers.longest(tokens, first - 2) !== undefined) || (before.lower === "thể" && tokens[first - 2]?.lower === "toàn"));
  if (counted && (headText.startsWith("đại biểu") || headText.startsWith("hội thẩm"))) return false;
  // "các thành viên Hội đồng trường", "9/9 thành viên Hội đồng": members counted or listed as a group too (D86). So are
  // member units ("đơn vị thành viên Tập đoàn", "công ty thành viên"). (A capital "Thành viên" is left as written.)
  if (headText === "thành viên" && !tokens[first]!.capitalised && (counted || (before !== undefined && MEMBER_UNIT_WORDS.has(before.lower)))) return false;
  // "70/82 vị Ủy viên Ủy ban MTTQ tỉnh": members counted in a vote are a group, like deputies (D50).
  if (before?.lower === "vị" && tokens[first - 2]?.kind === "number" && headText.startsWith("ủy viên")) return false;
  if (tokens[first]!.capitalised) return true;
  // Lower-case titles count when the context makes the title use certain.
  if (hasBody) return true;
  // A title of three or more syllables is a title in any letter case ("người phát ngôn", "thư ký báo chí"),
  // a governing title with the title it governs too ("trợ lý Tổng giám đốc").
  if (titleEnd - headStart >= 3 && !head.abbreviation) return true;
  const previous = tokens[first - 1];
  const beforePrevious = tokens[first - 2];
  if (previous && spaced(tokens, first) && (g.titleTriggers.longest(tokens, first - 1) || (beforePrevious && g.titleTriggers.longest(tokens, first - 2)?.end === first))) {
    return !g.pluralDeterminers.longest(tokens, first - 1) || hasBody;
  }
  if (spaced(tokens, end) && personStartsAt(ctx, end)) return true;
  // "vì hiệu trưởng bị miễn nhiệm", "tiếp đại sứ các nước", "23 giám đốc công an": a lower-case title of two
  // syllables is a title too (guideline), but not after a plural determiner ("các đại biểu").
  return head.end - headStart === 2 && !head.abbreviation && !g.titlesAlsoModifiers.has(headText) && !(previous && g.pluralDeterminers.longest(tokens, first - 1));
}

/** Is the lower-case token at k the second syllable of a field word ("phòng" of "quốc phòng")? Then it heads no body. */
function endsFieldWord(ctx: RecognitionContext, k: number): boolean {
  return !ctx.tokens[k]!.capitalised && (ctx.lexicon.orgNameWords.longest(ctx.tokens, k - 1)?.end ?? 0) > k;
}

/** Does the capitalised body at `end` open with the title's own head word at `word` ("Trưởng ban" + "Ban Tổ chức …")? */
function repeatsTitleWord(tokens: RecognitionContext["tokens"], word: number, end: number): boolean {
  return tokens[end]?.capitalised === true && tokens[end]!.lower === tokens[word]!.lower;
}

/** "Chủ tịch Quốc hội Saysomphone Phomvihane": "hội" is the last syllable of the known body "Quốc hội", no head of its own. */
function insideKnownBody(ctx: RecognitionContext, k: number): boolean {
  return !ctx.tokens[k]!.capitalised && (ctx.lexicon.organizations.longest(ctx.tokens, k - 1)?.end ?? 0) > k;
}

/** Titles that head a committee ("Trưởng ban", "Phó Trưởng ban"): the committee may be named in words after them. */
/** Nouns before "thành viên" that make it "member" as an adjective ("đơn vị thành viên", "công ty thành viên"). */
const MEMBER_UNIT_WORDS: ReadonlySet<string> = new Set(["vị", "ty", "nghiệp", "chức", "nước", "gia", "hàng"]);
const COMMITTEE_HEADS = new Set(["trưởng ban", "phó trưởng ban"]);
/** The function words of two syllables ("phát biểu", "cho biết"; not "tổ chức", which names committees: "Ban tổ chức hội chợ"). */
const FUNCTION_PHRASES = new Set(FUNCTION_WORDS.words.filter((w) => w.split(" ").length === 2 && w !== "tổ chức"));
/** How far a committee's description may run. */
const MAX_COMMITTEE_WORDS = 12;

/**
 * End of the words that describe a committee after "Trưởng Ban …" ("đào tạo", "Tổ chức hội chợ", "chỉ đạo
 * thực hiện nhiệm vụ diễn tập khu vực phòng thủ tỉnh"): lower-case words, with numbers and capitalised
 * abbreviations among them, up to punctuation, a line break, a function word ("của", "đã", "và") or a name.
 * Returns `end` when no lower-case word follows.
 */
function committeeDescriptionEnd(ctx: RecognitionContext, end: number): number {
  const { tokens } = ctx;
  const g = grammar();
  let k = end;
  let words = 0;
  while (k < tokens.length && k - end < MAX_COMMITTEE_WORDS && (spaced(tokens, k) || preventionComma(tokens, k))) {
    const t = tokens[k]!;
    // ("Ban Chỉ đạo phòng, chống thiên tai": the comma of "phòng, chống" is inside the standard phrase.)
    if (preventionComma(tokens, k)) {
      k++;
      continue;
    }
    // (A two-word verb or function phrase ends it too: "… phát biểu khai mạc", "… cho biết".)
    if (t.kind === "word" && !t.capitalised && FUNCTION_PHRASES.has(`${t.lower} ${tokens[k + 1]?.lower ?? ""}`)) break;
    if (t.kind === "word" && !t.capitalised && !g.functionWords.has(t.lower)) words++;
    // (After a lower-case word a capitalised one goes on only as a body or place: "CCB Sư đoàn 324", not a foreign
    // holder's name, "… tổng thống Konstantin Eliseyev".)
    // (Or as the event the committee serves: "Tiểu ban văn kiện Đại hội".)
    else if (!(words > 0 && (t.kind === "number" || t.allCaps || (t.capitalised && !personStartsAt(ctx, k) && (tokens[k - 1]!.capitalised || startsBodyOrPlace(ctx, k) || g.eventWords.longest(tokens, k) !== undefined))))) break;
    k++;
  }
  return words > 0 ? k : end;
}

/** Does a body, a body's head or a place start at token k? */
function startsBodyOrPlace(ctx: RecognitionContext, k: number): boolean {
  return startsOtherBody(ctx, k) || ctx.lexicon.locations.longest(ctx.tokens, k) !== undefined;
}
