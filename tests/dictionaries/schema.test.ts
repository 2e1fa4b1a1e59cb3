import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { validateDictionaryFile } from "../../src/dictionaries/validate.js";

/**
 * The published JSON Schema (dictionaries/schema/dictionary.schema.json) and the runtime validator
 * must agree: every built-in file passes both, and every broken file fails both.
 */
const DIR = join(__dirname, "../../dictionaries");
const schema = JSON.parse(readFileSync(join(DIR, "schema/dictionary.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);
const runtimeAccepts = (data: unknown): boolean => {
  try {
    validateDictionaryFile(data, "test.json");
    return true;
  } catch {
    return false;
  }
};

const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

describe("dictionary schema", () => {
  it("covers every built-in dictionary file", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const file of files) {
    it(`${file} passes the schema and the runtime validator`, () => {
      const data = JSON.parse(readFileSync(join(DIR, file), "utf8"));
      expect(schemaAccepts(data), JSON.stringify(schemaAccepts.errors?.slice(0, 3))).toBe(true);
      expect(runtimeAccepts(data)).toBe(true);
    });
  }

  const base = { kind: "positions", description: "test", source: "test", license: "MIT" };
  const broken: Record<string, unknown> = {
    "wrong kind": { ...base, kind: "titles" },
    "missing name": { ...base, titles: [{ category: "party" }] },
    "empty name": { ...base, titles: [{ name: "  ", category: "party" }] },
    "bad category": { ...base, titles: [{ name: "Bí thư", category: "royal" }] },
    "non-string variant": { ...base, titles: [{ name: "Bí thư", category: "party", variants: [3] }] },
    "unknown field": { ...base, titles: [{ name: "Bí thư", category: "party", colour: "red" }] },
    "unknown section": { ...base, ranks: [] },
    "missing source": { kind: "people", description: "x", license: "MIT" },
    "__proto__ key": JSON.parse('{"kind":"people","description":"x","source":"x","license":"MIT","surnames":[{"name":"Lê","__proto__":{"x":1}}]}'),
    "locations without entries": { kind: "locations", description: "x", source: "x", license: "MIT" },
    "not an object": ["positions"],
  };
  for (const [name, data] of Object.entries(broken)) {
    it(`rejects a file with ${name}, in both`, () => {
      expect(runtimeAccepts(data)).toBe(false);
      expect(schemaAccepts(data)).toBe(false);
    });
  }
});
