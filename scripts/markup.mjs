// The inline entity markup shared by the corpus annotations (corpus/*/NAME.ann) and the example
// files in tests/examples/: `[[PER Lê Hoài Trung]]`, `[[POS Thứ trưởng [[ORG Bộ Ngoại giao]]]]`,
// `[[DATE=2024-11-13 Sáng 13/11/2024]]`. Marks nest; removing them gives the plain text back.

const TYPES = { PER: "PERSON", POS: "POSITION", ORG: "ORGANIZATION", LOC: "LOCATION", DATE: "DATE" };
const OPEN = /\[\[(PER|POS|ORG|LOC|DATE)(?:=([^\s\]]+))? /y;

/**
 * Parses marked-up text into { text, entities } with UTF-16 offsets into the plain text.
 * Throws with the position of the first malformed mark.
 */
export function parseMarkup(marked) {
  let text = "";
  const entities = [];
  const stack = [];
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith("[[", i)) {
      OPEN.lastIndex = i;
      const m = OPEN.exec(marked);
      if (!m) throw new Error(`bad mark at ${i}: ${JSON.stringify(marked.slice(i, i + 20))}`);
      if (m[2] !== undefined && m[1] !== "DATE") throw new Error(`only DATE takes a value (at ${i})`);
      stack.push({ type: TYPES[m[1]], start: text.length, value: m[2], at: i });
      i += m[0].length;
    } else if (marked.startsWith("]]", i) && stack.length > 0) {
      const open = stack.pop();
      const entity = { type: open.type, start: open.start, end: text.length, text: text.slice(open.start, text.length) };
      if (open.type === "DATE") entity.value = open.value ?? "XXXX";
      if (entity.text.length === 0 || entity.text.trim() !== entity.text) throw new Error(`mark at ${open.at} has an empty or space-edged span`);
      entities.push(entity);
      i += 2;
    } else {
      text += marked[i];
      i += 1;
    }
  }
  if (stack.length > 0) throw new Error(`mark at ${stack[stack.length - 1].at} is never closed`);
  entities.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  return { text, entities };
}

const CODES = Object.fromEntries(Object.entries(TYPES).map(([code, type]) => [type, code]));

/**
 * The inverse of parseMarkup: writes entities (nested, never crossing) into text as inline marks,
 * e.g. to review a gold file by reading it.
 */
export function toMarkup(text, entities) {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  const open = [];
  const closeUpTo = (pos) => {
    while (open.length > 0 && open[open.length - 1] <= pos) {
      const end = open.pop();
      out += text.slice(at, end) + "]]";
      at = end;
    }
  };
  for (const e of sorted) {
    closeUpTo(e.start);
    out += text.slice(at, e.start);
    at = e.start;
    const value = e.type === "DATE" ? `=${e.value ?? "XXXX"}` : "";
    out += `[[${CODES[e.type]}${value} `;
    open.push(e.end);
  }
  closeUpTo(text.length);
  return out + text.slice(at);
}
