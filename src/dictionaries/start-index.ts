import type { WordTagger } from "../tokenise/tokenise.js";

/**
 * Which tries may have a phrase starting with a given syllable, as a bit set: one bit per trie. Each
 * distinct word looks its syllable up once (the tokeniser keeps its tag, see `tagOf`), and every trie then rejects
 * most tokens with a bit test instead of a map lookup of its own. An index belongs to one owner — the grammar's word lists,
 * or one extractor's lexicon, which starts from a copy of the grammar's — so extractors share
 * nothing mutable and the tokeniser depends on no dictionary.
 */
export class StartIndex implements WordTagger {
  private readonly bitsByKey: Map<string, number>;
  private roles: number;
  /** The tokeniser keeps the tags it was given: an index that has given any must not change (its lexicon is complete by then). */
  private tagging = false;

  constructor(base?: StartIndex) {
    this.bitsByKey = new Map(base?.bitsByKey);
    this.roles = base?.roles ?? 0;
  }

  /** A bit for a new trie; 0 (no filter: always look) once 31 are taken. */
  newRole(): number {
    return this.roles < 31 ? 1 << this.roles++ : 0;
  }

  note(key: string, bit: number): void {
    this.checkNotTagging("note");
    if (bit !== 0) this.bitsByKey.set(key, (this.bitsByKey.get(key) ?? 0) | bit);
  }

  /** Its roles taken and its syllables with their bits: what a compiled lexicon stores (compiled.ts). */
  saved(): [roles: number, bits: Array<[string, number]>] {
    return [this.roles, [...this.bitsByKey]];
  }

  /**
   * Takes the syllables and bits `saved()` gave for an index that had handed out the same roles;
   * false (and nothing changed) when the roles differ.
   */
  adopt([roles, bits]: [number, Array<[string, number]>]): boolean {
    this.checkNotTagging("adopt");
    if (roles !== this.roles) return false;
    this.bitsByKey.clear();
    for (const [key, bit] of bits) this.bitsByKey.set(key, bit);
    return true;
  }

  /** The roles whose phrases may start with this lower-cased syllable. */
  bitsOf(lower: string): number {
    return this.bitsByKey.get(lower) ?? 0;
  }

  /** As tokenise()'s tagger: a word's tag is its start bits, looked up once per distinct word (the tokeniser keeps it). */
  tagOf(lower: string): number {
    this.tagging = true;
    return this.bitsOf(lower);
  }

  private checkNotTagging(what: string): void {
    if (this.tagging) throw new Error(`StartIndex.${what}: the index has tagged a text's words already`);
  }
}
