import { VietnerError } from "../errors.js";
import type { DictionaryFile } from "./types.js";

/**
 * Validates a dictionary file (built-in or user-supplied) against the published schema
 * (dictionaries/schema/dictionary.schema.json describes the same rules). Errors name the file,
 * the entry and the problem. Keys that could pollute prototypes are refused outright.
 */
const LOCATION_CATEGORIES = new Set([
  "country", "territory", "continent", "region", "province", "city", "district", "commune", "ward",
  "foreign-admin", "sea", "river", "lake", "mountain", "island", "border-gate", "park", "site", "seat",
]);
const ORGANIZATION_CATEGORIES = new Set([
  "party", "state", "government", "national-assembly", "ministry", "agency", "department", "local-government",
  "military", "police", "court", "procuracy", "mass-organization", "international", "company", "bank",
  "education", "health", "media", "sport", "other",
]);
const POSITION_CATEGORIES = new Set([
  "party", "state", "government", "national-assembly", "local", "military-rank", "police-rank", "military",
  "judicial", "diplomatic", "business", "academic", "medical", "sport", "media", "international", "other",
]);
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const KINDS = new Set(["locations", "organizations", "positions", "people", "dates"]);

type Where = string;

function fail(where: Where, problem: string): never {
  throw new VietnerError("INVALID_DICTIONARY", `${where}: ${problem}`, { where });
}

/** Calendar numbers end up in ISO values: only whole numbers in their range ("quý II" must not become Q1.5). */
function integerIn(entry: Record<string, unknown>, field: string, min: number, max: number, where: Where): void {
  const value = entry[field];
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(where, `"${field}" must be a whole number from ${min} to ${max} (got ${typeof value === "number" ? value : typeof value})`);
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function checkKeys(value: unknown, where: Where, depth = 0): void {
  if (depth > 8) fail(where, "nested too deeply");
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkKeys(item, `${where}[${i}]`, depth + 1));
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) fail(where, `forbidden key "${key}"`);
      checkKeys(value[key], `${where}.${key}`, depth + 1);
    }
  }
}

function requireString(entry: Record<string, unknown>, field: string, where: Where): string {
  const value = entry[field];
  if (typeof value !== "string" || value.trim() === "") fail(where, `"${field}" must be a non-empty string`);
  if (value.length > 300) fail(where, `"${field}" is longer than 300 characters`);
  return value;
}

function optionalStrings(entry: Record<string, unknown>, field: string, where: Where): void {
  const value = entry[field];
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
    fail(where, `"${field}" must be an array of non-empty strings`);
  }
}

function optionalType(entry: Record<string, unknown>, field: string, type: "string" | "boolean" | "number", where: Where): void {
  const value = entry[field];
  if (value !== undefined && typeof value !== type) fail(where, `"${field}" must be a ${type}`);
}

function entryName(entry: Record<string, unknown>, index: number): string {
  const name = entry.name ?? entry.head ?? entry.abbreviation ?? entry.numeral;
  return typeof name === "string" ? `${index} ("${name}")` : String(index);
}

/** Fields each kind of entry may have; anything else is a typo the user should hear about. */
const ENTRY_KEYS: Record<string, readonly string[]> = {
  "locations.entries": ["name", "variants", "reason", "category", "code", "parent", "existsAfter2025", "mergedInto"],
  "organizations.entries": ["name", "variants", "reason", "category", "abbreviations", "formerNames"],
  "organizations.heads": ["head", "category", "standalone", "takesLocality", "takesNumber", "reason"],
  "organizations.nameWords": ["name", "variants", "reason", "alsoVerb"],
  "organizations.notBodies": ["name", "variants", "reason"],
  "positions.titles": ["name", "variants", "reason", "category", "takesBody", "bodyStartsAt", "capitalisedOnly"],
  "positions.qualifiers": ["name", "variants", "reason", "placement"],
  "positions.abbreviations": ["abbreviation", "expansion", "category", "needsBody", "reason"],
  "positions.notTitles": ["name", "variants", "reason"],
  "people.surnames": ["name", "variants", "reason", "rank"],
  "people.honorifics": ["name", "variants", "reason"],
  "people.degrees": ["name", "variants", "reason"],
  "people.middleNames": ["name", "variants", "reason"],
  "dates.partsOfDay": ["name", "variants", "reason"],
  "dates.weekdays": ["name", "variants", "reason", "isoDay"],
  "dates.romanNumerals": ["numeral", "value"],
  "dates.monthWords": ["name", "variants", "reason", "month", "lunar"],
};
const FILE_KEYS: Record<string, readonly string[]> = {
  locations: ["entries"],
  organizations: ["entries", "heads", "nameWords", "notBodies"],
  positions: ["titles", "qualifiers", "abbreviations", "notTitles"],
  people: ["surnames", "honorifics", "degrees", "middleNames"],
  dates: ["partsOfDay", "weekdays", "romanNumerals", "monthWords"],
};
const HEADER_KEYS = ["$schema", "kind", "description", "source", "license", "generatedBy"];

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: Where): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(where, `unknown field "${key}" (allowed: ${allowed.join(", ")})`);
}

