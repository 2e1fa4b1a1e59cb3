import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

/** The generated dictionary is reproducible from its npm sources by `npm run build:dictionaries`. */
const ROOT = join(__dirname, "../..");

describe("npm run build:dictionaries", () => {
  it("reproduces the committed locations.vn-admin.json and locations.vn-communes.json byte for byte", () => {
    const out = tempDir("gen");
    execFileSync(process.execPath, [join(ROOT, "scripts/build-dictionaries.mjs"), "--out", out], { cwd: ROOT });
    for (const name of ["locations.vn-admin.json", "locations.vn-communes.json"]) {
      const fresh = readFileSync(join(out, name));
      const committed = readFileSync(join(ROOT, "dictionaries", name));
      expect(fresh.equals(committed), name).toBe(true);
    }
  }, 60_000);
});
