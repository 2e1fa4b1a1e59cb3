import { PhraseTrie } from "../dictionaries/trie.js";
import {
  AD_HOC_BODIES, ADMIN_TYPE_WORDS, COUNTRY_SYLLABLE_WORDS, FUNCTION_WORDS, JOINT_BODY_WORDS, PLACE_PREPOSITIONS, LOCALITY_WORDS, NAME_DESIGNATORS, ORG_BREAKERS, ORG_NAME_TAILS, PLURAL_DETERMINERS, SITE_HEADS,
  TITLE_GOVERNORS, TITLE_TRIGGERS, TITLES_NEEDING_BODY, TITLES_NEEDING_HOLDER, type WordRule,
} from "./words.js";

/** The closed word lists of words.ts compiled to phrase tries once per process. */
export interface Grammar {
  adminTypeWords: PhraseTrie<string>;
  localityWords: PhraseTrie<string>;
  designators: PhraseTrie<string>;
  siteHeads: PhraseTrie<string>;
  titleTriggers: PhraseTrie<string>;
  titleGovernors: PhraseTrie<string>;
  pluralDeterminers: PhraseTrie<string>;
  orgNameTails: PhraseTrie<string>;
  orgBreakers: PhraseTrie<string>;
  adHocBodies: PhraseTrie<string>;
  titlesNeedingBody: Set<string>;
  titlesNeedingHolder: Set<string>;
  functionWords: Set<string>;
  jointBodyWords: PhraseTrie<string>;
  placePrepositions: Set<string>;
  countrySyllableWords: Set<string>;
}

function trieOf(rule: WordRule, role: string): PhraseTrie<string> {
  const trie = new PhraseTrie<string>(`grammar:${role}`);
  for (const word of rule.words) trie.add(word, word);
  return trie;
}

let cached: Grammar | undefined;

export function grammar(): Grammar {
  cached ??= {
    adminTypeWords: trieOf(ADMIN_TYPE_WORDS, "adminTypeWords"),
    localityWords: trieOf(LOCALITY_WORDS, "localityWords"),
    designators: trieOf(NAME_DESIGNATORS, "designators"),
    siteHeads: trieOf(SITE_HEADS, "siteHeads"),
    titleTriggers: trieOf(TITLE_TRIGGERS, "titleTriggers"),
    titleGovernors: trieOf(TITLE_GOVERNORS, "titleGovernors"),
    pluralDeterminers: trieOf(PLURAL_DETERMINERS, "pluralDeterminers"),
    orgNameTails: trieOf(ORG_NAME_TAILS, "orgNameTails"),
    orgBreakers: trieOf(ORG_BREAKERS, "orgBreakers"),
    adHocBodies: trieOf(AD_HOC_BODIES, "adHocBodies"),
    titlesNeedingBody: new Set(TITLES_NEEDING_BODY.words),
    titlesNeedingHolder: new Set(TITLES_NEEDING_HOLDER.words),
    functionWords: new Set(FUNCTION_WORDS.words.filter((w) => !w.includes(" "))),
    jointBodyWords: trieOf(JOINT_BODY_WORDS, "jointBodyWords"),
    placePrepositions: new Set(PLACE_PREPOSITIONS.words),
    countrySyllableWords: new Set(COUNTRY_SYLLABLE_WORDS.words),
  };
  return cached;
}