function eachEntry(file: Record<string, unknown>, list: string, path: string, check: (entry: Record<string, unknown>, where: Where) => void): void {
  const value = file[list];
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(`${path}`, `"${list}" must be an array`);
  value.forEach((entry, index) => {
    const where = `${path}: ${list} entry ${isRecord(entry) ? entryName(entry, index) : index}`;
    if (!isRecord(entry)) fail(where, "must be an object");
    const allowed = ENTRY_KEYS[`${String(file.kind)}.${list}`];
    if (allowed) onlyKeys(entry, allowed, where);
    check(entry, where);
  });
}

function named(entry: Record<string, unknown>, where: Where): void {
  requireString(entry, "name", where);
  optionalStrings(entry, "variants", where);
  optionalType(entry, "reason", "string", where);
}

function inSet(entry: Record<string, unknown>, field: string, allowed: Set<string>, where: Where): void {
  const value = entry[field];
  if (typeof value !== "string" || !allowed.has(value)) {
    fail(where, `"${field}" must be one of ${[...allowed].join(", ")} (got ${JSON.stringify(value)})`);
  }
}

export function validateDictionaryFile(data: unknown, path = "<dictionary>"): DictionaryFile {
  if (!isRecord(data)) fail(path, "a dictionary file must be a JSON object");
  checkKeys(data, path);
  if (typeof data.kind !== "string" || !KINDS.has(data.kind)) {
    fail(path, `"kind" must be one of ${[...KINDS].join(", ")} (got ${JSON.stringify(data.kind)})`);
  }
  for (const field of ["description", "source", "license"]) requireString(data, field, path);
  onlyKeys(data, [...HEADER_KEYS, ...FILE_KEYS[data.kind]!], path);
  optionalType(data, "generatedBy", "string", path);
  switch (data.kind) {
    case "locations":
      if (!Array.isArray(data.entries)) fail(path, `"entries" must be an array`);
      eachEntry(data, "entries", path, (e, w) => {
        named(e, w);
        inSet(e, "category", LOCATION_CATEGORIES, w);
        optionalType(e, "code", "string", w);
        optionalType(e, "parent", "string", w);
        optionalType(e, "existsAfter2025", "boolean", w);
        optionalType(e, "mergedInto", "string", w);
      });
      break;
    case "organizations":
      eachEntry(data, "entries", path, (e, w) => {
        named(e, w);
        inSet(e, "category", ORGANIZATION_CATEGORIES, w);
        optionalStrings(e, "abbreviations", w);
        optionalStrings(e, "formerNames", w);
      });
      eachEntry(data, "heads", path, (e, w) => {
        requireString(e, "head", w);
        inSet(e, "category", ORGANIZATION_CATEGORIES, w);
        optionalType(e, "standalone", "boolean", w);
        optionalType(e, "takesLocality", "boolean", w);
        optionalType(e, "takesNumber", "boolean", w);
      });
      eachEntry(data, "nameWords", path, (e, w) => {
        named(e, w);
        optionalType(e, "alsoVerb", "boolean", w);
      });
      eachEntry(data, "notBodies", path, named);
      break;
    case "positions":
      eachEntry(data, "titles", path, (e, w) => {
        named(e, w);
        inSet(e, "category", POSITION_CATEGORIES, w);
        optionalType(e, "takesBody", "boolean", w);
        optionalType(e, "capitalisedOnly", "boolean", w);
        optionalType(e, "bodyStartsAt", "string", w);
      });
      eachEntry(data, "qualifiers", path, (e, w) => {
        named(e, w);
        inSet(e, "placement", new Set(["before", "after"]), w);
      });
      eachEntry(data, "abbreviations", path, (e, w) => {
        requireString(e, "abbreviation", w);
        requireString(e, "expansion", w);
        inSet(e, "category", POSITION_CATEGORIES, w);
        optionalType(e, "needsBody", "boolean", w);
      });
      eachEntry(data, "notTitles", path, named);
      break;
    case "people":
      for (const list of ["surnames", "honorifics", "degrees", "middleNames"]) eachEntry(data, list, path, named);
      break;
    case "dates":
      eachEntry(data, "partsOfDay", path, named);
      eachEntry(data, "weekdays", path, (e, w) => {
        named(e, w);
        integerIn(e, "isoDay", 1, 7, w);
      });
      eachEntry(data, "romanNumerals", path, (e, w) => {
        requireString(e, "numeral", w);
        integerIn(e, "value", 1, 100, w);
      });
      eachEntry(data, "monthWords", path, (e, w) => {
        named(e, w);
        integerIn(e, "month", 1, 12, w);
        optionalType(e, "lunar", "boolean", w);
      });
      break;
  }
  return data as unknown as DictionaryFile;
}
