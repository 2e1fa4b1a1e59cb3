import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The `vietner` command users get (package.json "bin": dist/vietner.cjs), which starts the CommonJS CLI bundle from
 * the V8 code cache the build stored. It must behave exactly as dist/cli.js: same output, same exit codes, with the
 * cache, without it, and with a cache V8 rejects.
 */
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "dist/vietner.cjs");
const ESM_CLI = join(ROOT, "dist/cli.js");
const SEED = join(ROOT, "seeds", "000_fd736977e15b5d29.txt");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(cli: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the package's layout (dist/ files, dictionaries/, package.json) whose code cache is `cache`. */
function packageCopy(cache: Buffer | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "vietner-bin-"));
  dirs.push(root);
  mkdirSync(join(root, "dist"));
  for (const file of ["vietner.cjs", "cli.cjs", "lexicon.compiled.json", "worker.js"]) copyFileSync(join(ROOT, "dist", file), join(root, "dist", file));
  if (cache) writeFileSync(join(root, "dist", "cli.cjs.v8cache"), cache);
  symlinkSync(join(ROOT, "dictionaries"), join(root, "dictionaries"));
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  copyFileSync(join(ROOT, "package.json"), join(root, "package.json"));
  return join(root, "dist", "vietner.cjs");
}

describe.skipIf(!existsSync(BIN))("the vietner command (dist/vietner.cjs)", () => {
  it("is the package's bin, and the build stored its code cache", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(pkg.bin.vietner).toBe("./dist/vietner.cjs");
    expect(statSync(join(ROOT, "dist/cli.cjs.v8cache")).size).toBeGreaterThan(10_000);
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("gives what dist/cli.js gives: output, version, help and errors", () => {
    for (const args of [["extract", SEED], ["extract", "--format", "text", SEED], ["--version"], ["--help"], ["nonsense"], ["extract", "/no/such/file.txt"]]) {
      const viaBin = run(BIN, args);
      const viaEsm = run(ESM_CLI, args);
      expect(viaBin, args.join(" ")).toEqual(viaEsm);
    }
    expect(run(BIN, ["nonsense"]).status).toBe(2);
  });

  // (360 copies of a 6,300-character seed pass extractMany's 2,000,000-character threshold, so workers really start.)
  it("starts worker threads for --jobs as dist/cli.js does", () => {
    const dir = mkdtempSync(join(tmpdir(), "vietner-jobs-"));
    dirs.push(dir);
    const input = join(dir, "input.jsonl");
    const text = readFileSync(SEED, "utf8");
    writeFileSync(input, Array.from({ length: 360 }, (_, k) => JSON.stringify({ id: `d${k}`, text })).join("\n") + "\n");
    const viaBin = run(BIN, ["extract", "--jobs", "2", "--format", "jsonl", input]);
    expect(viaBin.status).toBe(0);
    expect(viaBin).toEqual(run(ESM_CLI, ["extract", "--format", "jsonl", input]));
  });

  it("runs the same without a cache and with one V8 rejects", () => {
    const expected = run(ESM_CLI, ["extract", SEED]);
    expect(expected.status).toBe(0);
    for (const cache of [undefined, Buffer.from("not a code cache, and not for this bundle either")]) {
      expect(run(packageCopy(cache), ["extract", SEED])).toEqual(expected);
    }
  });

  it("ends quietly when the reader closes early", () => {
    const out = execFileSync("bash", ["-c", `for i in $(seq 1 200); do cat "${SEED}"; done | "${process.execPath}" "${BIN}" extract --format text - | head -n 1; echo "status \${PIPESTATUS[1]}"`], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out.trim().split("\n").at(-1)).toBe("status 0");
  });
});
