import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

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

export function mtimeMs(path: string): number {
  return statSync(path).mtimeMs;
}
