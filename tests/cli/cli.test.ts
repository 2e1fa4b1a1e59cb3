import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { tempDir } from "../helpers/temp-dir.js";

function capture(stdinText = "") {
  let out = "";
  let err = "";
  const io = {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    stdin: Readable.from([Buffer.from(stdinText)]),
  };
  return { io, out: () => out, err: () => err };
}

const dir = tempDir("cli");
const article = join(dir, "bai.txt");
writeFileSync(article, "Sáng 5/3/2024, Phó Thủ tướng Trần Hồng Hà làm việc với UBND tỉnh Quảng Ninh.");

describe("vietner extract", () => {
  it("prints one JSON array of documents in the gold format", async () => {
    const c = capture();
    expect(await runCli(["extract", article], c.io)).toBe(0);
    const docs = JSON.parse(c.out());
    expect(docs).toHaveLength(1);
    expect(docs[0].document).toBe("bai.txt");
    expect(Object.keys(docs[0])).toEqual(["document", "documentDate", "entities", "relations"]);
    expect(docs[0].entities.find((e: { type: string }) => e.type === "DATE")).toMatchObject({ text: "Sáng 5/3/2024", value: "2024-03-05" });
  });
  it("reads standard input with -, and prints JSONL and text", async () => {
    const c = capture("Bộ Y tế khuyến cáo người dân.");
    expect(await runCli(["extract", "--format", "jsonl", "-"], c.io)).toBe(0);
    expect(JSON.parse(c.out().trim()).entities[0]).toMatchObject({ type: "ORGANIZATION", text: "Bộ Y tế" });
    const t = capture();
    expect(await runCli(["extract", "--format=text", article], t.io)).toBe(0);
    expect(t.out()).toMatch(/PERSON\s+\d+-\d+\s+Trần Hồng Hà/);
  });
  it("streams JSONL input, naming a bad line, keeping every good line and no temporary file", async () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "a", text: "Tỉnh ủy Nghệ An họp." })}\n${JSON.stringify({ id: "b", text: "Ông Lê Văn Tám phát biểu." })}\n`);
    const output = join(dir, "out.jsonl");
    const c = capture();
    expect(await runCli(["extract", "--format", "jsonl", "--output", output, input], c.io)).toBe(0);
    expect(readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l).document)).toEqual(["a", "b"]);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ id: "a", text: "x" })}\nnot json\n`);
    const failed = join(dir, "failed.jsonl");
    const e = capture();
    expect(await runCli(["extract", "--format", "jsonl", "--output", failed, bad], e.io)).toBe(2);
    expect(e.err()).toMatch(/^vietner: .*bad\.jsonl:2: /);
    expect(readFileSync(failed, "utf8").trim().split("\n").map((l) => JSON.parse(l).document)).toEqual(["a"]);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
  it("exits 2 with one line for unreadable files and bad options", async () => {
    for (const args of [["extract", join(dir, "missing.txt")], ["extract", "--format", "xml", article], ["extract", "--nope", article], ["extract"], ["frobnicate"], ["extract", "--jobs", "0", article], ["extract", "--reference-date", "5/3/2024", article]]) {
      const c = capture();
      expect(await runCli(args, c.io), args.join(" ")).toBe(2);
      expect(c.err().trim().split("\n")).toHaveLength(1);
      expect(c.err()).toMatch(/^vietner: /);
    }
  });
  it("applies a user dictionary given with --dict", async () => {
    const dict = join(dir, "dict.json");
    writeFileSync(dict, JSON.stringify({ kind: "organizations", description: "test", source: "test", license: "MIT", entries: [{ name: "Tổ hợp Sao Mai", category: "company" }] }));
    const text = join(dir, "saomai.txt");
    writeFileSync(text, "đại diện tổ hợp và Tổ hợp Sao Mai ký kết.");
    const c = capture();
    expect(await runCli(["extract", "--dict", dict, text], c.io)).toBe(0);
    expect(JSON.parse(c.out())[0].entities.map((e: { text: string }) => e.text)).toContain("Tổ hợp Sao Mai");
    const bad = join(dir, "baddict.json");
    writeFileSync(bad, JSON.stringify({ kind: "organizations", description: "t", source: "t", license: "MIT", entries: [{ name: "", category: "company" }] }));
    const e = capture();
    expect(await runCli(["extract", "--dict", bad, text], e.io)).toBe(2);
    expect(e.err()).toMatch(/baddict\.json: entries entry 0/);
  });
});

describe("vietner eval", () => {
  const gold = join(dir, "gold");
  it("scores a predictions file from any tool and honours --min-f1", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(gold, { recursive: true });
    const text = "Bộ Y tế họp tại Hà Nội.";
    writeFileSync(join(gold, "a.txt"), text);
    writeFileSync(join(gold, "a.txt.gold.json"), JSON.stringify({ document: "a.txt", documentDate: null, entities: [{ type: "ORGANIZATION", start: 0, end: 7, text: "Bộ Y tế" }, { type: "LOCATION", start: 16, end: 22, text: "Hà Nội" }], relations: [] }));
    const pred = join(dir, "pred.json");
    writeFileSync(pred, JSON.stringify([{ document: "a.txt", entities: [{ type: "ORGANIZATION", start: 0, end: 7, text: "Bộ Y tế" }], relations: [] }]));
    const c = capture();
    expect(await runCli(["eval", "--gold", gold, "--pred", pred, "--json"], c.io)).toBe(0);
    expect(JSON.parse(c.out()).strict.micro).toMatchObject({ precision: 1, recall: 0.5 });
    const low = capture();
    expect(await runCli(["eval", "--gold", gold, "--pred", pred, "--min-f1", "0.9"], low.io)).toBe(1);
    expect(low.out()).toMatch(/micro/);
    const own = capture();
    expect(await runCli(["eval", "--gold", gold], own.io)).toBe(0);
    expect(own.out()).toMatch(/HOLDS/);
  });
  it("exits 2 naming the file when a gold file is invalid", async () => {
    const broken = join(dir, "broken");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, "b.txt"), "Hà Nội");
    writeFileSync(join(broken, "b.txt.gold.json"), JSON.stringify({ document: "b.txt", entities: [{ type: "LOCATION", start: 0, end: 3, text: "Hà Nội" }], relations: [] }));
    const c = capture();
    expect(await runCli(["eval", "--gold", broken], c.io)).toBe(2);
    expect(c.err()).toMatch(/b\.txt\.gold\.json: entities\[0\]/);
  });
});
