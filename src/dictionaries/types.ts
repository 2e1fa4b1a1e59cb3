/**
 * Shapes of the JSON files in `dictionaries/`. Every file is one of these, chosen by its
 * top-level `kind`. All names are stored NFC with modern tone placement ("hòa", "ủy");
 * matching is done on normalised text, so variants need not list tone-placement spellings.
 */

/** Header every dictionary file carries, so its origin is never lost. */
export interface DictionaryFileHeader {
  /** Which recogniser reads it. */
  kind: "locations" | "organizations" | "positions" | "people" | "dates";
  /** Human description of the file. */
  description: string;
  /** Where the data comes from (package@version, document, URL name) — or "hand-curated". */
  source: string;
  /** Licence of the source data. */
  license: string;
  /** Script that generated the file; absent for hand-curated files. */
  generatedBy?: string;
}

/** A named thing with its canonical form and other spellings. */
export interface NamedEntry {
  /** Canonical name, NFC, modern tone placement. */
  name: string;
  /** Other spellings: transliterations, old names, abbreviations ("Hoa Kỳ" for "Mỹ", "Cam-pu-chia"). */
  variants?: string[];
  /** Why the entry is here (compromise-style), optional for generated lists. */
  reason?: string;
}

export type LocationCategory =
  | "country" | "territory" | "continent" | "region" | "province" | "city" | "district"
  | "commune" | "ward" | "foreign-admin" | "sea" | "river" | "lake" | "mountain" | "island"
  | "border-gate" | "park" | "site"
  /** A seat of power named by its building ("Nhà Trắng", "Điện Kremlin"): it also completes a title ("Người phát ngôn Điện Kremlin"). */
  | "seat";

export interface LocationEntry extends NamedEntry {
  category: LocationCategory;
  /** Administrative code where the source has one (GSO code for Vietnamese units). */
  code?: string;
  /** Canonical name of the parent unit (province for districts, district/province for communes). */
  parent?: string;
  /** Vietnamese administrative units: does the unit exist after the 2025 reform (34 provinces, 2-level local government)? */
  existsAfter2025?: boolean;
  /** Units merged in 2025: the canonical name of the new unit they became part of. */
  mergedInto?: string;
}

export interface LocationsFile extends DictionaryFileHeader {
  kind: "locations";
  entries: LocationEntry[];
}

export type OrganizationCategory =
  | "party" | "state" | "government" | "national-assembly" | "ministry" | "agency" | "department"
  | "local-government" | "military" | "police" | "court" | "procuracy" | "mass-organization"
  | "international" | "company" | "bank" | "education" | "health" | "media" | "sport" | "other";

export interface OrganizationEntry extends NamedEntry {
  category: OrganizationCategory;
  /** Abbreviations written as such in text ("UBND", "BĐBP", "T.Ư"); matched case-sensitively. */
  abbreviations?: string[];
  /** Names the body had before the 2025 restructuring, or other former names. */
  formerNames?: string[];
}

/**
 * Organisation heads: the first word(s) of a body name ("Bộ", "Sở", "Ủy ban", "Công ty") — the
 * recogniser extends them with the capitalised name that follows.
 */
export interface OrganizationHead {
  head: string;
  category: OrganizationCategory;
  /** May the head stand alone as a whole name when it identifies one body by its kind ("Tỉnh ủy", "Chính phủ")? */
  standalone?: boolean;
  /** May a lower-case locality word follow directly ("UBND tỉnh", "Đảng bộ tỉnh")? */
  takesLocality?: boolean;
  /** Units named by a number ("Quân khu 1", "Trại giam số 5", "Đội CSGT số 3"). */
  takesNumber?: boolean;
  reason?: string;
}

/** A lower-case field word of body names; `alsoVerb` words ("đầu tư") never end a name. */
export interface OrganizationNameWord extends NamedEntry {
  alsoVerb?: boolean;
}

