import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";
import type { Entity } from "../../src/types.js";

/** Property runs are bounded so CI stays fast; failures print a shrunk counter-example. */
const RUNS = 150;

const SENTENCES = [
  "Sáng 12/3/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc với UBND tỉnh Nghệ An.",
  "Ông Nguyễn Văn Thắng, Phó Chủ tịch Thường trực HĐND tỉnh, phát biểu tại hội nghị.",
  "Đoàn công tác của Bộ Ngoại giao thăm Cửa khẩu Quốc tế Móng Cái (tỉnh Quảng Ninh) ngày 8-9.",
  "Từ năm 2021 đến hết quý I/2024, Sở Kế hoạch và Đầu tư thu hút 12 dự án của Nhật Bản, Hàn Quốc.",
  "Các Phó Chủ tịch UBND tỉnh: Lê Ngọc Châu, Nguyễn Hồng Lĩnh cùng dự buổi làm việc...",
  "TRÂM ANH",
];

const MAY_CONTAIN: Record<string, string[]> = {
  POSITION: ["ORGANIZATION", "LOCATION", "DATE"],
  ORGANIZATION: ["LOCATION"],
  LOCATION: ["ORGANIZATION"],
  PERSON: [],
  DATE: [],
};

/** The invariants every result must satisfy, whatever the input. */
function checkResult(text: string, entities: readonly Entity[]): void {
  let previous = -1;
  for (const e of entities) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.end).toBeGreaterThan(e.start);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(previous);
    previous = e.start;
  }
  for (const a of entities) {
    for (const b of entities) {
      if (a === b || a.end <= b.start || b.end <= a.start) continue;
      const aContainsB = a.start <= b.start && b.end <= a.end;
      const bContainsA = b.start <= a.start && a.end <= b.end;
      expect(aContainsB || bContainsA, `crossing spans ${a.type} "${a.text}" / ${b.type} "${b.text}"`).toBe(true);
      if (aContainsB && !(a.start === b.start && a.end === b.end && a.type === b.type)) {
        if (a.type === b.type) {
          const bridge = entities.some((c) => c.type !== a.type && c.start <= b.start && b.end <= c.end && a.start <= c.start && c.end <= a.end && c !== a && c !== b);
          expect(bridge, `${a.type} "${a.text}" directly contains the same type "${b.text}"`).toBe(true);
        } else {
          expect(MAY_CONTAIN[a.type], `${a.type} "${a.text}" may not contain ${b.type} "${b.text}"`).toContain(b.type);
        }
      }
    }
  }
}

/** Applies random character edits (insert, delete, replace) to a real sentence. */
const editedSentence = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 6 }),
  )
  .map(([sentence, edits]) => {
    let s = sentence;
    for (const [position, kind, insert] of edits) {
      const i = s.length === 0 ? 0 : position % s.length;
      s = kind === 0 ? s.slice(0, i) + insert + s.slice(i) : kind === 1 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + insert + s.slice(i + 1);
    }
    return s;
  });

describe("extract on arbitrary input", () => {
  it("never throws, and returns sorted, in-bounds, well-nested entities for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        checkResult(text, extract(text).entities);
      }),
      { numRuns: RUNS },
    );
  });
  it("handles lone surrogates, control characters, combining marks, RTL text and emoji", () => {
    const pieces = fc.constantFrom("\uD800", "\uDC00", "\u0000", "\u0007", "\u0301", "\u0323", "\u200F", "שלום", "مرحبا", "😀", "👍🏽", "\u202E", "\r\n", "Bộ", " Nguyễn ", "1/1/", "...");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        checkResult(text, extract(text).entities);
      }),
      { numRuns: RUNS },
    );
  });
  it("keeps its invariants on real sentences with random edits, and is deterministic", () => {
    fc.assert(
      fc.property(editedSentence, (text) => {
        const first = extract(text);
        checkResult(text, first.entities);
        expect(extract(text)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });
  it("still finds the entities of an unedited sentence", () => {
    expect(extract(SENTENCES[0]!).entities.length).toBeGreaterThan(4);
  });
});
