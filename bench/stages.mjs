#!/usr/bin/env node
/**
 * Where `extract` spends its time, stage by stage, as multiples of the letters-only scan (issue #11's yardstick).
 *
 *   npm run bench:stages                       (builds first; seeds and, when present, the real-news excerpts)
 *   node bench/stages.mjs [--corpus seeds|real] [--rounds 6] [--mb 2]
 *
 * The extractor is bundled from source with esbuild, with a cut inserted into `run` (src/core.ts) after each stage's
 * statement: a cut returns an empty result, so the pipeline up to it is timed alone. A child process per corpus times
 * every cut and the scan, alternated round by round: every figure is a ratio measured in one process, and a stage's cost
 * is the difference between its cut and the one before. (A cut pipeline hands later stages nothing, so each cut's figure
 * is what the stages before it cost.)
 * The shipped bundle has no cuts; this script never writes outside a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { floorScan, realTexts, rotatedDocuments, ROOT, seedTexts } from "./corpus.mjs";
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** The stages, each named by the statement in src/core.ts's `run` after which its cut goes. */
const STAGES = [
  ["normalise", "normalised"],
  ["tokenise", "tokens"],
  ["places (exact and fuzzy)", "locations"],
  ["organisations", "organizations"],
  ["sites and positions", "positionResult"],
  ["persons", "persons"],
  ["dates", "dates"],
  ["nesting and cut-off text", "spans"],
];

/** The benchmark's documents (corpus.mjs), and how many source texts they come from. */
function corpus(kind, targetBytes) {
  const sources = kind === "real" ? realTexts() : seedTexts();
  const docs = rotatedDocuments(sources, targetBytes);
  return { docs, sources: sources.length, mb: docs.reduce((total, d) => total + Buffer.byteLength(d), 0) / 1e6 };
}

/**
 * A child, for one corpus: every cut and the scan, alternated round by round in this one process (so the machine's
 * moments of noise fall on all of them alike); prints each cut's best time over the scan's best, as JSON.
 */
async function child(bundle, kind, rounds, mb) {
  const { createExtractor } = await import(pathToFileURL(bundle).href);
  const extractor = createExtractor();
  const { docs } = corpus(kind, mb * 1e6);
  const cuts = STAGES.length + 1;
  const best = new Array(cuts).fill(Infinity);
  let scan = Infinity;
  const time = (work) => {
    const t = performance.now();
    for (const d of docs) work(d);
    return performance.now() - t;
  };
  // One untimed pass of the whole pipeline first: every stage's code is optimised before any cut is timed.
  globalThis.__vietnerStopAfter = -1;
  time((d) => extractor.extract(d));
  for (let r = 0; r < rounds; r++) {
    scan = Math.min(scan, time(floorScan));
    for (let k = 0; k < cuts; k++) {
      const cut = (k + r) % cuts;
      globalThis.__vietnerStopAfter = cut;
      best[cut] = Math.min(best[cut], time((d) => extractor.extract(d)));
    }
  }
  process.stdout.write(JSON.stringify(best.map((t) => t / scan)));
}

/** src/core.ts with a cut after each stage's statement; a statement that is gone stops the script. */
function withCuts(source) {
  let out = source.replace(/^function run\(/mu, "const __cutResult = (referenceDate) => ({ documentDate: referenceDate ?? null, entities: [], relations: [], people: [], language: \"vi\", warnings: [] });\nfunction run(");
  STAGES.forEach(([stage, name], index) => {
    const statement = new RegExp(`^(\\s*)(?:const|let) ${name}(?::[^=]+)? = [^\\n]*;$`, "mu");
    if (!statement.test(out)) throw new Error(`bench/stages.mjs: src/core.ts has no one-line statement declaring "${name}" (stage ${stage}): update STAGES`);
    out = out.replace(statement, (line, indent) => `${line}\n${indent}if (globalThis.__vietnerStopAfter === ${index}) return __cutResult(referenceDate);`);
  });
  return out;
}

async function main() {
  const rounds = Number(arg("--rounds", "6"));
  const mb = Number(arg("--mb", "2"));
  const kinds = process.argv.includes("--corpus") ? [arg("--corpus")] : ["seeds", "real"];
  const work = mkdtempSync(join(tmpdir(), "vietner-stages-"));
  try {
    // The bundle finds the dictionaries as dist/ does (../dictionaries), its packages in ../node_modules, and the build's
    // compiled lexicon and communes beside it.
    symlinkSync(join(ROOT, "dictionaries"), join(work, "dictionaries"));
    symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"));
    mkdirSync(join(work, "dist"));
    for (const file of ["lexicon.compiled.json", "communes.compiled.json"]) if (existsSync(join(ROOT, "dist", file))) copyFileSync(join(ROOT, "dist", file), join(work, "dist", file));
    const bundle = join(work, "dist/stages.mjs");
    const { build } = await import("esbuild");
    let coreBundled = false;
    await build({
      entryPoints: [join(ROOT, "src/extractor.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      packages: "external",
      outfile: bundle,
      logLevel: "warning",
      plugins: [{ name: "cuts", setup: (b) => b.onLoad({ filter: /[\\/]src[\\/]core\.ts$/ }, (a) => {
        coreBundled = true;
        return { contents: withCuts(readFileSync(a.path, "utf8")), loader: "ts" };
      }) }],
    });
    if (!coreBundled) throw new Error("bench/stages.mjs: src/core.ts was not bundled: the cuts went nowhere");
    for (const kind of kinds) {
      const { sources, mb: corpusMb } = corpus(kind, mb * 1e6);
      if (sources === 0) {
        console.log(`${kind}: no texts (corpus/README.md says how to bring the real-news excerpts back)`);
        continue;
      }
      console.log(`\n${kind}: ${sources} source texts, ${corpusMb.toFixed(1)} MB; best of ${rounds} rounds, the cuts and the scan alternated in one process`);
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", bundle, kind, String(rounds), String(mb)], { encoding: "utf8" });
      const ratios = JSON.parse(out);
      console.log("stage                                      cumulative   this stage");
      ratios.forEach((ratio, cut) => {
        const name = cut < STAGES.length ? STAGES[cut][0] : "links, output and people (whole extract)";
        const cost = ratio - (cut === 0 ? 0 : ratios[cut - 1]);
        console.log(`${name.padEnd(42)} ${`${ratio.toFixed(2)}×`.padStart(10)}   ${`${cost.toFixed(2)}×`.padStart(10)}`);
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const [, , , bundle, kind, rounds, mb] = process.argv;
  await child(bundle, kind, Number(rounds), Number(mb));
} else {
  await main();
}
