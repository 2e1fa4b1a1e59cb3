import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The package's entries (dist/index.js for import, dist/index.cjs for require, written by scripts/entries.mjs): both run
 * the library bundle (dist/library.cjs) from the V8 code cache the build stored (dist/library.cjs.v8cache). They must
 * export what src/index.ts exports and give the same results with the cache, without it and with one V8 rejects, and
 * they never write a cache unless the build asks them to.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const SEED = readFileSync(join(ROOT, "seeds", "000_fd736977e15b5d29.txt"), "utf8");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs a module script (or a CommonJS one) in a fresh node; prints JSON. */
function node(script: string, env: NodeJS.ProcessEnv = {}, commonJs = false): string {
  const r = spawnSync(process.execPath, [...(commonJs ? [] : ["--input-type=module"]), "-e", script], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const extractSeed = (entry: string): string => `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(JSON.stringify(m.extract(${JSON.stringify(SEED)})));`;
const requireSeed = (entry: string): string => `const m = require(${JSON.stringify(entry)}); console.log(JSON.stringify(m.extract(${JSON.stringify(SEED)})));`;

/** A copy of dist/ (and the dictionaries) whose library code cache is `cache`, or none. */
function distCopy(cache: Buffer | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "vietner-esm-"));
  dirs.push(root);
  mkdirSync(join(root, "dist"));
  for (const file of readdirSync(DIST)) if (!file.endsWith(".v8cache") && !file.endsWith(".map")) copyFileSync(join(DIST, file), join(root, "dist", file));
  if (cache) writeFileSync(join(root, "dist", "library.cjs.v8cache"), cache);
  symlinkSync(join(ROOT, "dictionaries"), join(root, "dictionaries"));
  copyFileSync(join(ROOT, "package.json"), join(root, "package.json"));
  return root;
}

