import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The published entry points, exercised on the built dist/ exactly as users load them: through the
 * package name (self-reference via the `exports` map) from ESM and from CommonJS. `npm test` builds
 * before running vitest, so dist/ exists here.
 */
const ROOT = join(__dirname, "../..");
const SAMPLE = "Thứ trưởng Bộ Ngoại giao Lê Hoài Trung làm việc tại tỉnh Hà Tĩnh ngày 13/11/2020.";
const EXPECTED_EXPORTS = ["ENTITY_TYPES", "VietnerError", "createExtractor", "evaluate", "extract", "extractMany"];

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
}

describe.skipIf(!existsSync(join(ROOT, "dist/index.js")))("package entry points (built dist)", () => {
  it("import { extract } from 'vietner' works and has the public API", () => {
    const out = run(["--input-type=module", "-e", `
      import * as v from "vietner";
      const r = v.extract(${JSON.stringify(SAMPLE)});
      console.log(JSON.stringify({ keys: Object.keys(v).sort(), people: r.people.map((p) => p.name), relations: r.relations.length }));
    `]);
    const parsed = JSON.parse(out) as { keys: string[]; people: string[]; relations: number };
    expect(parsed.keys).toEqual(expect.arrayContaining(EXPECTED_EXPORTS));
    expect(parsed.people).toEqual(["Lê Hoài Trung"]);
    expect(parsed.relations).toBeGreaterThan(0);
  });
  it("require('vietner') works with the same named exports and results", () => {
    const out = run(["-e", `
      const v = require("vietner");
      const r = v.extract(${JSON.stringify(SAMPLE)});
      let code; try { v.extract(1); } catch (e) { code = e instanceof v.VietnerError && e.code; }
      console.log(JSON.stringify({ keys: Object.keys(v).sort(), people: r.people.map((p) => p.name), code }));
    `]);
    const parsed = JSON.parse(out) as { keys: string[]; people: string[]; code: string };
    expect(parsed.keys).toEqual(expect.arrayContaining(EXPECTED_EXPORTS));
    expect(parsed.people).toEqual(["Lê Hoài Trung"]);
    expect(parsed.code).toBe("INVALID_INPUT");
  });
  it("ships type declarations for both module systems", () => {
    expect(existsSync(join(ROOT, "dist/index.d.ts"))).toBe(true);
    expect(existsSync(join(ROOT, "dist/index.d.cts"))).toBe(true);
  });
});

describe.skipIf(!existsSync(join(ROOT, "dist/index.js")))("npm pack", () => {
  it("ships types, ESM, CJS, the CLI and the dictionaries, and nothing else", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const needed of ["dist/index.js", "dist/index.cjs", "dist/lexicon.compiled.json", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "dist/cli.cjs", "dist/vietner.cjs", "dist/cli.cjs.v8cache", "dist/library.cjs", "dist/library.cjs.v8cache", "dist/communes.compiled.json", "dist/load-commonjs.js", "dist/load-commonjs.cjs", "README.md", "LICENSE", "CHANGELOG.md", "package.json"]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith("dictionaries/") && f.endsWith(".json"))).toBe(true);
    const allowed = /^(?:dist\/|dictionaries\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.some((f) => /^(?:src|tests|seeds|bench|scripts)\//.test(f))).toBe(false);
  });
});

describe.skipIf(!existsSync(join(ROOT, "dist/browser.js")))("browser build", () => {
  it("is one self-contained module with no node: import, chosen by the browser export condition", () => {
    const code = readFileSync(join(ROOT, "dist/browser.js"), "utf8");
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/u);
    expect(code).not.toMatch(/^import .* from ["'][^"']+["'];?$/mu);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.exports["."].browser.default).toBe("./dist/browser.js");
    expect(Object.keys(pkg.exports["."])[0]).toBe("browser");
  });
  it("refuses dictionary file paths, which need Node, with a clear error", async () => {
    const v = await import(pathToFileURL(join(ROOT, "dist/browser.js")).href);
    expect(() => v.createExtractor({ dictionaries: ["my.json"] })).toThrow(/file paths need Node\.js/u);
    expect(v.extract("Bộ Y tế họp.").entities[0]).toMatchObject({ type: "ORGANIZATION", text: "Bộ Y tế" });
  });
});

describe("version", () => {
  it("src/version.ts (used in Label Studio exports) says the package.json version", async () => {
    const { VERSION } = await import("../../src/version.js");
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});
