/**
 * The entity view (in the manner of spaCy's displaCy): the text with every entity highlighted by
 * type, nested entities drawn inside their container, the DATE value and a known place's or body's
 * canonical name on hover (the `title` attribute: no JavaScript), the HOLDS pairs and people under
 * the text. Everything shown is escaped. Pure string building: no `node:` module, so it runs in a
 * browser too.
 */
import { VietnerError } from "../errors.js";
import { ENTITY_TYPES, type Entity, type EntityType, type PersonRecord, type Relation } from "../types.js";

/** What render() needs of a result: an ExtractResult, or a gold file's shape. */
export interface RenderableResult {
  entities: ReadonlyArray<Pick<Entity, "type" | "start" | "end"> & Partial<Pick<Entity, "value" | "lunar" | "canonical">>>;
  relations?: ReadonlyArray<Pick<Relation, "person" | "position">>;
  people?: ReadonlyArray<Pick<PersonRecord, "name" | "positions">>;
  documentDate?: string | null;
}

export interface RenderOptions {
  /** Page title and heading (default "vietner"). */
  title?: string;
  /** Only these entity types are drawn (default all). */
  types?: readonly EntityType[];
}

/** Per-type colours, chosen to stay readable when nested three deep. */
const COLOURS: Record<EntityType, string> = {
  PERSON: "#f9c6c9",
  POSITION: "#fde7a9",
  ORGANIZATION: "#b9dcf7",
  LOCATION: "#c3ecc2",
  DATE: "#e2cdf5",
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

/** The page's style: inline, no web fonts (no network), a font stack that draws Vietnamese tone marks on their letters. */
export const STYLE = `
:root { --ink: #1d2430; --muted: #5b6575; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; } h3 { font-size: 1rem; }
.doc { white-space: pre-wrap; line-height: 2.6; font-size: 1.05rem; border: 1px solid #dde3ea; border-radius: 0.5rem; padding: 1rem 1.2rem; }
.ent { padding: 0.2em 0.35em; border-radius: 0.4em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.ent .ent { padding: 0.05em 0.25em; border: 1px solid rgba(0,0,0,0.18); }
.lbl { font-size: 0.62em; font-weight: 700; letter-spacing: 0.04em; vertical-align: middle; margin-left: 0.35em; color: #3b4250; text-transform: uppercase; }
${ENTITY_TYPES.map((t) => `.ent-${t} { background: ${COLOURS[t]}; }`).join("\n")}
.legend { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 0.8rem 0 1rem; padding: 0; list-style: none; }
.legend li { padding: 0.15em 0.6em; border-radius: 0.4em; font-size: 0.85rem; }
table { border-collapse: collapse; margin: 0.5rem 0; } th, td { border-bottom: 1px solid #e3e8ee; padding: 0.25rem 0.7rem; text-align: left; vertical-align: top; }
th { font-weight: 600; } .num { text-align: right; font-variant-numeric: tabular-nums; }
.meta, .note { color: var(--muted); font-size: 0.9rem; }
.miss { outline: 2px solid #c62828; outline-offset: 1px; } .false { outline: 2px dashed #c62828; outline-offset: 1px; } .boundary { outline: 2px dotted #ef6c00; outline-offset: 1px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } .pair > div { min-width: 0; }
`;

interface Node {
  entity: RenderableResult["entities"][number];
  index: number;
  children: Node[];
}

/** A tooltip: the type, the DATE value and lunar reading, or the canonical entry of a known place or body. */
function hoverText(e: RenderableResult["entities"][number]): string {
  const parts: string[] = [e.type];
  if (e.value !== undefined) parts.push(e.value);
  if (e.lunar !== undefined) parts.push(`âm lịch ${e.lunar}`);
  if (e.canonical) parts.push(`${e.canonical.name} (${e.canonical.kind}${e.canonical.existsAfter2025 === false ? `, merged${e.canonical.mergedInto ? ` into ${e.canonical.mergedInto}` : ""} in 2025` : ""})`);
  return parts.join(" · ");
}

/**
 * The text with entities as nested <mark> elements. Entities are placed by offsets; ones out of
 * bounds or crossing another (not the nesting of the guideline) are not drawn and are counted in
 * `skipped`. `classOf` adds classes per entity (the error report marks misses and false alarms).
 */
export function markUp(text: string, entities: RenderableResult["entities"], classOf?: (index: number) => string | undefined): { html: string; skipped: number } {
  const order = entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity }) => Number.isInteger(entity.start) && Number.isInteger(entity.end) && entity.start >= 0 && entity.end <= text.length && entity.start < entity.end)
    .sort((a, b) => a.entity.start - b.entity.start || b.entity.end - a.entity.end);
  let skipped = entities.length - order.length;
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const item of order) {
    while (stack.length > 0 && stack[stack.length - 1]!.entity.end <= item.entity.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && item.entity.end > parent.entity.end) {
      skipped++; // crosses its container
      continue;
    }
    const node: Node = { ...item, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  const draw = (nodes: Node[], from: number, to: number): string => {
    let html = "";
    let at = from;
    for (const node of nodes) {
      html += escapeHtml(text.slice(at, node.entity.start));
      const extra = classOf?.(node.index);
      html += `<mark class="ent ent-${node.entity.type}${extra ? ` ${extra}` : ""}" data-type="${node.entity.type}" title="${escapeHtml(hoverText(node.entity))}">`;
      html += draw(node.children, node.entity.start, node.entity.end);
      html += `<span class="lbl">${node.entity.type}</span></mark>`;
      at = node.entity.end;
    }
    return html + escapeHtml(text.slice(at, to));
  };
  return { html: draw(roots, 0, text.length), skipped };
}

export function legend(): string {
  return `<ul class="legend">${ENTITY_TYPES.map((t) => `<li class="ent-${t}">${t}</li>`).join("")}</ul>`;
}

/** One document's section: the marked-up text, then its HOLDS pairs and people. */
export function renderSection(name: string | undefined, text: string, result: RenderableResult, options: RenderOptions = {}): string {
  const types = options.types ? new Set(options.types) : undefined;
  const shown = types ? result.entities.filter((e) => types.has(e.type)) : result.entities;
  const { html, skipped } = markUp(text, shown);
  const parts: string[] = ["<section class=\"document\">"];
  if (name !== undefined) parts.push(`<h2>${escapeHtml(name)}</h2>`);
  const meta = [`${shown.length} entities`];
  if (result.documentDate) meta.push(`dateline ${escapeHtml(result.documentDate)}`);
  if (skipped > 0) meta.push(`${skipped} not drawn (out of bounds or crossing another)`);
  parts.push(`<p class="meta">${meta.join(" · ")}</p>`);
  parts.push(`<div class="doc">${html}</div>`);
  const relations = result.relations ?? [];
  if (relations.length > 0) {
    parts.push(`<h3>HOLDS</h3><table class="holds"><thead><tr><th>person</th><th>position</th></tr></thead><tbody>`);
    for (const r of relations) parts.push(`<tr><td>${escapeHtml(r.person)}</td><td>${escapeHtml(r.position)}</td></tr>`);
    parts.push("</tbody></table>");
  }
  const people = result.people ?? [];
  if (people.length > 0) {
    parts.push(`<h3>People</h3><table class="people"><thead><tr><th>name</th><th>positions</th></tr></thead><tbody>`);
    for (const p of people) parts.push(`<tr><td>${escapeHtml(p.name)}</td><td>${p.positions.map(escapeHtml).join("; ")}</td></tr>`);
    parts.push("</tbody></table>");
  }
  parts.push("</section>");
  return parts.join("\n");
}

/** A whole self-contained page (inline CSS, no script, no network) around sections. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${legend()}
${body}
<p class="note">Made by vietner. Hover over an entity for its type, its date value or the place or body it names.</p>
</body>
</html>
`;
}

/**
 * An HTML page showing one text with its entities (from extract(), or any result of the same
 * shape), nested as the guideline nests them, with HOLDS pairs and people below.
 */
export function render(text: string, result: RenderableResult, options: RenderOptions = {}): string {
  if (typeof text !== "string") throw new VietnerError("INVALID_INPUT", "render: text must be a string");
  if (typeof result !== "object" || result === null || !Array.isArray(result.entities)) throw new VietnerError("INVALID_INPUT", "render: result must have an entities array");
  return page(options.title ?? "vietner", renderSection(undefined, text, result, options));
}
