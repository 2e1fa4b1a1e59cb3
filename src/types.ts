/** The five entity types of the annotation guideline (docs/annotation.md). */
export type EntityType = "PERSON" | "POSITION" | "ORGANIZATION" | "LOCATION" | "DATE";

export const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "POSITION", "ORGANIZATION", "LOCATION", "DATE"];

/** One entity mention. Offsets are UTF-16 indices into the caller's original string; end is exclusive. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  /** Always equal to `text.slice(start, end)` of the caller's string. */
  text: string;
  /** DATE only: normalised ISO 8601 value (`2020`, `2018-04`, `2020-05-28T14:55`, `2024-Q1`, `2016/2019`, `XXXX-11-13`). */
  value?: string;
  /**
   * DATE only, for lunar dates ("mùng 9 Tết", "ngày 10/3 âm lịch"): the date in Vietnam's lunar
   * calendar, `YYYY-MM-DD` or `XXXX-MM-DD` when the lunar year is unknown; `value` is then the solar
   * date, or `XXXX-XX-XX`.
   */
  lunar?: string;
  /** LOCATION / ORGANIZATION found in a dictionary: its canonical entry. */
  canonical?: CanonicalRef;
}

/** What a dictionary says about a matched LOCATION or ORGANIZATION. */
export interface CanonicalRef {
  /** Canonical name of the dictionary entry (NFC, modern tone placement). */
  name: string;
  /** Sub-kind, e.g. "province", "country", "ministry", "people-committee". */
  kind: string;
  /** Stable key for grouping mentions, e.g. "vn-province:02" or "org:bo-ngoai-giao". */
  id?: string;
  /** Administrative code where the source has one. */
  code?: string;
  /** For Vietnamese administrative units: does it still exist after the 2025 reform? */
  existsAfter2025?: boolean;
  /** For units merged in 2025: the canonical name of the unit it became part of. */
  mergedInto?: string;
}

/** A HOLDS relation: the person (full name) holds the position (POSITION text as written). */
export interface Relation {
  type: "HOLDS";
  person: string;
  position: string;
}

/** One person and every mention of them, with the positions the text gives them. */
export interface PersonRecord {
  /** Full name as first written in full. */
  name: string;
  mentions: Array<{ start: number; end: number; text: string }>;
  positions: string[];
}

export interface ExtractResult {
  /** Date of the article's dateline (ISO `YYYY-MM-DD`, or `YYYY-MM` for month-only datelines), or null. */
  documentDate: string | null;
  entities: Entity[];
  relations: Relation[];
  people: PersonRecord[];
  /** ISO 639-3 code from language identification ("vie", "eng", …) or "und" when the text is too short to tell. */
  language: string;
  /** Non-fatal notices, e.g. that the text does not look Vietnamese. */
  warnings: string[];
}

export interface ExtractOptions {
  /** Overrides the dateline date used to fill missing years (`YYYY-MM-DD` or `YYYY-MM` or `YYYY`). */
  referenceDate?: string;
  /** Only return entities of these types (relations still computed from all). */
  types?: EntityType[];
}
