// Writes the package's two entries, run by `npm run build` after tsup. Node.js 20 keeps no code cache of its own, so an
// import or a require parsed and compiled the whole 270 KB bundle, and a first extract() compiled every function it
// met: about a quarter of a cold start. tsup's CommonJS build of src/index.ts becomes dist/library.cjs, and both
// entries run it from the V8 code cache stored beside it (src/load-commonjs.ts; the cache is written by
// scripts/code-caches.mjs):
//   dist/index.cjs  (require)  module.exports = the library bundle's exports
//   dist/index.js   (import)   the same names as ES module exports (tsup's ESM index is replaced)
// The types stay tsup's dist/index.d.ts and dist/index.d.cts, from src/index.ts.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const LIBRARY = "library.cjs";

// The bundle, renamed with its source map.
const bundle = readFileSync(join(dist, "index.cjs"), "utf8");
const MAP_COMMENT = /\/\/# sourceMappingURL=index\.cjs\.map\s*$/u;
if (!MAP_COMMENT.test(bundle)) throw new Error("entries: dist/index.cjs is not tsup's bundle (run tsup first)");
writeFileSync(join(dist, LIBRARY), bundle.replace(MAP_COMMENT, `//# sourceMappingURL=${LIBRARY}.map\n`));
renameSync(join(dist, "index.cjs.map"), join(dist, `${LIBRARY}.map`));
rmSync(join(dist, "index.cjs"));

const names = Object.keys(createRequire(import.meta.url)(join(dist, LIBRARY))).sort();
if (!names.includes("extract")) throw new Error(`entries: dist/${LIBRARY} exports no extract (${names.join(", ")})`);
const header = (kind) => `// vietner's ${kind} entry, written by scripts/entries.mjs at build time: it runs the library bundle (${LIBRARY})
// from the V8 code cache beside it, so that a cold start compiles almost nothing (see load-commonjs).`;
writeFileSync(
  join(dist, "index.cjs"),
  `"use strict";
${header("CommonJS")}
const { join } = require("node:path");
const { runCommonJsBundle } = require("./load-commonjs.cjs");

module.exports = runCommonJsBundle(join(__dirname, ${JSON.stringify(LIBRARY)}));
`,
);
writeFileSync(
  join(dist, "index.js"),
  `${header("ES module")}
import { fileURLToPath } from "node:url";
import { runCommonJsBundle } from "./load-commonjs.js";

const api = runCommonJsBundle(fileURLToPath(new URL(${JSON.stringify(`./${LIBRARY}`)}, import.meta.url)));
export const { ${names.join(", ")} } = api;
`,
);
// tsup's map described the ES module bundle replaced here.
rmSync(join(dist, "index.js.map"), { force: true });
console.log(`entries: dist/index.js and dist/index.cjs export ${names.length} names from dist/${LIBRARY}`);
