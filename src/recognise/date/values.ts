import type { DateFields } from "./shapes.js";

const pad = (value: number): string => String(value).padStart(2, "0");
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Real calendar fields only: month 1–12, a day that exists in that month (29/2 only in leap years when the year is known). */
export function isValidDate(fields: DateFields): boolean {
  const { year, month, day, hour, minute } = fields;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined) {
    // "ngày 15 tháng này": the month comes from the dateline later; the day must fit some month.
    if (month === undefined) return fields.relativeMonth !== undefined && day >= 1 && day <= 31;
    if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
    if (month === 2 && day === 29 && year !== undefined && !isLeap(year)) return false;
  }
  if (hour !== undefined && (hour < 0 || hour > 24)) return false;
  if (minute !== undefined && (minute < 0 || minute > 59)) return false;
  return true;
}

/**
 * ISO 8601 value of a date or range: "2020", "2018-04", "2020-05-28", "2020-05-28T14:55", "2024-Q1",
 * "2016/2019", "2025-09-08/2025-09-10"; an unknown year is "XXXX" ("XXXX-11-13"); a clock time with
 * no day is "T20:00", a range of them "T19:00/T23:00".
 */
export function formatValue(from: DateFields, to: DateFields | undefined, fillYear: number | undefined, clockOnly: boolean): string {
  const clock = (f: DateFields): string => `T${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}`;
  if (clockOnly) return to ? `${clock(from)}/${clock(to)}` : clock(from);
  const one = (f: DateFields): string => {
    // ISO 8601 years have four digits ("0999", never "999").
    const known = f.year ?? (fillYear === undefined ? undefined : fillYear + (f.relativeYear ?? 0));
    const year = known !== undefined ? String(known).padStart(4, "0") : "XXXX";
    if (f.quarter !== undefined) return `${year}-Q${f.quarter}`;
    if (f.month === undefined) return year;
    const month = `${year}-${pad(f.month)}`;
    if (f.day === undefined) return month;
    const day = `${month}-${pad(f.day)}`;
    return f.hour === undefined ? day : `${day}T${pad(f.hour)}:${pad(f.minute ?? 0)}`;
  };
  if (!to) return one(from);
  // A range shares its year: "8-10/9/2025", "từ 11/6 đến 15/6/2024".
  const year = to.year ?? from.year;
  return `${one({ ...from, year: from.year ?? year })}/${one({ ...to, year: to.year ?? from.year })}`;
}
