import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Every `.h` file under root, as sorted '/'-separated relative paths. */
export function listHeaders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.isFile() && /\.h$/i.test(ent.name)) out.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort(compareStrings);
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Header text: UTF-16 with a BOM, else UTF-8 (BOM dropped). */
export function readHeader(path: string): string {
  const buf = readFileSync(path);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  const text = buf.toString("utf8");
  return text.startsWith("\ufeff") ? text.slice(1) : text;
}

/** A file's mtime as "YYYY-MM-DDTHH:MM:SS" in UTC (the machine's zone plays no part). */
export function fileTimeUtc(path: string): string {
  return new Date(statSync(path).mtimeMs).toISOString().slice(0, 19);
}

/**
 * The package a tree was extracted from: NuGet keeps `<id>.<version>.nupkg`
 * in the package folder, a few levels above `c/Include/<version>`. Looks in
 * root's ancestors (at most 4 up) for a folder holding exactly one `.nupkg`.
 */
export function findPackageZip(root: string): { dir: string; zip: string } | null {
  let dir = root;
  for (let i = 0; i < 4; i++) {
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
    if (!existsSync(dir)) return null;
    const zips = readdirSync(dir).filter((n) => n.toLowerCase().endsWith(".nupkg"));
    if (zips.length === 1) return { dir, zip: join(dir, zips[0]!) };
    if (zips.length > 1) return null;
  }
  return null;
}

/**
 * Entry times from a zip's central directory, by entry name, as
 * "YYYY-MM-DDTHH:MM:SS". These are the DOS date/time fields as stored: they
 * carry no zone, so reading them gives the same answer on every machine
 * (an extractor turns them into an mtime in its own zone, which is why the
 * mtime of a NuGet-extracted file depends on where it was restored).
 */
export function zipEntryTimes(zipPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const fd = openSync(zipPath, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, 0xffff + 22);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    if (eocd < 0) return out;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff || cdOffset + cdSize > size) return out; // zip64: not needed for the pinned package
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const two = (n: number): string => String(n).padStart(2, "0");
    for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50;) {
      const time = cd.readUInt16LE(p + 12);
      const date = cd.readUInt16LE(p + 14);
      const nameLen = cd.readUInt16LE(p + 28);
      const name = cd.toString("utf8", p + 46, p + 46 + nameLen).replace(/\\/g, "/");
      out.set(name, `${1980 + (date >> 9)}-${two((date >> 5) & 15)}-${two(date & 31)}T${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`);
      p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
