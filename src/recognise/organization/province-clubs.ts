import { PROVINCE_LEVEL } from "../location/gazetteer.js";
import type { RecognitionContext, Span } from "../span.js";

/** Football news: a league, a coach or a club is named (two of these words at least). */
const SPORT_WORDS = /V[.-]League|\bHLV\b|\bCLB\b|bóng đá|tỷ số|bàn thắng/gu;
/** The word before a province that makes it the province's team in match reports: "trận gặp Thanh Hóa", "trước Nam Định". */
const OPPONENT_BEFORE = new Set(["gặp", "với", "trước", "giữa", "hòa", "thắng", "thua", "bại", "bảng", "và"]);

/**
 * Teams named by their province ("trận gặp Thanh Hóa", "trước Nam Định", "giữa Quảng Nam và Thanh Hóa"):
 * in a football report, after a word that names an opponent, a province is its club, an ORGANIZATION
 * (guideline: teams are bodies). The spans returned are LOCATIONs the caller retypes.
 */
export function provinceClubs(ctx: RecognitionContext, locations: readonly Span[]): Set<Span> {
  const clubs = new Set<Span>();
  const { tokens } = ctx;
  // Most texts have no province after an opponent word: one look at the places spares scanning the whole text for sport words.
  if (!locations.some((l) => l.first > 0 && OPPONENT_BEFORE.has(tokens[l.first - 1]!.lower))) return clubs;
  // Two hits are enough: stop there rather than collect every match of a long text.
  SPORT_WORDS.lastIndex = 0;
  let hits = 0;
  while (hits < 2 && SPORT_WORDS.exec(ctx.text) !== null) hits++;
  if (hits < 2) return clubs;
  const provinceAt = new Map(locations.filter((l) => l.first >= 0 && PROVINCE_LEVEL.has(l.canonical?.kind ?? "")).map((l) => [l.first, l]));
  for (const place of provinceAt.values()) {
    const before = tokens[place.first - 1];
    if (before === undefined || tokens[place.first]!.lineBefore || !OPPONENT_BEFORE.has(before.lower)) continue;
    // ("trước Hà Nội T&T", "Sài Gòn FC": the province begins a longer club name, read by the club rules.)
    const next = tokens[place.last];
    if (next !== undefined && !next.lineBefore && (next.capitalised || !next.spaceBefore && next.text === "&")) continue;
    // (After "và", only when "giữa" opens the pair: "giữa HAGL và Nam Định".)
    if (before.lower === "và" && !betweenPair(tokens, place.first - 1)) continue;
    clubs.add(place);
    // "giữa Quảng Nam và Thanh Hóa": the other side too.
    const other = tokens[place.last]?.lower === "và" ? provinceAt.get(place.last + 1) : undefined;
    if (before.lower === "giữa" && other) clubs.add(other);
  }
  return clubs;
}

/** Is the "và" at `and` the middle of "giữa A và B", with A at most four tokens long? */
function betweenPair(tokens: RecognitionContext["tokens"], and: number): boolean {
  for (let k = and - 1; k >= Math.max(0, and - 5); k--) if (tokens[k]!.lower === "giữa") return k < and - 1;
  return false;
}
