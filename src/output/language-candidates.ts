/**
 * Languages news text arrives in. Restricting franc to them is 4× faster and avoids its known
 * confusions between close languages (plain English news comes out as Scots "sco" otherwise).
 * The build (tsup.config.ts) keeps only these languages' trigram profiles from franc's data: building
 * the profiles of all 400 at import cost about 50 ms of every cold start.
 */
export const CANDIDATES = [
  "vie", "eng", "fra", "deu", "spa", "por", "ita", "nld", "rus", "ukr", "pol", "tur", "ara", "cmn", "jpn", "kor",
  "tha", "ind", "zlm", "khm", "lao", "mya", "tgl", "hin",
];
