import { mkdir, readFile, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { CANDIDATES } from "./src/output/language-candidates";
import { compileBuiltinLexicon } from "./src/dictionaries/compiled";
import { compileCommunes } from "./src/dictionaries/compiled-communes";
import { COMMUNES_FILE, COMPILED_COMMUNES_FILE, COMPILED_LEXICON_FILE, readBuiltinCommunes, readBuiltinDictionaries } from "./src/dictionaries/files";
import { StartIndex } from "./src/dictionaries/start-index";
import { grammar } from "./src/recognise/grammar";

// franc and its helpers ship ESM only; bundling them lets `require("vietner")` work from CommonJS.
const ESM_ONLY = ["franc", "trigram-utils", "n-gram", "collapse-white-space"];

// Two entries: the library (ESM + CJS + .d.ts for both) and the CLI (ESM only, with a shebang).
// The built-in dictionaries are bundled as JSON text and parsed on first use: JSON.parse of a string
// is several times faster for V8 than compiling the same data as an object literal at import.
const loader = { ".json": "text" } as const;

/**
 * franc builds a trigram table for each of its 400 languages when it is imported (about 50 ms of every
 * cold start); vietner asks only for CANDIDATES, so the bundle keeps only their profiles. Every script
 * key stays (empty where no candidate writes it), so franc's answers are unchanged.
 */
const francCandidatesOnly: Plugin = {
  name: "franc-candidates-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = (await import(args.path)) as { data: Record<string, Record<string, string>> };
      const kept = Object.fromEntries(
        Object.entries(data).map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([code]) => CANDIDATES.includes(code)))]),
      );
      return { contents: `export const data = ${JSON.stringify(kept)};\n`, loader: "js" };
    });
  },
};
/**
 * franc also turns every profile into a trigram table at import, before anyone asks for a language;
 * most Vietnamese text never asks (language.ts answers from its letters). The tables are built on the
 * first call instead. The edit is checked: a franc whose source differs fails the build.
 */
const francTablesOnFirstCall: Plugin = {
  name: "franc-tables-on-first-call",
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const start = source.indexOf("const numericData = {}");
      const end = source.indexOf("export function franc(");
      if (start < 0 || end < start) throw new Error("franc's index.js changed: update francTablesOnFirstCall in tsup.config.ts");
      const build = source.slice(start, end);
      const rest = source.slice(end).replaceAll("numericData", "numericDataOf()");
      const lazy = `let numericDataCache\nfunction numericDataOf() {\n  if (numericDataCache === undefined) {\n${build}\n    numericDataCache = numericData\n  }\n  return numericDataCache\n}\n\n`;
      return { contents: source.slice(0, start) + lazy + rest, loader: "js" };
    });
  },
};
/**
 * The built-in lexicon compiled once here, by the same code that would compile it at start-up
 * (src/dictionaries/compiled.ts). A start-up then files no phrase and tokenises no name.
 */
let compiledLexiconText: string | undefined;
const compiledLexicon = (): string =>
  (compiledLexiconText ??= JSON.stringify(compileBuiltinLexicon(readBuiltinDictionaries("dictionaries"), new StartIndex(grammar().startIndex))));
/** The browser bundle stores it in place of the empty src/dictionaries/compiled-data.ts. */
const embedCompiledLexicon: Plugin = {
  name: "embed-compiled-lexicon",
  setup(build) {
    build.onLoad({ filter: /[\\/]dictionaries[\\/]compiled-data\.ts$/ }, () => ({
      contents: `export const COMPILED_LEXICON = ${JSON.stringify(compiledLexicon())};\n`,
      loader: "js",
    }));
  },
};
/**
 * The Node.js bundles read it from a file beside them (src/dictionaries/files.ts): parsing a 180 KB
 * string literal in the bundle cost about 7 ms of every import, reading the file well under one.
 */
const writeCompiledLexicon: Plugin = {
  name: "write-compiled-lexicon",
  setup(build) {
    build.onEnd(async () => {
      await mkdir("dist", { recursive: true });
      await writeFile(join("dist", COMPILED_LEXICON_FILE), compiledLexicon());
      // The communes too (src/dictionaries/compiled-communes.ts), keyed to the size of the file they come from.
      const communesBytes = statSync(join("dictionaries", COMMUNES_FILE)).size;
      await writeFile(join("dist", COMPILED_COMMUNES_FILE), JSON.stringify(compileCommunes(readBuiltinCommunes("dictionaries"), communesBytes)));
    });
  },
};
const esbuildPlugins = [francCandidatesOnly, francTablesOnFirstCall];
const nodePlugins = [...esbuildPlugins, writeCompiledLexicon];
const browserPlugins = [...esbuildPlugins, embedCompiledLexicon];

export default defineConfig([
  {
    // worker.js is the thread extractMany starts; it sits next to every bundle that may start it.
    entry: { index: "src/index.ts", worker: "src/batch/worker.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    shims: true,
    // Minified like the CLI: every import parses and decodes the whole bundle, and a serverless function or
    // a test suite imports it often (the source map keeps stack traces readable).
    minify: true,
    // fuse.js too: resolving a package at import costs a cold start 5-10 ms of Node's module resolution (measured in
    // session 13), and the bundle compiles its code only when a misspelt list first needs it.
    noExternal: [...ESM_ONLY, "fuse.js"],
    loader,
    esbuildPlugins: nodePlugins,
  },
  {
    // The browser build: one self-contained ES module, every dependency bundled, no node: import.
    entry: { browser: "src/browser.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "browser",
    noExternal: [/.*/],
    loader,
    esbuildPlugins: browserPlugins,
  },
  {
    // dist/cli.js (ESM) and dist/cli.cjs, the bundle the `vietner` command starts from V8's code cache (below).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm", "cjs"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    shims: true,
    banner: { js: "#!/usr/bin/env node" },
    // Minified: V8 parses every byte of the bundle on each start, and a CLI starts often (the source map
    // keeps stack traces readable).
    minify: true,
    // Bundled here too, so the CLI gets the trimmed franc profiles (see francCandidatesOnly); fuse.js too, so a start
    // resolves no package (its code is then in the CLI's code cache).
    noExternal: [...ESM_ONLY, "fuse.js"],
    loader,
    esbuildPlugins: nodePlugins,
  },
  {
    // What starts a CommonJS bundle from its V8 code cache: used by the two entries scripts/entries.mjs writes over
    // tsup's dist/index.js and dist/index.cjs (the launcher below bundles the same code).
    entry: { "load-commonjs": "src/load-commonjs.ts" },
    format: ["esm", "cjs"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
  },
  {
    // The `vietner` command: a few lines that start dist/cli.cjs from the code cache scripts/code-caches.mjs stores
    // (a cold start then parses and compiles almost nothing of the 270 KB bundle).
    entry: { vietner: "src/cli/launcher.ts" },
    format: ["cjs"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
