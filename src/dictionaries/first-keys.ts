/**
 * Which kinds of phrase can start with a given syllable, as a bit set: one bit per trie role
 * ("titles", "locations" …), shared by all extractors. Each token looks its syllable up once, and
 * every trie then rejects the token with a bit test instead of its own map lookup. A bit may be set
 * by another extractor's dictionaries: it only means "look in the trie", so results never change.
 */
const FIRST_KEYS = new Map<string, number>();
/** Bumped whenever a key gains a bit, so that caches of startBits know to start over. */
let version = 0;

export function firstKeysVersion(): number {
  return version;
}
const ROLE_BITS = new Map<string, number>();

/** Bit of a trie role; 0 (always look) once 31 roles exist. */
export function roleBit(role: string): number {
  let bit = ROLE_BITS.get(role);
  if (bit === undefined) {
    bit = ROLE_BITS.size < 31 ? 1 << ROLE_BITS.size : 0;
    ROLE_BITS.set(role, bit);
  }
  return bit;
}

export function noteFirstKey(key: string, bit: number): void {
  if (bit === 0) return;
  const old = FIRST_KEYS.get(key) ?? 0;
  if ((old & bit) === 0) {
    FIRST_KEYS.set(key, old | bit);
    version++;
  }
}

/** The roles whose phrases may start with this lower-cased syllable. */
export function startBits(lower: string): number {
  return FIRST_KEYS.get(lower) ?? 0;
}
