#!/usr/bin/env node
/**
 * vietner benchmark: `npm run bench` (builds first). Prints a table and writes bench/results.json.
 * Each section runs in its own child process so that its memory and JIT state are its own.
 *   node bench/run.mjs            full run (≈ 2–3 minutes on 2 cores)
 *   node bench/run.mjs --quick    smaller corpus, for a smoke test
 * Targets (issue "Speed") are shown as PASS/FAIL; they are never asserted in unit tests.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist/index.js");
const QUICK = process.argv.includes("--quick");
const sectionArg = process.argv.indexOf("--section");
const SECTION = sectionArg > 0 ? process.argv[sectionArg + 1] : undefined;

const SEEDS = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));
const bytes = (s) => Buffer.byteLength(s, "utf8");
const MB = 1e6;

/** Many documents from the seeds: paragraphs rotated and digits shifted, so no two are identical. */
function corpus(targetBytes) {
  const docs = [];
  let total = 0;
  for (let n = 0; total < targetBytes; n++) {
    const seed = SEEDS[n % SEEDS.length];
    const paragraphs = seed.split("\n");
    const k = n % paragraphs.length;
    const rotated = [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join("\n");
    const doc = rotated.replace(/\d/g, (d) => String((Number(d) + n) % 10));
    docs.push(doc);
    total += bytes(doc);
  }
  return docs;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
function floorTokenise(text) {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}

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
    const docs = corpus(QUICK ? 2 * MB : 10.5 * MB);
    const totalBytes = docs.reduce((a, d) => a + bytes(d), 0);
    let heapMax = 0;
    const sample = setInterval(() => (heapMax = Math.max(heapMax, process.memoryUsage().heapUsed)), 20);
    for (let i = 0; i < 200; i++) extractor.extract(docs[i % docs.length]); // warm-up
    let t0 = performance.now();
    for (const d of docs) extractor.extract(d);
    const seconds = (performance.now() - t0) / 1000;
    heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
    t0 = performance.now();
    for (const d of docs) floorTokenise(d);
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
      mbPerSecond: totalBytes / MB / seconds,
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
      const t0 = performance.now();
      const result = extractor.extract(text);
      const ms = performance.now() - t0;
      const kb = bytes(text) / 1000;
      rows.push({ case: `one document of ${size >= 1e6 ? size / 1e6 + " MB" : size / 1e3 + " KB"}`, kb, ms, usPerKb: (ms * 1000) / kb, entities: result.entities.length });
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
    const { extractMany } = await load();
    const docs = corpus(QUICK ? 1 * MB : 4 * MB);
    const totalMB = docs.reduce((a, d) => a + bytes(d), 0) / MB;
    const out = {};
    for (const workers of [1, 2]) {
      await extractMany(docs.slice(0, 50), { workers });
      const t0 = performance.now();
      const results = await extractMany(docs, { workers });
      const seconds = (performance.now() - t0) / 1000;
      out[`workers${workers}`] = { seconds, mbPerSecond: totalMB / seconds, results: results.length };
    }
    out.speedup = out.workers1.seconds / out.workers2.seconds;
    out.cores = cpus().length;
    return out;
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
    const a = time(clean);
    const b = time(misspelt);
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
  const script = `const t0=performance.now();const m=await import(${JSON.stringify(DIST)});const fs=await import("node:fs");const r=m.extract(fs.readFileSync(${JSON.stringify(article)},"utf8"));console.log(JSON.stringify({inProcessMs:performance.now()-t0,entities:r.entities.length}));`;
  const spawnMs = [];
  const inProcess = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    spawnMs.push(performance.now() - t0);
    inProcess.push(JSON.parse(out).inProcessMs);
  }
  const bare = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ["-e", "0"]);
    bare.push(performance.now() - t0);
  }
  return { spawnToExitMs: median(spawnMs), importAndExtractMs: median(inProcess), bareNodeMs: median(bare) };
}

