// Stores V8's code cache for the CLI bundle (dist/cli.cjs.v8cache), run by `npm run build` after tsup: the `vietner`
// command (dist/vietner.cjs) runs once on a sample sentence with VIETNER_WRITE_CODE_CACHE=1, so the functions that a
// typical run compiles are in the cache. The cache fits only this Node.js version; elsewhere V8 rejects it and the
// command compiles the bundle as usual.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const cache = join(dist, "cli.cjs.v8cache");
rmSync(cache, { force: true });
const dir = mkdtempSync(join(tmpdir(), "vietner-cache-"));
try {
  // An invented sentence with a title, a body, a person, a place and a date.
  const sample = join(dir, "sample.txt");
  writeFileSync(sample, "Sáng 3/12/2026, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn An tiếp Đại sứ Nhật Bản tại Hà Nội.\n");
  const run = spawnSync(process.execPath, [join(dist, "vietner.cjs"), "extract", "--format", "jsonl", sample], {
    env: { ...process.env, VIETNER_WRITE_CODE_CACHE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0 || !existsSync(cache)) throw new Error(`cli-code-cache: the CLI run failed (exit ${run.status}); no cache written`);
  console.log(`cli-code-cache: ${Math.round(statSync(cache).size / 1024)} KB for Node ${process.version}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
