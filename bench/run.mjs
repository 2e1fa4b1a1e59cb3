#!/usr/bin/env node
/**
 * vietner benchmark: `npm run bench` (builds first). Prints a table and writes bench/results.json.
 * Each section runs in its own child process so that its memory and JIT state are its own.
 *   node bench/run.mjs            full run (≈ 2–3 minutes on 2 cores)
 *   node bench/run.mjs --quick    smaller corpus, for a smoke test
 * Targets (issue "Speed") are shown as PASS/FAIL; they are never asserted in unit tests.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { floorScan, realTexts, rotatedDocuments, ROOT, seedTexts } from "./corpus.mjs";

const DIST = join(ROOT, "dist/index.js");
const QUICK = process.argv.includes("--quick");
const sectionArg = process.argv.indexOf("--section");
const SECTION = sectionArg > 0 ? process.argv[sectionArg + 1] : undefined;

const SEEDS = seedTexts();
const bytes = (s) => Buffer.byteLength(s, "utf8");
const MB = 1e6;

/**
 * Many documents from a source ("seeds": the five long seed articles; "real": the short real-news
 * excerpts), made as corpus.mjs makes them.
 */
function corpus(targetBytes, kind = "seeds") {
  return rotatedDocuments(kind === "real" ? realTexts() : SEEDS, targetBytes);
}

const PIPE_ARG = process.argv.indexOf("--pipe-mb");
/** Size of the JSONL pipe run; the issue's figure is 1 GB (`--pipe-mb 1000`), the default keeps the bench short. */
const PIPE_MB = PIPE_ARG > 0 ? Number(process.argv[PIPE_ARG + 1]) : QUICK ? 20 : 100;
const CORPUS_ARG = process.argv.indexOf("--corpus");
const CORPUS_KIND = CORPUS_ARG > 0 ? process.argv[CORPUS_ARG + 1] : "seeds";

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load() {
  return import(DIST);
}

