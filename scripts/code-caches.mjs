// Stores V8's code caches for the two CommonJS bundles that are started through src/load-commonjs.ts, run by
// `npm run build` after tsup and scripts/entries.mjs: the `vietner` command (dist/cli.cjs.v8cache) and the library, which
// both of its entries start (dist/library.cjs.v8cache). Each runs once on an invented sentence with VIETNER_WRITE_CODE_CACHE naming
// its cache file, so the functions a typical first call compiles are in the cache. A cache fits only this Node.js
// version; elsewhere V8 rejects it and the bundle is compiled as usual.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
// An invented sentence with a title, a body, a person, a place and a date.
const SAMPLE = "Sáng 3/12/2026, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn An tiếp Đại sứ Nhật Bản tại Hà Nội.";
const dir = mkdtempSync(join(tmpdir(), "vietner-cache-"));

function store(cache, args) {
  rmSync(cache, { force: true });
  const run = spawnSync(process.execPath, args, { env: { ...process.env, VIETNER_WRITE_CODE_CACHE: cache }, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0 || !existsSync(cache)) throw new Error(`code-caches: the run for ${cache} failed (exit ${run.status}); no cache written`);
  return `${Math.round(statSync(cache).size / 1024)} KB`;
}

try {
  const sample = join(dir, "sample.txt");
  writeFileSync(sample, `${SAMPLE}\n`);
  const cli = store(join(dist, "cli.cjs.v8cache"), [join(dist, "vietner.cjs"), "extract", "--format", "jsonl", sample]);
  const entry = pathToFileURL(join(dist, "index.js")).href;
  const library = store(join(dist, "library.cjs.v8cache"), ["--input-type=module", "-e", `const { extract } = await import(${JSON.stringify(entry)}); extract(${JSON.stringify(SAMPLE)});`]);
  console.log(`code-caches: CLI ${cli}, library ${library}, for Node ${process.version}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
