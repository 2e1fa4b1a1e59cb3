// Writes dist/index.js, the package's ES module entry, run by `npm run build` after tsup (it replaces tsup's ESM
// index). Node.js 20 keeps no code cache for ES modules, so an import parsed and compiled the whole 260 KB bundle, and a
// first extract() compiled every function it met: about a quarter of a cold start. The entry written here runs the
// CommonJS build, dist/index.cjs, from the V8 code cache stored beside it (src/load-commonjs.ts; the cache is written
// by scripts/code-caches.mjs), and exports the same names. The types stay tsup's dist/index.d.ts, from src/index.ts.
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const names = Object.keys(createRequire(import.meta.url)(join(dist, "index.cjs"))).sort();
if (!names.includes("extract")) throw new Error(`esm-entry: dist/index.cjs exports no extract (${names.join(", ")})`);
writeFileSync(
  join(dist, "index.js"),
  `// vietner's ES module entry, written by scripts/esm-entry.mjs at build time: it runs the CommonJS build (index.cjs)
// from the V8 code cache beside it, so that an import compiles almost nothing (see load-commonjs.js).
import { fileURLToPath } from "node:url";
import { runCommonJsBundle } from "./load-commonjs.js";

const api = runCommonJsBundle(fileURLToPath(new URL("./index.cjs", import.meta.url)));
export const { ${names.join(", ")} } = api;
`,
);
// tsup's map described the file replaced here.
rmSync(join(dist, "index.js.map"), { force: true });
console.log(`esm-entry: dist/index.js exports ${names.length} names from dist/index.cjs`);
