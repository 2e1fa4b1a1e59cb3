/**
 * Runs one of this package's CommonJS bundles from the V8 code cache the build stored beside it (`<bundle>.v8cache`),
 * so that a start parses and compiles almost nothing of the bundle: the `vietner` command starts dist/cli.cjs this way
 * (src/cli/launcher.ts), and both entries of the library, dist/index.js and dist/index.cjs, start dist/library.cjs
 * (scripts/entries.mjs).
 *
 * The cache belongs to the Node.js version that built the package: under another, or if the file is missing or damaged,
 * V8 rejects it and compiles the bundle as usual, with the same result. The build writes each cache by running the
 * bundle once with VIETNER_WRITE_CODE_CACHE set to that cache file's path (scripts/code-caches.mjs); nothing else
 * writes it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

export function runCommonJsBundle(bundle: string): unknown {
  const cacheFile = `${bundle}.v8cache`;
  const writeCache = process.env.VIETNER_WRITE_CODE_CACHE === cacheFile;
  let cachedData: Buffer | undefined;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // CommonJS's own wrapper; a shebang line becomes a comment, so lines and columns stay those of the file.
  const source = readFileSync(bundle, "utf8").replace(/^#!/u, "//");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  // At exit, so that the cache holds the functions the sample run compiled, not only the bundle's top level.
  if (writeCache) process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  const module_ = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));
  return module_.exports;
}
