import type { Entity, PersonRecord } from "../types.js";

const SPACE = /\s+/gu;
/** "s." — a given name's initial. */
const INITIAL = /^\p{L}\.$/u;
/** "s. lavrov": an initial, then one surname. */
const INITIAL_NAME = /^\p{L}\. \S+$/u;

/**
 * Groups PERSON mentions into people. A one-word mention ("ông Sơn", "Thứ trưởng Trung") joins the
 * nearest full name before it whose given name (last syllable) it is, else any such full name in
 * the text; full names join by their text. Returns the records and, for each mention start, the
 * full name it was resolved to.
 */
export function groupPeople(entities: readonly Entity[]): { people: PersonRecord[]; fullNameAt: Map<number, string> } {
  const people: PersonRecord[] = [];
  const byName = new Map<string, PersonRecord>();
  const fullNameAt = new Map<number, string>();
  const persons = entities.filter((e) => e.type === "PERSON");
  const keys = new Map<string, string>();
  const key = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) {
      k = name.normalize("NFC").replace(SPACE, " ").toLowerCase();
      keys.set(name, k);
    }
    return k;
  };
  const isShort = (e: Entity): boolean => !/\s/u.test(e.text.trim());
  const fullMentions = persons.filter((e) => !isShort(e));
  // "S. Lavrov" is "Sergey Lavrov" when the text names him in full: same surname, same initial.
  const spelledOut = new Map<string, string>();
  for (const mention of fullMentions) {
    const parts = key(mention.text).split(" ");
    if (parts.length >= 2 && !INITIAL.test(parts[0]!)) spelledOut.set(`${parts[0]![0]}. ${parts[parts.length - 1]}`, mention.text);
  }
  const nameKey = (text: string): string => {
    const k = key(text);
    const full = INITIAL_NAME.test(k) ? spelledOut.get(k) : undefined;
    return full === undefined ? k : key(full);
  };
  for (const mention of fullMentions) {
    const mentionKey = nameKey(mention.text);
    let record = byName.get(mentionKey);
    if (!record) {
      const name = mentionKey === key(mention.text) ? mention.text : spelledOut.get(key(mention.text))!;
      record = { name: name.replace(SPACE, " "), mentions: [], positions: [] };
      byName.set(mentionKey, record);
      people.push(record);
    }
    record.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
    fullNameAt.set(mention.start, record.name);
  }
  const byGivenName = new Map<string, Entity[]>();
  for (const f of fullMentions) {
    const given = key(f.text).split(" ").pop()!;
    const list = byGivenName.get(given) ?? [];
    list.push(f);
    byGivenName.set(given, list);
  }
  for (const mention of persons.filter(isShort)) {
    const given = key(mention.text);
    const candidates = byGivenName.get(given) ?? [];
    // The nearest full mention before this one (candidates are in text order): binary search.
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid]!.start < mention.start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? candidates[lo - 1] : undefined;
    const chosen = before ?? candidates[0];
    let record = chosen ? byName.get(key(chosen.text)) : byName.get(given);
    if (!record) {
      record = { name: mention.text, mentions: [], positions: [] };
      byName.set(given, record);
      people.push(record);
    }
    record.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
    fullNameAt.set(mention.start, record.name);
  }
  for (const record of people) record.mentions.sort((a, b) => a.start - b.start);
  return { people, fullNameAt };
}