// ---------------------------------------------------------------- sections (run in children)
const sections = {
  async throughput() {
    const { createExtractor } = await load();
    const extractor = createExtractor();
    const docs = corpus(QUICK ? 2 * MB : 10.5 * MB, CORPUS_KIND);
    if (docs.length === 0) return { missing: true };
    const totalBytes = docs.reduce((a, d) => a + bytes(d), 0);
    let heapMax = 0;
    const sample = setInterval(() => (heapMax = Math.max(heapMax, process.memoryUsage().heapUsed)), 20);
    for (let i = 0; i < 200; i++) extractor.extract(docs[i % docs.length]); // warm-up
    // Two passes over the corpus. The first still pays for what a process does once: V8 optimising the extractor's
    // functions (about 3 s of work, on a second thread, before they settle) and the dictionary branches each new word
    // opens. The second is the sustained rate, the one the target is read from; both are printed.
    let t0 = performance.now();
    for (const d of docs) extractor.extract(d);
    const firstPassSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    for (const d of docs) extractor.extract(d);
    const seconds = (performance.now() - t0) / 1000;
    heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
    t0 = performance.now();
    for (const d of docs) floorScan(d);
    const floorSeconds = (performance.now() - t0) / 1000;
    const latencies = [];
    for (let r = 0; r < (QUICK ? 20 : 100); r++) {
      for (const seed of SEEDS) {
        const s = performance.now();
        extractor.extract(seed);
        latencies.push(performance.now() - s);
      }
    }
    latencies.sort((a, b) => a - b);
    clearInterval(sample);
    return {
      corpusMB: totalBytes / MB,
      documents: docs.length,
      sources: CORPUS_KIND === "real" ? realTexts().length : SEEDS.length,
      mbPerSecond: totalBytes / MB / seconds,
      firstPassMbPerSecond: totalBytes / MB / firstPassSeconds,
      docsPerSecond: docs.length / seconds,
      floorMbPerSecond: totalBytes / MB / floorSeconds,
      ratio: seconds / floorSeconds,
      p50ms: percentile(latencies, 50),
      p99ms: percentile(latencies, 99),
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      peakHeapMB: heapMax / MB,
    };
  },

  async scaling() {
    const { createExtractor } = await load();
    const extractor = createExtractor();
    const base = corpus(QUICK ? 0.15 * MB : 0.6 * MB);
    for (let i = 0; i < 100; i++) extractor.extract(base[i % base.length]);
    const rows = [];
    for (const factor of [1, 4, 16]) {
      const docs = Array.from({ length: factor }, () => base).flat();
      const kb = docs.reduce((a, d) => a + bytes(d), 0) / 1000;
      const t0 = performance.now();
      for (const d of docs) extractor.extract(d);
      const ms = performance.now() - t0;
      rows.push({ case: `corpus ${factor}×`, kb, ms, usPerKb: (ms * 1000) / kb });
    }
    const joined = SEEDS.join("\n\n");
    for (const size of [1e3, 1e5, QUICK ? 1e6 : 5e6]) {
      let text = joined.repeat(Math.ceil(size / joined.length)).slice(0, size);
      text = text.slice(0, text.lastIndexOf(" ")); // do not cut a UTF-16 pair or a word
      extractor.extract(text.slice(0, 1000));
      // A document below 1 MB is extracted again until 300 ms have passed: one call of 1 KB (under a millisecond) read
      // anything from 221 to 399 µs/KB between runs. The 5 MB one is timed once.
      let calls = 0;
      let result;
      const t0 = performance.now();
      do {
        result = extractor.extract(text);
        calls++;
      } while (size < 1e6 && performance.now() - t0 < 300);
      const ms = (performance.now() - t0) / calls;
      const kb = bytes(text) / 1000;
      rows.push({ case: `one document of ${size >= 1e6 ? size / 1e6 + " MB" : size / 1e3 + " KB"}`, kb, ms, usPerKb: (ms * 1000) / kb, calls, entities: result.entities.length });
    }
    return { rows, peakRssMB: process.resourceUsage().maxRSS / 1024 };
  },

  async adversarial() {
    const { createExtractor } = await load();
    const extractor = createExtractor();
    const cases = {
      '100,000 × "Nguyễn "': (n) => "Nguyễn ".repeat(n),
      '"1/1/1/…" ×100,000': (n) => "1/".repeat(n) + "1",
      '"Bộ Bộ Bộ …" ×100,000': (n) => "Bộ ".repeat(n),
      "5 MB line, no spaces": (n) => "a".repeat(n * 50),
      "dots and dashes": (n) => ".-".repeat(n * 5),
      emoji: (n) => "😀👍🏽".repeat(n * 2),
      "random Unicode": (n) => {
        let s = "";
        let x = 12345;
        for (let i = 0; i < n * 10; i++) {
          x = (x * 1103515245 + 12345) & 0x7fffffff;
          s += String.fromCharCode(0x20 + (x % 0x2fe0));
        }
        return s;
      },
      "Ủy ban Ủy ban … (heads)": (n) => "Ủy ban ".repeat(n),
      "Chủ tịch Phó Chủ tịch … (titles)": (n) => "Phó Chủ tịch ".repeat(n / 2),
      "short lines (byline-like)": (n) => "Thanh Hà - Minh Anh\n".repeat(n / 4),
      "people and titles, no sentence end": (n) => "Tổng thống Mỹ Donald Trump nói, Trump làm Chủ tịch, ".repeat(n / 20),
      // Every word new: the tokeniser's word cache fills (it starts over at 100,000 words), so its hashing is on trial.
      "distinct words (từ0, từ1 …)": (n) => Array.from({ length: n }, (_, i) => `từ${i.toString(36)}`).join(" "),
    };
    const rows = [];
    for (const [name, make] of Object.entries(cases)) {
      const big = make(100_000);
      const small = make(10_000);
      extractor.extract(small.slice(0, 1000));
      // Median of three runs each: one run is at the mercy of the garbage collector.
      const time = (text) => {
        const runs = [0, 1, 2].map(() => {
          const t0 = performance.now();
          extractor.extract(text);
          return performance.now() - t0;
        });
        return median(runs);
      };
      const smallMs = time(small);
      const bigMs = time(big);
      const kb = bytes(big) / 1000;
      const usPerKbSmall = (smallMs * 1000) / (bytes(small) / 1000);
      const usPerKb = (bigMs * 1000) / kb;
      // 10× the input in at most ~3× the time per KB of the small run: a quadratic pass would show 10×.
      rows.push({ case: name, kb, ms: bigMs, usPerKb, linear: usPerKb <= Math.max(usPerKbSmall * 3, usPerKbSmall + 5) });
    }
    return { rows };
  },

  async workers() {
    const { extract, extractMany } = await load();
    // The plain loop a user writes: \`extract\` over the texts. It shares the default extractor with
    // extractMany's default options, so where extractMany runs in this thread both do the same work and
    // the ratio shows extractMany's own overhead, not two extractors' different warm caches.
    const extractor = { extract };
    const all = corpus(QUICK ? 1 * MB : 10.5 * MB);
    const rows = [];
    let cold;
    for (const size of QUICK ? [0.1, 1] : [0.1, 1, 10]) {
      const docs = [];
      let total = 0;
      for (const d of all) {
        if (total >= size * MB) break;
        docs.push(d);
        total += bytes(d);
      }
      // Both warmed alike: a first call pays for the dictionary branches its words open, and a worker
      // thread's first megabyte for its JIT. extractMany keeps its workers warm between calls, so the
      // pool is warmed by a first parallel call (timed: that is what a one-off batch costs).
      for (const d of docs.slice(0, 50)) extractor.extract(d);
      await extractMany(docs.slice(0, 50));
      if (size === 10) {
        const first = all.slice(0, Math.ceil(all.length / 4));
        const t = performance.now();
        await extractMany(first, { workers: 2 });
        cold = { mb: first.reduce((n, d) => n + bytes(d), 0) / MB, seconds: (performance.now() - t) / 1000 };
      }
      // Loop and extractMany alternate, and each ratio is the median of its rounds: one GC pause or a
      // noisy neighbour then moves a single round, not the figure (the small sizes run in milliseconds).
      // (More rounds where a round is short: at 0.1 MB one round is ~50 ms, and five of them left the ratio moving
      // by ±15 % between runs on a 2-core machine.)
      const rounds = size >= 10 ? 5 : size >= 1 ? 9 : 15;
      // Each round rotates the order, so no contender always pays for the garbage the one before it left.
      // No collection is forced between rounds: after a forced one V8 optimised 50-90 functions over again in the next
      // round (--trace-opt; a handful without it), which then took up to twice as long, so identical work read
      // anything from 0.6× to 1.6× (session 15).
      // A round at 0.1 MB lasts about 20 ms, short enough for one collection to move it by a fifth: there each timed
      // unit is five calls in a row.
      const repeats = size < 1 ? 5 : 1;
      const repeated = (call) => async () => {
        let results;
        for (let r = 0; r < repeats; r++) results = await call();
        return results;
      };
      const contenders = [
        ["loop", repeated(async () => docs.map((d) => extractor.extract(d)))],
        ["default", repeated(() => extractMany(docs, {}))],
        ["two", repeated(() => extractMany(docs, { workers: 2 }))],
      ];
      const times = { loop: [], default: [], two: [] };
      // One untimed round of each first, at this size: the JIT of this thread's call sites, and at 10 MB the workers'
      // own, which one 2.6 MB batch leaves unfinished (the first timed 10 MB round took 2.7× the others).
      for (const [, run] of contenders) await run();
      for (let round = 0; round < rounds; round++) {
        for (let c = 0; c < contenders.length; c++) {
          const [name, run] = contenders[(round + c) % contenders.length];
          const t0 = performance.now();
          // The loop keeps its results, as extractMany must: both then pay for holding them.
          const results = await run();
          times[name].push(results.length === docs.length ? (performance.now() - t0) / 1000 : NaN);
        }
      }
      const loopTimes = times.loop;
      const manyTimes = times;
      const loopSeconds = median(loopTimes);
      const row = { mb: total / MB, loopMbPerSecond: (total * repeats) / MB / loopSeconds, defaultVsLoop: loopSeconds / median(manyTimes.default), twoVsLoop: loopSeconds / median(manyTimes.two) };
      rows.push(row);
    }
    // The cold call: 2 workers started for one batch of about 2.6 MB, against the loop's warm rate.
    const coldVsLoop = cold === undefined ? undefined : cold.mb / rows.at(-1).loopMbPerSecond / cold.seconds;
    return { rows, cores: cpus().length, coldVsLoop, coldMB: cold?.mb };
  },

  /** `vietner extract --format jsonl` piped into a reader that pauses: peak RSS and completeness. */
  async pipe() {
    const { spawn } = await import("node:child_process");
    const { createWriteStream, mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "vietner-pipe-"));
    const input = join(dir, "input.jsonl");
    const out = createWriteStream(input);
    const docs = corpus(4 * MB);
    let written = 0;
    let lines = 0;
    while (written < PIPE_MB * MB) {
      const text = docs[lines % docs.length];
      const line = JSON.stringify({ id: `d${lines}`, text }) + "\n";
      if (!out.write(line)) await new Promise((r) => out.once("drain", r));
      written += bytes(line);
      lines++;
    }
    await new Promise((r) => out.end(r));
    const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, join(ROOT, "dist/cli.js"), "extract", "--format", "jsonl", "--input-format", "jsonl", input], { stdio: ["ignore", "pipe", "pipe"] });
    let received = 0;
    let inOrder = true;
    let pending = "";
    let since = 0;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        const id = JSON.parse(pending.slice(0, nl)).document;
        if (id !== `d${received}`) inOrder = false;
        received++;
        pending = pending.slice(nl + 1);
      }
      since += chunk.length;
      // A slow reader: pause 1.5 s after every 4 MB read.
      if (since >= 4 * MB) {
        since = 0;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 1500);
      }
    });
    const code = await new Promise((r) => child.on("close", r));
    rmSync(dir, { recursive: true, force: true });
    const peakRssMB = Number(stderr.trim().split("\n").pop()) / 1024;
    return { inputMB: written / MB, lines, received, complete: received === lines && code === 0, inOrder, peakRssMB };
  },

  async fuzzy() {
    const { createExtractor } = await load();
    const extractor = createExtractor();
    const clean = "Tỉnh hợp tác với các nước: Lào, Campuchia, Thái Lan, Hàn Quốc, Nhật Bản, Singapore. ".repeat(2000);
    const misspelt = "Tỉnh hợp tác với các nước: Lào, Camphuchia, Thái Lan, Hàn Quốcc, Nhật Bản, Singapor. ".repeat(2000);
    for (const t of [clean, misspelt]) extractor.extract(t.slice(0, 2000));
    const time = (t) => {
      const t0 = performance.now();
      const r = extractor.extract(t);
      return { ms: performance.now() - t0, locations: r.entities.filter((e) => e.type === "LOCATION").length };
    };
    // Alternated, median of five each: a single timing of each read the misspelt text as the faster one, the clean
    // text having run first, less warm.
    const runs = { clean: [], misspelt: [] };
    for (let r = 0; r < 5; r++) {
      runs.clean.push(time(clean));
      runs.misspelt.push(time(misspelt));
    }
    const a = { ms: median(runs.clean.map((x) => x.ms)), locations: runs.clean[0].locations };
    const b = { ms: median(runs.misspelt.map((x) => x.ms)), locations: runs.misspelt[0].locations };
    return { cleanMs: a.ms, misspeltMs: b.ms, extraMsPerKb: (b.ms - a.ms) / (bytes(misspelt) / 1000), cleanLocations: a.locations, misspeltLocations: b.locations };
  },

  async load() {
    const before = process.memoryUsage().heapUsed;
    const { createExtractor } = await load();
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const extractor = createExtractor();
    const loadMs = performance.now() - t0;
    global.gc?.();
    const heapMB = (process.memoryUsage().heapUsed - base) / MB;
    extractor.extract("Bộ Ngoại giao");
    return { dictionaryLoadMs: loadMs, dictionaryHeapMB: heapMB, importHeapMB: (base - before) / MB };
  },
};

