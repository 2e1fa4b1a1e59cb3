import { copyToken, firstTokenLower, tokenise, type Token } from "../tokenise/tokenise.js";
import type { StartIndex } from "./start-index.js";

/**
 * A trie over lower-cased tokens. A token written without a space before it gets a "\u0000"
 * prefix in the key, so "T.Ư" ≠ "T. Ư" and "TP.HCM" matches only as written.
 * Payloads remember the phrase's own tokens so that callers can check letter case.
 */
export interface PhraseMatch<T> {
  /** Index of the first token matched. */
  first: number;
  /** Index after the last token matched. */
  end: number;
  payloads: Array<PhrasePayload<T>>;
}

export interface PhrasePayload<T> {
  value: T;
  /** The phrase as written in the dictionary, tokenised. */
  tokens: Token[];
}

interface Node<T> {
  children: Map<string, Node<T>> | undefined;
  payloads: Array<PhrasePayload<T>> | undefined;
}

const NO_MATCHES: ReadonlyArray<PhraseMatch<never>> = Object.freeze([]);

function keyOf(token: Token, isFirst: boolean): string {
  return isFirst || token.spaceBefore ? token.lower : "\u0000" + token.lower;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { children: new Map(), payloads: undefined };
  /**
   * Phrases added but not yet tokenised, by first syllable. A branch of the trie is built the first
   * time a text has its first syllable, so start-up tokenises nothing and a text pays only for the
   * syllables it uses (most of the 14,000 place names never are).
   */
  private readonly pending = new Map<string, Array<[string, T]>>();
  private size = 0;
  /**
   * Phrases taken in a stored form (adoptFiled), by first syllable: each item becomes its phrase and value only when
   * its branch is built.
   */
  private adopted: Map<string, readonly unknown[]> | undefined;
  private phraseOf: ((item: unknown) => string) | undefined;
  private valueOf: ((item: unknown) => T) | undefined;
  /** Bit of this trie's role in each token's `startBits` (0: no filter). */
  private readonly bit: number;
  private readonly index: StartIndex | undefined;

  /** With an index, the trie files its first syllables there and lets tokens marked by it skip the lookup. */
  constructor(index?: StartIndex) {
    this.index = index;
    this.bit = index?.newRole() ?? 0;
  }

  get entryCount(): number {
    return this.size;
  }

  add(phrase: string, value: T): void {
    // Filed under its first token as the tokeniser reads it, without tokenising the whole phrase yet.
    const key = firstTokenLower(phrase);
    if (key === undefined) return;
    this.index?.note(key, this.bit);
    const list = this.pending.get(key);
    if (list) list.push([phrase, value]);
    else this.pending.set(key, [[phrase, value]]);
    this.size++;
  }

  /** The phrases filed and not yet built, by first syllable: what a compiled lexicon stores (compiled.ts). */
  filed(): Array<[string, Array<[string, T]>]> {
    if (this.root.children!.size > 0) throw new Error("PhraseTrie.filed: asked after a text was read");
    return [...this.pending];
  }

  /**
   * Takes phrases filed by first syllable in a stored form (a compiled lexicon's [phrase, entry number] pairs, the
   * compiled communes' entry numbers): `phraseOf` and `valueOf` turn an item into its phrase and value when its branch is
   * built, so a start converts nothing it does not use. Phrases added later file after them. The start index is the
   * caller's to restore. Only on an empty trie.
   */
  adoptFiled<S>(groups: ReadonlyArray<readonly [string, readonly S[]]>, count: number, phraseOf: (item: S) => string, valueOf: (item: S) => T): void {
    if (this.size > 0) throw new Error("PhraseTrie.adoptFiled: the trie has phrases already");
    this.adopted = new Map(groups);
    this.phraseOf = phraseOf as (item: unknown) => string;
    this.valueOf = valueOf as (item: unknown) => T;
    this.size = count;
  }

  /** The branch for a first syllable, built from its pending phrases on first use. */
  private branch(key: string): Node<T> | undefined {
    // Built branches first: after a few texts nearly every lookup is one map lookup.
    const built = this.root.children!.get(key);
    if (built !== undefined || (this.pending.size === 0 && this.adopted === undefined)) return built;
    const adopted = this.adopted?.get(key);
    const waiting = this.pending.get(key);
    if (adopted === undefined && waiting === undefined) return undefined;
    if (adopted !== undefined) {
      this.adopted!.delete(key);
      for (const item of adopted) this.insert(this.phraseOf!(item), this.valueOf!(item));
    }
    if (waiting !== undefined) {
      this.pending.delete(key);
      for (const [phrase, value] of waiting) this.insert(phrase, value);
    }
    return this.root.children!.get(key);
  }

  private insert(phrase: string, value: T): void {
    // Copies, in an array of their own: dictionary tokens live for the extractor's lifetime, and if tokenise()'s own
    // array and tokens were kept, V8 would learn from their allocation sites that tokens live long and pretenure every
    // token of every text into old space (measured again in session 11: 1.7× peak RSS, a fifth slower).
    const tokens = tokenise(phrase).map(copyToken);
    let node = this.root;
    tokens.forEach((token, i) => {
      const key = keyOf(token, i === 0);
      node.children ??= new Map();
      let next = node.children.get(key);
      if (!next) {
        next = { children: undefined, payloads: undefined };
        node.children.set(key, next);
      }
      node = next;
    });
    (node.payloads ??= []).push({ value, tokens });
  }

  /** Every phrase that starts at token `first`, longest first. */
  matchAll(tokens: readonly Token[], first: number, maxTokens = 16): Array<PhraseMatch<T>> {
    // Fast path: most tokens start no phrase at all; answer without allocating.
    const start = tokens[first];
    if (start === undefined || (this.bit !== 0 && (start.startBits & this.bit) === 0)) return NO_MATCHES as unknown as Array<PhraseMatch<T>>;
    let node = this.branch(start.lower);
    if (!node) return NO_MATCHES as unknown as Array<PhraseMatch<T>>;
    const found: Array<PhraseMatch<T>> = [];
    if (node.payloads) found.push({ first, end: first + 1, payloads: node.payloads });
    for (let i = first + 1; i < tokens.length && i - first < maxTokens; i++) {
      const token = tokens[i]!;
      if (token.lineBefore) break;
      node = node.children?.get(keyOf(token, false));
      if (!node) break;
      if (node.payloads) found.push({ first, end: i + 1, payloads: node.payloads });
    }
    return found.reverse();
  }

  /** The longest phrase that starts at token `first` (what most callers want), without building a list. */
  longest(tokens: readonly Token[], first: number, maxTokens = 16): PhraseMatch<T> | undefined {
    const start = tokens[first];
    if (start === undefined || (this.bit !== 0 && (start.startBits & this.bit) === 0)) return undefined;
    let node = this.branch(start.lower);
    if (!node) return undefined;
    let bestEnd = node.payloads ? first + 1 : -1;
    let bestPayloads = node.payloads;
    for (let i = first + 1; i < tokens.length && i - first < maxTokens; i++) {
      const token = tokens[i]!;
      if (token.lineBefore) break;
      node = node.children?.get(keyOf(token, false));
      if (!node) break;
      if (node.payloads) {
        bestEnd = i + 1;
        bestPayloads = node.payloads;
      }
    }
    return bestEnd === -1 || !bestPayloads ? undefined : { first, end: bestEnd, payloads: bestPayloads };
  }

  /**
   * May a phrase start at this token? A bit test when the trie files its first syllables in the
   * tokens' start index (a superset answer: "look"); a map lookup otherwise.
   */
  mayStartAt(token: Token): boolean {
    if (this.bit !== 0) return (token.startBits & this.bit) !== 0;
    return this.pending.has(token.lower) || this.adopted?.has(token.lower) === true || this.root.children!.has(token.lower);
  }
}

/**
 * Letter case check between a dictionary phrase and the text: a capitalised dictionary token must be
 * capitalised in the text. With `firstOnly`, later tokens may differ in case ("Bộ ngoại giao").
 */
export function caseCompatible(phrase: readonly Token[], text: readonly Token[], firstOnly: boolean, offset = 0): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase[k]!;
    const t = text[offset + k];
    if (!t) return false;
    if (p.allCaps && !t.allCaps && p.text.length > 1) return false;
    if (p.capitalised && !t.capitalised && (!firstOnly || k === 0)) return false;
  }
  return true;
}
