import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, SENTENCE, cli, oneLineError, shell, spawn, tempDir } from "./helpers.js";

/**
 * Hostile and careless use of `vietner extract`, run on the built CLI (dist/cli.js) in real
 * processes, pipes and files. Numbers refer to the findings of issue #13.
 */
const dir = tempDir();
const jsonl = (n: number, text = (i: number) => `Ngày ${1 + (i % 28)}/3/2024, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, làm việc với Bộ Y tế. Số ${i}.`) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `d${i}`, text: text(i) })).join("\n") + "\n";
const ids = (out: string) => out.trim().split("\n").map((l) => JSON.parse(l).document);
const noTemp = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

describe.skipIf(!existsSync(CLI))("vietner extract, hostile use (built CLI)", () => {
  it("1: --jobs 2 on JSONL of any size gives the single-thread output, in order", () => {
    const small = join(dir, "small.jsonl");
    writeFileSync(small, jsonl(40));
    // Big enough (over 2 M characters) that the workers really start.
    const big = join(dir, "big.jsonl");
    writeFileSync(big, jsonl(300, (i) => `Ngày ${1 + (i % 28)}/3/2024, ông Nguyễn Văn An làm việc với Bộ Y tế. `.repeat(150)));
    for (const file of [small, big]) {
      const one = cli(["extract", "--format", "jsonl", file]);
      const two = cli(["extract", "--format", "jsonl", "--jobs", "2", file]);
      expect(two.stderr).toBe("");
      expect(two.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
  }, 120_000);

  it("1: --jobs applies to text files too", () => {
    const files = [1, 2, 3].map((i) => {
      const f = join(dir, `t${i}.txt`);
      writeFileSync(f, `${SENTENCE} Văn bản ${i}.`);
      return f;
    });
    const one = cli(["extract", ...files]);
    const two = cli(["extract", "--jobs", "2", ...files]);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it("2: --output refuses a device, a folder and a symlink, and leaves them as they were", () => {
    const input = join(dir, "in.txt");
    writeFileSync(input, SENTENCE);
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me");
    const link = join(dir, "link.json");
    symlinkSync(victim, link);
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    for (const target of ["/dev/null", link, folder]) {
      const r = cli(["extract", "--output", target, input]);
      expect(r.status, target).toBe(2);
      expect(oneLineError(r.stderr), r.stderr).toBe(true);
    }
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(noTemp(dir)).toEqual([]);
  });

  it("2: --output keeps an existing file's mode and writes through a fresh temporary file", () => {
    const input = join(dir, "in2.txt");
    writeFileSync(input, SENTENCE);
    const out = join(dir, "private.json");
    writeFileSync(out, "old");
    chmodSync(out, 0o600);
    const r = cli(["extract", "--output", out, input]);
    expect(r.status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].document).toBe("in2.txt");
    expect(noTemp(dir)).toEqual([]);
  });

  it("4: a reader that closes early ends the run quietly; a full disk is one line and exit 2", () => {
    const big = join(dir, "many.jsonl");
    writeFileSync(big, jsonl(3000));
    const head = shell(`$CLI extract --format jsonl ${big} | head -c 200 > /dev/null; echo "exit \${PIPESTATUS[0]}"`);
    expect(head.stderr).toBe("");
    expect(head.stdout.trim()).toBe("exit 0");
    if (existsSync("/dev/full")) {
      const full = shell(`$CLI extract --format jsonl ${big} > /dev/full`);
      expect(full.status).toBe(2);
      expect(oneLineError(full.stderr), full.stderr).toBe(true);
    }
  }, 60_000);

  it("4, 13: a line over the input limit is reported and skipped without being buffered; the rest is processed", () => {
    const file = join(dir, "long-line.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "a", text: SENTENCE })}\n${JSON.stringify({ id: "huge", text: "x".repeat(100_000) })}\n${JSON.stringify({ id: "b", text: SENTENCE })}\n`);
    const r = cli(["extract", "--format", "jsonl", "--max-length", "1000", file]);
    expect(r.status).toBe(2);
    expect(ids(r.stdout)).toEqual(["a", "b"]);
    expect(r.stderr).toMatch(/^vietner: .*long-line\.jsonl:2: .*--max-length/u);
  });

  it("5: one unreadable file among several: the others are processed and the JSON array is closed", () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, SENTENCE);
    const r = cli(["extract", good, join(dir, "missing.txt"), good]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).map((d: { document: string }) => d.document)).toEqual(["good.txt", "good.txt"]);
    expect(r.stderr).toMatch(/^vietner: .*missing\.txt: cannot read \(ENOENT\)\n$/u);
  });

  it("5: a bad line keeps every other line, also with --output; --skip-bad-lines counts them and exits 0", () => {
    const lines = jsonl(50).split("\n");
    lines[30] = "{not json";
    const file = join(dir, "one-bad.jsonl");
    writeFileSync(file, lines.join("\n"));
    const out = join(dir, "one-bad.out.jsonl");
    const r = cli(["extract", "--format", "jsonl", "--output", out, file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/one-bad\.jsonl:31: not valid JSON/u);
    expect(ids(readFileSync(out, "utf8"))).toHaveLength(49);
    const skip = cli(["extract", "--format", "jsonl", "--skip-bad-lines", file]);
    expect(skip.status).toBe(0);
    expect(ids(skip.stdout)).toHaveLength(49);
    expect(skip.stderr).toBe("vietner: skipped 1 bad line (--skip-bad-lines)\n");
  });

  it("6: --reference-date must be a real date, and says so in CLI terms", () => {
    const input = join(dir, "ref.txt");
    writeFileSync(input, "Ngày 5/6, UBND tỉnh họp.");
    const r = cli(["extract", "--reference-date", "2024-02-31", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vietner: --reference-date must be a real date/u);
    const ok = cli(["extract", "--reference-date", "0999", input]);
    expect(JSON.parse(ok.stdout)[0].entities.find((e: { type: string }) => e.type === "DATE").value).toBe("0999-06-05");
  });

  it("10: duplicate ids, stdin twice, repeated options, a BOM and a bare CR inside a line", () => {
    const dup = join(dir, "dup.jsonl");
    writeFileSync(dup, `${JSON.stringify({ id: "2", text: SENTENCE })}\n${JSON.stringify({ text: SENTENCE })}\n`);
    const r = cli(["extract", "--format", "jsonl", dup]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dup\.jsonl:2: id "2" is already used by line 1/u);
    expect(cli(["extract", "-", "-"], { input: SENTENCE }).stderr).toMatch(/standard input .* only once/u);
    expect(cli(["extract", "--format", "json", "--format", "text", dup]).stderr).toMatch(/--format given more than once/u);
    const bom = join(dir, "bom.jsonl");
    writeFileSync(bom, `\uFEFF${JSON.stringify({ id: "x", text: SENTENCE })}\r\n{"id": "y",\r"text": ${JSON.stringify(SENTENCE)}}\n`);
    const b = cli(["extract", "--format", "jsonl", bom]);
    expect(b.stderr).toBe("");
    expect(ids(b.stdout)).toEqual(["x", "y"]);
  });

  it("11: --format text shows control characters escaped, never raw", () => {
    const file = join(dir, "ansi.jsonl");
    writeFileSync(file, JSON.stringify({ id: "\u001b[31mred", text: `Ông Nguyễn Văn\u001b[2J An làm việc với Bộ Y tế.` }) + "\n");
    const r = cli(["extract", "--format", "text", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("\\u{1b}[31mred");
  });

  it("12: an unwritable output folder fails before any input is read; SIGTERM leaves no temporary file", async () => {
    const early = cli(["extract", "--output", join(dir, "no-such-folder", "out.json"), "-"]);
    expect(early.status).toBe(2);
    expect(early.stderr).toMatch(/cannot write in its folder \(ENOENT\)/u);
    const out = join(dir, "interrupted.json");
    const child = spawn(process.execPath, [CLI, "extract", "--format", "jsonl", "--output", out, "-"], { stdio: ["pipe", "ignore", "pipe"] });
    child.stdin.write(jsonl(5));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(noTemp(dir).length).toBe(1);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    expect(code).toBe(143);
    expect(noTemp(dir)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it("13: a file far over the input limit is refused from its size, unread, naming the file", () => {
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 4 * 1024 ** 3); // sparse: no disk used
    const r = cli(["extract", huge]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vietner: .*huge\.txt: 4,294,967,296 bytes, over the input limit of 10,000,000 characters \(--max-length\)\n$/u);
  });

  it("14: long names are cut in messages; option values are range-checked", () => {
    const longName = "d".repeat(10_000) + ".json";
    const r = cli(["extract", "--dict", longName, join(dir, "ref.txt")]);
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(300);
    expect(cli(["extract", "--jobs", "1e9", join(dir, "ref.txt")]).status).toBe(2);
  });
});
