import { extract } from "../../src/extractor.js";
import type { Entity, EntityType, ExtractResult } from "../../src/types.js";

/** Entity texts of one type, in order. */
export function texts(text: string, type: EntityType, result: ExtractResult = extract(text)): string[] {
  return result.entities.filter((e) => e.type === type).map((e) => e.text);
}

export function find(result: ExtractResult, type: EntityType, text: string): Entity | undefined {
  return result.entities.find((e) => e.type === type && e.text === text);
}

export function holds(text: string): string[] {
  return extract(text).relations.map((r) => `${r.person} | ${r.position}`);
}
