import { ENTITY_TYPES } from "../types.js";
import type { EvalReport, Prf } from "./types.js";

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
const row = (label: string, s: Prf, r: Prf): string =>
  `${label.padEnd(13)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}   ${String(s.gold).padStart(5)}${String(s.predicted).padStart(6)}`;

/** The evaluation as a readable table, then the errors with their context. */
export function formatReport(report: EvalReport, options: { maxErrors?: number } = {}): string {
  const lines: string[] = [];
  lines.push(`Documents: ${report.documents}`);
  lines.push("");
  lines.push(`${"".padEnd(13)}${"strict".padStart(18)}${"relaxed".padStart(21)}`);
  lines.push(`${"type".padEnd(13)}${"P".padStart(6)}${"R".padStart(6)}${"F1".padStart(6)}   ${"P".padStart(6)}${"R".padStart(6)}${"F1".padStart(6)}   ${"gold".padStart(5)}${"pred".padStart(6)}`);
  for (const type of ENTITY_TYPES) lines.push(row(type, report.strict.perType[type], report.relaxed.perType[type]));
  lines.push(row("micro", report.strict.micro, report.relaxed.micro));
  lines.push("");
  const d = report.dateValueAccuracy;
  lines.push(`DATE value accuracy: ${d.accuracy === null ? "n/a" : pct(d.accuracy).trim() + "%"} (${d.correct}/${d.matched} strictly matched DATEs)`);
  const h = report.holds;
  lines.push(`HOLDS: P ${pct(h.precision).trim()}  R ${pct(h.recall).trim()}  F1 ${pct(h.f1).trim()}  (gold ${h.gold}, predicted ${h.predicted}, correct ${h.tp})`);
  const max = options.maxErrors ?? 40;
  if (report.errors.length > 0 && max > 0) {
    lines.push("");
    lines.push(`Errors (strict), ${report.errors.length} in all${report.errors.length > max ? `, first ${max}` : ""}:`);
    for (const e of report.errors.slice(0, max)) {
      lines.push(`  ${e.kind === "false-positive" ? "FP" : "FN"} ${e.type.padEnd(12)} ${e.document}:${e.start}  ${e.context}`);
    }
  }
  return lines.join("\n");
}
