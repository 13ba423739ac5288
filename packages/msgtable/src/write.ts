import type { Encoding } from "./message-data.js";

/** One message to write; ANSI text must be Latin-1 (it is written byte for byte). */
export interface WriteEntry {
  id: number;
  text: string;
  encoding?: Encoding;
}

export interface WriteTable {
  lang: number;
  entries: readonly WriteEntry[];
  /** The resource data entry's code page field (default 0). */
  codepage?: number;
}

const align = (n: number, to: number): number => Math.ceil(n / to) * to;

function textBytes(e: WriteEntry): Uint8Array {
  const encoding = e.encoding ?? "utf-16le";
  if (encoding === "utf-16le") return new Uint8Array(Buffer.from(e.text + "\0", "utf16le"));
  if (encoding === "utf-8") return new Uint8Array(Buffer.from(e.text + "\0", "utf8"));
  const out = new Uint8Array(e.text.length + 1);
  for (let i = 0; i < e.text.length; i++) {
    const c = e.text.charCodeAt(i);
    if (c > 0xff) throw new RangeError(`ANSI text must be Latin-1 (U+${c.toString(16)})`);
    out[i] = c;
  }
  return out;
}

/**
 * MESSAGE_RESOURCE_DATA as mc writes it: one block per run of consecutive
 * ids, entries padded to 4 bytes. Ids must be unique.
 */
export function writeMessageData(entries: readonly WriteEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.id - b.id);
  const runs: WriteEntry[][] = [];
  for (const e of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.id + 1 === e.id) run.push(e);
    else runs.push([e]);
  }
  const bodies = sorted.map((e) => {
    const text = textBytes(e);
    const length = align(4 + text.length, 4);
    const b = new Uint8Array(length);
    const v = new DataView(b.buffer);
    v.setUint16(0, length, true);
    v.setUint16(2, (e.encoding ?? "utf-16le") === "ansi" ? 0 : e.encoding === "utf-8" ? 2 : 1, true);
    b.set(text, 4);
    return b;
  });
  const size = 4 + 12 * runs.length + bodies.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, runs.length, true);
  let pos = 4 + 12 * runs.length;
  let k = 0;
  runs.forEach((run, i) => {
    v.setUint32(4 + 12 * i, (run[0] as WriteEntry).id, true);
    v.setUint32(8 + 12 * i, (run.at(-1) as WriteEntry).id, true);
    v.setUint32(12 + 12 * i, pos, true);
    for (let j = 0; j < run.length; j++) {
      const body = bodies[k++] as Uint8Array;
      out.set(body, pos);
      pos += body.length;
    }
  });
  return out;
}

const SECTION_RVA = 0x1000;
const FILE_ALIGN = 0x200;

/** One resource to write: numeric type, name and language. */
export interface WriteResource {
  type: number;
  name: number;
  lang: number;
  data: Uint8Array;
  /** The resource data entry's code page field (default 0). */
  codepage?: number;
}

/**
 * A minimal resource-only PE (like a .mui file) holding one RT_MESSAGETABLE
 * resource named 1 in each given language. For fixtures and tests.
 */
export function writeMessageDll(tables: readonly WriteTable[], options: { pe32?: boolean } = {}): Uint8Array {
  const resources = tables.map((t) => ({ type: 11, name: 1, lang: t.lang, data: writeMessageData(t.entries), codepage: t.codepage ?? 0 }));
  return writeResourceDll(resources, options);
}

/** One language's strings for an RT_STRING table; ids unique, texts UTF-16. */
export interface WriteStringTable {
  lang: number;
  strings: readonly { id: number; text: string }[];
}

/** One RT_STRING block: 16 length-prefixed UTF-16 strings (absent ones have length 0). */
export function writeStringBlock(texts: readonly (string | undefined)[]): Uint8Array {
  const units = Array.from({ length: 16 }, (_, i) => texts[i] ?? "");
  const out = new Uint8Array(units.reduce((n, t) => n + 2 + 2 * t.length, 0));
  const v = new DataView(out.buffer);
  let pos = 0;
  for (const t of units) {
    v.setUint16(pos, t.length, true);
    for (let i = 0; i < t.length; i++) v.setUint16(pos + 2 + 2 * i, t.charCodeAt(i), true);
    pos += 2 + 2 * t.length;
  }
  return out;
}

/**
 * A resource-only PE holding RT_STRING tables as rc writes them: string id
 * n sits in block (n >> 4) + 1 at index n & 15. Optional extra resources
 * (a message table) go beside them.
 */
export function writeStringDll(tables: readonly WriteStringTable[], extra: readonly WriteResource[] = []): Uint8Array {
  const resources: WriteResource[] = [...extra];
  for (const t of tables) {
    const blocks = new Map<number, (string | undefined)[]>();
    for (const s of t.strings) {
      const block = (s.id >>> 4) + 1;
      let texts = blocks.get(block);
      if (texts === undefined) blocks.set(block, (texts = []));
      texts[s.id & 15] = s.text;
    }
    for (const [block, texts] of blocks) resources.push({ type: 6, name: block, lang: t.lang, data: writeStringBlock(texts) });
  }
  return writeResourceDll(resources);
}