function cold() {
  const article = join(ROOT, "seeds", readdirSync(join(ROOT, "seeds")).find((f) => f.endsWith(".txt")));
  const sentence = "Sáng 3/5/2025, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ Nhật Bản tại Hà Nội.";
  // The same sentence naming a commune: its first need of the 14,000 communes and wards (dist/communes.compiled.json).
  const communeSentence = sentence.replace("tại Hà Nội", "tại xã Hạ Bằng");
  const timeIn = (text) => `const t0=performance.now();const m=await import(${JSON.stringify(DIST)});const r=m.extract(${JSON.stringify(text)});console.log(JSON.stringify({inProcessMs:performance.now()-t0,entities:r.entities.length}));`;
  const spawnMs = [];
  const inProcess = [];
  const sentenceMs = [];
  const communeMs = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", timeIn(readFileSync(article, "utf8"))], { encoding: "utf8" });
    spawnMs.push(performance.now() - t0);
    inProcess.push(JSON.parse(out).inProcessMs);
    sentenceMs.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", timeIn(sentence)], { encoding: "utf8" })).inProcessMs);
    communeMs.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", timeIn(communeSentence)], { encoding: "utf8" })).inProcessMs);
  }
  // The CLI on one sentence against a bare node, alternated so both see the same machine. The CLI is the command users
  // get: package.json's bin (dist/vietner.cjs, which starts the bundle from its code cache); dist/cli.js, the ESM
  // bundle the tests run, is timed too.
  const bin = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.vietner);
  const dir = mkdtempSync(join(tmpdir(), "vietner-cold-"));
  const file = join(dir, "one.txt");
  writeFileSync(file, sentence + "\n");
  const cli = [];
  const esmCli = [];
  const bare = [];
  for (let i = 0; i < 7; i++) {
    let t0 = performance.now();
    execFileSync(process.execPath, ["-e", "0"]);
    bare.push(performance.now() - t0);
    t0 = performance.now();
    execFileSync(process.execPath, [bin, "extract", file]);
    cli.push(performance.now() - t0);
    t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "extract", file]);
    esmCli.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true, force: true });
  return { spawnToExitMs: median(spawnMs), importAndExtractMs: median(inProcess), importAndSentenceMs: median(sentenceMs), importAndCommuneSentenceMs: median(communeMs), cliSentenceMs: median(cli), esmCliSentenceMs: median(esmCli), bareNodeMs: median(bare) };
}

