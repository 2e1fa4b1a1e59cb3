// Writes dist/THIRD-PARTY-NOTICES.md, run by `npm run build` after tsup: the bundles carry the code of these packages
// (tsup.config.ts bundles them, so users get no copy in node_modules), and their licences ask that their notices go
// with it. The text comes from each installed package: its licence file, or for an MIT package without one, the MIT
// licence with the copyright holder its package.json names.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Every package some bundle in dist/ inlines (tsup.config.ts: ESM_ONLY and fuse.js). */
const BUNDLED = ["franc", "trigram-utils", "n-gram", "collapse-white-space", "fuse.js"];

const MIT = (holder) => `(The MIT License)

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

const authorName = (author) => (typeof author === "string" ? author.replace(/\s*[<(].*$/u, "") : author?.name ?? "its authors");

const sections = BUNDLED.map((name) => {
  const dir = join(root, "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = ["LICENSE", "license", "LICENSE.md", "license.md"].map((f) => join(dir, f)).find((f) => existsSync(f));
  let text;
  if (file) text = readFileSync(file, "utf8").trim();
  else if (pkg.license === "MIT") text = MIT(authorName(pkg.author));
  else throw new Error(`third-party-notices: ${name} has no licence file and is not MIT; add its notice by hand`);
  return `## ${name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\``;
});
const out = `# Third-party notices\n\nThe bundles in this folder include code from the packages below, under their own licences.\n\n${sections.join("\n\n")}\n`;
writeFileSync(join(root, "dist", "THIRD-PARTY-NOTICES.md"), out);
console.log(`third-party-notices: ${BUNDLED.length} packages`);
