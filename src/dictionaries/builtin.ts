/**
 * The built-in dictionaries, bundled into the package at build time (no file system at run time, so
 * the extractor runs in browsers and bundlers too). They are validated by the tests and the build
 * (tests/dictionaries/schema.test.ts), not at every start.
 */
import dates from "../../dictionaries/dates.json";
import locationsFeatures from "../../dictionaries/locations.features.json";
import locationsAdmin from "../../dictionaries/locations.vn-admin.json";
import locationsCommunes from "../../dictionaries/locations.vn-communes.json";
import locationsWorld from "../../dictionaries/locations.world.json";
import organizations from "../../dictionaries/organizations.json";
import people from "../../dictionaries/people.json";
import positions from "../../dictionaries/positions.json";
import type { DictionaryFile, LocationsFile } from "./types.js";

const SOURCES: readonly unknown[] = [dates, locationsFeatures, locationsAdmin, locationsWorld, organizations, people, positions];

/** The package bundles the files as JSON text (tsup's "text" loader); under the test runner they arrive as objects already. */
const parse = (source: unknown): unknown => (typeof source === "string" ? JSON.parse(source) : source);

let parsed: readonly DictionaryFile[] | undefined;
let communes: LocationsFile | undefined;

/** The built-in dictionaries in the order of their file names, parsed once, on first use; communes apart. */
export function builtinDictionaries(): readonly DictionaryFile[] {
  parsed ??= SOURCES.map((source) => parse(source) as DictionaryFile);
  return parsed;
}

/** Communes and wards (locations.vn-communes.json), parsed when a text first needs them. */
export function builtinCommunes(): LocationsFile {
  communes ??= parse(locationsCommunes) as LocationsFile;
  return communes;
}
