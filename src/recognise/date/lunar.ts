/**
 * Vietnam's lunisolar calendar, by the published algorithm of Hồ Ngọc Đức ("Âm lịch Việt Nam",
 * https://www.informatik.uni-leipzig.de/~duc/amlich/), which computes new moons and solar terms
 * (after Jean Meeus, "Astronomical Algorithms") for the time zone UTC+7. The same computation for
 * UTC+8 gives China's calendar, which differs in some years (Tết 1985: 21 January in Vietnam,
 * 20 February in China; Tết 2007: 17 February against 18 February). Pure arithmetic, no data.
 */

const VIETNAM_TIME_ZONE = 7;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  if (jd < 2299161) jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [day, month, year];
}

const DR = Math.PI / 180;

/** Julian day of the k-th new moon after 1900-01-01 (Meeus, chapter 49, shortened). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's longitude at a Julian day, in radians [0, 2π). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

const sunSector = (dayNumber: number, tz: number): number => Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
const newMoonDay = (k: number, tz: number): number => Math.floor(newMoon(k) + 0.5 + tz / 24);

/** Day number of the start of the lunar month that contains the winter solstice of year yy. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / 29.530588853);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** The lunar date of a solar date (Vietnam's calendar unless another time zone is given). */
export function solarToLunar(day: number, month: number, year: number, tz = VIETNAM_TIME_ZONE): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  const k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(year, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, tz);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, tz);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** The solar date [year, month, day] of a lunar date, or undefined when it does not exist (a leap month the year lacks). */
export function lunarToSolar(lunar: LunarDate, tz = VIETNAM_TIME_ZONE): [number, number, number] | undefined {
  const { day, month, year, leap } = lunar;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off, tz);
  // A 29-day month has no day 30.
  if (day === 30 && newMoonDay(k + off + 1, tz) - monthStart < 30) return undefined;
  const [d, m, y] = jdToDate(monthStart + day - 1);
  return [y, m, d];
}

const STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
const BRANCHES = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];

/**
 * The year of a sexagenary name ("Giáp Thìn") nearest to `near`; without `near`, the one in the
 * cycle 1984–2043 (news is written about the present cycle). Undefined for an impossible pair.
 */
export function yearOfCanChi(stem: string, branch: string, near?: number): number | undefined {
  const s = STEMS.indexOf(stem.toLowerCase().replace("kỉ", "kỷ").replace("tị", "tỵ"));
  const b = BRANCHES.indexOf(branch.toLowerCase().replace("tị", "tỵ").replace("tí", "tý"));
  if (s < 0 || b < 0) return undefined;
  // Year y has stem (y − 4) mod 10 and branch (y − 4) mod 12; find the y in [1984, 2043] with both.
  let base: number | undefined;
  for (let y = 1984; y < 2044; y++) if ((y - 4) % 10 === s && (y - 4) % 12 === b) base = y;
  if (base === undefined) return undefined;
  if (near === undefined) return base;
  return base + 60 * Math.round((near - base) / 60);
}

const STEM_SET = new Set([...STEMS, "kỉ"]);
const BRANCH_SET = new Set([...BRANCHES, "tị", "tí"]);

/** Is "stem branch" (lower case) a sexagenary year name ("đinh dậu", "giáp thìn")? */
export function isYearName(stem: string, branch: string): boolean {
  return STEM_SET.has(stem) && BRANCH_SET.has(branch);
}

export const CAN_CHI = new RegExp(`(${STEMS.map((x) => x[0]!.toUpperCase() + x.slice(1)).join("|")}) (${BRANCHES.map((x) => x[0]!.toUpperCase() + x.slice(1)).join("|")}|Tị|Tí)`, "u");
