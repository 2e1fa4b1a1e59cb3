import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every regular expression in src/ — literals and `new RegExp("…")` with a literal pattern — is
 * checked by recheck (automata-theory and fuzzing ReDoS checker). A pattern that can backtrack
 * catastrophically fails the build; the file and line are in the message.
 */
const SRC = join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const where = (node: ts.Node): string => `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const slash = text.lastIndexOf("/");
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const patterns = sourceFiles(SRC).flatMap(regexesIn);

describe("no regular expression in src/ can backtrack catastrophically", () => {
  it("finds the patterns to check", () => {
    expect(patterns.length).toBeGreaterThan(10);
  });
  for (const p of patterns) {
    it(`${p.where} /${p.source.length > 60 ? p.source.slice(0, 57) + "..." : p.source}/${p.flags}`, () => {
      // The sticky and global flags do not change backtracking; recheck does not accept "y" in some modes.
      const result = checkSync(p.source, p.flags.replace(/[gy]/g, ""), { timeout: 20_000 });
      expect(result.status, `${p.where}: ${result.status === "vulnerable" ? `vulnerable (${result.complexity.type}), attack: ${JSON.stringify(result.attack?.pattern)}` : result.status}`).not.toBe("vulnerable");
    }, 30_000);
  }
});
