import { defineConfig } from "tsup";

// franc and its helpers ship ESM only; bundling them lets `require("vietner")` work from CommonJS.
const ESM_ONLY = ["franc", "trigram-utils", "n-gram", "collapse-white-space"];

// Two entries: the library (ESM + CJS + .d.ts for both) and the CLI (ESM only, with a shebang).
// The built-in dictionaries are bundled as JSON text and parsed on first use: JSON.parse of a string
// is several times faster for V8 than compiling the same data as an object literal at import.
const loader = { ".json": "text" } as const;

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
  },
]);
