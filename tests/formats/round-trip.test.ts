import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flatten, labelMap, parseConll, toConll } from "../../src/formats/conll.js";
import { codePointIndex, parseDoccano, toDoccano } from "../../src/formats/doccano.js";
import { parseLabelStudio, toLabelStudioTask } from "../../src/formats/label-studio.js";

/** vietner's gold → each format → back gives the same entities (the outermost ones for IOB2). */
const SEEDS = join(__dirname, "../../seeds");
const golds = readdirSync(SEEDS).filter((f) => f.endsWith(".gold.json")).map((f) => {
  const gold = JSON.parse(readFileSync(join(SEEDS, f), "utf8"));
  return { gold, text: readFileSync(join(SEEDS, gold.document), "utf8") };
});
const map = labelMap(undefined);
const key = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}:${e.end}`;

describe("round trips through other tools' formats (seed gold)", () => {
  it.each(golds.map((g) => [g.gold.document, g] as const))("%s: doccano and Label Studio keep every entity at its offsets", (_name, { gold, text }) => {
    const doccano = parseDoccano(toDoccano(text, gold.entities), "x.jsonl", map)[0]!;
    expect(doccano.text).toBe(text);
    expect(doccano.entities.map(key).sort()).toEqual(gold.entities.map(key).sort());
    const studio = parseLabelStudio(JSON.stringify([toLabelStudioTask("d", text, gold.entities, "test")]), "x.json", map)[0]!;
    expect(studio.entities.map(key).sort()).toEqual(gold.entities.map(key).sort());
  });
  it.each(golds.map((g) => [g.gold.document, g] as const))("%s: IOB2 keeps the outermost entities, by type and text", (_name, { gold, text }) => {
    const back = parseConll(toConll(text, gold.entities), "x.conll", map)[0]!;
    const outer = flatten(gold.entities as Array<{ type: string; start: number; end: number; text: string }>, "outer");
    // The text is rebuilt from tokens (spaces between them), so compare types and token sequences.
    const norm = (s: string) => s.replace(/\s+/gu, "").normalize("NFC");
    expect(back.entities.map((e) => `${e.type}:${norm(e.text)}`)).toEqual(outer.map((e) => `${e.type}:${norm(e.text)}`));
  });
});

describe("CoNLL/IOB2 reading", () => {
  it("reads word-level files with '_' joining syllables, maps labels and ignores unmapped ones", () => {
    const raw = "Ông\tO\nNguyễn_Văn_An\tB-NAME\nđến\tO\nHà_Nội\tB-LOC\nlúc\tO\n9h\tB-TIME\n.\tO\n";
    const [doc] = parseConll(raw, "a.conll", labelMap("NAME=PERSON"));
    expect(doc!.text).toBe("Ông Nguyễn Văn An đến Hà Nội lúc 9h .");
    expect(doc!.entities.map((e) => `${e.type}:${e.text}`)).toEqual(["PERSON:Nguyễn Văn An", "LOCATION:Hà Nội"]);
  });
  it("accepts IOB1 and BIOES tags, and names the line of a malformed one", () => {
    const [doc] = parseConll("Bộ\tI-ORG\nY_tế\tI-ORG\nvà\tO\nLào\tS-LOC\n", "b.conll", map);
    expect(doc!.entities.map((e) => `${e.type}:${e.text}`)).toEqual(["ORGANIZATION:Bộ Y tế", "LOCATION:Lào"]);
    expect(() => parseConll("Bộ\tO\nY\tX-ORG\n", "c.conll", map)).toThrow(/c\.conll:2: tag "X-ORG"/u);
    expect(() => parseConll("chỉ-một-cột\n", "d.conll", map)).toThrow(/d\.conll:1: expected a token and a tag/u);
    expect(() => labelMap("PER=PEOPLE")).toThrow(/--map/u);
  });
  it("writes the innermost entities on request", () => {
    const text = "Thứ trưởng Bộ Ngoại giao";
    const entities = [{ type: "POSITION", start: 0, end: 24 }, { type: "ORGANIZATION", start: 11, end: 24 }];
    expect(toConll(text, entities)).toContain("Thứ\tB-POSITION");
    expect(toConll(text, entities, { nesting: "inner" })).toContain("Thứ\tO\ntrưởng\tO\nBộ\tB-ORGANIZATION");
  });
});

describe("doccano offsets", () => {
  it("counts code points as doccano does, and converts back to UTF-16 exactly", () => {
    const text = "😀 Bộ Y tế họp.";
    const line = toDoccano(text, [{ type: "ORGANIZATION", start: 3, end: 10 }]);
    expect(JSON.parse(line).label).toEqual([[2, 9, "ORGANIZATION"]]);
    expect(parseDoccano(line, "e.jsonl", map)[0]!.entities[0]).toMatchObject({ start: 3, end: 10, text: "Bộ Y tế" });
    const index = codePointIndex(text);
    expect(index.toUtf16(index.toCodePoint(10))).toBe(10);
  });
});
