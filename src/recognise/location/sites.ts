import { byFirstToken, isCapitalisedWord, looksVietnamese, lowerTextOf, personStartsAt, spaced, titleEndAt } from "../cues.js";
import { capitalisedRun } from "../runs.js";
import { caseCompatible } from "../../dictionaries/trie.js";
import { canonicalOf, PROVINCE_LEVEL } from "./gazetteer.js";
import { grammar } from "../grammar.js";
import { bodyNameEnd } from "../names.js";
import type { RecognitionContext, Span } from "../span.js";
import { spanOf } from "../span.js";

/** Site heads of economic zones, which bodies are named after ("Ban Quản lý Khu kinh tế Dung Quất"). */
const ZONE_HEADS = new Set(["khu kinh tế", "kkt", "khu công nghiệp", "kcn", "khu chế xuất", "kcx", "khu công nghệ cao"]);
const PLURAL_BEFORE_ZONE = new Set(["các", "những", "mọi"]);

/** Heads of a body's own building ("Trụ sở", "Hội trường"), named after the body rather than the place. */
const BODY_BUILDINGS = new Set(["trụ", "hội"]);

/** "26/3": a day and month written as one word, then no more digits. */
function isDayName(tokens: RecognitionContext["tokens"], k: number): boolean {
  const [day, slash, month, after] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  return day?.kind === "number" && slash?.text === "/" && !slash.spaceBefore && month?.kind === "number" && !month.spaceBefore &&
    day.text.length <= 2 && month.text.length <= 2 && !(after !== undefined && !after.spaceBefore && (after.text === "/" || after.kind === "number"));
}

/**
 * LOCATION, stage two: named sites and venues built on a capitalised site head — "Hội trường
 * Tỉnh ủy Khánh Hòa" (head + body), "Cửa khẩu Quốc tế Thanh Thủy - Thiên Bảo" (head + name),
 * "Vườn Quốc gia Núi Chúa". A lower-case head ("trụ sở Bộ Ngoại giao") makes no site: only the
 * body is annotated. Runs after ORGANIZATION so that a venue can contain a body.
 */
export function recogniseSites(ctx: RecognitionContext, organizations: readonly Span[], locations: readonly Span[]): Span[] {
  const { tokens } = ctx;
  const g = grammar();
  const orgAt = byFirstToken(organizations);
  const locationAt = byFirstToken(locations);
  const insideOrgFlags = new Uint8Array(ctx.tokens.length);
  // The first token of the body each token is inside (for a zone inside a company's name, below).
  const orgFirstOf = new Int32Array(ctx.tokens.length).fill(-1);
  for (const org of organizations) {
    insideOrgFlags.fill(1, org.first + 1, org.last);
    orgFirstOf.fill(org.first, org.first + 1, org.last);
  }
  const insideOrg = { has: (k: number): boolean => insideOrgFlags[k] === 1 };
  const locationEnds = new Set(locations.map((l) => l.last));
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // (Every step below needs a site head here: its start bit rules out most capitalised words at once.)
    if (!token.capitalised || token.shouting || !g.siteHeads.mayStartAt(token)) continue;
    const head = g.siteHeads.longest(tokens, i);
    // Inside a body's name only an economic zone is a site of its own ("Ban Quản lý Khu kinh tế Nghi Sơn": ORGANIZATION ⊃
    // LOCATION, as the guideline nests places in bodies).
    // (Not a company named after its zone, "Công ty CP Khu công nghiệp Hiệp Phước", nor zones counted, "các Khu công nghiệp".)
    if (insideOrg.has(i) && !(head && ZONE_HEADS.has(lowerTextOf(tokens, i, head.end)) && !COMPANY_FIRST.has(tokens[orgFirstOf[i]!]!.lower) && !PLURAL_BEFORE_ZONE.has(tokens[i - 1]?.lower ?? ""))) continue;
    if (!head || !spaced(tokens, head.end)) continue;
    const body = orgAt.get(head.end);
    const place = locationAt.get(head.end);
    let end = head.end;
    if (body) end = Math.max(end, body.last);
    if (place) end = Math.max(end, place.last);
    // "Nhà thi đấu huyện Sóc Sơn", "Sân vận động tỉnh Bắc Ninh": a venue named by its locality, type word and all.
    // (Not a body's building: "Trụ sở quận Cầu Giấy" is the district's seat, its place named alone.)
    if (end === head.end && !tokens[head.end]!.capitalised && !BODY_BUILDINGS.has(tokens[i]!.lower)) {
      const locality = g.localityWords.longest(tokens, head.end);
      const seat = locality && spaced(tokens, locality.end) ? locationAt.get(locality.end) : undefined;
      if (seat) end = seat.last;
    }
    // "KCN Việt Nam – Singapore": a site of two countries' joint venture is named by both, joined by a dash.
    const second = place?.canonical?.kind === "country" && end === place.last && (tokens[end]?.text === "-" || tokens[end]?.text === "–") ? locationAt.get(end + 1) : undefined;
    if (second?.canonical?.kind === "country") end = second.last;
    // "Quảng trường Nguyễn Tất Thành", "đường Lê Lợi": sites are often named after people.
    if (end === head.end) end = personStartsAt(ctx, head.end) ? capitalisedRun(ctx, head.end, { maxTokens: 4 }) : bodyNameEnd(ctx, head.end, { locationEnds, maxTokens: 8 });
    // "Tượng đài Chủ tịch Hồ Chí Minh": a monument named after a person with the title the text gives them.
    const titleEnd = isCapitalisedWord(tokens[head.end]) ? titleEndAt(ctx, head.end) : -1;
    if (titleEnd > head.end && end <= titleEnd && spaced(tokens, titleEnd) && personStartsAt(ctx, titleEnd)) end = capitalisedRun(ctx, titleEnd, { maxTokens: 4 });
    // "Quảng trường 26/3", "Sân vận động 19/8": sites named after a day (dates.ts leaves them alone).
    if (end === head.end && isDayName(tokens, head.end)) end = head.end + 3;
    // "Trung tâm Hội nghị quốc tế Hà Nội", "Trung tâm Hội nghị tỉnh": a venue whose name a body's head ("Trung tâm")
    // read on in lower case is the venue, named as far as that reading went.
    const sameStart = end === head.end && head.end - i >= 2 ? orgAt.get(i) : undefined;
    if (sameStart && sameStart.last > head.end) end = sameStart.last;
    if (end === head.end) continue;
    // "Đền Tưởng niệm Liệt sĩ huyện": a named venue of the locality the text is about keeps that word, as "UBND tỉnh" does.
    const locality = spaced(tokens, end) && !tokens[end]!.capitalised ? g.localityWords.longest(tokens, end) : undefined;
    if (locality && !(spaced(tokens, locality.end) && (isCapitalisedWord(tokens[locality.end]) || tokens[locality.end]!.kind === "number"))) end = locality.end;
    // "Nhà hát Chèo Ninh Bình": the province that ends a venue's name belongs to it.
    const province = !body && spaced(tokens, end) ? locationAt.get(end) : undefined;
    if (province && PROVINCE_LEVEL.has(province.canonical?.kind ?? "")) end = province.last;
    spans.push(spanOf(ctx, "LOCATION", i, end, body && body.last === end ? "location.site+organization" : "location.site"));
    i = end - 1;
  }
  return spans;
}

