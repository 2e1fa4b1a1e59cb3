import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

/** The generated dictionary is reproducible from its npm sources by `npm run build:dictionaries`. */
const ROOT = join(__dirname, "../..");

describe("npm run build:dictionaries", () => {
  it("reproduces the committed locations.vn-admin.json byte for byte", () => {
    const out = tempDir("gen");
    execFileSync(process.execPath, [join(ROOT, "scripts/build-dictionaries.mjs"), "--out", out], { cwd: ROOT });
    const fresh = readFileSync(join(out, "locations.vn-admin.json"));
    const committed = readFileSync(join(ROOT, "dictionaries/locations.vn-admin.json"));
    expect(fresh.equals(committed)).toBe(true);
  }, 60_000);
});
