import { describe, expect, it } from "vitest";
import { lunarToSolar, solarToLunar, yearOfCanChi } from "../../../src/recognise/date/lunar.js";

/**
 * Vietnam's lunar calendar is computed for UTC+7; China's, by the same method, for UTC+8. The two
 * differ in some years, and a converter that uses China's calendar gets Vietnamese Tết wrong.
 */
describe("lunar calendar", () => {
  it("finds Tết in Vietnam's calendar, also in years where China's differs", () => {
    const tet = (year: number, tz?: number) => lunarToSolar({ day: 1, month: 1, year, leap: false }, tz);
    expect(tet(2024)).toEqual([2024, 2, 10]);
    expect(tet(2025)).toEqual([2025, 1, 29]);
    expect(tet(1985)).toEqual([1985, 1, 21]); // Vietnam
    expect(tet(1985, 8)).toEqual([1985, 2, 20]); // China: a month later
    expect(tet(2007)).toEqual([2007, 2, 17]);
    expect(tet(2007, 8)).toEqual([2007, 2, 18]);
  });
  it("converts both ways and refuses days that do not exist", () => {
    expect(lunarToSolar({ day: 10, month: 3, year: 2024, leap: false })).toEqual([2024, 4, 18]);
    expect(solarToLunar(18, 4, 2024)).toEqual({ day: 10, month: 3, year: 2024, leap: false });
    expect(solarToLunar(10, 2, 2024)).toEqual({ day: 1, month: 1, year: 2024, leap: false });
    expect(lunarToSolar({ day: 1, month: 5, year: 2024, leap: true })).toBeUndefined(); // 2024 has no leap 5th month
    expect(lunarToSolar({ day: 31, month: 1, year: 2024, leap: false })).toBeUndefined();
  });
  it("places a sexagenary year name nearest the given year, else in the current cycle", () => {
    expect(yearOfCanChi("Giáp", "Thìn")).toBe(2024);
    expect(yearOfCanChi("Ất", "Tỵ", 2025)).toBe(2025);
    expect(yearOfCanChi("Giáp", "Tý", 1950)).toBe(1924);
    expect(yearOfCanChi("Giáp", "Sửu")).toBeUndefined(); // no such pair
  });
});
