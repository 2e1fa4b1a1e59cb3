import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * extractMany runs worker threads that load the built package, so this test uses dist/ (built by
 * `npm test` before vitest runs), exactly as users get it.
 */
const DIST = join(__dirname, "../../dist/index.js");

describe.skipIf(!existsSync(DIST))("extractMany (built package, worker threads)", () => {
  const texts = Array.from({ length: 40 }, (_, i) => `Ngày ${1 + (i % 28)}/3/2024, ông Nguyễn Văn ${["An", "Bình", "Cường", "Dũng"][i % 4]}, Chủ tịch UBND tỉnh Nghệ An, làm việc với Bộ Y tế. Văn bản số ${i}.`);
  it("returns the same results as extract, in input order, with 2 workers", async () => {
    const v = await import(pathToFileURL(DIST).href);
    const expected = texts.map((t: string) => v.extract(t));
    const results = await v.extractMany(texts, { workers: 2 });
    expect(results).toHaveLength(texts.length);
    expect(results).toEqual(expected);
  }, 60_000);
  it("runs in this thread with one worker, and validates its options", async () => {
    const v = await import(pathToFileURL(DIST).href);
    expect((await v.extractMany(texts.slice(0, 3), { workers: 1 })).map((r: { people: Array<{ name: string }> }) => r.people[0]?.name)).toEqual(["Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Cường"]);
    await expect(v.extractMany(texts, { workers: 0 })).rejects.toMatchObject({ code: "INVALID_OPTIONS" });
    await expect(v.extractMany([...texts, 42], { workers: 2 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  }, 60_000);
  it("keeps its worker threads warm between calls, and they never keep the process alive", () => {
    // Over MIN_PARALLEL_LENGTH characters, so the workers really start; run in a child process to
    // see that it exits by itself once the work is done.
    const script = `
      const v = await import(${JSON.stringify(pathToFileURL(DIST).href)});
      const base = ${JSON.stringify(texts)};
      const texts = Array.from({ length: 24000 }, (_, i) => base[i % base.length] + " " + i);
      const expected = texts.slice(0, 300).map((t) => JSON.stringify(v.extract(t)));
      for (let round = 0; round < 2; round++) {
        const results = await v.extractMany(texts, { workers: 2 });
        if (results.length !== texts.length) throw new Error("length " + results.length);
        results.slice(0, 300).forEach((r, i) => { if (JSON.stringify(r) !== expected[i]) throw new Error("differs at " + i); });
      }
      console.log("ok");
    `;
    const run = spawnSync(process.execPath, ["--input-type=module"], { input: script, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("ok");
    expect(run.status).toBe(0);
  }, 90_000);

  it("starts its workers when the caller runs node with V8 and process flags (--max-old-space-size, --expose-gc)", () => {
    // Such flags are common in production; passed on to a Worker they make it throw ERR_WORKER_INVALID_EXEC_ARGV.
    const script = `
      const v = await import(${JSON.stringify(pathToFileURL(DIST).href)});
      const texts = Array.from({ length: 40000 }, (_, i) => "Sáng 3/5, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp đoàn số " + i + ".");
      // (Over MIN_PARALLEL_LENGTH, 2,000,000 characters: below it the batch would never reach a worker.)
      if (texts.reduce((n, t) => n + t.length, 0) <= 2000000) throw new Error("too small to use workers");
      const results = await v.extractMany(texts, { workers: 2 });
      if (results.length !== texts.length || results[7].entities.length === 0) throw new Error("bad results");
      console.log("ok");
    `;
    const run = spawnSync(process.execPath, ["--max-old-space-size=512", "--expose-gc", "--stack-size=2000", "--input-type=module"], { input: script, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("ok");
    expect(run.status).toBe(0);
  }, 90_000);
});
