import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extractor.js";
import { VietnerError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Runs the worked example of docs/dictionaries.md, taken from the page itself. */
const page = readFileSync(join(__dirname, "../../docs/dictionaries.md"), "utf8");
const block = /<!-- example:dictionaries -->\s*```json\n([\s\S]*?)```/u.exec(page)?.[1];
const SENTENCE = "Tổng điều phối viên Hiệp đoàn Sông Lam Nguyễn Văn Khoa phát biểu.";

describe("user dictionaries (docs/dictionaries.md worked example)", () => {
  const [positions, organizations] = JSON.parse(block ?? "[]") as [Record<string, unknown>, Record<string, unknown>];
  it("the page has the example", () => {
    expect(positions?.kind).toBe("positions");
    expect(organizations?.kind).toBe("organizations");
  });
  it("without the dictionary the made-up title and body are not found", () => {
    const texts = createExtractor().extract(SENTENCE).entities.map((e) => e.text);
    expect(texts).not.toContain("Hiệp đoàn Sông Lam");
  });
  it("finds a user-added title and organisation, from objects and from files", () => {
    const dir = tempDir("dict");
    writeFileSync(join(dir, "my-positions.json"), JSON.stringify(positions));
    writeFileSync(join(dir, "my-organizations.json"), JSON.stringify(organizations));
    for (const dictionaries of [[positions, organizations], [join(dir, "my-positions.json"), join(dir, "my-organizations.json")]]) {
      const result = createExtractor({ dictionaries: dictionaries as never }).extract(SENTENCE);
      const found = result.entities.map((e) => `${e.type}:${e.text}`);
      expect(found).toContain("POSITION:Tổng điều phối viên Hiệp đoàn Sông Lam");
      expect(found).toContain("ORGANIZATION:Hiệp đoàn Sông Lam");
      expect(found).toContain("PERSON:Nguyễn Văn Khoa");
      expect(result.relations).toContainEqual({ type: "HOLDS", person: "Nguyễn Văn Khoa", position: "Tổng điều phối viên Hiệp đoàn Sông Lam" });
      expect(result.entities.find((e) => e.text === "Hiệp đoàn Sông Lam")?.canonical?.name).toBe("Hiệp đoàn Sông Lam");
    }
  });
  it("finds the abbreviation as written", () => {
    const result = createExtractor({ dictionaries: [organizations as never] }).extract("Đại diện HĐSL tham dự.");
    expect(result.entities.map((e) => e.text)).toContain("HĐSL");
  });
  it("rejects an invalid file with the file, the entry and the problem", () => {
    const dir = tempDir("dict");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...positions, titles: [{ name: "Giám đốc", catgory: "business" }] }));
    try {
      createExtractor({ dictionaries: [bad] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VietnerError);
      expect((error as VietnerError).code).toBe("INVALID_DICTIONARY");
      expect((error as VietnerError).message).toMatch(/bad\.json: titles entry 0 \("Giám đốc"\): unknown field "catgory"/);
    }
    writeFileSync(bad, "{ not json");
    expect(() => createExtractor({ dictionaries: [bad] })).toThrow(/bad\.json: not valid JSON/);
  });
});

describe("dictionaries keyed by kind", () => {
  it("accepts { positions, organizations } with or without kind and header fields", () => {
    const extractor = createExtractor({
      dictionaries: {
        positions: { titles: [{ name: "Tổng điều phối viên", category: "other" }] } as never,
        organizations: [{ entries: [{ name: "Hiệp đoàn Sông Lam", category: "other" }] } as never],
      },
    });
    const found = extractor.extract(SENTENCE).entities.map((e) => `${e.type}:${e.text}`);
    expect(found).toContain("POSITION:Tổng điều phối viên Hiệp đoàn Sông Lam");
    expect(found).toContain("ORGANIZATION:Hiệp đoàn Sông Lam");
  });
  it("rejects an unknown kind and a bad entry, naming where", () => {
    expect(() => createExtractor({ dictionaries: { titles: [] } as never })).toThrow(/dictionaries\.titles is not a dictionary kind/);
    expect(() => createExtractor({ dictionaries: { people: { surnames: [{ name: 5 }] } as never } })).toThrow(/dictionaries\.people\[0\]: surnames entry 0/);
  });
});

describe("dictionaries added after texts were already processed", () => {
  it("are still found: token caches start over when new first syllables are registered", () => {
    const text = "Du khách đổ về Xứ Sở Mộng Mơ dịp cuối tuần.";
    expect(createExtractor().extract(text).entities.map((e) => e.text)).not.toContain("Xứ Sở Mộng Mơ");
    const withPlace = createExtractor({ dictionaries: [{ kind: "locations", description: "t", source: "t", license: "MIT", entries: [{ name: "Xứ Sở Mộng Mơ", category: "site" }] } as never] });
    expect(withPlace.extract(text).entities.map((e) => `${e.type}:${e.text}`)).toContain("LOCATION:Xứ Sở Mộng Mơ");
  });
  it("are one extractor's only, however their texts alternate (each word's start bits are cached per lexicon)", () => {
    const text = "Đoàn khách Quiblonia Thắng Cảnh ghé thăm.";
    const plain = createExtractor();
    const withPlace = createExtractor({ dictionaries: [{ kind: "locations", description: "t", source: "t", license: "MIT", entries: [{ name: "Quiblonia Thắng Cảnh", category: "site" }] } as never] });
    const places = (e: ReturnType<typeof createExtractor>): string[] => e.extract(text).entities.filter((x) => x.type === "LOCATION").map((x) => x.text);
    for (let round = 0; round < 2; round++) {
      expect(places(withPlace)).toContain("Quiblonia Thắng Cảnh");
      expect(places(plain)).not.toContain("Quiblonia Thắng Cảnh");
    }
  });
});

describe("capitalisedOnly titles", () => {
  const dictionary = {
    kind: "positions",
    description: "a made-up title for the test",
    source: "invented",
    license: "MIT",
    titles: [{ name: "Điều phối Liên minh", category: "other", capitalisedOnly: true, reason: "lower-case 'điều phối' is a verb" }],
  };
  it("are titles when written with their capitals, and not in lower case", () => {
    const extractor = createExtractor({ dictionaries: [dictionary as never] });
    const capitalised = extractor.extract("Ông Lê Văn Tâm, Điều phối Liên minh, phát biểu.").entities.map((e) => `${e.type}:${e.text}`);
    expect(capitalised).toContain("POSITION:Điều phối Liên minh");
    const lower = extractor.extract("Ông Lê Văn Tâm sẽ điều phối liên minh này.").entities.map((e) => e.type);
    expect(lower).not.toContain("POSITION");
  });
  it("the flag must be a boolean", () => {
    const bad = { ...dictionary, titles: [{ ...dictionary.titles[0], capitalisedOnly: "yes" }] };
    expect(() => createExtractor({ dictionaries: [bad as never] })).toThrow(VietnerError);
  });
});
