import type { EntityType } from "../types.js";

/** One annotated entity of a gold or prediction file. */
export interface ScoredEntity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  value?: string;
}

export interface ScoredRelation {
  type: "HOLDS";
  person: string;
  position: string;
}

/** A gold file (`<document>.gold.json`), in the format of docs/annotation.md. */
export interface GoldDocument {
  document: string;
  documentDate?: string | null;
  entities: ScoredEntity[];
  relations: ScoredRelation[];
}

/** A prediction for one document, made by vietner or by any other tool. */
export interface PredictionDocument {
  document: string;
  documentDate?: string | null;
  entities: ScoredEntity[];
  relations?: ScoredRelation[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Matched, predicted and gold counts behind the three figures. */
  tp: number;
  predicted: number;
  gold: number;
}

export interface ErrorItem {
  document: string;
  kind: "false-positive" | "false-negative";
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** A few words around the span, the span in [brackets]. */
  context: string;
}

export interface EvalReport {
  documents: number;
  strict: { perType: Record<EntityType, Prf>; micro: Prf };
  relaxed: { perType: Record<EntityType, Prf>; micro: Prf };
  /** Share of strictly matched DATEs whose value is equal; null when no DATE matched. */
  dateValueAccuracy: { accuracy: number | null; correct: number; matched: number };
  holds: Prf;
  errors: ErrorItem[];
}
