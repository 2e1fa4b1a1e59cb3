import { VietnerError } from "../errors.js";
import { firstAtOrAfter } from "../sorted-search.js";
import { ENTITY_TYPES, type EntityType } from "../types.js";
import type { ErrorItem, EvalReport, GoldDocument, PredictionDocument, Prf, ScoredEntity, ScoredRelation } from "./types.js";

/**
 * The scorer of the annotation guideline ("Scoring"):
 * - entities per type and micro-averaged, strict (same type, start and end) and relaxed (same type,
 *   overlapping spans, each entity used at most once — a maximum bipartite matching per type and
 *   document, so the figure is the best possible pairing and does not depend on order);
 * - DATE value accuracy over strictly matched DATEs;
 * - HOLDS over per-document sets of (person, position) pairs compared after NFC, lower-casing and
 *   collapsing white space.
 * When a type has neither gold nor predicted entities, its P, R and F1 are 1 (nothing to find,
 * nothing wrong).
 */
export function evaluate(gold: readonly GoldDocument[], predictions: readonly PredictionDocument[], options: { texts?: ReadonlyMap<string, string> } = {}): EvalReport {
  checkDocuments(gold, "gold", "INVALID_GOLD");
  checkDocuments(predictions, "predictions", "INVALID_PREDICTIONS");
  if (typeof options !== "object" || options === null || (options.texts !== undefined && !(options.texts instanceof Map))) {
    throw new VietnerError("INVALID_OPTIONS", "evaluate: options.texts must be a Map of document name to text");
  }
  const byDocument = new Map<string, PredictionDocument>();
  for (const p of predictions) {
    if (byDocument.has(p.document)) throw new VietnerError("INVALID_PREDICTIONS", `predictions: document "${p.document}" appears twice`);
    byDocument.set(p.document, p);
  }
  const goldNames = new Set(gold.map((g) => g.document));
  for (const name of byDocument.keys()) {
    if (!goldNames.has(name)) throw new VietnerError("INVALID_PREDICTIONS", `predictions: document "${name}" has no gold file`);
  }

  const counts = (): Record<EntityType, { tp: number; predicted: number; gold: number }> =>
    Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }])) as Record<EntityType, { tp: number; predicted: number; gold: number }>;
  const strict = counts();
  const relaxed = counts();
  let dateCorrect = 0;
  let dateMatched = 0;
  const holds = { tp: 0, predicted: 0, gold: 0 };
  const errors: ErrorItem[] = [];

  for (const g of gold) {
    const p = byDocument.get(g.document) ?? { document: g.document, entities: [], relations: [] };
    const text = options.texts?.get(g.document);
    for (const type of ENTITY_TYPES) {
      const goldOfType = g.entities.filter((e) => e.type === type);
      const predOfType = (p.entities ?? []).filter((e) => e.type === type);
      for (const c of [strict, relaxed]) {
        c[type].gold += goldOfType.length;
        c[type].predicted += predOfType.length;
      }
      // Strict: exact spans (each used once).
      const predByKey = new Map<string, ScoredEntity[]>();
      for (const e of predOfType) {
        const key = `${e.start}:${e.end}`;
        const list = predByKey.get(key) ?? [];
        list.push(e);
        predByKey.set(key, list);
      }
      const matchedPred = new Set<ScoredEntity>();
      for (const e of goldOfType) {
        const candidates = predByKey.get(`${e.start}:${e.end}`);
        const match = candidates?.find((c) => !matchedPred.has(c));
        if (match) {
          matchedPred.add(match);
          strict[type].tp++;
          if (type === "DATE" && e.value !== undefined) {
            dateMatched++;
            if (match.value === e.value) dateCorrect++;
          }
        } else {
          errors.push(errorItem(g.document, "false-negative", e, text));
        }
      }
      for (const e of predOfType) if (!matchedPred.has(e)) errors.push(errorItem(g.document, "false-positive", e, text));
      relaxed[type].tp += maximumOverlapMatching(goldOfType, predOfType);
    }
    const goldPairs = pairSet(g.relations ?? []);
    const predPairs = pairSet(p.relations ?? []);
    holds.gold += goldPairs.size;
    holds.predicted += predPairs.size;
    for (const pair of predPairs) if (goldPairs.has(pair)) holds.tp++;
  }

  const summarise = (c: Record<EntityType, { tp: number; predicted: number; gold: number }>) => {
    const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(c[t].tp, c[t].predicted, c[t].gold)])) as Record<EntityType, Prf>;
    const total = ENTITY_TYPES.reduce((acc, t) => ({ tp: acc.tp + c[t].tp, predicted: acc.predicted + c[t].predicted, gold: acc.gold + c[t].gold }), { tp: 0, predicted: 0, gold: 0 });
    return { perType, micro: prf(total.tp, total.predicted, total.gold) };
  };
  errors.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  return {
    documents: gold.length,
    strict: summarise(strict),
    relaxed: summarise(relaxed),
    dateValueAccuracy: { accuracy: dateMatched === 0 ? null : dateCorrect / dateMatched, correct: dateCorrect, matched: dateMatched },
    holds: prf(holds.tp, holds.predicted, holds.gold),
    errors,
  };
}