function runSection(name, flags = []) {
  const result = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), "--section", name, ...(QUICK ? ["--quick"] : [])], { encoding: "utf8", maxBuffer: 64 * MB });
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
    // The same run with V8's old space capped: shows the working set, not V8's lazy collection.
    throughputCapped: runSection("throughput", ["--max-old-space-size=64"]),
    scaling: runSection("scaling"),
    adversarial: runSection("adversarial"),
    workers: runSection("workers"),
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
  const lines = [
    `vietner benchmark — Node ${r.node}, ${r.cpus} cores${r.quick ? " (quick)" : ""}, ${f(r.seconds, 0)} s`,
    "",
    "figure                                   value            target        ",
    `throughput (single thread)               ${f(t.mbPerSecond, 2)} MB/s, ${f(t.docsPerSecond, 0)} docs/s   ≥ 5 MB/s      ${pass(t.mbPerSecond >= 5)}`,
    `corpus                                   ${f(t.corpusMB, 1)} MB, ${t.documents} documents`,
    `floor (regex tokeniser)                  ${f(t.floorMbPerSecond, 1)} MB/s`,
    `extract / floor                          ${f(t.ratio, 1)}×             ≤ 5×          ${pass(t.ratio <= 5)}`,
    `latency per seed article                 p50 ${f(t.p50ms, 2)} ms, p99 ${f(t.p99ms, 2)} ms`,
    `cold start (spawn → exit, median of 7)   ${f(r.cold.spawnToExitMs, 0)} ms (bare node ${f(r.cold.bareNodeMs, 0)} ms)`,
    `cold start (import + first extract)      ${f(r.cold.importAndExtractMs, 0)} ms           ≤ 200 ms      ${pass(r.cold.importAndExtractMs <= 200)}`,
    `dictionary load                          ${f(r.load.dictionaryLoadMs, 0)} ms, ${f(r.load.dictionaryHeapMB, 1)} MB heap`,
    `peak RSS (10 MB corpus run)              ${f(t.peakRssMB, 0)} MB           ≤ 150 MB      ${pass(t.peakRssMB <= 150)}`,
    `peak heap (10 MB corpus run)             ${f(t.peakHeapMB, 0)} MB (live after GC: ~25 MB; V8 grows the heap lazily)`,
    `peak RSS, --max-old-space-size=64        ${f(r.throughputCapped.peakRssMB, 0)} MB at ${f(r.throughputCapped.mbPerSecond, 2)} MB/s   ≤ 150 MB      ${pass(r.throughputCapped.peakRssMB <= 150)}`,
    `peak RSS (scaling run, with 5 MB doc)    ${f(r.scaling.peakRssMB, 0)} MB`,
    "",
    "scaling                                  KB          ms        µs/KB",
    ...scale.map((s) => `  ${s.case.padEnd(38)} ${f(s.kb, 0).padStart(8)} ${f(s.ms, 0).padStart(9)} ${f(s.usPerKb, 1).padStart(10)}`),
    `linear within 15 % from 1× to 16×        ${f((scale[2].usPerKb / scale[0].usPerKb - 1) * 100, 1)} %                          ${pass(linear)}`,
    "",
    "adversarial input                        KB          ms        µs/KB   linear",
    ...r.adversarial.rows.map((s) => `  ${s.case.padEnd(38)} ${f(s.kb, 0).padStart(8)} ${f(s.ms, 0).padStart(9)} ${f(s.usPerKb, 1).padStart(10)}   ${pass(s.linear)}`),
    "",
    `extractMany, 1 worker                    ${f(r.workers.workers1?.mbPerSecond, 2)} MB/s`,
    `extractMany, 2 workers                   ${f(r.workers.workers2?.mbPerSecond, 2)} MB/s (speed-up ${f(r.workers.speedup, 2)}× on ${r.workers.cores} cores)`,
    `fuse.js (misspelt country lists)         +${f(r.fuzzy.extraMsPerKb * 1000, 1)} µs/KB on list-heavy text (${r.fuzzy.cleanLocations} → ${r.fuzzy.misspeltLocations} places found)`,
  ];
  console.log(lines.join("\n"));
}
