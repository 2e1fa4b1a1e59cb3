/**
 * Label Studio's JSON: an array of tasks `{data: {text}, predictions | annotations: [{result: […]}]}`,
 * each result `{type: "labels", value: {start, end, text, labels: ["TYPE"]}}`. vietner writes its
 * entities as predictions (pre-annotations to correct in Label Studio) and reads the first
 * annotation of an export (or its predictions, when a task has no annotation). Offsets are
 * JavaScript string indices on both sides.
 */
import { VietnerError } from "../errors.js";
import type { EntityType } from "../types.js";
import type { ImportedDocument, SpanLike } from "./conll.js";

export interface LabelStudioTask {
  data: { text: string; id?: string };
  predictions: Array<{ model_version: string; result: Array<Record<string, unknown>> }>;
}

export function toLabelStudioTask(id: string, text: string, entities: ReadonlyArray<SpanLike & { text: string }>, modelVersion: string): LabelStudioTask {
  return {
    data: { text, id },
    predictions: [{
      model_version: modelVersion,
      result: entities.map((e, k) => ({
        id: `e${k}`,
        from_name: "label",
        to_name: "text",
        type: "labels",
        value: { start: e.start, end: e.end, text: e.text, labels: [e.type] },
      })),
    }],
  };
}

export function parseLabelStudio(raw: string, file: string, map: ReadonlyMap<string, EntityType>): ImportedDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new VietnerError("INVALID_GOLD", `${file}: not valid JSON`, { file });
  }
  if (!Array.isArray(data)) throw new VietnerError("INVALID_GOLD", `${file}: a Label Studio export is a JSON array of tasks`, { file });
  return data.map((task, n) => {
    const fail = (problem: string): never => {
      throw new VietnerError("INVALID_GOLD", `${file}: task ${n}: ${problem}`, { file, task: n });
    };
    const t = task as { id?: unknown; data?: { text?: unknown }; annotations?: unknown; predictions?: unknown };
    if (typeof t !== "object" || t === null || typeof t.data?.text !== "string") fail('needs "data": {"text": …}');
    const text = t.data!.text as string;
    const sets = [t.annotations, t.predictions].find((x) => Array.isArray(x) && x.length > 0) as Array<{ result?: unknown }> | undefined;
    const results = sets?.[0]?.result ?? [];
    if (!Array.isArray(results)) fail('"result" must be an array');
    const entities: ImportedDocument["entities"] = [];
    for (const [k, r] of (results as unknown[]).entries()) {
      const value = (r as { value?: { start?: unknown; end?: unknown; labels?: unknown } })?.value;
      if (!value || value.labels === undefined) continue; // not a labels result (a choice, a relation)
      if (!Number.isInteger(value.start) || !Number.isInteger(value.end) || !Array.isArray(value.labels)) fail(`result ${k} needs start, end and labels`);
      const start = value.start as number;
      const end = value.end as number;
      if (start < 0 || end > text.length || start >= end) fail(`result ${k} [${start}, ${end}] is not a span of the text`);
      for (const label of value.labels as unknown[]) {
        const type = typeof label === "string" ? map.get(label) : undefined;
        if (type) entities.push({ type, start, end, text: text.slice(start, end) });
      }
    }
    return { name: `${file}#${t.id !== undefined ? String(t.id).slice(0, 60) : n + 1}`, text, entities, hasRelations: false as const };
  });
}
