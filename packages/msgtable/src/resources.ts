import { fail, hex } from "./errors.js";
import type { PeImage } from "./pe.js";

/** winuser.h: RT_MESSAGETABLE is MAKEINTRESOURCE(11). */
export const RT_MESSAGETABLE = 11;
/** winuser.h: RT_STRING is MAKEINTRESOURCE(6). */
export const RT_STRING = 6;
/** winuser.h: RT_VERSION is MAKEINTRESOURCE(16). */
export const RT_VERSION = 16;

/** One RT_MESSAGETABLE resource: its name, language and raw bytes. */
export interface MessageResource {
  name: number | string;
  /** The LANGID of the resource directory's language level. */
  lang: number;
  /** The code page field of the resource data entry (often 0). */
  codepage: number;
  data: Uint8Array;
}

interface DirEntry {
  id: number | string;
  /** Offset of a subdirectory (high bit set) or of a data entry. */
  target: number;
  isDir: boolean;
}

/**
 * Walks the three-level resource tree (type, name, language) for message
 * tables only. Every directory is visited at most once, so a hostile tree
 * that loops or shares directories ends in an error, not in a fan-out.
 */
export function messageResources(image: PeImage, fileSize: number): MessageResource[] {
  return resourcesOfType(image, fileSize, RT_MESSAGETABLE);
}

/** Every resource of one numeric type (RT_MESSAGETABLE, RT_VERSION), with the same bounds. */
export function resourcesOfType(image: PeImage, fileSize: number, wanted: number, what = "message table"): MessageResource[] {
  const { rva, size } = image.resources;
  if (rva === 0 || size === 0) return [];
  const tree = image.rest(rva, "resource directory");
  const view = new DataView(tree.buffer, tree.byteOffset, tree.byteLength);
  const visited = new Set<number>();

  const directory = (offset: number, level: string): DirEntry[] => {
    if (visited.has(offset)) fail("bad-structure", `the resource tree loops (${level} directory at ${hex(offset)} is reached twice)`);
    visited.add(offset);
    if (offset + 16 > tree.byteLength) fail("truncated", `the ${level} directory at ${hex(offset)} runs past the resource section`);
    const count = view.getUint16(offset + 12, true) + view.getUint16(offset + 14, true);
    if (offset + 16 + 8 * count > tree.byteLength) fail("truncated", `the ${level} directory at ${hex(offset)} claims ${count} entries; the resource section ends first`);
    const entries: DirEntry[] = [];
    for (let i = 0; i < count; i++) {
      const e = offset + 16 + 8 * i;
      const name = view.getUint32(e, true);
      const target = view.getUint32(e + 4, true);
      entries.push({ id: name & 0x80000000 ? nameString(name & 0x7fffffff) : name, target: target & 0x7fffffff, isDir: (target & 0x80000000) !== 0 });
    }
    return entries;
  };

  const nameString = (offset: number): string => {
    if (offset + 2 > tree.byteLength) fail("truncated", `a resource name at ${hex(offset)} runs past the resource section`);
    const length = view.getUint16(offset, true);
    if (offset + 2 + 2 * length > tree.byteLength) fail("truncated", `a resource name at ${hex(offset)} runs past the resource section`);
    let text = "";
    for (let i = 0; i < length; i++) text += String.fromCharCode(view.getUint16(offset + 2 + 2 * i, true));
    return text;
  };

  const out: MessageResource[] = [];
  let total = 0;
  for (const type of directory(0, "type")) {
    if (type.id !== wanted) continue;
    if (!type.isDir) fail("bad-structure", `the resource type ${wanted} entry is not a directory`);
    for (const name of directory(type.target, "name")) {
      if (!name.isDir) fail("bad-structure", `${what} ${String(name.id)} has no language directory`);
      for (const lang of directory(name.target, "language")) {
        if (lang.isDir) fail("bad-structure", `${what} ${String(name.id)} nests deeper than three levels`);
        if (typeof lang.id !== "number" || lang.id > 0xffff) fail("bad-structure", `${what} ${String(name.id)} has a language that is not a LANGID`);
        if (lang.target + 16 > tree.byteLength) fail("truncated", `the data entry at ${hex(lang.target)} runs past the resource section`);
        const dataRva = view.getUint32(lang.target, true);
        const dataSize = view.getUint32(lang.target + 4, true);
        // Real tables never share bytes: more data than the file holds means overlapping (hostile) entries.
        total += dataSize;
        if (total > fileSize) fail("too-large", `the ${what}s claim more bytes than the file holds`);
        const data = image.at(dataRva, dataSize, `${what} ${String(name.id)} (language ${hex(lang.id as number)})`);
        out.push({ name: name.id, lang: lang.id as number, codepage: view.getUint32(lang.target + 8, true), data });
      }
    }
  }
  return out;
}