export interface OrganizationsFile extends DictionaryFileHeader {
  kind: "organizations";
  entries?: OrganizationEntry[];
  heads?: OrganizationHead[];
  /**
   * Lower-case words that continue a body name after its capitalised part, as Vietnamese writes
   * official names ("Cục Quản lý thị trường", "Vụ Thi đua khen thưởng"): field and subject nouns.
   */
  nameWords?: OrganizationNameWord[];
  /** ALL-CAPS abbreviations that are not bodies (currencies, measures, diseases, roles: "USD", "GDP", "HLV"). */
  notBodies?: NamedEntry[];
}

export type PositionCategory =
  | "party" | "state" | "government" | "national-assembly" | "local" | "military-rank" | "police-rank"
  | "military" | "judicial" | "diplomatic" | "business" | "academic" | "medical" | "sport" | "media"
  | "international" | "other";

export interface PositionTitle extends NamedEntry {
  category: PositionCategory;
  /** The title names its body when followed by one ("Thứ trưởng Bộ Ngoại giao"); false for ranks ("Đại tướng"). */
  takesBody?: boolean;
  /** The head itself ends in a body word that forms the ORGANIZATION ("Chánh Văn phòng" → body starts at "Văn phòng"). */
  bodyStartsAt?: string;
  /** Only a title when written with its capitals: its lower-case form is a verb phrase ("thống lĩnh …"). */
  capitalisedOnly?: boolean;
}

export interface PositionQualifier extends NamedEntry {
  /** "before": "Phó", "Quyền", "Nguyên"; "after": "Thường trực", "dự khuyết". */
  placement: "before" | "after";
}

export interface PositionAbbreviation {
  /** As written: "UVTV", "PCT". */
  abbreviation: string;
  expansion: string;
  category: PositionCategory;
  /** Only a title when a body follows ("CT UBND huyện"): the letters alone mean other things too ("CT" = công ty). */
  needsBody?: boolean;
}

export interface PositionsFile extends DictionaryFileHeader {
  kind: "positions";
  titles?: PositionTitle[];
  qualifiers?: PositionQualifier[];
  abbreviations?: PositionAbbreviation[];
  /** Words that look like titles but are not POSITIONs (lãnh đạo, cán bộ, phóng viên …). */
  notTitles?: NamedEntry[];
}

export interface PeopleFile extends DictionaryFileHeader {
  kind: "people";
  /** Vietnamese surnames (họ), with frequency rank where known. */
  surnames?: Array<NamedEntry & { rank?: number }>;
  /** Words before a name that are not part of it: đồng chí, ông, bà, anh, chị, cụ … */
  honorifics?: NamedEntry[];
  /** Degrees and academic honorifics written before names: GS., PGS.TS., TS., ThS. */
  degrees?: NamedEntry[];
  /** Common middle names (đệm): Văn, Thị, Hữu, Đức … helps decide a capitalised run is a name. */
  middleNames?: NamedEntry[];
}

export interface DatesFile extends DictionaryFileHeader {
  kind: "dates";
  /** Part-of-day words: sáng, trưa, chiều, tối, đêm, rạng sáng … */
  partsOfDay?: NamedEntry[];
  /** Weekdays: Thứ hai … Chủ nhật, with ISO weekday number (1 = Monday). */
  weekdays?: Array<NamedEntry & { isoDay: number }>;
  /** Roman numerals used for quarters and months ("quý I"). */
  romanNumerals?: Array<{ numeral: string; value: number }>;
  /** Words for months written out: "tháng Giêng" = 1, "tháng Chạp" = 12. */
  /** Months written as words ("tháng Sáu"); `lunar` for the lunar months "tháng Giêng", "tháng Chạp". */
  monthWords?: Array<NamedEntry & { month: number; lunar?: boolean }>;
}

export type DictionaryFile = LocationsFile | OrganizationsFile | PositionsFile | PeopleFile | DatesFile;
