import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIB, lib } from "./helpers.js";

/** Hostile and careless calls of the built library (dist/index.js), each in a fresh process. */
const codeOf = (expr: string) => `try { ${expr}; console.log("no error"); } catch (e) { console.log(e instanceof v.VietnerError ? e.code : "RAW " + e.name); }`;
const asyncCodeOf = (expr: string) => `try { await ${expr}; console.log("no error"); } catch (e) { console.log(e instanceof v.VietnerError ? e.code + " " + e.message : "RAW " + e.name); }`;

describe.skipIf(!existsSync(LIB))("library, hostile use (built package)", () => {
  it("6: every DATE value is valid ISO 8601, with four-digit years", () => {
    const r = lib(`
      const a = v.extract("Ngày 5/6, UBND tỉnh họp.", { referenceDate: "0999" });
      const b = v.extract("Ngày 5/6/0001 có gì.");
      console.log(JSON.stringify([a.documentDate, ...a.entities.filter((e) => e.type === "DATE").map((e) => e.value), ...b.entities.filter((e) => e.type === "DATE").map((e) => e.value)]));
      ${codeOf('v.extract("x", { referenceDate: "2024-02-31" })')}
      ${codeOf('v.extract("x", { referenceDate: "2023-02-29" })')}
      ${codeOf('v.extract("x", { referenceDate: "2024-02-29" })')}`);
    const [values, ...codes] = r.stdout.trim().split("\n");
    for (const value of JSON.parse(values!).slice(1)) expect(value).toMatch(/^(?:\d{4}|XXXX)(?:-\d\d){0,2}$/u);
    expect(JSON.parse(values!)[0]).toBe("0999");
    expect(codes).toEqual(["INVALID_OPTIONS", "INVALID_OPTIONS", "no error"]);
  });

  it("7: dictionary calendar values are range-checked", () => {
    const r = lib(`
      ${codeOf('v.createExtractor({ dictionaries: [{ kind: "dates", description: "d", source: "s", license: "MIT", romanNumerals: [{ numeral: "II", value: 1.5 }] }] })')}
      ${codeOf('v.createExtractor({ dictionaries: [{ kind: "dates", description: "d", source: "s", license: "MIT", monthWords: [{ name: "tháng Mười Ba", month: 13 }] }] })')}
      ${codeOf('v.createExtractor({ dictionaries: [{ kind: "dates", description: "d", source: "s", license: "MIT", weekdays: [{ name: "Thứ Chín", isoDay: 99 }] }] })')}`);
    expect(r.stdout.trim().split("\n")).toEqual(["INVALID_DICTIONARY", "INVALID_DICTIONARY", "INVALID_DICTIONARY"]);
  });

  it("8: options are checked as documented, and the extractor keeps its own copy of dictionaries", () => {
    const r = lib(`
      ${codeOf('v.extract("Bộ Y tế", { bogus: 1 })')}
      ${codeOf('v.extract("Bộ Y tế", { maxLength: 1 })')}
      ${codeOf('v.extract("Bộ Y tế", [])')}
      ${codeOf('v.createExtractor({ builtins: "no" })')}
      ${codeOf('v.createExtractor([])')}
      ${codeOf('v.createExtractor({ dictionaries: { positions: { kind: "locations", description: "d", source: "s", license: "MIT", entries: [] } } })')}
      const dict = { kind: "organizations", description: "d", source: "s", license: "MIT", entries: [{ name: "Công ty Cổ phần Sao Mai Xanh", category: "company" }] };
      const ex = v.createExtractor({ dictionaries: [dict] });
      const before = ex.extract("Công ty Cổ phần Sao Mai Xanh vừa họp.").entities.map((e) => e.text).join("|");
      dict.entries[0].name = "vừa họp";
      const after = ex.extract("Công ty Cổ phần Sao Mai Xanh vừa họp.").entities.map((e) => e.text).join("|");
      console.log(before === after ? "unchanged" : "changed");`);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(["INVALID_OPTIONS", "INVALID_OPTIONS", "INVALID_OPTIONS", "INVALID_OPTIONS", "INVALID_OPTIONS", "INVALID_DICTIONARY", "unchanged"]);
  });

  it("9: extractMany refuses holes and names the bad index; workers are capped at the core count", () => {
    const r = lib(`
      ${asyncCodeOf("v.extractMany(new Array(40))")}
      ${asyncCodeOf('v.extractMany(["Bộ Y tế", "Bộ Công an", 7])')}
      const many = await v.extractMany(Array.from({ length: 20 }, () => "Bộ Y tế họp."), { workers: 50 });
      console.log(many.length, many.every((x) => x.entities.length === 1));`);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^INVALID_INPUT .*texts\[0\]/u);
    expect(lines[1]).toMatch(/^INVALID_INPUT .*texts\[2\]/u);
    expect(lines[2]).toBe("20 true");
  });

  it("4: evaluate() with malformed arguments throws VietnerError, and long overlap chains neither overflow nor crawl", () => {
    const r = lib(`
      ${codeOf("v.evaluate(null, [])")}
      ${codeOf('v.evaluate([{ document: "a", entities: [], relations: [] }], [{ document: "a", entities: [], relations: 42 }])')}
      ${codeOf('v.evaluate([{ document: "a", entities: [{ type: "PERSON", start: "0", end: 2 }], relations: [] }], [])')}
      // A chain: each gold span overlaps two predictions, each prediction two gold spans.
      const n = 8000;
      const gold = Array.from({ length: n }, (_, i) => ({ type: "PERSON", start: 2 * i, end: 2 * i + 3, text: "x" }));
      const pred = Array.from({ length: n }, (_, i) => ({ type: "PERSON", start: 2 * i + 1, end: 2 * i + 4, text: "x" }));
      console.log(v.evaluate([{ document: "a", entities: gold, relations: [] }], [{ document: "a", entities: pred, relations: [] }]).relaxed.micro.tp);
      const big = Array.from({ length: 100000 }, (_, i) => ({ type: "DATE", start: i * 5, end: i * 5 + 4, text: "x", value: "2020" }));
      const t = Date.now();
      console.log(v.evaluate([{ document: "b", entities: big, relations: [] }], [{ document: "b", entities: big, relations: [] }]).relaxed.micro.tp);`);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(["INVALID_GOLD", "INVALID_PREDICTIONS", "INVALID_GOLD", "8000", "100000"]);
  }, 60_000);
});