describe.skipIf(!existsSync(join(DIST, "index.js")))("the entries (dist/index.js, dist/index.cjs)", () => {
  it("export exactly the same names, those of the library bundle, and the build stored its code cache", () => {
    const esm = JSON.parse(node(`const m = await import(${JSON.stringify(pathToFileURL(join(DIST, "index.js")).href)}); console.log(JSON.stringify(Object.keys(m).sort()));`)) as string[];
    const cjs = JSON.parse(spawnSync(process.execPath, ["-e", `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(join(DIST, "index.cjs"))})).sort()))`], { encoding: "utf8" }).stdout) as string[];
    expect(esm).toEqual(cjs);
    const bundle = JSON.parse(spawnSync(process.execPath, ["-e", `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(join(DIST, "library.cjs"))})).sort()))`], { encoding: "utf8" }).stdout) as string[];
    expect(cjs).toEqual(bundle);
    expect(esm).toEqual(expect.arrayContaining(["extract", "createExtractor", "extractMany", "VietnerError", "evaluate", "render"]));
    expect(statSync(join(DIST, "library.cjs.v8cache")).size).toBeGreaterThan(10_000);
  });

  it("give the same result through import and require", () => {
    expect(node(requireSeed(join(DIST, "index.cjs")), {}, true)).toBe(node(extractSeed(join(DIST, "index.js"))));
  });

  it("gives the same result with the cache, without it and with one V8 rejects", () => {
    const expected = node(extractSeed(join(DIST, "index.js")));
    expect(JSON.parse(expected).entities.length).toBeGreaterThan(50);
    for (const cache of [undefined, Buffer.from("not a code cache, and not for this bundle either")]) {
      const root = distCopy(cache);
      expect(node(extractSeed(join(root, "dist", "index.js")))).toBe(expected);
      expect(node(requireSeed(join(root, "dist", "index.cjs")), {}, true)).toBe(expected);
    }
  });

  it("start extractMany's worker threads from the same bundle and cache, with the same results with and without a cache", () => {
    // dist/worker.js carries no extractor of its own: it runs dist/library.cjs as the entries do.
    expect(statSync(join(DIST, "worker.js")).size).toBeLessThan(10_000);
    expect(readFileSync(join(DIST, "worker.js"), "utf8")).toContain("library.cjs");
    // (Over extractMany's 2,000,000-character threshold, so the two workers really start.)
    const batch = (entry: string): string => `const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
      const texts = Array.from({ length: 340 }, (_, k) => ${JSON.stringify(SEED)}.replace("2", String(k % 10)));
      if (texts.join("").length <= 2000000) throw new Error("too small to start workers");
      const many = await m.extractMany(texts, { workers: 2 });
      const same = many.every((r, k) => JSON.stringify(r) === JSON.stringify(m.extract(texts[k])));
      console.log(JSON.stringify({ same, entities: many.reduce((n, r) => n + r.entities.length, 0) }));`;
    const expected = JSON.parse(node(batch(join(DIST, "index.js")))) as { same: boolean; entities: number };
    expect(expected.same).toBe(true);
    expect(expected.entities).toBeGreaterThan(340 * 50);
    for (const cache of [undefined, Buffer.from("not a code cache")]) {
      expect(JSON.parse(node(batch(join(distCopy(cache), "dist", "index.js"))))).toEqual(expected);
    }
  });

  it("writes no cache file when not asked, nor when asked for another file", () => {
    const root = distCopy(undefined);
    const cache = join(root, "dist", "library.cjs.v8cache");
    node(extractSeed(join(root, "dist", "index.js")));
    node(extractSeed(join(root, "dist", "index.js")), { VIETNER_WRITE_CODE_CACHE: "1" });
    node(extractSeed(join(root, "dist", "index.js")), { VIETNER_WRITE_CODE_CACHE: join(root, "dist", "cli.cjs.v8cache") });
    expect(existsSync(cache)).toBe(false);
    expect(existsSync(join(root, "dist", "cli.cjs.v8cache"))).toBe(false);
    node(extractSeed(join(root, "dist", "index.js")), { VIETNER_WRITE_CODE_CACHE: cache });
    expect(statSync(cache).size).toBeGreaterThan(10_000);
  });

  it("read the compiled communes the build stored, and the dictionary file when they are missing or stale", () => {
    const text = "Sáng 2/12, UBND xã Hạ Bằng và phường Phú Diễn phối hợp với thị trấn Xuân Mai.";
    const script = (root: string): string => `const m = await import(${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)}); console.log(JSON.stringify(m.extract(${JSON.stringify(text)})));`;
    const compiled = join(DIST, "communes.compiled.json");
    expect(statSync(compiled).size).toBeGreaterThan(100_000);
    const expected = node(script(ROOT));
    expect(JSON.parse(expected).entities.some((e: { canonical?: { kind: string } }) => e.canonical?.kind === "commune")).toBe(true);
    const missing = distCopy(undefined);
    rmSync(join(missing, "dist", "communes.compiled.json"));
    const stale = distCopy(undefined);
    const data = JSON.parse(readFileSync(compiled, "utf8")) as { sourceBytes: number; names: string };
    writeFileSync(join(stale, "dist", "communes.compiled.json"), JSON.stringify({ ...data, sourceBytes: data.sourceBytes + 1, names: data.names.replace("Hạ Bằng", "Hạ Bằnx") }));
    for (const root of [missing, stale]) expect(node(script(root))).toBe(expected);
  });

  it("run inside a user's own worker thread, from a folder whose path has spaces and Vietnamese letters", () => {
    const expected = node(extractSeed(join(DIST, "index.js")));
    const root = join(mkdtempSync(join(tmpdir(), "vietner ")), "thư mục có dấu");
    dirs.push(dirname(root));
    mkdirSync(root);
    for (const name of ["dist", "dictionaries", "package.json"]) symlinkSync(join(distCopy(undefined), name), join(root, name));
    const entry = pathToFileURL(join(root, "dist", "index.js")).href;
    // The user's worker imports the package's ES module entry, and a second one requires its CommonJS entry.
    const inWorker = (code: string, type: "module" | "commonjs"): string =>
      node(`import { Worker } from "node:worker_threads";
        const w = new Worker(${JSON.stringify(code)}, { eval: true, execArgv: ${JSON.stringify(type === "module" ? ["--input-type=module"] : [])} });
        w.on("message", (m) => console.log(m)); w.on("error", (e) => { console.error(e); process.exit(1); });`);
    expect(inWorker(`import { parentPort } from "node:worker_threads"; const m = await import(${JSON.stringify(entry)}); parentPort.postMessage(JSON.stringify(m.extract(${JSON.stringify(SEED)})));`, "module").trim()).toBe(expected.trim());
    expect(inWorker(`const { parentPort } = require("node:worker_threads"); const m = require(${JSON.stringify(join(root, "dist", "index.cjs"))}); parentPort.postMessage(JSON.stringify(m.extract(${JSON.stringify(SEED)})));`, "commonjs").trim()).toBe(expected.trim());
  });

  it("keeps errors typed: VietnerError from the entry is the class the extractor throws", () => {
    const out = node(`const m = await import(${JSON.stringify(pathToFileURL(join(DIST, "index.js")).href)}); try { m.extract(42); } catch (e) { console.log(JSON.stringify([e instanceof m.VietnerError, e.code])); }`);
    expect(JSON.parse(out)).toEqual([true, "INVALID_INPUT"]);
  });
});
