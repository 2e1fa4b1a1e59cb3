import { keepNonOverlapping } from "../annotation-rules.js";
import type { Span } from "../recognise/span.js";

/** A person span linked to a position span. */
export interface HoldsLink {
  person: Span;
  position: Span;
  rule: string;
}

// Gaps between items, as text. A chain of titles is joined by commas, "và", "kiêm" or " - ".
/** ("Bí thư Quân ủy Trung ương (QUTƯ), Chủ tịch …": a title's body's short name in brackets before the comma.) */
const TITLE_JOIN = /^\s*(?:\([\p{Lu}\p{N}&.-]{2,12}\)\s*)?(?:,|và|kiêm|-)\s*$/u;
/**
 * "A, Title", "A - Title", "A (Title", in court news "A (SN 1969, nguyên Title", and with an age: "A, 48 tuổi, Title",
 * "A (29 tuổi, Title". "tân" (newly appointed) stays outside the title, as every gold file has it ("X - tân Phó Chủ
 * tịch …"); a photo caption may put the person's place in the picture first ("X (giữa)- Trưởng Công an huyện …"). A bracket
 * may close before the comma or dash: a birth year or an age ("A (SN 1962) - cựu Title", "A (57 tuổi), nguyên Title") or the
 * name as its own language writes it ("Ngụy Hoa Tường (Wei Huaxiang) - Tổng Lãnh sự …").
 */