/**
 * The shape evaluate() relies on, checked up front so a malformed argument is a VietnerError that
 * names the item, never a TypeError from deep inside the scorer.
 */
function checkDocuments(docs: unknown, what: "gold" | "predictions", code: "INVALID_GOLD" | "INVALID_PREDICTIONS"): void {
  const fail = (problem: string): never => {
    throw new VietnerError(code, `${what}: ${problem}`);
  };
  if (!Array.isArray(docs)) fail("must be an array of documents");
  (docs as unknown[]).forEach((doc, i) => {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) fail(`item ${i} is not an object`);
    const d = doc as Record<string, unknown>;
    if (typeof d.document !== "string") fail(`item ${i} needs a string "document"`);
    if (!Array.isArray(d.entities)) fail(`item ${i} needs an "entities" array`);
    (d.entities as unknown[]).forEach((e, j) => {
      const entity = e as Record<string, unknown> | null;
      if (typeof entity !== "object" || entity === null) fail(`item ${i} entity ${j} is not an object`);
      if (typeof entity!.type !== "string") fail(`item ${i} entity ${j}: "type" must be a string`);
      if (!Number.isInteger(entity!.start) || !Number.isInteger(entity!.end)) fail(`item ${i} entity ${j}: "start" and "end" must be integers`);
      if (entity!.value !== undefined && typeof entity!.value !== "string") fail(`item ${i} entity ${j}: "value" must be a string`);
    });
    if (d.relations !== undefined && !Array.isArray(d.relations)) fail(`item ${i}: "relations" must be an array`);
    ((d.relations as unknown[] | undefined) ?? []).forEach((r, j) => {
      const relation = r as Record<string, unknown> | null;
      if (typeof relation !== "object" || relation === null || typeof relation.person !== "string" || typeof relation.position !== "string") {
        fail(`item ${i} relation ${j} needs string "person" and "position"`);
      }
    });
  });
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  if (predicted === 0 && gold === 0) return { precision: 1, recall: 1, f1: 1, tp, predicted, gold };
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

/** Relations compare after NFC, lower-casing and collapsing white space (guideline). */
export function relationText(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

export function relationKey(r: ScoredRelation): string {
  return `${relationText(r.person)}\u0000${relationText(r.position)}`;
}

function pairSet(relations: readonly ScoredRelation[]): Set<string> {
  return new Set(relations.filter((r) => r.type === undefined || r.type === "HOLDS").map(relationKey));
}

/**
 * Size of a maximum matching between gold and predicted spans that overlap (Kuhn's augmenting
 * paths, searched with an explicit stack so a long chain of overlaps cannot overflow the call
 * stack). Candidates come from a window over the predictions sorted by start, so building the
 * adjacency is O(n log n + overlaps), not quadratic.
 */
export function maximumOverlapMatching(gold: readonly ScoredEntity[], predicted: readonly ScoredEntity[]): number {
  const sortedPred = [...predicted].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const p of sortedPred) longest = Math.max(longest, p.end - p.start);
  const adjacency = gold.map((g) => {
    const list: number[] = [];
    // A prediction that overlaps g starts after g.start − longest and before g.end.
    for (let k = firstAtOrAfter(sortedPred, g.start - longest); k < sortedPred.length && sortedPred[k]!.start < g.end; k++) {
      if (sortedPred[k]!.end > g.start) list.push(k);
    }
    return list;
  });
  const owner = new Int32Array(sortedPred.length).fill(-1);
  const seen = new Int32Array(sortedPred.length).fill(-1);
  let matched = 0;
  for (let root = 0; root < gold.length; root++) {
    // Depth-first search for an augmenting path from `root`; stack frames are (gold, next edge index).
    const stackGold: number[] = [root];
    const stackEdge: number[] = [0];
    const via: number[] = [];
    let found = false;
    while (stackGold.length > 0 && !found) {
      const depth = stackGold.length - 1;
      const g = stackGold[depth]!;
      const edges = adjacency[g]!;
      const e = stackEdge[depth]!;
      if (e >= edges.length) {
        stackGold.pop();
        stackEdge.pop();
        via.pop();
        continue;
      }
      stackEdge[depth] = e + 1;
      const k = edges[e]!;
      if (seen[k] === root) continue;
      seen[k] = root;
      via[depth] = k;
      if (owner[k] === -1) {
        found = true;
        // Flip the path: each gold on the stack takes the prediction it reached.
        for (let d = 0; d <= depth; d++) owner[via[d]!] = stackGold[d]!;
      } else {
        stackGold.push(owner[k]!);
        stackEdge.push(0);
      }
    }
    if (found) matched++;
  }
  return matched;
}

const CONTEXT = 30;

function errorItem(document: string, kind: ErrorItem["kind"], e: ScoredEntity, text: string | undefined): ErrorItem {
  let context = e.text;
  if (text !== undefined) {
    const before = text.slice(Math.max(0, e.start - CONTEXT), e.start).replace(/\s+/gu, " ");
    const after = text.slice(e.end, e.end + CONTEXT).replace(/\s+/gu, " ");
    context = `…${before}[${text.slice(e.start, e.end)}]${after}…`;
  }
  const item: ErrorItem = { document, kind, type: e.type, start: e.start, end: e.end, text: e.text, context };
  return item;
}
