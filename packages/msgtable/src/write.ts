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

/**
 * A minimal resource-only PE (like a .mui file) holding one RT_MESSAGETABLE
 * resource named 1 in each given language. For fixtures and tests.
 */
export function writeMessageDll(tables: readonly WriteTable[], options: { pe32?: boolean } = {}): Uint8Array {
  const langs = [...tables].sort((a, b) => a.lang - b.lang);
  const blobs = langs.map((t) => writeMessageData(t.entries));
  // .rsrc: type dir (1 entry) -> name dir (1 entry) -> language dir (n) -> data entries -> data.
  const typeDir = 0;
  const nameDir = 24;
  const langDir = 48;
  const dataEntries = langDir + 16 + 8 * langs.length;
  let pos = dataEntries + 16 * langs.length;
  const dataAt = blobs.map((b) => {
    const at = align(pos, 4);
    pos = at + b.length;
    return at;
  });
  const rsrc = new Uint8Array(align(pos, FILE_ALIGN));
  const r = new DataView(rsrc.buffer);
  const dir = (at: number, ids: number, first: number, target: (i: number) => number): void => {
    r.setUint16(at + 14, ids, true);
    for (let i = 0; i < ids; i++) {
      r.setUint32(at + 16 + 8 * i, first === -1 ? (langs[i] as WriteTable).lang : first, true);
      r.setUint32(at + 20 + 8 * i, target(i), true);
    }
  };
  dir(typeDir, 1, 11, () => 0x80000000 | nameDir);
  dir(nameDir, 1, 1, () => 0x80000000 | langDir);
  dir(langDir, langs.length, -1, (i) => dataEntries + 16 * i);
  blobs.forEach((b, i) => {
    const e = dataEntries + 16 * i;
    r.setUint32(e, SECTION_RVA + (dataAt[i] as number), true);
    r.setUint32(e + 4, b.length, true);
    r.setUint32(e + 8, (langs[i] as WriteTable).codepage ?? 0, true);
    rsrc.set(b, dataAt[i] as number);
  });

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
