/**
 * `vietner eval --report report.html`: the score tables, then per document the gold and the
 * predicted entities side by side — misses (in gold only) outlined, false alarms (predicted only)
 * dashed, boundary mismatches (right type, overlapping, wrong span) dotted — and the HOLDS pairs
 * that differ. Self-contained and escaped like the entity view.
 */
import { escapeHtml, markUp, page } from "../output/html.js";
import { ENTITY_TYPES } from "../types.js";
import { relationKey } from "./score.js";
import type { EvalReport, GoldDocument, PredictionDocument, Prf, ScoredEntity } from "./types.js";

const pct = (x: number | null): string => (x === null ? "–" : (100 * x).toFixed(1));

function scoreTable(report: EvalReport): string {
  const row = (label: string, s: Prf, r: Prf): string =>
    `<tr><th>${label}</th>${[s.precision, s.recall, s.f1, r.precision, r.recall, r.f1].map((x) => `<td class="num">${pct(x)}</td>`).join("")}<td class="num">${s.gold}</td><td class="num">${s.predicted}</td></tr>`;
  const rows = ENTITY_TYPES.map((t) => row(t, report.strict.perType[t], report.relaxed.perType[t])).join("");
  const d = report.dateValueAccuracy;
  const h = report.holds;
  return `<table class="scores"><thead><tr><th></th><th colspan="3">strict</th><th colspan="3">relaxed</th><th></th><th></th></tr>
<tr><th>type</th><th>P</th><th>R</th><th>F1</th><th>P</th><th>R</th><th>F1</th><th>gold</th><th>pred</th></tr></thead>
<tbody>${rows}${row("micro", report.strict.micro, report.relaxed.micro)}</tbody></table>
<p>DATE value accuracy: ${pct(d.accuracy)}% (${d.correct}/${d.matched} strictly matched DATEs) · HOLDS: P ${pct(h.precision)} R ${pct(h.recall)} F1 ${pct(h.f1)} (gold ${h.gold}, predicted ${h.predicted}, correct ${h.tp})</p>`;
}

type Kind = "match" | "miss" | "false" | "boundary";

/** Classifies each entity: exact match, boundary mismatch (same type, overlapping), or missing from the other side. */
function classify(mine: readonly ScoredEntity[], theirs: readonly ScoredEntity[], missing: Kind): Kind[] {
  const exact = new Set(theirs.map((e) => `${e.type}:${e.start}:${e.end}`));
  return mine.map((e) => {
    if (exact.has(`${e.type}:${e.start}:${e.end}`)) return "match";
    return theirs.some((o) => o.type === e.type && o.start < e.end && e.start < o.end) ? "boundary" : missing;
  });
}

export function htmlReport(report: EvalReport, gold: readonly GoldDocument[], predictions: readonly PredictionDocument[], texts: ReadonlyMap<string, string>, options: { title?: string; holdsScored?: boolean } = {}): string {
  const byName = new Map(predictions.map((p) => [p.document, p]));
  const sections: string[] = [`<h2>Scores</h2>${scoreTable(report)}`];
  if (options.holdsScored === false) sections.push(`<p class="note">The gold format has no relations: HOLDS are not scored.</p>`);
  sections.push(`<p class="note">Outlined: in gold only (missed). Dashed: predicted only (false alarm). Dotted: right type, wrong boundary.</p>`);
  for (const g of gold) {
    const text = texts.get(g.document) ?? "";
    const p = byName.get(g.document) ?? { document: g.document, entities: [], relations: [] };
    const goldKinds = classify(g.entities, p.entities, "miss");
    const predKinds = classify(p.entities, g.entities, "false");
    const errors = goldKinds.filter((k) => k !== "match").length + predKinds.filter((k) => k !== "match").length;
    const goldHtml = markUp(text, g.entities, (i) => (goldKinds[i] === "match" ? undefined : goldKinds[i])).html;
    const predHtml = markUp(text, p.entities, (i) => (predKinds[i] === "match" ? undefined : predKinds[i])).html;
    const goldPairs = new Map((g.relations ?? []).map((r) => [relationKey(r), r]));
    const predPairs = new Map((p.relations ?? []).map((r) => [relationKey(r), r]));
    const missing = [...goldPairs].filter(([k]) => !predPairs.has(k)).map(([, r]) => r);
    const extra = [...predPairs].filter(([k]) => !goldPairs.has(k)).map(([, r]) => r);
    const holds = options.holdsScored === false || (missing.length === 0 && extra.length === 0)
      ? ""
      : `<h3>HOLDS differences</h3><table><thead><tr><th></th><th>person</th><th>position</th></tr></thead><tbody>${[
          ...missing.map((r) => `<tr><td>missed</td><td>${escapeHtml(r.person)}</td><td>${escapeHtml(r.position)}</td></tr>`),
          ...extra.map((r) => `<tr><td>false alarm</td><td>${escapeHtml(r.person)}</td><td>${escapeHtml(r.position)}</td></tr>`),
        ].join("")}</tbody></table>`;
    sections.push(`<section class="document"><h2>${escapeHtml(g.document)}</h2><p class="meta">${errors} entity error${errors === 1 ? "" : "s"}</p>
<div class="pair"><div><h3>gold</h3><div class="doc">${goldHtml}</div></div><div><h3>predicted</h3><div class="doc">${predHtml}</div></div></div>${holds}</section>`);
  }
  return page(options.title ?? "vietner evaluation report", sections.join("\n"));
}
