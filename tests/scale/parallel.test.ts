import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * The streaming JSONL CLI is the unit a larger engine runs. GNU parallel (Debian's `parallel`,
 * installed by .ci/run) splits a corpus into shards, runs one `vietner extract` per shard and keeps
 * the input order: the result must equal one process's output, line for line.
 */
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const PARALLEL = "/usr/bin/parallel";

describe.skipIf(!existsSync(CLI))("sharded runs with GNU parallel", () => {
  it("give exactly the single-process output, in input order", () => {
    if (!existsSync(PARALLEL)) throw new Error("GNU parallel is missing: install Debian's parallel (.ci/run does)");
    const dir = tempDir("parallel");
    const sentences = [
      "Sáng 5/3/2024, Phó Thủ tướng Trần Hồng Hà làm việc với UBND tỉnh Quảng Ninh.",
      "Bộ Y tế khuyến cáo người dân tiêm phòng trước mùa mưa.",
      "Cổ phiếu HPG tăng trần trên HoSE trong phiên chiều 12/6.",
      "Ông Lê Văn An, Giám đốc Sở Tài chính tỉnh Nghệ An, phát biểu.",
    ];
    const input = join(dir, "corpus.jsonl");
    writeFileSync(input, Array.from({ length: 240 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: `${sentences[i % sentences.length]} Văn bản số ${i}.` })).join("\n") + "\n");
    const single = execFileSync(process.execPath, [CLI, "extract", "--format", "jsonl", input], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const sharded = spawnSync(PARALLEL, ["--will-cite", "--pipe", "--keep-order", "-N", "37", "-j", "2", `${process.execPath} ${CLI} extract --format jsonl --input-format jsonl -`], {
      input: readFileSync(input),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(sharded.status, sharded.stderr).toBe(0);
    const a = single.trim().split("\n");
    const b = sharded.stdout.trim().split("\n");
    expect(b).toHaveLength(240);
    expect(b).toEqual(a);
  }, 120_000);
});