/** Vietnamese provinces only: district, commune and foreign city names are also brand names ("Bình Minh", "Thiên Tân"). */
const ENDING_KINDS = new Set(["province"]);
const PUBLIC_ENDING_KINDS = new Set(["province", "district"]);
/** First words of company, bank, factory and school heads: their names take brand and direction words ("Nhà máy May Sơn Hà", "Trường THPT Tây Tiền Hải"). */
const COMPANY_FIRST = new Set(["công", "tập", "ngân", "tổng", "ctcp", "hợp", "doanh", "nhà", "trường"]);

/** Legal forms written in lower case between a company's head and its name. */
const LEGAL_FORM_ENDS = new Set(["cổ phần", "trách nhiệm", "hữu hạn", "một thành viên", "thành viên"]);

/**
 * A known province that ends a body's name built from a head ("Công ty Cấp nước Gia
 * Lai", "Công ty Hoàng Anh Gia Lai"): a LOCATION nested in the ORGANIZATION, as the guideline
 * nests places in bodies. Known and abbreviated bodies are left whole.
 */
export function placesEndingBodies(ctx: RecognitionContext, organizations: readonly Span[], locations: readonly Span[]): Span[] {
  const starts = new Set(locations.map((l) => l.first));
  const result: Span[] = [];
  for (const org of organizations) {
    if (!org.rule.startsWith("organization.head") || org.first < 0) continue;
    for (let k = Math.max(org.first + 1, org.last - 4); k <= org.last - 2; k++) {
      if (starts.has(k) || !isCapitalisedWord(ctx.tokens[k])) continue;
      const hit = ctx.lexicon.locations.longest(ctx.tokens, k);
      if (!hit || hit.end !== org.last || hit.end - k < 2) continue;
      // A former district or city ends a public body's name too ("Viện Pasteur Nha Trang", "Bệnh viện Đống Đa"); not a company's.
      const kinds = COMPANY_FIRST.has(ctx.tokens[org.first]!.lower) && !setOffInCompany(ctx, org.first, k) ? ENDING_KINDS : PUBLIC_ENDING_KINDS;
      const entry = hit.payloads.find((p) => kinds.has(p.value.category) && caseCompatible(p.tokens, ctx.tokens, false, k))?.value;
      if (entry) {
        const span = spanOf(ctx, "LOCATION", k, hit.end, "location.ending-body");
        span.canonical = canonicalOf(entry);
        result.push(span);
        break;
      }
    }
  }
  return result;
}

/**
 * "Công ty Công trình đô thị Mỹ Tho", "Công ty cổ phần Viglacera Hạ Long": after a lower-case field or a foreign
 * brand, a district that ends a company's name is its place, not part of a Vietnamese brand name. Not after the
 * head's own lower-case syllable ("Tập đoàn Sơn Hà") or a legal form ("Công ty cổ phần Bình Minh"): brands.
 */
function setOffInCompany(ctx: RecognitionContext, first: number, k: number): boolean {
  const { tokens, lexicon } = ctx;
  const before = tokens[k - 1]!;
  if (before.kind !== "word" || (before.capitalised && (before.allCaps || looksVietnamese(before.lower)))) return false;
  if (LEGAL_FORM_ENDS.has(`${tokens[k - 2]?.lower ?? ""} ${before.lower}`)) return false;
  return ![k - 1, k - 2, k - 3].some((h) => h >= first && lexicon.orgHeads.longest(tokens, h)?.end === k);
}

