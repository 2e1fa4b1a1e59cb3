import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, SENTENCE, cli, oneLineError, tempDir } from "./helpers.js";

/** render, the exchange formats and eval on other tools' gold, through the built CLI. */
const dir = tempDir();
const article = join(dir, "bai.txt");
writeFileSync(article, `${SENTENCE} <script>alert("x")</script>`);

describe.skipIf(!existsSync(CLI))("vietner render / formats / eval --gold FILE (built CLI)", () => {
  it("render writes one escaped self-contained page, to --output or standard output", () => {
    const out = join(dir, "page.html");
    expect(cli(["render", "--output", out, article]).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toMatch(/<script/u);
    expect(html).toMatch(/<mark class="ent ent-PERSON"[^>]*>Trần Hồng Hà/u);
    expect(cli(["render", article]).stdout).toBe(html);
    const missing = cli(["render", "--output", join(dir, "p2.html"), article, join(dir, "nope.txt")]);
    expect(missing.status).toBe(2);
    expect(oneLineError(missing.stderr)).toBe(true);
    expect(readFileSync(join(dir, "p2.html"), "utf8")).toContain("Not shown:");
  });

  it("extract --format conll, doccano and label-studio write what those tools read", () => {
    const conll = cli(["extract", "--format", "conll", article]).stdout;
    expect(conll).toMatch(/^-DOCSTART- -X- -X- O\n\n/u);
    expect(conll).toContain("Trần\tB-PERSON\nHồng\tI-PERSON\nHà\tI-PERSON");
    const inner = cli(["extract", "--format", "conll", "--nesting", "inner", article]).stdout;
    expect(inner).toContain("UBND\tO\ntỉnh\tO\nQuảng\tB-LOCATION");
    const doccano = JSON.parse(cli(["extract", "--format", "doccano", article]).stdout);
    expect(doccano).toMatchObject({ id: "bai.txt", text: readFileSync(article, "utf8") });
    expect(doccano.label).toContainEqual([expect.any(Number), expect.any(Number), "PERSON"]);
    const studio = JSON.parse(cli(["extract", "--format", "label-studio", article, article]).stdout);
    expect(studio).toHaveLength(2);
    expect(studio[0].predictions[0].result[0]).toMatchObject({ from_name: "label", to_name: "text", type: "labels" });
    expect(cli(["extract", "--format", "json", "--nesting", "inner", article]).stderr).toMatch(/--nesting applies to --format conll only/u);
  });

  it("eval scores a CoNLL file from another tool, mapping its labels, and writes an HTML report", () => {
    const report = join(dir, "report.html");
    const r = cli(["eval", "--gold", join(ROOT, "docs/examples/other-tool.conll"), "--map", "TIME=DATE", "--report", report]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/micro\s+100\.0\s+100\.0\s+100\.0/u);
    expect(r.stdout).toContain("HOLDS not scored");
    const html = readFileSync(report, "utf8");
    expect(html).toContain("<h3>gold</h3>");
    expect(html).not.toMatch(/<script/u);
  });

  it("eval reads doccano and Label Studio files that vietner itself wrote", () => {
    const doccano = join(dir, "gold.jsonl");
    writeFileSync(doccano, cli(["extract", "--format", "doccano", article]).stdout);
    expect(cli(["eval", "--gold", doccano]).stdout).toMatch(/micro\s+100\.0\s+100\.0\s+100\.0/u);
    const studio = join(dir, "tasks.json");
    writeFileSync(studio, cli(["extract", "--format", "label-studio", article]).stdout);
    expect(cli(["eval", "--gold", studio]).stdout).toMatch(/micro\s+100\.0\s+100\.0\s+100\.0/u);
  });

  it("bad files in any format: exit 2, one line naming the file, the line and the problem, no half-written report", () => {
    const badConll = join(dir, "bad.conll");
    writeFileSync(badConll, "Bộ\tB-ORG\nY_tế\tQ-ORG\n");
    const badDoccano = join(dir, "bad.jsonl");
    writeFileSync(badDoccano, `{"text": "abc", "label": [[0, 2, "ORG"]]}\n{"text": "x", "label": [[5, 9, "ORG"]]}\n`);
    const badStudio = join(dir, "bad.json");
    writeFileSync(badStudio, JSON.stringify([{ data: {} }]));
    const report = join(dir, "never.html");
    for (const [file, message] of [[badConll, /bad\.conll:2: tag "Q-ORG"/u], [badDoccano, /bad\.jsonl:2: label 0/u], [badStudio, /bad\.json: task 0: needs "data"/u]] as const) {
      const r = cli(["eval", "--gold", file, "--report", report]);
      expect(r.status, file).toBe(2);
      expect(oneLineError(r.stderr), r.stderr).toBe(true);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(cli(["eval", "--gold", badConll, "--map", "ORG"]).stderr).toMatch(/--map/u);
  });
});
