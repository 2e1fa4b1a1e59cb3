import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../../src/extractor.js";
import { VietnerError } from "../../src/errors.js";
import * as words from "../../src/recognise/words.js";
import { readFileSync } from "node:fs";

const dictionary = (name: string): any => JSON.parse(readFileSync(new URL(`../../dictionaries/${name}`, import.meta.url), "utf8"));

/** A page of English world news written for this test: the extractor must stay quiet on it. */
const ENGLISH_NEWS = `Leaders of the Group of Seven met in Hiroshima on Saturday to discuss support for Ukraine and
the global economy. President Joe Biden said the talks had been productive, while Prime Minister
Rishi Sunak announced new sanctions. The International Monetary Fund warned that growth would slow
this year as interest rates stay high. In Washington, the Senate passed a bill to fund the
government until December. Markets in London and New York closed higher after the announcement.
Officials from the European Union and Japan will meet again in Brussels next month to agree on a
joint statement on trade, technology and climate policy.`;

describe("documented behaviour per input class", () => {
  it("returns an empty result for empty and blank strings", () => {
    for (const text of ["", "   ", "\n\n\t"]) {
      const result = extract(text);
      expect(result.entities).toEqual([]);
      expect(result.relations).toEqual([]);
      expect(result.language).toBe("und");
    }
  });

  it("says when text is not Vietnamese and finds nothing absurd in English news", () => {
    const result = extract(ENGLISH_NEWS);
    expect(result.language).toBe("eng");
    expect(result.warnings.join(" ")).toMatch(/not look Vietnamese/);
    // Vietnamese rules must not fire on English capitalised words: no people, titles or bodies.
    expect(result.entities.filter((e) => e.type === "PERSON" || e.type === "POSITION")).toEqual([]);
    // What it does find are real places known to the gazetteer (Hiroshima, Washington, London …).
    expect(result.entities.every((e) => e.type === "LOCATION" && e.canonical !== undefined)).toBe(true);
  });

  it("on text without diacritics finds only what needs no diacritics, never guessed names", () => {
    const result = extract("Le Hoai Trung, Thu truong Bo Ngoai giao, lam viec voi UBND tinh Ha Tinh ngay 13/11/2020.");
    const types = result.entities.map((e) => `${e.type}:${e.text}`);
    expect(types.filter((t) => t.startsWith("PERSON") || t.startsWith("POSITION"))).toEqual([]);
    expect(types).toContain("DATE:13/11/2020");
  });

  it("on an ALL-CAPS headline trusts only dictionary names", () => {
    const result = extract("THỨ TRƯỞNG BỘ NGOẠI GIAO LÀM VIỆC VỚI LÃNH ĐẠO TỈNH HÀ TĨNH");
    const found = result.entities.map((e) => `${e.type}:${e.text}`);
    expect(found).toContain("LOCATION:HÀ TĨNH");
    expect(found.filter((t) => t.startsWith("PERSON"))).toEqual([]);
  });

  it("handles emoji, RTL text and control characters around real entities", () => {
    const text = "🇻🇳 Bộ Ngoại giao \u202Eשלום\u202C\u0007 tại Hà Nội 😀";
    const result = extract(text);
    for (const e of result.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result.entities.map((e) => e.text)).toEqual(expect.arrayContaining(["Bộ Ngoại giao", "Hà Nội"]));
  });
});

describe("errors are VietnerErrors with stable codes", () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(VietnerError);
      return (error as VietnerError).code;
    }
    return undefined;
  };
  it("rejects input that is not a string", () => {
    expect(code(() => extract(42 as unknown as string))).toBe("INVALID_INPUT");
    expect(code(() => extract(null as unknown as string))).toBe("INVALID_INPUT");
    expect(code(() => extract(undefined as unknown as string))).toBe("INVALID_INPUT");
  });
  it("rejects input over the configurable size limit", () => {
    const small = createExtractor({ maxLength: 100 });
    expect(code(() => small.extract("x".repeat(101)))).toBe("INPUT_TOO_LARGE");
    expect(small.extract("x".repeat(100)).entities).toEqual([]);
  });
  it("rejects invalid options", () => {
    expect(code(() => extract("Hà Nội", { referenceDate: "22/11/2026" }))).toBe("INVALID_OPTIONS");
    expect(code(() => extract("Hà Nội", { types: ["PLACE" as never] }))).toBe("INVALID_OPTIONS");
    expect(code(() => createExtractor({ maxLength: -1 }))).toBe("INVALID_OPTIONS");
    expect(code(() => createExtractor({ colour: "blue" } as never))).toBe("INVALID_OPTIONS");
  });
  it("rejects invalid dictionaries, naming the entry", () => {
    const bad = { kind: "positions", description: "x", source: "x", license: "MIT", titles: [{ name: "", category: "party" }] };
    expect(code(() => createExtractor({ dictionaries: [bad as never] }))).toBe("INVALID_DICTIONARY");
    const polluting = JSON.parse('{"kind":"people","description":"x","source":"x","license":"MIT","__proto__":{"polluted":true}}');
    expect(code(() => createExtractor({ dictionaries: [polluting] }))).toBe("INVALID_DICTIONARY");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(code(() => createExtractor({ dictionaries: ["/no/such/file.json"] }))).toBe("IO_ERROR");
  });
});

describe("texts that end where a rule looks ahead", () => {
  // Found on real news rotated by the benchmark: "… Bệnh viện Nhi đồng Thành phố" at the very end made the
  // designator look for a place past the last token. Every cue word the rules read ahead from is tried here.
  it("never throw when a head, title, type, feature or cue word is the last word of the text", () => {
    const cues = new Set<string>();
    for (const rule of Object.values(words)) if (typeof rule === "object" && rule !== null && "words" in rule) for (const w of rule.words) cues.add(w);
    for (const head of dictionary("organizations.json").heads) cues.add(head.head);
    for (const title of dictionary("positions.json").titles) cues.add(title.name);
    expect(cues.size).toBeGreaterThan(300);
    for (const cue of cues) {
      for (const text of [cue, `Ông Nguyễn Văn An, ${cue}`, `Bệnh viện Nhi đồng ${cue}`, `${cue}\n`, `ngày 5, 6 và ${cue}`, `Ban Quản lý ${cue} và các`, `Ban Quản lý ${cue} và các Khu`]) {
        expect(() => extract(text), text).not.toThrow();
      }
    }
  });
});

describe("long chains of heads and titles", () => {
  it("never recurse down a chain: tens of thousands of body heads or titles in a row finish without a stack overflow", () => {
    expect(() => extract("Ủy ban ".repeat(60_000))).not.toThrow();
    expect(() => extract("HĐQT Công ty ".repeat(10_000))).not.toThrow();
    expect(() => extract("Chủ tịch Phó Chủ tịch ".repeat(10_000))).not.toThrow();
  });
});