/**
 * A resource-only PE with the given resources in a three-level tree (type,
 * name, language; ids ascending as the format asks). (type, name, lang) must be unique.
 */
export function writeResourceDll(resources: readonly WriteResource[], options: { pe32?: boolean } = {}): Uint8Array {
  const sorted = [...resources].sort((a, b) => a.type - b.type || a.name - b.name || a.lang - b.lang);
  const types = [...new Set(sorted.map((r) => r.type))];
  const namesOf = (t: number): number[] => [...new Set(sorted.filter((r) => r.type === t).map((r) => r.name))];
  const langsOf = (t: number, n: number): WriteResource[] => sorted.filter((r) => r.type === t && r.name === n);
  // Layout: type dir, name dirs, language dirs, data entries, data.
  const dirSize = (n: number): number => 16 + 8 * n;
  let pos = dirSize(types.length);
  const nameDirAt = new Map<number, number>();
  for (const t of types) nameDirAt.set(t, pos), (pos += dirSize(namesOf(t).length));
  const langDirAt = new Map<string, number>();
  for (const t of types) for (const n of namesOf(t)) langDirAt.set(`${t}/${n}`, pos), (pos += dirSize(langsOf(t, n).length));
  const entryAt = new Map<WriteResource, number>();
  for (const r of sorted) entryAt.set(r, pos), (pos += 16);
  const dataAt = new Map<WriteResource, number>();
  for (const r of sorted) {
    const at = align(pos, 4);
    dataAt.set(r, at);
    pos = at + r.data.length;
  }
  const rsrc = new Uint8Array(align(Math.max(pos, 1), FILE_ALIGN));
  const r = new DataView(rsrc.buffer);
  const dir = (at: number, ids: readonly number[], target: (i: number) => number): void => {
    r.setUint16(at + 14, ids.length, true);
    ids.forEach((id, i) => {
      r.setUint32(at + 16 + 8 * i, id, true);
      r.setUint32(at + 20 + 8 * i, target(i), true);
    });
  };
  dir(0, types, (i) => 0x80000000 | (nameDirAt.get(types[i] as number) as number));
  for (const t of types) {
    const names = namesOf(t);
    dir(nameDirAt.get(t) as number, names, (i) => 0x80000000 | (langDirAt.get(`${t}/${names[i] as number}`) as number));
    for (const n of names) {
      const langs = langsOf(t, n);
      dir(langDirAt.get(`${t}/${n}`) as number, langs.map((x) => x.lang), (i) => entryAt.get(langs[i] as WriteResource) as number);
    }
  }
  for (const res of sorted) {
    const e = entryAt.get(res) as number;
    const at = dataAt.get(res) as number;
    r.setUint32(e, SECTION_RVA + at, true);
    r.setUint32(e + 4, res.data.length, true);
    r.setUint32(e + 8, res.codepage ?? 0, true);
    rsrc.set(res.data, at);
  }

  const pe32 = options.pe32 === true;
  const optSize = pe32 ? 224 : 240;
  const pe = 0x40;
  const opt = pe + 24;
  const table = opt + optSize;
  const headers = align(table + 40, FILE_ALIGN);
  const file = new Uint8Array(headers + rsrc.length);
  const f = new DataView(file.buffer);
  f.setUint16(0, 0x5a4d, true); // MZ
  f.setUint32(0x3c, pe, true);
  f.setUint32(pe, 0x4550, true); // PE\0\0
  f.setUint16(pe + 4, pe32 ? 0x14c : 0x8664, true);
  f.setUint16(pe + 6, 1, true);
  f.setUint16(pe + 20, optSize, true);
  f.setUint16(pe + 22, 0x2102, true); // executable, DLL
  f.setUint16(opt, pe32 ? 0x10b : 0x20b, true);
  const dirs = opt + (pe32 ? 96 : 112);
  f.setUint32(opt + 32, 0x1000, true); // SectionAlignment
  f.setUint32(opt + 36, FILE_ALIGN, true); // FileAlignment
  f.setUint32(dirs - 4, 16, true); // NumberOfRvaAndSizes
  f.setUint32(dirs + 16, SECTION_RVA, true); // IMAGE_DIRECTORY_ENTRY_RESOURCE
  f.setUint32(dirs + 20, rsrc.length, true);
  file.set(new TextEncoder().encode(".rsrc"), table);
  f.setUint32(table + 8, rsrc.length, true);
  f.setUint32(table + 12, SECTION_RVA, true);
  f.setUint32(table + 16, rsrc.length, true);
  f.setUint32(table + 20, headers, true);
  f.setUint32(table + 36, 0x40000040, true); // initialized data, readable
  file.set(rsrc, headers);
  return file;
}
