import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The README's usage example really runs, on the built package, and prints what its comments say. */
const ROOT = join(__dirname, "../..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe.skipIf(!existsSync(join(ROOT, "dist/index.js")))("README", () => {
  it("starts with its title and one line, then exactly the two set-up commands, then the screenshot", () => {
    const lines = readme.split("\n");
    expect(lines[0]).toBe("# vietner");
    expect(lines[1]).toBe("");
    expect(lines[2]!.length).toBeGreaterThan(20);
    expect(lines.slice(3, 8)).toEqual(["", "```sh", "npm ci && npm run eval", "npm test", "```"]);
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/screenshot\.png\)/u);
    expect(existsSync(join(ROOT, "docs/screenshot.png"))).toBe(true);
  });
  it("has a usage example that runs and prints what it promises", () => {
    const code = /## Usage\n\n```ts\n([\s\S]*?)```/u.exec(readme)?.[1] ?? "";
    expect(code.split("\n").filter((l) => l.trim() !== "").length).toBeLessThanOrEqual(12);
    const out = execFileSync(process.execPath, ["--input-type=module"], { cwd: ROOT, input: code, encoding: "utf8" });
    expect(out).toContain('DATE "Sáng 13/11/2024" 2024-11-13');
    expect(out).toContain('POSITION "Thứ trưởng Bộ Ngoại giao"');
    expect(out).toContain('PERSON "Lê Hoài Trung"');
    expect(out).toContain('ORGANIZATION "UBND tỉnh Hà Tĩnh"');
    expect(out).toContain('LOCATION "Hà Tĩnh"');
    expect(out).toContain("person: 'Lê Hoài Trung'");
  });
});
