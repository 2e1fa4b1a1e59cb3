import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Folders the current test file made; removed after it (tests/helpers/setup.ts) unless KEEP_TEST_FILES=1. */
const made: string[] = [];

/** A fresh folder under the system's temporary folder, for one test file's inputs and outputs. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vietner-${purpose}-`));
  made.push(dir);
  return dir;
}

/** Removes them all; with KEEP_TEST_FILES=1 (to look at the browser tests' screenshots) says where they are. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    if (process.env.KEEP_TEST_FILES === "1") console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
