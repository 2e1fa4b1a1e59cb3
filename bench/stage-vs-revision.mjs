#!/usr/bin/env node
/**
 * What one stage of the pipeline costs now against an earlier revision, in one process (issue #10's speed clause:
 * "the speed benchmark does not get slower by more than 5 %" is asked of the date work, so its stages are timed
 * against the code the issue was filed on, and their difference set against that code's whole extract).
 *
 *   node bench/stage-vs-revision.mjs [--rev c4e2553] [--corpus seeds|real] [--rounds 15]
 *
 * The revision is checked out in a temporary git worktree and built there (its own `npm run build`, with this
 * checkout's node_modules); both revisions' date stage (normalise + recogniseDates) are bundled from source with
 * esbuild. Rounds alternate the two revisions; the table gives medians in ms per MB of UTF-8.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { realTexts, rotatedDocuments, ROOT, seedTexts } from "./corpus.mjs";
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REV = arg("--rev", "c4e2553"); // the last commit before issues #9-#11 were worked on
const KIND = arg("--corpus", "seeds");
const ROUNDS = Number(arg("--rounds", "15"));

/** The benchmark's corpus (corpus.mjs), about 2 MB. */
function corpus() {
  const sources = KIND === "real" ? realTexts() : seedTexts();
  if (sources.length === 0) throw new Error(`no ${KIND} texts (corpus/README.md says how to bring them back)`);
  const docs = rotatedDocuments(sources, 2e6);
  return { docs, mb: docs.reduce((total, d) => total + Buffer.byteLength(d), 0) / 1e6 };
}

const work = mkdtempSync(join(tmpdir(), "vietner-rev-"));
const worktree = join(work, "tree");
try {
  execFileSync("git", ["worktree", "add", "--detach", worktree, REV], { cwd: ROOT, stdio: "ignore" });
  symlinkSync(join(ROOT, "node_modules"), join(worktree, "node_modules"));
  execFileSync("npm", ["run", "-s", "build"], { cwd: worktree, stdio: "ignore" });
  const { build } = await import("esbuild");
  const revisions = [];
  for (const [name, root] of [[REV, worktree], ["now", ROOT]]) {
    const entry = join(work, `${name}-dates.ts`);
    writeFileSync(entry, `export { compileDateWords, recogniseDates } from ${JSON.stringify(join(root, "src/recognise/date/index.ts"))};\nexport { normalise } from ${JSON.stringify(join(root, "src/normalise/index.ts"))};\n`);
    await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile: join(work, `${name}-dates.mjs`), logLevel: "warning" });
    const stage = await import(pathToFileURL(join(work, `${name}-dates.mjs`)).href);
    const { createExtractor } = await import(pathToFileURL(join(root, "dist/index.js")).href);
    const words = stage.compileDateWords(JSON.parse(readFileSync(join(root, "dictionaries/dates.json"), "utf8")));
    revisions.push({ name, stage, extractor: createExtractor(), words, times: { extract: [], normalise: [], dates: [] } });
  }
  const { docs, mb } = corpus();
  const normalised = docs.map((d) => revisions[1].stage.normalise(d).text);
  for (let r = 0; r < ROUNDS; r++) {
    for (const rev of r % 2 === 0 ? revisions : [...revisions].reverse()) {
      let t = performance.now();
      for (const d of docs) rev.extractor.extract(d);
      rev.times.extract.push((performance.now() - t) / mb);
      t = performance.now();
      for (const d of docs) rev.stage.normalise(d);
      rev.times.normalise.push((performance.now() - t) / mb);
      t = performance.now();
      for (const d of normalised) rev.stage.recogniseDates(d, { words: rev.words });
      rev.times.dates.push((performance.now() - t) / mb);
    }
  }
  // The first two rounds warm the JIT; medians of the rest.
  const median = (xs) => [...xs.slice(2)].sort((a, b) => a - b)[Math.floor((xs.length - 2) / 2)];
  const [old, now] = revisions.map((rev) => Object.fromEntries(Object.entries(rev.times).map(([k, v]) => [k, median(v)])));
  console.log(`${KIND} corpus, ${mb.toFixed(1)} MB, ${ROUNDS} alternated rounds (medians, ms per MB)`);
  console.log(`stage            ${REV.padEnd(10)} now`);
  for (const k of ["extract", "normalise", "dates"]) console.log(`${k.padEnd(16)} ${old[k].toFixed(1).padEnd(10)} ${now[k].toFixed(1)}`);
  const stageDelta = now.normalise + now.dates - (old.normalise + old.dates);
  console.log(`date stages (normalise + dates): ${stageDelta >= 0 ? "+" : ""}${stageDelta.toFixed(1)} ms/MB = ${((100 * stageDelta) / old.extract).toFixed(1)} % of ${REV}'s whole extract`);
  console.log(`whole extract: now takes ${(now.extract / old.extract).toFixed(2)}× the time of ${REV}`);
} finally {
  try {
    execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: ROOT, stdio: "ignore" });
  } catch {
    // a failed checkout leaves nothing to remove
  }
  rmSync(work, { recursive: true, force: true });
}