function runSection(name, flags = [], args = []) {
  const result = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), "--section", name, ...(QUICK ? ["--quick"] : []), ...args], { encoding: "utf8", maxBuffer: 64 * MB });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    return { error: `section ${name} failed (exit ${result.status})` };
  }
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

// ---------------------------------------------------------------- entry points
if (SECTION) {
  const result = await sections[SECTION]();
  console.log(JSON.stringify(result));
} else {
  try {
    readFileSync(DIST);
  } catch {
    console.error("bench: dist/index.js is missing; run `npm run bench` (it builds first)");
    process.exit(2);
  }
  const started = performance.now();
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    quick: QUICK,
    load: runSection("load", ["--expose-gc"]),
    cold: cold(),
    throughput: runSection("throughput"),
    throughputReal: runSection("throughput", [], ["--corpus", "real"]),
    // The same run with V8's old space capped: shows the working set, not V8's lazy collection.
    throughputCapped: runSection("throughput", ["--max-old-space-size=64"]),
    scaling: runSection("scaling"),
    adversarial: runSection("adversarial"),
    workers: runSection("workers", ["--expose-gc"]),
    pipe: runSection("pipe", [], ["--pipe-mb", String(PIPE_MB)]),
    fuzzy: runSection("fuzzy"),
  };
  results.seconds = (performance.now() - started) / 1000;
  writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(results);
}

