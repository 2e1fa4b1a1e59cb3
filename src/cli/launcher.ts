/**
 * The `vietner` command (dist/vietner.cjs): starts the CommonJS CLI bundle next to it (cli.cjs) from the V8 code
 * cache the build stored beside it (cli.cjs.v8cache), so a start compiles almost nothing. The cache belongs to the
 * Node.js version that built the package: under another, V8 rejects it and the bundle is compiled as usual, with the
 * same result. The build makes the cache by running this file once with VIETNER_WRITE_CODE_CACHE=1
 * (scripts/cli-code-cache.mjs); nothing else ever writes it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";

const bundle = join(__dirname, "cli.cjs");
const cacheFile = `${bundle}.v8cache`;
const writeCache = process.env.VIETNER_WRITE_CODE_CACHE === "1";

let cachedData: Buffer | undefined;
if (!writeCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
// CommonJS's own wrapper; the shebang line becomes a comment, so lines and columns stay those of the file.
const source = readFileSync(bundle, "utf8").replace(/^#!/u, "//");
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
if (writeCache) process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
const module_ = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module_.exports, createRequire(bundle), module_, bundle, __dirname);
