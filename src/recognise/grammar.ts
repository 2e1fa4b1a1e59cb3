import { StartIndex } from "../dictionaries/start-index.js";
import { PhraseTrie } from "../dictionaries/trie.js";
import {
  AD_HOC_ALWAYS, AD_HOC_BODIES, ADMIN_TYPE_WORDS, BODY_ORGANS, EVENT_WORDS, COUNTRY_SYLLABLE_WORDS, FUNCTION_WORDS, JOINT_BODY_WORDS, LOWER_CASE_HEAD_FIRSTS, MEDIA_NOUNS, PLACE_PREPOSITIONS, LOCALITY_WORDS, NAME_DESIGNATORS, ORG_BREAKERS, ORG_NAME_TAILS, PLURAL_DETERMINERS, SITE_HEADS,
  TITLE_GOVERNORS, TITLE_TRIGGERS, TITLES_NEEDING_BODY, TITLES_NEEDING_HOLDER, LOCALITY_LEADER_TITLES, NEW_OFFICE_WORDS, FEATURE_WORDS, FEATURE_COMPOUNDS, GENERIC_BODIES, TITLES_ALSO_MODIFIERS, HOSPITAL_FIELDS, ENGLISH_CORPORATE_WORDS, CREDIT_LINE_WORDS, type WordRule,
} from "./words.js";

/** The closed word lists of words.ts compiled to phrase tries once per process. */
export interface Grammar {
  /** First syllables of the word lists below; each extractor's lexicon index starts from a copy. */
  startIndex: StartIndex;
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
  adHocAlways: Set<string>;
  eventWords: PhraseTrie<string>;
  bodyOrgans: Set<string>;
  titlesNeedingBody: Set<string>;
  titlesNeedingHolder: Set<string>;
  localityLeaderTitles: Set<string>;
  newOfficeWords: Set<string>;
  featureWords: PhraseTrie<string>;
  hospitalFields: PhraseTrie<string>;
  featureCompounds: Set<string>;
  genericBodies: PhraseTrie<string>;
  titlesAlsoModifiers: Set<string>;
  functionWords: Set<string>;
  jointBodyWords: PhraseTrie<string>;
  /** First syllables of lower-case body heads (a start bit: tested at every word). */
  lowerCaseHeadFirsts: PhraseTrie<string>;
  /** Nouns before a news outlet's name (its start bit is the outlet rule's trigger). */
  mediaNouns: PhraseTrie<string>;
  placePrepositions: Set<string>;
  countrySyllableWords: Set<string>;
  /** As written (capitalised). */
  englishCorporateWords: Set<string>;
  creditLineWords: Set<string>;
}


let cached: Grammar | undefined;

export function grammar(): Grammar {
  if (cached) return cached;
  const startIndex = new StartIndex();
  const trieOf = (rule: WordRule): PhraseTrie<string> => {
    const trie = new PhraseTrie<string>(startIndex);
    for (const word of rule.words) trie.add(word, word);
    return trie;
  };
  cached = {
    startIndex,
    adminTypeWords: trieOf(ADMIN_TYPE_WORDS),
    localityWords: trieOf(LOCALITY_WORDS),
    designators: trieOf(NAME_DESIGNATORS),
    siteHeads: trieOf(SITE_HEADS),
    titleTriggers: trieOf(TITLE_TRIGGERS),
    titleGovernors: trieOf(TITLE_GOVERNORS),
    pluralDeterminers: trieOf(PLURAL_DETERMINERS),
    orgNameTails: trieOf(ORG_NAME_TAILS),
    orgBreakers: trieOf(ORG_BREAKERS),
    adHocBodies: trieOf(AD_HOC_BODIES),
    adHocAlways: new Set(AD_HOC_ALWAYS.words),
    eventWords: trieOf(EVENT_WORDS),
    bodyOrgans: new Set(BODY_ORGANS.words),
    titlesNeedingBody: new Set(TITLES_NEEDING_BODY.words),
    titlesNeedingHolder: new Set(TITLES_NEEDING_HOLDER.words),
    localityLeaderTitles: new Set(LOCALITY_LEADER_TITLES.words),
    newOfficeWords: new Set(NEW_OFFICE_WORDS.words),
    featureWords: trieOf(FEATURE_WORDS),
    hospitalFields: trieOf(HOSPITAL_FIELDS),
    featureCompounds: new Set(FEATURE_COMPOUNDS.words),
    genericBodies: trieOf(GENERIC_BODIES),
    titlesAlsoModifiers: new Set(TITLES_ALSO_MODIFIERS.words),
    functionWords: new Set(FUNCTION_WORDS.words.filter((w) => !w.includes(" "))),
    jointBodyWords: trieOf(JOINT_BODY_WORDS),
    lowerCaseHeadFirsts: trieOf(LOWER_CASE_HEAD_FIRSTS),
    mediaNouns: trieOf(MEDIA_NOUNS),
    placePrepositions: new Set(PLACE_PREPOSITIONS.words),
    countrySyllableWords: new Set(COUNTRY_SYLLABLE_WORDS.words),
    englishCorporateWords: new Set(ENGLISH_CORPORATE_WORDS.words),
    creditLineWords: new Set(CREDIT_LINE_WORDS.words),
  };
  return cached;
}
