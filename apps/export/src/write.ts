import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, mkdir, open, rename, rm, stat, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { ExitError, EXIT, shown } from "@winerr/host/errors";

/** Temp files not yet renamed; main removes them on SIGINT/SIGTERM. */
export const pendingTemps = new Set<string>();

/** Folders moved aside during a swap (aside -> target); main puts them back on SIGINT/SIGTERM if the target is gone. */
export const pendingSwaps = new Map<string, string>();

// Chunks are joined to about this many bytes before each write.
const WRITE_BATCH = 1 << 20;

export interface OutFile {
  name: string;
  chunks: Iterable<string>;
}

/**
 * Creates `dir` (and its parents) when missing; fails with exit 2 when it is
 * not a folder, exit 4 when it cannot be created or written. Touches nothing else.
 */
export async function checkOutputDir(dir: string): Promise<void> {
  let isDir: boolean;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw pathError(err, dir, "the output folder");
    try {
      await mkdir(dir, { recursive: true });
    } catch (mkdirErr) {
      throw pathError(mkdirErr, dir, "the output folder");
    }
    isDir = true;
  }
  if (!isDir) throw new ExitError(`the output path ${shown(dir, Infinity)} is not a folder`);
  // Fail before the work, not after it; the writes still handle errors.
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw pathError(err, dir, "the output folder");
  }
}

/**
 * Write every file to a temp file in `dir` (same folder, so rename is
 * atomic), then rename each over its target. A failure before the renames
 * removes all temps and leaves every target as it was; each rename replaces
 * one whole file with another whole file (a kill between two renames leaves
 * some files new and some old, each whole).
 */
export async function writeFilesAtomically(dir: string, files: readonly OutFile[]): Promise<void> {
  // A target that is a folder would fail its rename after others succeeded:
  // refuse before writing anything, so the set of files stays as it was.
  for (const f of files) {
    const target = join(dir, f.name);
    const st = await lstat(target).catch(() => undefined);
    if (st?.isDirectory()) throw new ExitError(`the file ${shown(target, Infinity)} is a folder; remove it or choose another --out`);
  }
  const temps: string[] = [];
  try {
    for (const f of files) temps.push(await writeTemp(dir, f));
    for (let i = 0; i < files.length; i++) {
      const target = join(dir, (files[i] as OutFile).name);
      const temp = temps[i] as string;
      try {
        await rename(temp, target);
      } catch (err) {
        throw pathError(err, target, "the file");
      }
      pendingTemps.delete(temp);
    }
  } catch (err) {
    await Promise.all(temps.filter((t) => pendingTemps.has(t)).map(removeTemp));
    throw err;
  }
  await syncDir(dir);
}

async function writeTemp(dir: string, file: OutFile): Promise<string> {
  const temp = join(dir, `.${file.name}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fh: FileHandle;
  // Tracked before it exists: a signal that lands while open() completes
  // must still find it (removing a temp that is not there is harmless).
  pendingTemps.add(temp);
  try {
    // O_EXCL: never follow or reuse something already there.
    fh = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (err) {
    pendingTemps.delete(temp);
    throw pathError(err, dir, "the output folder");
  }
  try {
    let batch = "";
    for (const chunk of file.chunks) {
      batch += chunk;
      if (batch.length >= WRITE_BATCH) {
        await writeAll(fh, batch);
        batch = "";
      }
    }
    if (batch.length > 0) await writeAll(fh, batch);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await removeTemp(temp);
    throw err instanceof ExitError ? err : pathError(err, temp, "the temp file");
  }
  await fh.close();
  return temp;
}

async function writeAll(fh: FileHandle, text: string): Promise<void> {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  while (off < buf.length) off += (await fh.write(buf, off, buf.length - off)).bytesWritten;
}

async function removeTemp(temp: string): Promise<void> {
  await rm(temp, { force: true, recursive: true }).catch(() => undefined);
  pendingTemps.delete(temp);
}

// Makes the renames durable; not possible on every platform (Windows).
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, "r");
    await fh.sync().finally(() => fh.close());
  } catch {
    // best effort
  }
}

const PATH_ERRORS: Record<string, string> = {
  ENOENT: "does not exist",
  ENOTDIR: "is under something that is not a folder",
  EACCES: "is not writable (permission denied)",
  EPERM: "is not writable (operation not permitted)",
  EROFS: "is on a read-only file system",
  EISDIR: "is a folder",
  ENAMETOOLONG: "is too long",
  ELOOP: "has too many symbolic links",
  EEXIST: "already exists",
  ENOSPC: "is on a full disk",
  EDQUOT: "is over its disk quota",
  EIO: "could not be written (I/O error)",
};

/** Codes where the system refused the write (exit 4); the others are a bad path (exit 2). */
const IO_ERRORS = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EIO"]);

/** A file-system error on the user's path: one line, exit 4 when the system refused the write, else 2; anything else is internal. */
export function pathError(err: unknown, path: string, what: string): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : PATH_ERRORS[code];
  if (reason === undefined) return err instanceof Error ? err : new Error(String(err));
  return new ExitError(`${what} ${shown(path, Infinity)} ${reason} (${code})`, IO_ERRORS.has(code as string) ? EXIT.io : EXIT.usage);
}

/**
 * Replace the folder `dir/name` with a new one holding `files` (paths
 * relative to it, "/"-separated): everything is written into a temp folder
 * beside it first, then the old folder is moved aside, the new one renamed
 * into place, and the old one removed. A failure before the swap leaves the
 * old folder as it was; a failure during it puts the old one back.
 */
export async function writeFolderAtomically(dir: string, name: string, files: Iterable<{ path: string; text: string }>): Promise<number> {
  const target = join(dir, name);
  const st = await lstat(target).catch(() => undefined);
  if (st !== undefined && !st.isDirectory()) throw new ExitError(`${shown(target, Infinity)} exists and is not a folder; remove it or choose another --out`);
  const tag = `${process.pid}.${randomBytes(4).toString("hex")}`;
  const temp = join(dir, `.${name}.${tag}.tmp`);
  const old = join(dir, `.${name}.${tag}.old`);
  pendingTemps.add(temp);
  let count = 0;
  try {
    try {
      await mkdir(temp);
    } catch (err) {
      throw pathError(err, dir, "the output folder");
    }
    const made = new Set<string>();
    for (const f of files) {
      const slash = f.path.lastIndexOf("/");
      if (slash > 0) {
        const sub = f.path.slice(0, slash);
        if (!made.has(sub)) {
          await mkdir(join(temp, sub), { recursive: true });
          made.add(sub);
        }
      }
      await writeFile(join(temp, f.path), f.text, { flag: "wx" });
      count++;
    }
    if (st !== undefined) {
      pendingSwaps.set(old, target);
      await rename(target, old);
    }
    try {
      await rename(temp, target);
    } catch (err) {
      if (st !== undefined) await rename(old, target);
      pendingSwaps.delete(old);
      throw pathError(err, target, "the folder");
    }
    pendingTemps.delete(temp);
  } catch (err) {
    await removeTemp(temp);
    throw err instanceof ExitError ? err : pathError(err, temp, "the temp folder");
  }
  if (st !== undefined) {
    await rm(old, { recursive: true, force: true });
    pendingSwaps.delete(old);
  }
  await syncDir(dir);
  return count;
}
