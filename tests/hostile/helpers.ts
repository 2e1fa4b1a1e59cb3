import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { tempDir as tempDirFor } from "../helpers/temp-dir.js";

/** The package as users get it: `npm test` builds dist/ before vitest runs. */
export const ROOT = join(__dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");
export const LIB = join(ROOT, "dist/index.js");

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in a real process. */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: options.input, cwd: options.cwd ?? ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline (real pipes, real redirections) with `$CLI` set to the built CLI. */
export function shell(script: string, cwd = ROOT): Ran {
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${script}`], { cwd, encoding: "utf8", env: { ...process.env, CLI: `${process.execPath} ${CLI}` }, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs ESM code against the built library in a fresh process; prints what the code logs. */
export function lib(code: string): Ran {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", `import * as v from ${JSON.stringify(LIB)};\n${code}`], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { spawn };

export function tempDir(): string {
  return tempDirFor("hostile");
}

/** One line on stderr starting with "vietner:", and no stack trace. */
export function oneLineError(stderr: string): boolean {
  const lines = stderr.trim().split("\n");
  return lines.every((l) => l.startsWith("vietner: ")) && !/\n\s+at /u.test(stderr);
}

export const SENTENCE = "Sáng 5/3/2024, Phó Thủ tướng Trần Hồng Hà làm việc với UBND tỉnh Quảng Ninh.";
