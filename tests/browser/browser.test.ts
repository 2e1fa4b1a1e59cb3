/// <reference lib="dom" />
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * The HTML view and the error report in a real browser: headless Chromium from Debian (installed
 * by .ci/run), driven by playwright-core. Every entity must be a visible element with its type, and
 * no console error may occur. UPDATE_SCREENSHOT=1 writes docs/screenshot.png (the README's picture).
 */
const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SEEDS = join(ROOT, "seeds");
const out = tempDir("browser");

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function check(file: string, expectedTypes: string[]): Promise<{ errors: string[]; marks: number }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  const marks = page.locator("mark.ent");
  const count = await marks.count();
  const types = await marks.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.type ?? ""));
  const hidden = await marks.evaluateAll((els) => els.filter((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width === 0 || box.height === 0 || style.visibility === "hidden" || style.display === "none";
  }).length);
  expect(types).toEqual(expectedTypes);
  expect(hidden).toBe(0);
  if (process.env.UPDATE_SCREENSHOT === "1" && file.endsWith("seed-001.html")) await page.screenshot({ path: join(ROOT, "docs/screenshot.png"), clip: { x: 0, y: 0, width: 1100, height: 900 } });
  await page.screenshot({ path: `${file}.png` });
  await page.close();
  return { errors, marks: count };
}

describe.skipIf(!existsSync(CLI))("HTML view and report in headless Chromium", () => {
  it("shows every entity of every seed as a visible element of its type, without console errors", async () => {
    const { extract, render } = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
    for (const [k, name] of files.entries()) {
      const text = readFileSync(join(SEEDS, name), "utf8");
      const result = extract(text);
      const file = join(out, `seed-00${k}.html`);
      writeFileSync(file, render(text, result, { title: name }));
      // Document order of elements: by start, containers before what they contain.
      const expected = [...result.entities].sort((a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end).map((e: { type: string }) => e.type);
      const { errors, marks } = await check(file, expected);
      expect(errors, name).toEqual([]);
      expect(marks, name).toBe(result.entities.length);
      expect(existsSync(`${file}.png`)).toBe(true);
    }
  }, 120_000);

  it("runs the browser build (dist/browser.js) on every seed and gets exactly the Node output", async () => {
    const { extract } = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
    const texts = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    // Served from a made-up origin by the test itself: no server, no network.
    await page.route("http://vietner.test/**", (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === "/browser.js") return route.fulfill({ body: readFileSync(join(ROOT, "dist/browser.js")), contentType: "text/javascript; charset=utf-8" });
      return route.fulfill({ body: '<!DOCTYPE html><meta charset="utf-8"><script type="module">import * as v from "/browser.js"; window.vietner = v; window.ready = true;</script>', contentType: "text/html; charset=utf-8" });
    });
    await page.goto("http://vietner.test/");
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const inBrowser = await page.evaluate((all) => all.map((t) => (window as unknown as { vietner: { extract(t: string): unknown } }).vietner.extract(t)), texts);
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(texts.map((t) => JSON.parse(JSON.stringify(extract(t)))));
    await page.close();
  }, 120_000);

  it("opens an evaluation report with gold and predictions side by side", async () => {
    const report = join(out, "report.html");
    execFileSync(process.execPath, [CLI, "eval", "--gold", SEEDS, "--report", report], { cwd: ROOT });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(pathToFileURL(report).href);
    expect(await page.locator("table.scores").isVisible()).toBe(true);
    expect(await page.locator("section.document").count()).toBe(5);
    expect(await page.locator(".pair .doc").count()).toBe(10);
    expect(await page.locator("mark.ent").first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
