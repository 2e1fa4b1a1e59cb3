import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";
import { escapeHtml, markUp, render } from "../../src/output/html.js";

describe("render (HTML entity view)", () => {
  const text = 'Sáng 13/11/2024, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung làm việc với UBND tỉnh Hà Tĩnh. <script>alert("x")</script> & "ngoặc"';
  const result = extract(text);
  const html = render(text, result, { title: "Bài <b>1</b>" });

  it("is one self-contained page: inline style, no script, no external resource", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|src=|url\(/iu);
    expect(html).toContain("<title>Bài &lt;b&gt;1&lt;/b&gt;</title>");
  });
  it("escapes everything it shows, text and attributes", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;ngoặc&quot;");
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;");
  });
  it("draws every entity once, nested inside its container, with its type and hover text", () => {
    const marks = html.match(/<mark class="ent ent-[A-Z]+"/gu) ?? [];
    expect(marks).toHaveLength(result.entities.length);
    expect(html).toMatch(/<mark class="ent ent-POSITION" data-type="POSITION" title="POSITION">Thứ trưởng <mark class="ent ent-ORGANIZATION"[^>]*>Bộ Ngoại giao<span class="lbl">ORGANIZATION<\/span><\/mark><span class="lbl">POSITION<\/span><\/mark>/u);
    expect(html).toContain('title="DATE · 2024-11-13"');
    expect(html).toContain('title="LOCATION · Hà Tĩnh (province)"');
  });
  it("lists HOLDS pairs and people under the text, and a legend of the five types", () => {
    expect(html).toContain("<td>Lê Hoài Trung</td><td>Thứ trưởng Bộ Ngoại giao</td>");
    for (const type of ["PERSON", "POSITION", "ORGANIZATION", "LOCATION", "DATE"]) expect(html).toContain(`<li class="ent-${type}">${type}</li>`);
  });
  it("never draws out-of-bounds or crossing entities, and says how many it left out", () => {
    const { html: inner, skipped } = markUp("abcdef", [
      { type: "PERSON", start: 0, end: 3 },
      { type: "LOCATION", start: 2, end: 5 }, // crosses
      { type: "DATE", start: 4, end: 99 }, // out of bounds
    ]);
    expect(skipped).toBe(2);
    expect(inner).toBe('<mark class="ent ent-PERSON" data-type="PERSON" title="PERSON">abc<span class="lbl">PERSON</span></mark>def');
  });
  it("refuses what is not a text and a result", () => {
    expect(() => render(42 as unknown as string, result)).toThrow(/text must be a string/u);
    expect(() => render(text, {} as never)).toThrow(/entities array/u);
  });
});
