import { copyFileSync, existsSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, cli, oneLineError, tempDir } from "./helpers.js";

/** Hostile and careless use of `vietner eval` on the built CLI. Numbers refer to issue #13. */
const SECRET = "TOP-SECRET-CONTENT root:x:0:0";

function goldDir(document: string, extra: Record<string, unknown> = {}): string {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), "Bộ Y tế họp.");
  writeFileSync(join(dir, "a.gold.json"), JSON.stringify({ document, documentDate: null, entities: [], relations: [], ...extra }));
  return dir;
}

describe.skipIf(!existsSync(CLI))("vietner eval, hostile use (built CLI)", () => {
  const outside = tempDir();
  const secretFile = join(outside, "secret.txt");
  writeFileSync(secretFile, SECRET);

  it("3: a gold file cannot make eval open a text outside the gold folder", () => {
    for (const document of ["../../../../etc/passwd", secretFile, "../secret.txt"]) {
      const r = cli(["eval", "--gold", goldDir(document)]);
      expect(r.status, document).toBe(2);
      expect(r.stderr).toMatch(/"document" must be a file name inside the gold folder/u);
    }
    const linked = goldDir("a-link.txt");
    symlinkSync(secretFile, join(linked, "a-link.txt"));
    const r = cli(["eval", "--gold", linked]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/leads out of the gold folder/u);
    expect(r.stderr).not.toContain("SECRET");
  });

  it("3: errors never print what a file contains", () => {
    const dir = goldDir("a.txt");
    const pred = join(dir, "pred.json");
    copyFileSync(secretFile, pred);
    const dict = join(dir, "dict.json");
    copyFileSync(secretFile, dict);
    const gold = tempDir();
    writeFileSync(join(gold, "b.txt"), "x");
    writeFileSync(join(gold, "b.gold.json"), SECRET);
    for (const args of [["eval", "--gold", dir, "--pred", pred], ["eval", "--gold", dir, "--dict", dict], ["eval", "--gold", gold], ["extract", "--dict", dict, join(dir, "a.txt")]]) {
      const r = cli(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(oneLineError(r.stderr), r.stderr).toBe(true);
      expect(r.stderr).not.toMatch(/SECRET|root:x/u);
      expect(r.stderr).toMatch(/not valid JSON \(unexpected token .*at line 1, column 1\)|not valid JSON/u);
    }
  });

  it("4, 14: malformed predictions and gold give one precise line", () => {
    const dir = goldDir("a.txt");
    const pred = join(dir, "pred.json");
    writeFileSync(pred, JSON.stringify([{ document: "a.txt", entities: [], relations: 42 }]));
    const r = cli(["eval", "--gold", dir, "--pred", pred]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vietner: .*pred\.json: item 0: "relations" must be an array\n$/u);
    const typed = goldDir("a.txt", { entities: [{ type: "ORGANIZATION", start: "0", end: 7, text: "Bộ Y tế" }] });
    const t = cli(["eval", "--gold", typed]);
    expect(t.status).toBe(2);
    expect(t.stderr).toMatch(/"start" and "end" must be numbers, got string and number/u);
    expect(cli(["eval", "--min-f1", "5"]).stderr).toMatch(/--min-f1 must be a number from 0 to 1/u);
  });

  it("the seed corpus still scores through the built CLI", () => {
    const r = cli(["eval", "--gold", join(ROOT, "seeds"), "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toBe(5);
  });
});
