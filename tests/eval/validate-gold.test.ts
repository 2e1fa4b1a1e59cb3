import { describe, expect, it } from "vitest";
import { isDateValue, validateGold } from "../../src/eval/validate-gold.js";

const TEXT = "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu ngày 3/4/2024.";
const span = (type: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> & { type: string; start: number; end: number; text: string } => {
  const start = TEXT.indexOf(text);
  return { type, start, end: start + text.length, text, ...extra };
};
const valid = () => ({
  document: "x.txt",
  documentDate: null,
  entities: [
    span("POSITION", "Chủ tịch UBND tỉnh Lạng Sơn"),
    span("ORGANIZATION", "UBND tỉnh Lạng Sơn"),
    span("LOCATION", "Lạng Sơn"),
    span("PERSON", "Hồ Tiến Thiệu"),
    span("DATE", "ngày 3/4/2024", { value: "2024-04-03" }),
  ],
  relations: [{ type: "HOLDS", person: "Hồ Tiến Thiệu", position: "Chủ tịch UBND tỉnh Lạng Sơn" }],
});

describe("validateGold", () => {
  it("accepts a valid file", () => {
    expect(validateGold(valid(), TEXT, "x.gold.json").entities).toHaveLength(5);
  });
  const broken: Array<[string, (d: ReturnType<typeof valid>) => void, RegExp]> = [
    ["wrong offsets", (d) => (d.entities[3]!.start += 1), /reads/],
    ["unknown type", (d) => (d.entities[3]!.type = "PEOPLE"), /unknown type/],
    ["bad DATE value", (d) => (d.entities[4] = { ...d.entities[4]!, value: "3/4/2024" }), /ISO/],
    ["same type nested", (d) => d.entities.push(span("ORGANIZATION", "UBND")), /same type/],
    ["PERSON nested", (d) => d.entities.push(span("PERSON", "Lạng Sơn")), /may not contain|same type|cross/],
    ["crossing spans", (d) => d.entities.push(span("LOCATION", "Sơn Hồ")), /cross/],
    ["relation to a missing person", (d) => (d.relations[0]!.person = "Nobody"), /not a PERSON/],
    ["relation to a missing position", (d) => (d.relations[0]!.position = "Bí thư"), /not a POSITION/],
    ["bad documentDate", (d) => ((d as { documentDate: unknown }).documentDate = "3/4/2024"), /documentDate/],
  ];
  for (const [name, breakIt, message] of broken) {
    it(`rejects ${name}, naming the file`, () => {
      const d = valid();
      breakIt(d);
      expect(() => validateGold(d, TEXT, "x.gold.json")).toThrow(message);
      expect(() => validateGold(d, TEXT, "x.gold.json")).toThrow(/^x\.gold\.json: /);
    });
  }
  it("compares a relation's strings as the scorer does: white space collapsed, so a wrapped title's HOLDS may use a space", () => {
    const text = "Chủ tịch UBND\ntỉnh Lạng Sơn Hồ Tiến Thiệu.";
    const doc = {
      document: "w.txt",
      documentDate: null,
      entities: [
        { type: "POSITION", start: 0, end: 27, text: "Chủ tịch UBND\ntỉnh Lạng Sơn" },
        { type: "PERSON", start: 28, end: 41, text: "Hồ Tiến Thiệu" },
      ],
      relations: [{ type: "HOLDS", person: "Hồ Tiến Thiệu", position: "Chủ tịch UBND tỉnh Lạng Sơn" }],
    };
    expect(validateGold(doc, text, "w.gold.json").relations).toHaveLength(1);
    doc.relations[0]!.position = "Chủ tịch UBND tỉnh";
    expect(() => validateGold(doc, text, "w.gold.json")).toThrow(/is not a POSITION/);
  });
  it("knows the ISO forms of the guideline", () => {
    for (const v of ["2020", "2018-04", "2020-05-28", "2020-05-28T14:55", "2024-Q1", "2016/2019", "2025-09-08/2025-09-10", "XXXX-11-13", "T20:00"]) expect(isDateValue(v), v).toBe(true);
    for (const v of ["20", "2020-13", "2020-02-30T25:00", "2024-Q5", "a/b/c", "28/05/2020"]) expect(isDateValue(v), v).toBe(false);
  });
});
