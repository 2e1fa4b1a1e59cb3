import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, constants, createWriteStream, lstatSync, openSync, renameSync, rmSync, statSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { shortName, VietnerError } from "../errors.js";

export interface OutputFile {
  stream: WriteStream;
  /** Closes the temporary file and renames it onto the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; safe to call more than once. */
  abort(): void;
}

/**
 * `--output FILE`: everything is written to a new temporary file beside FILE, created exclusively
 * under a random name (so a planted symlink cannot redirect it), then renamed onto FILE at the end.
 * FILE must be absent or a regular file we may write: a device, folder or symlink is refused, never
 * replaced. An existing file keeps its permission bits. The temporary file is created before any
 * input is read, so an unwritable folder fails at once.
 */
export function openOutputFile(path: string): OutputFile {
  const shown = shortName(path);
  let mode = 0o644;
  let existing;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new VietnerError("IO_ERROR", `${shown}: cannot use as output (${(error as NodeJS.ErrnoException).code})`, { file: path });
  }
  if (existing) {
    if (!existing.isFile()) {
      const what = existing.isSymbolicLink() ? "a symbolic link" : existing.isDirectory() ? "a folder" : "not a regular file";
      throw new VietnerError("IO_ERROR", `${shown}: will not write over ${what}; --output takes a regular file`, { file: path });
    }
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW));
    } catch (error) {
      throw new VietnerError("IO_ERROR", `${shown}: cannot write (${(error as NodeJS.ErrnoException).code})`, { file: path });
    }
    mode = existing.mode & 0o7777;
  }
  const temp = join(dirname(path), `.${basename(path).slice(0, 100)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  } catch (error) {
    throw new VietnerError("IO_ERROR", `${shown}: cannot write in its folder (${(error as NodeJS.ErrnoException).code})`, { file: path });
  }
  const stream = createWriteStream(temp, { fd, encoding: "utf8" });
  let failed: NodeJS.ErrnoException | undefined;
  let removed = false;
  stream.on("error", (error) => (failed = error));
  const remove = (): void => {
    if (removed) return;
    removed = true;
    rmSync(temp, { force: true });
  };
  return {
    stream,
    commit: () =>
      new Promise<void>((resolve, reject) => {
        const fail = (error: NodeJS.ErrnoException): void => {
          remove();
          reject(new VietnerError("IO_ERROR", `${shown}: cannot write (${error.code ?? "write error"})`, { file: path }));
        };
        if (failed) {
          stream.destroy();
          fail(failed);
          return;
        }
        stream.end(() => {
          if (failed) return fail(failed);
          try {
            chmodSync(temp, mode);
            // The target may have been replaced by something else while we worked: check again.
            const now = lstatSync(path, { throwIfNoEntry: false });
            if (now && !now.isFile()) throw Object.assign(new Error("target changed"), { code: "ENOTREG" });
            renameSync(temp, path);
            removed = true;
            resolve();
          } catch (error) {
            fail(error as NodeJS.ErrnoException);
          }
        });
      }),
    abort: () => {
      stream.destroy();
      remove();
    },
  };
}

/** Size of a file in bytes, or undefined when it cannot be stat'ed (the read reports why). */
export function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}
