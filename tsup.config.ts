import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { CANDIDATES } from "./src/output/language-candidates";

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
const esbuildPlugins = [francCandidatesOnly];

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
    noExternal: ESM_ONLY,
    loader,
    esbuildPlugins,
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
    esbuildPlugins,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    shims: true,
    banner: { js: "#!/usr/bin/env node" },
    loader,
    esbuildPlugins,
  },
]);