const APPOSITION_OPEN = /^\s*(?:\((?:giữa|trái|phải|bên trái|bên phải|đứng giữa|ngồi giữa|thứ \d+ từ (?:trái|phải)(?: sang)?)\)\s*)?(?:,|-|\(|–|[(,]\s*(?:SN|sinh năm|sn)\s*\d{4}\s*[,;]|[(,]\s*\d{1,3}\s+tuổi\s*[,;]|\((?:(?:SN|sinh năm|sn)\s*)?\d{4}\)\s*[,–-]|\(\d{1,3}\s*tuổi\)\s*[,–-]|\(\p{Lu}[\p{L}'. -]{1,40}\)\s*[,–-])\s*(?:tân\s+)?$/u;
/** "ông Dmitry Peskov Thư ký báo chí của …": a capitalised title right after a foreign name, no comma. */
const APPOSITION_ADJACENT = /^ $/u;
/**
 * "Title: A, B", "quyết định Phó Tổng giám đốc cho các ông: A, B", "Phó chủ tịch, bao gồm ông A và ông B", "6 Thứ trưởng
 * gồm các ông, bà: A, B"; up to three
 * degrees or honorifics before the first name ("GS.TSKH", "PGS.TS.", "GSTS", "ông"). Written out in full, as in
 * LIST_ITEM_JOIN, so the ReDoS test reads both.
 */
const LIST_OPEN = /^\s*(?:(?:cho\s+(?:các\s+)?(?:ông|bà|đồng chí)\s*)?:|(?:,\s*)?(?:bao\s+)?gồm(?:\s+(?:có|các))?(?:\s+(?:ông|bà|đồng chí)(?:\s*,\s*(?:ông|bà))?)?(?:\s*:)?)\s*(?:(?:GS|PGS|TSKH|TS|VS|GSTS|PGSTS|ThS|BS|BSCKII|BSCKI|KS|NCS|NGƯT|NGND|TTND|ông|bà|đồng chí|Ông|Bà|Đồng chí)\.?\s*){0,3}$/u;
/**
 * Between list items: a comma, "và" or a semicolon, and the degrees or honorifics before a name ("PGS.TS."); a birth
 * year or an age in brackets may close the item before ("A (sinh năm 1958), B (sinh năm 1965)").
 */
const LIST_ITEM_JOIN = /^\s*(?:(?:\((?:sinh năm|SN|sn)\s*\d{4}\)|\(\d{1,3}\s*tuổi\))\s*)?(?:[,;]\s*và|,|;|và)\s*(?:(?:GS|PGS|TSKH|TS|VS|GSTS|PGSTS|ThS|BS|BSCKII|BSCKI|KS|NCS|NGƯT|NGND|TTND|ông|bà|đồng chí|Ông|Bà|Đồng chí)\.?\s*){0,3}$/u;
/** White space on one line: a title at the end of a headline is not the byline's below it. */
const ADJACENT = /^[^\S\n]+$/u;
/** "Bí thư Tỉnh ủy - Hồ Quốc Dũng", "Chủ tịch Hội đồng quản trị - ông Trương Duy Sơn": a dash, an honorific perhaps. */
const DASH_ONLY = /^ [-–] (?:(?:ông|bà|đồng chí|Ông|Bà|Đồng chí) )?$/u;
/** "Tổng giám đốc Tập đoàn Điện lực Việt Nam (EVN) Trần Đình Nhân": the body's short name in brackets between title and name. */
const BRACKETED_SHORT_NAME = /^ \([\p{Lu}\p{N}&.-]{2,12}\) $/u;
/**
 * "làm trưởng đoàn", "giữ chức Giám đốc", "được bầu làm Chủ tịch", "là Phó Chủ tịch", "đảm nhiệm vị trí Chủ tịch HĐQT";
 * "làm tân Tổng giám đốc" ("tân", newly appointed, stays outside the title).
 */
const ASSIGNING_VERB = /(?:^|\s)(?:làm|là|giữ chức|giữ chức vụ|giữ chức danh|chức vụ|trúng cử chức danh|đắc cử chức danh|chức|nhận chức|cương vị|vị trí|giữ vai trò|nhận vai trò|nhiệm vai trò|đảm nhiệm|đảm nhận|trở thành|nhiệm vụ)\s+(?:tân\s+)?$/u;
/** "Giám đốc … là PGS.TS Huỳnh Quyết Thắng", "Bộ trưởng Bộ Quốc phòng là Đại tướng X": the title first, its holder after "là". */
const IS_THEN = /^\s+(?:(?:nhiệm kỳ|khóa)\s+[\d\p{Lu}][^\s]*\s+)?(?:mới\s+|hiện\s+|sẽ\s+)?là\s+(?:(?:GS|PGS|TS|ThS|BS|KS|ông|bà|đồng chí)\.?\s*){0,3}$/u;
/** Between a list of names and the title they share: ", là 2 ", " đều là ", " cùng là ". */
const NAMES_ARE = /^(?:\s*,)?\s+(?:đều\s+|cùng\s+|lần lượt\s+)?là\s+(?:(?:hai|ba|bốn|năm|\d{1,2})\s+)?$/u;
const SENTENCE_BREAK = /[.;!?\n]/u;
/** How many items back "X … làm trưởng đoàn" may look for X (keeps long sentence-less input linear). */
const MAX_LOOKBACK = 12;
/** "phê chuẩn … chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 đối với ông X": the office, then its holder. */
const FOR_HOLDER = /^(?:\s*,)?\s+(?:(?:nhiệm kỳ|khóa)\s+[^\s,.;-]+(?:\s*-\s*[^\s,.;-]+)?\s+)?đối với(?:\s*:)?\s+(?:(?:ông|bà|đồng chí)\s+)?$/u;
/** "… đối với: ông A, …; ông B, …; và ông C": the office goes to each item of the list. */
const FOR_HOLDERS_LIST = /đối với\s*:\s*(?:(?:ông|bà|đồng chí)\s+)?$/u;
const NEXT_HOLDER = /^\s*;\s*(?:và\s+)?(?:(?:ông|bà|đồng chí)\s+)?$/u;
/** "do bà X, phu nhân …, làm Trưởng đoàn": the holder is the one "do" names, not the nearest name. */
const LED_BY = /(?:^|\s)do\s+(?:(?:ông|bà|đồng chí)\s+)?$/iu;
/** "bổ nhiệm ông X … giữ chức …": the one appointed holds the title the sentence gives. */
const APPOINTED = /(?:^|\s)bổ nhiệm\s+(?:ông|bà|đồng chí)\s+$/iu;
/** "Trợ lý đồng chí X", "Thư ký ông Y": X is the principal an assistant serves, not a holder. */
const PRINCIPAL_OF = /(?:^|\s)(?:trợ lý|thư ký|cố vấn|phụ tá)\s+(?:đồng chí|ông|bà)\s+$/iu;
/** "miễn nhiệm chức vụ Tổng giám đốc của ông X": the office, then its holder after "của". */
const OFFICE_OF = /^\s+của\s+(?:(?:ông|bà|đồng chí|anh|chị)\s+)?$/u;

/**
 * A career in a biography: "ông X từng giữ các chức vụ: A, B", "đã trải qua nhiều vị trí công tác … như: A (1993 đến 2004); B",
 * "từng kinh qua các chức vụ A, B". Every title listed is the subject's, past offices as the text gives them.
 */
const CAREER_OPEN = /^\s+(?:(?:đã\s+)?từng|đã|hiện)\s+(?:giữ|kinh qua|trải qua|đảm nhiệm|đảm nhận)\s+(?:(?:các|nhiều)\s+)?(?:chức vụ|vị trí|cương vị|chức danh)/u;
/** What may follow CAREER_OPEN before the first office: nothing, a colon, or a short description ending in "như"/"gồm". */
const careerRest = (rest: string): boolean => {
  const trimmed = rest.trim().replace(/:$/u, "").trimEnd();
  return trimmed === "" || (trimmed.length <= 60 && !/[.;:!?\n]/u.test(trimmed) && /(?:^|\s)(?:như|gồm)$/u.test(trimmed));
};
const isCareerOpen = (gap: string): boolean => {
  const open = CAREER_OPEN.exec(gap);
  return open !== null && careerRest(gap.slice(open[0].length));
};
/** Between the offices of a career: a comma, a semicolon or "và", after the years in brackets perhaps ("(2004 đến 2006); "). */
const CAREER_JOIN = /^\s*(?:\([^()\n]{0,40}\)\s*)?(?:[,;]\s*(?:và\s+)?|và\s+)$/u;

/** "thăng quân hàm Thượng tướng", "thăng quân hàm từ Trung tướng lên Thượng tướng": a rank someone is promoted to (or from). */
const PROMOTION_BEFORE = /(?:quân hàm|cấp bậc)\s+(?:từ\s+)?$/u;
const PROMOTION_TO = /^\s+lên\s+$/u;
/** "… cho 2 Thứ trưởng …", "… đối với Trung tướng X": then the promoted. */
const PROMOTED_FOR = /^\s+(?:cho|đối với)\s+(?:(?:các\s+)?(?:ông|bà|đồng chí)\s+|\d+\s+)?$/u;
/** "giao", "giao quyền", "giao chức vụ" right before a title: the office is entrusted to the names after "cho". */
const ENTRUSTED_BEFORE = /(?:^|\s)giao(?:\s+(?:chức\s+vụ|chức|nhiệm\s+vụ))?\s+$/iu;
/** Between the entrusted title (and its short form in brackets) and its holder: "cho" and an honorific perhaps. */
const ENTRUSTED_TO = /^\s*cho\s+(?:(?:ông|bà|đồng chí)\s+)?$/u;
/** A plural or a count before a title: "các", "hai", "2". */
const COUNTED_BEFORE = /(?:^|\s)(?:các|những|hai|ba|bốn|năm|\d{1,2})\s+$/u;
const NAMES_JOIN = /^\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?$/u;
/** Between coordinated holders, each with a title perhaps: ", ", " và ", " và các ". */
const COORDINATED = /^\s*(?:,|và)\s*(?:các\s+)?(?:(?:ông|bà|đồng chí)\s+)?$/u;
/** "Thượng tướng, PGS.TS Trần Quốc Tỏ", "Đại tá TS. Lê Văn A": degrees between a title (a rank mostly) and its holder, a comma perhaps. */
const DEGREES_BETWEEN = /^,?[^\S\n]*(?:(?:GS|PGS|TSKH|TS|VS|GSTS|PGSTS|ThS|BS|BSCKII|BSCKI|KS|NCS)\.?[^\S\n]*){1,3}$/u;
/** One lower-case honorific between a title and a name, on one line. */
const HONORIFIC_BETWEEN = /^ (?:ông|bà|đồng chí) $/u;
/** Between names that each carry the honorific: ", ông", "và bà". */
const HONORIFIC_NAMES_JOIN = /^\s*(?:,|và|,\s*và)\s*(?:ông|bà|đồng chí)\s+$/u;
/** Titles whose next name is the one served, not the holder ("Trợ lý ông X"). */
const PRINCIPAL_TITLE = /^(?:trợ lý|thư ký|cố vấn|phụ tá|phu nhân|đại diện)/iu;

/**
 * HOLDS links from the text's own patterns (guideline, "Relations"):
 * 1. titles right before a name, a comma-joined chain included ("Bí thư Trung ương Đảng, Quyền Bộ
 *    trưởng Ngoại giao Lê Hoài Trung");
 * 2. apposition after a name ("Lê Hoài Trung, Ủy viên …, Thứ trưởng …"; "X - Ủy viên …"), stopping
 *    at a title that belongs to the next name;
 * 3. a title shared by a list ("các Phó Chủ tịch UBND tỉnh: A, B");
 * 4. "do đồng chí X … làm trưởng đoàn": an assigning verb before a title links it to the nearest
 *    name before it in the same sentence;
 * 5. "chức vụ Tổng giám đốc của ông X";
 * 6. "Giám đốc … là PGS.TS X": a title, "là", then its holder;
 * 7. "thăng quân hàm (từ Trung tướng lên) Thượng tướng cho/đối với (titles) X và Y": both ranks are theirs;
 * 8. a career: "ông X từng giữ các chức vụ: A, B; C".
 */
export function linkHolds(text: string, spans: readonly Span[]): HoldsLink[] {
  // A name repeated in brackets in its own script ("Ngụy Hoa Tường (Wei Huaxiang) - Tổng Lãnh sự …") is the same
  // person: left out here, so that the apposition after it reaches the name before it.
  // (Most texts entrust nothing: one look for "giao" spares a slice and a regex for every title.)
  const mentionsGiao = text.includes("giao");
  const items = keepNonOverlapping(spans.filter((s) => s.type === "PERSON" || s.type === "POSITION")).filter(
    (s, k, all) => !(s.type === "PERSON" && all[k - 1]?.type === "PERSON" && /^ ?\($/u.test(text.slice(all[k - 1]!.end, s.start)) && text[s.end] === ")"),
  );
  const links: HoldsLink[] = [];
  const gap = (a: Span, b: Span): string => text.slice(a.end, b.start);
  const isPerson = (s: Span | undefined): s is Span => s?.type === "PERSON";
  const isPosition = (s: Span | undefined): s is Span => s?.type === "POSITION";
  /** Is the title at m part of an apposition chain after a name ("A, Ủy viên …, Thứ trưởng …")? */
  const appositionOf = (m: number): boolean => {
    let p = m;
    while (isPosition(items[p - 1]) && TITLE_JOIN.test(gap(items[p - 1]!, items[p]!))) p--;
    return isPerson(items[p - 1]) && APPOSITION_OPEN.test(gap(items[p - 1]!, items[p]!));
  };
  /**
   * The names coordinated before the one at h, each perhaps after its own title, when "do" opens the whole group
   * ("do Giám đốc Sở A và Phó Giám đốc Sở B", "do Chủ tịch A và các Phó Chủ tịch B, C"); none otherwise.
   */
  /** The names joined to the one at n by "và" or a comma, each perhaps after its own rank ("và đại tá B"). */
  const namesListedAfter = (n: number): Span[] => {
    const listed: Span[] = [];
    for (let guard = 0; guard < MAX_LOOKBACK; guard++) {
      const next = items[n + 1];
      const rank = isPosition(next) && isPerson(items[n + 2]) && ADJACENT.test(gap(next, items[n + 2]!)) ? n + 1 : -1;
      const holder = rank >= 0 ? n + 2 : n + 1;
      if (!isPerson(items[holder]) || !NAMES_JOIN.test(gap(items[n]!, items[rank >= 0 ? rank : holder]!))) break;
      listed.push(items[holder]!);
      n = holder;
    }
    return listed;
  };
  const ledTogether = (h: number): Span[] => {
    const group: Span[] = [];
    for (let guard = 0; guard < MAX_LOOKBACK; guard++) {
      const title = isPosition(items[h - 1]) && ADJACENT.test(gap(items[h - 1]!, items[h]!)) ? h - 1 : h;
      const previous = items[title - 1];
      if (!isPerson(previous) || !COORDINATED.test(gap(previous, items[title]!))) {
        return LED_BY.test(text.slice(Math.max(0, items[title]!.start - 16), items[title]!.start)) ? group : [];
      }
      group.push(previous);
      h = title - 1;
    }
    return [];
  };

  const h: HoldsScan = { text, items, links, mentionsGiao, gap, isPerson, isPosition, appositionOf, namesListedAfter, ledTogether };
  // The steps are functions of their own: V8 optimises one long function in one large compilation, whose memory sets
  // the process's peak (session 13).
  for (let k = 0; k < items.length; k++) if (isPerson(items[k])) linksAroundName(h, k);
  for (let k = 0; k < items.length; k++) {
    if (!isPosition(items[k]) || listLinks(h, k)) continue;
    clauseLinks(h, k);
    verbLinks(h, k);
  }
  return links;
}

/** What the steps of linkHolds share: the text, the persons and titles in order, the links so far and the helpers over them. */
interface HoldsScan {
  text: string;
  items: Span[];
  links: HoldsLink[];
  mentionsGiao: boolean;
  gap: (a: Span, b: Span) => string;
  isPerson: (s: Span | undefined) => s is Span;
  isPosition: (s: Span | undefined) => s is Span;
  appositionOf: (m: number) => boolean;
  namesListedAfter: (n: number) => Span[];
  ledTogether: (h: number) => Span[];
}

/** Steps 1, 2 and 8 for the name at k: titles before it, its apposition, a career after it. */
function linksAroundName(h: HoldsScan, k: number): void {
  const { text, items, links, gap, isPerson, isPosition, appositionOf } = h;
  const item = items[k]!;
  // 1. Titles before the name.
  let m = k - 1;
  // "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh - Hồ Quốc Dũng": titles, a dash, then their holder.
  const dashBefore = isPosition(items[m]) && DASH_ONLY.test(gap(items[m]!, item)) && !appositionOf(m) && !isPosition(items[k + 1]);
  // ("HT.Thích Giác Giàu": an abbreviated rank glued to the name by its dot is adjacent too, below.)
  // "Chủ tịch UBND tỉnh ông Nguyễn Văn Bình", "Thẩm phán ông A, ông B": an honorific between the title and its holder.
  const honorificBetween = isPosition(items[m]) && HONORIFIC_BETWEEN.test(gap(items[m]!, item)) && !PRINCIPAL_TITLE.test(text.slice(items[m]!.start, items[m]!.end));
  const degreesBetween = isPosition(items[m]) && DEGREES_BETWEEN.test(gap(items[m]!, item)) && !appositionOf(m) && !PRINCIPAL_TITLE.test(text.slice(items[m]!.start, items[m]!.end));
  if (isPosition(items[m]) && (ADJACENT.test(gap(items[m]!, item)) || (gap(items[m]!, item) === "." && items[m]!.end - items[m]!.start <= 3) || BRACKETED_SHORT_NAME.test(gap(items[m]!, item)) || dashBefore || honorificBetween || degreesBetween)) {
    const titles = [items[m]!];
    links.push({ person: item, position: items[m]!, rule: "holds.title-before" });
    for (m = m - 1; isPosition(items[m]) && TITLE_JOIN.test(gap(items[m]!, items[m + 1]!)); m--) {
      // "Đại tá A, Tùy viên …, Thượng tướng B": a title in apposition to an earlier name is that name's.
      if (appositionOf(m)) break;
      titles.push(items[m]!);
      links.push({ person: item, position: items[m]!, rule: "holds.title-chain-before" });
    }
    // "các Phó Chủ tịch UBND tỉnh A và B", "2 Thứ trưởng Bộ Quốc phòng A và B": a counted title is each listed name's.
    const first = titles[titles.length - 1]!;
    // (So is a title before a list whose names each carry an honorific: "Thẩm phán ông A, ông B", unless a
    // later name has a title of its own after it.)
    const honorificList = honorificBetween && !titles.some((t) => PRINCIPAL_TITLE.test(text.slice(t.start, t.end)));
    if (honorificList) {
      for (let n = k; isPerson(items[n + 1]) && HONORIFIC_NAMES_JOIN.test(gap(items[n]!, items[n + 1]!)); n++) {
        const after = items[n + 2];
        if (isPosition(after) && APPOSITION_OPEN.test(gap(items[n + 1]!, after))) break;
        for (const title of titles) links.push({ person: items[n + 1]!, position: title, rule: "holds.honorific-list" });
      }
    } else if (COUNTED_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) {
      for (let n = k; isPerson(items[n + 1]) && NAMES_JOIN.test(gap(items[n]!, items[n + 1]!)); n++) {
        for (const title of titles) links.push({ person: items[n + 1]!, position: title, rule: "holds.counted-list" });
      }
    }
  }
  // 2. Apposition after the name.
  let n = k + 1;
  const adjacentTitle = isPosition(items[n]) && APPOSITION_ADJACENT.test(gap(item, items[n]!)) && /^\p{Lu}/u.test(text.slice(items[n]!.start, items[n]!.start + 1)) && !(isPerson(items[n + 1]) && ADJACENT.test(gap(items[n]!, items[n + 1]!)));
  if (isPosition(items[n]) && (APPOSITION_OPEN.test(gap(item, items[n]!)) || adjacentTitle)) {
    for (; isPosition(items[n]); n++) {
      const position = items[n]!;
      if (n > k + 1 && !TITLE_JOIN.test(gap(items[n - 1]!, position))) break;
      const next = items[n + 1];
      if (isPerson(next) && ADJACENT.test(gap(position, next))) break; // that title is the next person's
      if (next !== undefined && IS_THEN.test(gap(position, next))) break; // "…, Chủ nhiệm TCCT là Thượng tướng X": the next clause's subject
      links.push({ person: item, position, rule: "holds.apposition" });
    }
  }
  // 8. A career: "ông X từng giữ các chức vụ: A, B (2004 đến 2006); C".
  if (isPosition(items[k + 1]) && isCareerOpen(gap(item, items[k + 1]!))) {
    for (let c = k + 1; isPosition(items[c]); c++) {
      if (c > k + 1 && !CAREER_JOIN.test(gap(items[c - 1]!, items[c]!))) break;
      const next = items[c + 1];
      if (isPerson(next) && ADJACENT.test(gap(items[c]!, next))) break; // that title is the next person's
      links.push({ person: item, position: items[c]!, rule: "holds.career" });
    }
  }
}

/** Step 3 for the title at k: "Title: A, B và C" and lists whose items carry titles of their own; true when it listed any. */
function listLinks(h: HoldsScan, k: number): boolean {
  const { items, links, gap, isPerson, isPosition } = h;
  const position = items[k]!;
  // 3. "Title: A, B và C", also when each item carries its own titles ("các Ủy viên Bộ Chính trị,
  //    Bí thư Trung ương Đảng: Chủ nhiệm … A, Trưởng ban … B; …") or an apposition ("Ủy viên …: A,
  //    Trưởng ban …; B, Chủ nhiệm …"). Titles chained before the colon are shared by every item.
  if (LIST_OPEN.test(gap(position, items[k + 1] ?? position)) && k + 1 < items.length) {
    const shared: Span[] = [position];
    for (let m = k - 1; isPosition(items[m]) && TITLE_JOIN.test(gap(items[m]!, items[m + 1]!)); m--) shared.push(items[m]!);
    let n = k + 1;
    let listed = 0;
    let firstShape = -1;
    let joinedBySemicolon = false;
    while (n < items.length) {
      // The item's own titles right before its name.
      let p = n;
      while (isPosition(items[p]) && (p === n || TITLE_JOIN.test(gap(items[p - 1]!, items[p]!)))) p++;
      if (!isPerson(items[p]) || (p > n && !ADJACENT.test(gap(items[p - 1]!, items[p]!)))) break;
      // After a semicolon an item of another shape ("…; Bí thư Trung ương Đảng, Chánh Văn phòng … X") starts a new statement.
      if (firstShape < 0) firstShape = p - n;
      else if (joinedBySemicolon && p - n !== firstShape) break;
      for (const title of shared) links.push({ person: items[p]!, position: title, rule: "holds.list" });
      listed++;
      // Its apposition titles after the name.
      let q = p + 1;
      while (isPosition(items[q]) && (q === p + 1 ? APPOSITION_OPEN : TITLE_JOIN).test(gap(items[q - 1]!, items[q]!)) && !(isPerson(items[q + 1]) && ADJACENT.test(gap(items[q]!, items[q + 1]!)))) q++;
      const next = items[q];
      if (!next || !LIST_ITEM_JOIN.test(gap(items[q - 1]!, next))) break;
      joinedBySemicolon = gap(items[q - 1]!, next).includes(";");
      n = q;
    }
    if (listed > 0) return true;
  }
  return false;
}

/** Steps 5, 6 and 9 for the title at k: an office "of" its holder, "Title là X", an office entrusted to someone. */
function clauseLinks(h: HoldsScan, k: number): void {
  const { text, items, links, mentionsGiao, gap, isPerson, isPosition, namesListedAfter } = h;
  const position = items[k]!;
  // 5. "chức vụ Tổng giám đốc của ông X", "chức vụ … nhiệm kỳ 2016 - 2021 đối với ông X".
  if (isPerson(items[k + 1]) && (OFFICE_OF.test(gap(position, items[k + 1]!)) || FOR_HOLDER.test(gap(position, items[k + 1]!)))) {
    links.push({ person: items[k + 1]!, position, rule: "holds.office-of" });
    // The following items of a ";"-separated list get it too, each after its own apposition titles.
    if (FOR_HOLDERS_LIST.test(gap(position, items[k + 1]!))) {
      let p = k + 1;
      for (;;) {
        let q = p + 1;
        while (isPosition(items[q]) && !SENTENCE_BREAK.test(gap(items[q - 1]!, items[q]!))) q++;
        const next = items[q];
        if (!isPerson(next) || !NEXT_HOLDER.test(gap(items[q - 1]!, next))) break;
        links.push({ person: next, position, rule: "holds.office-of-list" });
        p = q;
      }
    }
  }
  // 6. "Giám đốc … là PGS.TS Huỳnh Quyết Thắng", "Bộ trưởng Bộ Quốc phòng là Đại tướng Phùng Quang Thành".
  const after = items[k + 1];
  const rankThenName = isPosition(after) && isPerson(items[k + 2]) && ADJACENT.test(gap(after, items[k + 2]!));
  if (after !== undefined && (isPerson(after) || rankThenName) && IS_THEN.test(gap(position, after))) {
    const first = isPerson(after) ? k + 1 : k + 2;
    links.push({ person: items[first]!, position, rule: "holds.title-is" });
    // "hai Phó Giám đốc Công an tỉnh là đại tá A và đại tá B": a counted title's holders listed after "là".
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, position.start - 8), position.start))) {
      for (const holder of namesListedAfter(first)) links.push({ person: holder, position, rule: "holds.title-is-list" });
    }
  }
  // 9. "giao Quyền Phó Tổng Giám đốc (PTGĐ) cho Thượng tá A", "giao quyền Chủ tịch UBND huyện cho ông B và ông C".
  if (mentionsGiao && ENTRUSTED_BEFORE.test(text.slice(Math.max(0, position.start - 16), position.start))) {
    // (Its short form in brackets, "(PTGĐ)", is a title too, entrusted with it.)
    const short = isPosition(items[k + 1]) && /^ ?\($/u.test(gap(position, items[k + 1]!)) && text[items[k + 1]!.end] === ")" ? items[k + 1] : undefined;
    const at = short ? k + 2 : k + 1;
    const next = items[at];
    const rankFirst = isPosition(next) && isPerson(items[at + 1]) && ADJACENT.test(gap(next, items[at + 1]!));
    if (next !== undefined && (isPerson(next) || rankFirst) && ENTRUSTED_TO.test(text.slice(position.end, next.start).replace(/^ ?\([^()]*\)/u, ""))) {
      const first = isPerson(next) ? at : at + 1;
      const holders = [items[first]!, ...namesListedAfter(first)];
      for (const holder of holders) {
        links.push({ person: holder, position, rule: "holds.entrusted" });
        if (short) links.push({ person: holder, position: short, rule: "holds.entrusted" });
      }
    }
  }
}

/** Steps 7, 4a and 4 for the title at k: a promotion, names listed before a title they share, a verb that assigns the title. */
function verbLinks(h: HoldsScan, k: number): void {
  const { text, items, links, gap, isPerson, isPosition, ledTogether } = h;
  const position = items[k]!;
  // 7. "thăng quân hàm từ Trung tướng lên Thượng tướng cho Thứ trưởng … X và Y".
  if (PROMOTION_BEFORE.test(text.slice(Math.max(0, position.start - 20), position.start))) {
    const ranks = [position];
    let r = k;
    if (isPosition(items[r + 1]) && PROMOTION_TO.test(gap(position, items[r + 1]!))) ranks.push(items[++r]!);
    if (items[r + 1] !== undefined && PROMOTED_FOR.test(gap(items[r]!, items[r + 1]!))) {
      let n = r + 1;
      while (n < items.length) {
        let p = n;
        while (isPosition(items[p]) && (p === n || TITLE_JOIN.test(gap(items[p - 1]!, items[p]!)) || ADJACENT.test(gap(items[p - 1]!, items[p]!)))) p++;
        if (!isPerson(items[p]) || (p > n && !ADJACENT.test(gap(items[p - 1]!, items[p]!)))) break;
        for (const rank of ranks) links.push({ person: items[p]!, position: rank, rule: "holds.promotion" });
        if (!isPerson(items[p + 1]) || !NAMES_JOIN.test(gap(items[p]!, items[p + 1]!))) break;
        n = p + 1;
      }
    }
  }
  // 4a. "các ông A và B, là 2 cựu Phó chánh án …", "A và B đều là Phó Chủ tịch": names listed, then the title they share.
  if (isPerson(items[k - 1]) && isPerson(items[k - 2]) && NAMES_JOIN.test(gap(items[k - 2]!, items[k - 1]!)) && NAMES_ARE.test(gap(items[k - 1]!, position))) {
    for (let m = k - 1; isPerson(items[m]); m--) {
      links.push({ person: items[m]!, position, rule: "holds.names-are" });
      if (!(isPerson(items[m - 1]) && NAMES_JOIN.test(gap(items[m - 1]!, items[m]!)))) break;
    }
  }
  // 4. "X … làm trưởng đoàn" (not "Chủ nhiệm … là Thượng tướng X": a title before "là" is the subject).
  const before = text.slice(Math.max(0, position.start - 24), position.start);
  const titleIsSubject = isPosition(items[k - 1]) && IS_THEN.test(gap(items[k - 1]!, position));
  // "giữ chức vụ Chủ tịch UBND các tỉnh": an office of many bodies has no single holder here.
  const plural = /^\s+(?:các|những)\s/u.test(text.slice(position.end, position.end + 8));
  if (ASSIGNING_VERB.test(before) && !plural && !titleIsSubject) {
    // Look back within the sentence, but never far: the holder is named a few items earlier.
    // The nearest name, unless "do" names another one further back in the sentence.
    let holder: Span | undefined;
    for (let m = k - 1; m >= 0 && m >= k - MAX_LOOKBACK; m--) {
      const candidate = items[m]!;
      if (SENTENCE_BREAK.test(text.slice(candidate.end, position.start))) break;
      if (!isPerson(candidate)) continue;
      const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
      // ("Trợ lý đồng chí Phạm Minh Chính": the principal an assistant serves holds no title of this sentence's.)
      if (PRINCIPAL_OF.test(before)) continue;
      holder ??= candidate;
      // ("bổ nhiệm ông A, Trợ lý đồng chí B, … giữ chức …": the one appointed, as "do" names the one leading.)
      if (LED_BY.test(before.slice(-16)) || APPOINTED.test(before)) {
        holder = candidate;
        break;
      }
    }
    if (holder) {
      links.push({ person: holder, position, rule: "holds.assigned" });
      // "do Giám đốc Sở A và Phó Giám đốc Sở B làm trưởng đoàn": every name "do" coordinates leads.
      for (const other of ledTogether(items.indexOf(holder))) links.push({ person: other, position, rule: "holds.assigned-together" });
      // "giữ chức vụ Chủ tịch kiêm Tổng giám đốc": the titles chained to it are the same holder's.
      for (let n = k + 1; isPosition(items[n]) && TITLE_JOIN.test(gap(items[n - 1]!, items[n]!)) && !(isPerson(items[n + 1]) && ADJACENT.test(gap(items[n]!, items[n + 1]!))); n++) {
        links.push({ person: holder, position: items[n]!, rule: "holds.assigned-chain" });
      }
    }
  }
}