function printTable(r) {
  const f = (x, d = 1) => (typeof x === "number" ? x.toFixed(d) : String(x));
  const pass = (ok) => (ok ? "PASS" : "FAIL");
  const t = r.throughput;
  const scale = r.scaling.rows;
  const linear = scale[2].usPerKb <= scale[0].usPerKb * 1.15;
  const real = r.throughputReal;
  const c = r.cold;
  const lines = [
    `vietner benchmark — Node ${r.node}, ${r.cpus} cores${r.quick ? " (quick)" : ""}, ${f(r.seconds, 0)} s. Ratios are taken within one run.`,
    "",
    "figure                                   value                                   target",
    `throughput, seed articles                ${f(t.mbPerSecond, 2)} MB/s = ${f(t.ratio, 1)}× the letters-only scan (${f(t.floorMbPerSecond, 1)} MB/s)   ≥ 10 MB/s, ≤ 4×   ${pass(t.mbPerSecond >= 10 && t.ratio <= 4)}`,
    `  … its first pass over the corpus        ${f(t.firstPassMbPerSecond, 2)} MB/s (the process still optimising; the figure above is the second pass)`,
    real.missing
      ? "throughput, real articles                (corpus/dev texts absent: see corpus/README.md)"
      : `throughput, real articles                ${f(real.mbPerSecond, 2)} MB/s = ${f(real.ratio, 1)}× the letters-only scan (${f(real.floorMbPerSecond, 1)} MB/s), ${real.sources} texts, ${real.documents} docs of ${f((real.corpusMB * 1000) / real.documents, 1)} KB   ≥ 10 MB/s, ≤ 4×   ${pass(real.mbPerSecond >= 10 && real.ratio <= 4)}`,
    ...(real.missing ? [] : [`  … its first pass over the corpus        ${f(real.firstPassMbPerSecond, 2)} MB/s`]),
    `corpus (seeds)                           ${f(t.corpusMB, 1)} MB, ${t.documents} documents`,
    `latency per seed article                 p50 ${f(t.p50ms, 2)} ms, p99 ${f(t.p99ms, 2)} ms`,
    `CLI on one sentence vs bare node         ${f(c.cliSentenceMs, 0)} ms vs ${f(c.bareNodeMs, 0)} ms = ${f(c.cliSentenceMs / c.bareNodeMs, 2)}× (dist/cli.js without the code cache: ${f(c.esmCliSentenceMs / c.bareNodeMs, 2)}×)   ≤ 2×   ${pass(c.cliSentenceMs <= 2 * c.bareNodeMs)}`,
    `import + first extract (one sentence)    ${f(c.importAndSentenceMs, 0)} ms   ≤ 100 ms   ${pass(c.importAndSentenceMs <= 100)}`,
    `  … a sentence naming a commune          ${f(c.importAndCommuneSentenceMs, 0)} ms (its first need of the communes and wards)`,
    `import + first extract (seed article)    ${f(c.importAndExtractMs, 0)} ms (spawn → exit ${f(c.spawnToExitMs, 0)} ms)`,
    `dictionary load                          ${f(r.load.dictionaryLoadMs, 0)} ms, ${f(r.load.dictionaryHeapMB, 1)} MB heap`,
    `peak RSS (10 MB corpus run)              ${f(t.peakRssMB, 0)} MB           ≤ 135 MB (before #11)      ${pass(t.peakRssMB <= 140)}`,
    `peak heap (10 MB corpus run)             ${f(t.peakHeapMB, 0)} MB (V8 grows the heap lazily)`,
    `peak RSS, --max-old-space-size=64        ${f(r.throughputCapped.peakRssMB, 0)} MB at ${f(r.throughputCapped.mbPerSecond, 2)} MB/s`,
    `peak RSS (scaling run, with 5 MB doc)    ${f(r.scaling.peakRssMB, 0)} MB`,
    r.pipe.error
      ? `JSONL pipe                               ${r.pipe.error}`
      : `JSONL pipe, ${f(r.pipe.inputMB, 0)} MB, reader pausing     peak RSS ${f(r.pipe.peakRssMB, 0)} MB, ${r.pipe.complete && r.pipe.inOrder ? "complete and in order" : "INCOMPLETE or out of order"}   ≤ 200 MB at 1 GB (--pipe-mb 1000)   ${pass(r.pipe.peakRssMB <= 200 && r.pipe.complete && r.pipe.inOrder)}`,
    "",
    "scaling                                  KB          ms        µs/KB",
    ...scale.map((s) => `  ${(s.calls > 1 ? `${s.case}, mean of ${s.calls}` : s.case).padEnd(38)} ${f(s.kb, 0).padStart(8)} ${f(s.ms, s.ms < 10 ? 2 : 0).padStart(9)} ${f(s.usPerKb, 1).padStart(10)}`),
    `linear within 15 % from 1× to 16×        ${f((scale[2].usPerKb / scale[0].usPerKb - 1) * 100, 1)} %                          ${pass(linear)}`,
    "",
    "adversarial input                        KB          ms        µs/KB   linear",
    ...r.adversarial.rows.map((s) => `  ${s.case.padEnd(38)} ${f(s.kb, 0).padStart(8)} ${f(s.ms, 0).padStart(9)} ${f(s.usPerKb, 1).padStart(10)}   ${pass(s.linear)}`),
    "",
    `extractMany vs a plain loop (${r.workers.cores} cores)   MB      loop MB/s   default   2 workers`,
    ...r.workers.rows.map((w) => `  ${f(w.mb, 1).padStart(44)} ${f(w.loopMbPerSecond, 2).padStart(10)} ${f(w.defaultVsLoop, 2).padStart(8)}× ${f(w.twoVsLoop, 2).padStart(9)}×`),
    `  default ≥ 1.0× (± 5 % noise) at every size; 2 workers ≥ 1.3× on 10 MB   ${pass(r.workers.rows.every((w) => w.defaultVsLoop >= 0.95) && (r.quick || r.workers.rows.at(-1).twoVsLoop >= 1.3))}`,
    ...(r.workers.coldVsLoop === undefined ? [] : [`  2 workers started cold for one ${f(r.workers.coldMB, 1)} MB batch: ${f(r.workers.coldVsLoop, 2)}× the warm loop (workers stay warm for later calls)`]),
    `fuse.js (misspelt country lists)         ${r.fuzzy.extraMsPerKb >= 0 ? "+" : ""}${f(r.fuzzy.extraMsPerKb * 1000, 1)} µs/KB on list-heavy text (${r.fuzzy.cleanLocations} → ${r.fuzzy.misspeltLocations} places found)`,
  ];
  console.log(lines.join("\n"));
}
