import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The built bundles inline franc (and its helpers) and fuse.js, so no copy of them comes from node_modules: the
 * package must carry their licence notices itself (dist/THIRD-PARTY-NOTICES.md, written by the build).
 */
const DIST = join(__dirname, "../../dist");
const BUNDLES = readdirSync(DIST).filter((f) => /\.(c?js)$/u.test(f));

describe("third-party notices", () => {
  const notices = readFileSync(join(DIST, "THIRD-PARTY-NOTICES.md"), "utf8");

  it.each(["franc", "trigram-utils", "n-gram", "collapse-white-space", "fuse.js"])("names %s with its licence text", (name) => {
    const section = notices.split(/^## /mu).find((s) => s.startsWith(`${name} `));
    expect(section).toBeDefined();
    expect(section).toMatch(name === "fuse.js" ? /Apache License/u : /Permission is hereby granted/u);
  });

  it.each(["franc", "fuse.js"])("no bundle imports %s at run time: it is inlined, so the notice is ours to carry", (name) => {
    const importing = BUNDLES.filter((file) => {
      const code = readFileSync(join(DIST, file), "utf8");
      return code.includes(`from"${name}`) || code.includes(`from "${name}`) || code.includes(`require("${name}`);
    });
    expect(importing).toEqual([]);
  });
});
