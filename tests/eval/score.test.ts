import { describe, expect, it } from "vitest";
import { evaluate, maximumOverlapMatching, prf } from "../../src/eval/score.js";
import type { GoldDocument, PredictionDocument, ScoredEntity } from "../../src/eval/types.js";

const e = (type: ScoredEntity["type"], start: number, end: number, value?: string): ScoredEntity => ({ type, start, end, text: "x".repeat(end - start), ...(value ? { value } : {}) });
const gold = (entities: ScoredEntity[], relations: GoldDocument["relations"] = []): GoldDocument => ({ document: "d", documentDate: null, entities, relations });
const pred = (entities: ScoredEntity[], relations: PredictionDocument["relations"] = []): PredictionDocument => ({ document: "d", entities, relations });

describe("evaluate", () => {
  it("scores exact matches strictly and overlaps relaxed", () => {
    const report = evaluate([gold([e("PERSON", 0, 10), e("ORGANIZATION", 20, 30)])], [pred([e("PERSON", 0, 10), e("ORGANIZATION", 22, 30)])]);
    expect(report.strict.perType.PERSON.f1).toBe(1);
    expect(report.strict.perType.ORGANIZATION).toMatchObject({ tp: 0, precision: 0, recall: 0, f1: 0 });
    expect(report.relaxed.perType.ORGANIZATION).toMatchObject({ tp: 1, f1: 1 });
    expect(report.strict.micro).toMatchObject({ tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5 });
  });
  it("uses each entity at most once in relaxed matching, and finds the best pairing", () => {
    // One long prediction overlaps two gold spans: only one of them may count.
    expect(evaluate([gold([e("LOCATION", 0, 5), e("LOCATION", 6, 10)])], [pred([e("LOCATION", 0, 10)])]).relaxed.perType.LOCATION.tp).toBe(1);
    // Greedy first-come would pair g1–p1 and leave g2 unmatched; the maximum matching pairs both.
    const g = [e("DATE", 0, 10), e("DATE", 12, 14)];
    const p = [e("DATE", 8, 13), e("DATE", 0, 3)];
    expect(maximumOverlapMatching(g, p)).toBe(2);
  });
  it("needs the same type to match", () => {
    const report = evaluate([gold([e("PERSON", 0, 10)])], [pred([e("LOCATION", 0, 10)])]);
    expect(report.strict.micro.tp).toBe(0);
    expect(report.relaxed.micro.tp).toBe(0);
    expect(report.errors.map((x) => x.kind).sort()).toEqual(["false-negative", "false-positive"]);
  });
  it("counts nested entities independently", () => {
    const nested = [e("POSITION", 0, 30), e("ORGANIZATION", 10, 30), e("LOCATION", 20, 30)];
    const report = evaluate([gold(nested)], [pred([e("POSITION", 0, 30), e("LOCATION", 20, 30)])]);
    expect(report.strict.micro).toMatchObject({ tp: 2, predicted: 2, gold: 3 });
    expect(report.strict.perType.ORGANIZATION.recall).toBe(0);
  });
  it("gives 1 for a type with nothing to find and nothing found, and handles empty documents", () => {
    const report = evaluate([gold([])], [pred([])]);
    expect(report.strict.micro).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(report.dateValueAccuracy.accuracy).toBeNull();
    expect(prf(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it("treats a document missing from the predictions as empty, and rejects unknown documents", () => {
    expect(evaluate([gold([e("PERSON", 0, 4)])], []).strict.micro.recall).toBe(0);
    expect(() => evaluate([gold([])], [{ document: "other", entities: [] }])).toThrow(/no gold file/);
  });
  it("computes DATE value accuracy over strictly matched DATEs only", () => {
    const report = evaluate(
      [gold([e("DATE", 0, 5, "2020-05-28"), e("DATE", 10, 15, "2024-Q1"), e("DATE", 20, 25, "2016/2019")])],
      [pred([e("DATE", 0, 5, "2020-05-28"), e("DATE", 10, 15, "XXXX-Q1"), e("DATE", 21, 25, "2016/2019")])],
    );
    expect(report.dateValueAccuracy).toEqual({ accuracy: 0.5, correct: 1, matched: 2 });
  });
  it("compares HOLDS after NFC, lower-casing and white-space collapsing, as per-document sets", () => {
    const decomposed = "Thứ trưởng  Bộ Ngoại giao".normalize("NFD");
    const report = evaluate(
      [gold([], [{ type: "HOLDS", person: "Lê Hoài Trung", position: "Thứ trưởng Bộ Ngoại giao" }, { type: "HOLDS", person: "A B", position: "Bí thư" }])],
      [pred([], [
        { type: "HOLDS", person: "LÊ HOÀI TRUNG", position: decomposed },
        { type: "HOLDS", person: "lê hoài trung", position: "thứ trưởng bộ ngoại giao" },
        { type: "HOLDS", person: "C D", position: "Bí thư" },
      ])],
    );
    expect(report.holds).toMatchObject({ tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5 });
  });
});
