import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalToneMarks } from "../../src/normalise/index.js";
import type { LocationsFile } from "../../src/dictionaries/types.js";

const read = (name: string): LocationsFile => JSON.parse(readFileSync(join(__dirname, "../../dictionaries", name), "utf8"));
const provincesAndDistricts = read("locations.vn-admin.json");
const communes = read("locations.vn-communes.json");
const admin = { entries: [...provincesAndDistricts.entries, ...communes.entries] };
const provinces = admin.entries.filter((e) => e.category === "province");
const byName = new Map(provinces.map((p) => [p.name, p]));

describe("Vietnamese administrative units (generated)", () => {
  it("has the 63 provinces before the 2025 reform and the 34 after it", () => {
    expect(provinces.filter((p) => p.code !== undefined && /^\d+$/.test(p.code)).length).toBe(63);
    expect(provinces.filter((p) => p.existsAfter2025).length).toBe(34);
  });
  it("maps merged provinces to their successors", () => {
    expect(byName.get("Hà Giang")).toMatchObject({ existsAfter2025: false, mergedInto: "Tuyên Quang" });
    expect(byName.get("Bình Dương")).toMatchObject({ existsAfter2025: false, mergedInto: "Hồ Chí Minh" });
    expect(byName.get("Khánh Hòa")?.existsAfter2025).toBe(true);
    expect(byName.get("Hà Tĩnh")?.existsAfter2025).toBe(true);
    for (const p of provinces.filter((x) => !x.existsAfter2025)) expect(byName.get(p.mergedInto ?? "")?.existsAfter2025, p.name).toBe(true);
  });
  it("has districts and communes before and after the reform", () => {
    expect(admin.entries.filter((e) => e.category === "district").length).toBe(705);
    expect(admin.entries.filter((e) => (e.category === "commune" || e.category === "ward") && !e.existsAfter2025).length).toBe(10599);
    expect(admin.entries.filter((e) => (e.category === "commune" || e.category === "ward") && e.existsAfter2025).length).toBe(3321);
  });
  it("keeps communes and wards, and only them, in the file read on first need", () => {
    // The extractor looks them up only after a type word or place preposition (gazetteer.ts), never bare.
    expect(communes.entries.every((e) => e.category === "commune" || e.category === "ward")).toBe(true);
    expect(provincesAndDistricts.entries.some((e) => e.category === "commune" || e.category === "ward")).toBe(false);
  });
  it("stores names without type words and with modern tone placement", () => {
    for (const file of [provincesAndDistricts, communes, read("locations.world.json"), read("locations.features.json")]) {
      for (const e of file.entries) {
        expect(e.name, e.name).toBe(canonicalToneMarks(e.name.normalize("NFC")));
        expect(e.name).not.toMatch(/^(?:Tỉnh|Huyện|Quận|Xã|Phường|Thị trấn|Thị xã) /u);
      }
    }
  });
  it("has no duplicate (name, category, parent, code)", () => {
    const keys = admin.entries.map((e) => `${e.name}|${e.category}|${e.parent}|${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("countries and features (curated)", () => {
  const world = read("locations.world.json");
  it("has the countries Vietnamese news names, with their variants", () => {
    const countries = world.entries.filter((e) => e.category === "country");
    expect(countries.length).toBeGreaterThan(100);
    const names = new Set(countries.flatMap((c) => [c.name, ...(c.variants ?? [])]));
    for (const n of ["Hoa Kỳ", "Mỹ", "Campuchia", "Cam-pu-chia", "Ấn Độ", "I-xra-en", "Israel", "Thổ Nhĩ Kỳ", "CHDCND Lào"]) expect(names, n).toContain(n);
  });
});
