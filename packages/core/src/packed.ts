import { asciiJson } from "./ascii-json.js";
import { Catalog, type Manifest } from "./catalog.js";
import { CATALOG_FORMAT } from "./format.js";
import type { CatalogFile, EntryRow, Kind } from "./schema.js";

/**
 * The apps' runtime form of the catalog (the CLI's and the TUI's
 * dist/catalog.json, written by their build.mjs). Measured on the
 * 20k-entry catalog: JSON.parse of data/catalog.json and its 20k row tuples
 * cost about as much as starting node itself. This form is read in place
 * instead: fixed-width hex records, found by binary search, decoded only for
 * the rows a lookup touches; a message is parsed only when a match shows it.
 * It is still one valid, pure-ASCII JSON document; only its small head goes
 * through JSON.parse. No file I/O here: the apps read the bytes.
 *
 * Lookup semantics stay Catalog's: PackedCatalog answers the queries that
 * decode, search and scan make, and packed.test.ts checks it against Catalog
 * over the whole committed catalog.
 */
export const PACK_FORMAT = "winerr-packed-catalog/4";

/** The small part parsed at every start. */
interface PackHead {
  format: typeof PACK_FORMAT;
  about: string;
  buildDate: string;
  sources: CatalogFile["sources"];
  facilities: CatalogFile["facilities"];
  /** Computed by core at build time, so `winerr info` reads nothing else. */
  manifest: Manifest;
  count: number;
  kindNames: Kind[];
  headers: string[];
  /** Bytes from the first section's key to the messages' content: a reader can stop there. */
  messagesAt: number;
}

/** Each row's record: these fields as upper-case hex, this many digits each. */
const FIELDS = [
  ["kind", 1],
  ["value", 8],
  // Field widths hold what the sources need with room to spare (packCatalog
  // throws if a value does not fit): about 200 headers of 4,095, header lines
  // up to 193,401 (MsHTML.h) of 1,048,575.
  ["header", 3],
  ["source", 2],
  ["line", 5],
  // A name ends one before the next row's nameStart (names are joined by one space).
  ["nameStart", 6],
  ["messageStart", 7],
  ["messageEnd", 7],
  // aliasOf as the first row with the target's name (NO_ALIAS: none).
  ["aliasOf", 5],
  // alsoIn as a bit set of source indexes (0: none; the schema keeps them below 8).
  ["alsoIn", 2],
] as const;
type Field = (typeof FIELDS)[number][0];
const OFFSET = {} as Record<Field, number>;
const WIDTH = {} as Record<Field, number>;
let ROW = 0;
for (const [f, w] of FIELDS) {
  OFFSET[f] = ROW;
  WIDTH[f] = w;
  ROW += w;
}
/** byValue: row numbers sorted by (value, row), this many hex digits each. */
const ROW_NUMBER = 5;
const NO_MESSAGE = 0xfffffff; // all 7 digits set
const NO_ALIAS = 0xfffff; // all 5 digits set
/** Name lookups answered by searching the text before an index pays off. */
const INDEX_AFTER = 16;
/** Same-message lookups answered by a byte search before the length table pays off. */
const SEARCH_MESSAGES_UNTIL = 8;
/** Messages read one by one (a cold decode or page shows a few) before the whole section is read at once (a long --stdin shows thousands). */
const MESSAGES_ONE_BY_ONE = 64;

/**
 * Sections after the head, in this order, each a JSON string read straight
 * from the file bytes: `rows` (records), `byValue`, `sameMessage` (per row,
 * ROW_NUMBER digits: the next row, in row order and round to the first,
 * whose message is exactly this row's; NO_ALIAS when no other row's is, or
 * the row has none), `names` (" " + names joined by " " + " "; names are
 * identifiers), `messages` (JSON-escaped, back to back).
 */
const SECTIONS = ["rows", "byValue", "sameMessage", "names", "messages"] as const;
type Section = (typeof SECTIONS)[number];
const key = (s: Section): string => `,"${s}":"`;

function hex(value: number, width: number, what: string): string {
  const h = value.toString(16).toUpperCase();
  if (!Number.isInteger(value) || value < 0 || h.length > width) throw new Error(`packCatalog: ${what} ${value} does not fit ${width} hex digits`);
  return h.padStart(width, "0");
}

/** Build time: core's catalog file to the packed JSON text. */
export function packCatalog(file: CatalogFile): string {
  const rows = file.entries;
  const kindNames = [...new Set(rows.map((r) => r[1]))];
  const headers = [...new Set(rows.map((r) => r[4]))];
  const headerIndex = new Map(headers.map((h, i) => [h, i]));
  let names = " ";
  let messages = "";
  const firstRow = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!firstRow.has(r[0])) firstRow.set(r[0], i);
  });
  if (rows.length >= NO_ALIAS) throw new Error(`packCatalog: ${rows.length} rows do not fit ${ROW_NUMBER} hex digits`);
  const records = rows.map((r) => {
    const field: Record<Field, number> = {
      kind: kindNames.indexOf(r[1]),
      value: r[2],
      header: headerIndex.get(r[4]) as number,
      source: r[5],
      line: r[6],
      nameStart: names.length,
      messageStart: NO_MESSAGE,
      messageEnd: NO_MESSAGE,
      aliasOf: NO_ALIAS,
      alsoIn: (r[8] ?? []).reduce((bits, k) => bits | (1 << k), 0),
    };
    if (r[7] !== null) {
      const target = firstRow.get(r[7]);
      if (target === undefined) throw new Error(`packCatalog: ${r[0]} is an alias of ${r[7]}, which is not in the catalog`);
      field.aliasOf = target;
    }
    names += r[0] + " ";
    if (r[3] !== null) {
      field.messageStart = messages.length;
      messages += asciiJson(r[3]).slice(1, -1);
      field.messageEnd = messages.length;
    }
    return FIELDS.map(([f, w]) => hex(field[f], w, f)).join("");
  });
  const byValue = rows.map((_, i) => i).sort((a, b) => (rows[a] as EntryRow)[2] - (rows[b] as EntryRow)[2] || a - b);
  const byMessage = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r[3] === null) return;
    const list = byMessage.get(r[3]);
    if (list) list.push(i);
    else byMessage.set(r[3], [i]);
  });
  const sameNext = new Array<number>(rows.length).fill(NO_ALIAS);
  for (const list of byMessage.values()) if (list.length > 1) list.forEach((row, k) => (sameNext[row] = list[(k + 1) % list.length] as number));
  const sections: Record<Section, string> = {
    rows: records.join(""),
    byValue: byValue.map((i) => hex(i, ROW_NUMBER, "row")).join(""),
    sameMessage: sameNext.map((i) => hex(i, ROW_NUMBER, "row")).join(""),
    names,
    messages,
  };
  const head: PackHead = {
    format: PACK_FORMAT,
    about: "Packed form of @winerr/core data/catalog.json; see packages/core/src/packed.ts.",
    buildDate: file.buildDate,
    sources: file.sources,
    facilities: file.facilities,
    manifest: new Catalog(file).manifest(),
    count: rows.length,
    kindNames,
    headers,
    messagesAt: 0,
  };
  const body = SECTIONS.map((s) => key(s) + sections[s] + '"').join("");
  head.messagesAt = body.indexOf(key("messages")) + key("messages").length;
  return asciiJson(head).slice(0, -1) + body + "}\n";
}

const PACK_START = `{"format":"${PACK_FORMAT}"`;

/**
 * Opens a packed file of `size` bytes reading only what lookups touch: the
 * head, then a page at a time of the records (a cold decode reads a few
 * percent of the file), all of them once lookups keep coming; messages are
 * read one by one when a match shows them. `readAt` fills `buf` from byte
 * `position` of the file and returns how many bytes it read (as
 * fs.readSync). `alloc` makes the buffer the pages are read into (tests
 * fill it, so that a byte used before it was read shows). Null if the file
 * is not in the packed form.
 */
export function openPacked(size: number, readAt: (buf: Buffer, position: number) => number, alloc: (size: number) => Buffer = Buffer.allocUnsafe): PackedCatalog | null {
  const fill = (b: Buffer, position: number): Buffer => {
    for (let got = 0; got < b.length; ) {
      const n = readAt(b.subarray(got), position + got);
      if (n === 0) throw new Error("packed catalog ended early");
      got += n;
    }
    return b;
  };
  const read = (position: number, length: number): Buffer => fill(Buffer.allocUnsafe(length), position);
  const probe = read(0, Math.min(size, PROBE));
  if (!isPacked(probe)) return null;
  const first = probe.indexOf(key(SECTIONS[0]));
  if (first < 0) return new PackedCatalog(read(0, size)); // a head this big: read it all
  // messagesAt is the head's last field: `"messagesAt":N` just before the first section.
  const m = /"messagesAt":(\d+)$/.exec(probe.toString("latin1", Math.max(0, first - 32), first));
  if (m === null) throw new Error("packed catalog without messagesAt");
  const end = Math.min(size, first + Number(m[1]));
  if (end <= probe.length) return new PackedCatalog(probe.subarray(0, end), read);
  // Pages are read into one buffer of the final size, where they belong: memory never touched costs nothing.
  const buf = alloc(end);
  probe.copy(buf);
  const pages = new Pages(end, probe.length, (position, length) => fill(buf.subarray(position, position + length), position));
  return new PackedCatalog(buf, read, pages);
}

/** Bytes of the file read first: the head (about 11 KB) and the first records. */
const PROBE = 1 << 16;
const PAGE_BITS = 13;
/** Pages read one by one before the rest of the file is read at once (a long --stdin, an index built). */
const PAGE_BUDGET = 96;

/** What PackedCatalog asks of a buffer read on demand: make bytes [start, end) real; true once all are. */
export interface PageLoader {
  load(start: number, end: number): boolean;
}

/**
 * Which pages of a file's buffer hold the file's bytes yet; `load` reads
 * those a range needs, in one read per run of missing pages. After
 * PAGE_BUDGET pages it reads all the rest at once.
 */
class Pages implements PageLoader {
  readonly #have: Uint8Array;
  #fetched = 0;

  constructor(
    readonly size: number,
    loaded: number,
    readonly fill: (position: number, length: number) => void,
  ) {
    this.#have = new Uint8Array(((size - 1) >>> PAGE_BITS) + 1);
    // Pages wholly inside the first `loaded` bytes, and the last one if those reach the end.
    const full = loaded >= size ? this.#have.length : loaded >>> PAGE_BITS;
    this.#have.fill(1, 0, full);
  }

  /** Reads what bytes [start, end) lack; true once the whole buffer is read (the caller drops this). */
  load(start: number, end: number): boolean {
    const have = this.#have;
    const last = Math.min((end - 1) >>> PAGE_BITS, have.length - 1);
    for (let p = Math.max(0, start >>> PAGE_BITS); p <= last; p++) {
      if (have[p] === 1) continue;
      if (this.#fetched >= PAGE_BUDGET) return this.#all();
      let q = p;
      while (q < last && have[q + 1] === 0) q++;
      this.#read(p, q);
      p = q;
    }
    return false;
  }

  #read(p: number, q: number): void {
    const position = p << PAGE_BITS;
    this.fill(position, Math.min(this.size, (q + 1) << PAGE_BITS) - position);
    this.#have.fill(1, p, q + 1);
    this.#fetched += q - p + 1;
  }

  #all(): true {
    const have = this.#have;
    for (let p = 0; p < have.length; p++) {
      if (have[p] === 1) continue;
      let q = p;
      while (q + 1 < have.length && have[q + 1] === 0) q++;
      this.#read(p, q);
      p = q;
    }
    return true;
  }
}

/**
 * packCatalog backwards: the catalog file a packed text was made from, row
 * for row. The exporter reads this where only the packed form ships (the
 * npm package, the PowerShell module).
 */
export function unpackCatalog(buf: Buffer): CatalogFile {
  return new PackedCatalog(buf).toFile();
}

/** Whether the file is the packed form (else it is core's catalog file). */
export function isPacked(buf: Buffer): boolean {
  return buf.toString("latin1", 0, PACK_START.length) === PACK_START;
}

/** The catalog over a packed file; rows and messages are built on demand. */
export class PackedCatalog extends Catalog {
  readonly #head: PackHead;
  readonly #buf: Buffer;
  readonly #n: number;
  /** Where each section's string content starts in the file. */
  readonly #at: Record<Section, number>;
  readonly #rows = new Map<number, EntryRow>();
  #messageLengths: Int32Array | undefined;
  #messageLookups = 0;
  #messageReads = 0;
  /** The messages section, read at the first byte search when the file was opened without it. */
  #messagesBuf: Buffer | undefined;
  readonly #readMore: ((position: number, length: number) => Buffer) | undefined;
  /** While the file is read page by page (openPacked): which pages are in #buf. */
  #pages: PageLoader | undefined;
  #names: string | undefined;
  #upperNames: string | undefined;
  /** Built once name lookups keep coming (a long --stdin), as core does. */
  #byName: { exact: Map<string, number[]>; upper: Map<string, number[]> } | undefined;
  #nameLookups = 0;

  /**
   * `buf` holds the file at least up to the messages' content; `readMore`
   * reads the rest on demand, so a cold start skips them. With `pages`, buf
   * is of that size but holds only the pages `pages` has read, and reads more
   * as lookups touch them (see openPacked).
   */
  constructor(buf: Buffer, readMore?: (position: number, length: number) => Buffer, pages?: PageLoader) {
    const first = buf.indexOf(key(SECTIONS[0]), 0, "latin1");
    if (first < 0 || (pages !== undefined && first + key(SECTIONS[0]).length > PROBE)) throw new Error("packed catalog without sections");
    const head = JSON.parse(buf.toString("latin1", 0, first) + "}") as PackHead;
    if (head.format !== PACK_FORMAT) throw new Error(`unknown catalog format ${String(head.format)}`);
    const self: { catalog?: PackedCatalog } = {};
    const rows = new Proxy(new Array<EntryRow>(head.count), {
      // Core methods this class does not override still see every row.
      get: (target, k, receiver) => {
        // Hot in core's decode loop: a cheap index test, no regex.
        if (typeof k === "string") {
          const c = k.charCodeAt(0);
          const i = c >= 48 && c <= 57 ? Number(k) : -1;
          if (Number.isInteger(i) && i >= 0 && i < head.count) return self.catalog?.row(i);
        }
        return Reflect.get(target, k, receiver);
      },
    });
    super({ format: CATALOG_FORMAT, buildDate: head.buildDate, sources: head.sources, facilities: head.facilities, entries: rows });
    self.catalog = this;
    this.#head = head;
    this.#buf = buf;
    this.#readMore = readMore;
    this.#pages = pages;
    this.#n = head.count;
    // Where each section's content starts follows from count (rows and
    // byValue have fixed-width records) and messagesAt; each key is checked
    // where it must be (`,"key":"` cannot occur in a string).
    const at = {} as Record<Section, number>;
    at.rows = first + key("rows").length;
    at.byValue = at.rows + head.count * ROW + 1 + key("byValue").length;
    at.sameMessage = at.byValue + head.count * ROW_NUMBER + 1 + key("sameMessage").length;
    at.names = at.sameMessage + head.count * ROW_NUMBER + 1 + key("names").length;
    at.messages = first + head.messagesAt;
    for (const s of SECTIONS) {
      const k = at[s] - key(s).length;
      if (k < first || at[s] > buf.length || this.#text(k, at[s]) !== key(s)) throw new Error(s === "byValue" ? "packed catalog rows do not match count" : `packed catalog without ${s}`);
    }
    this.#at = at;
  }

  /** Bytes [start, end) of the file, read first if they are not yet (see openPacked). */
  #need(start: number, end: number): void {
    if (this.#pages !== undefined && this.#pages.load(start, end)) this.#pages = undefined;
  }

  /** Bytes [start, end) of buf, read first if needed. */
  #bytes(start: number, end: number): Buffer {
    this.#need(start, end);
    return this.#buf.subarray(start, end);
  }

  /** Bytes [start, end) of buf as text, read first if needed. */
  #text(start: number, end: number): string {
    this.#need(start, end);
    return this.#buf.toString("latin1", start, end);
  }

  /** Unsigned hex number of `width` digits at byte `pos`, read in place. */
  #hex(pos: number, width: number): number {
    if (this.#pages !== undefined) this.#need(pos, pos + width);
    const b = this.#buf;
    let v = 0;
    for (let k = 0; k < width; k++) {
      const c = b[pos + k] as number;
      v = v * 16 + (c <= 57 ? c - 48 : c - 55);
    }
    return v;
  }

  #field(i: number, f: Field): number {
    return this.#hex(this.#at.rows + i * ROW + OFFSET[f], WIDTH[f]);
  }

  /** Offset just past row i's name in the names section (the space before the next name). */
  #nameEnd(i: number): number {
    if (i + 1 < this.#n) return this.#field(i + 1, "nameStart") - 1;
    // The section is " " + names joined by " " + " ": the last name ends before the final space.
    return this.#at.messages - key("messages").length - 1 - this.#at.names - 1;
  }

  override row(index: number): EntryRow {
    let r = this.#rows.get(index);
    if (r === undefined) {
      if (!(Number.isInteger(index) && index >= 0 && index < this.#n)) throw new RangeError(`No catalog entry at index ${index}.`);
      const h = this.#head;
      const ms = this.#field(index, "messageStart");
      r = [
        this.#text(this.#at.names + this.#field(index, "nameStart"), this.#at.names + this.#nameEnd(index)),
        h.kindNames[this.#field(index, "kind")] as Kind,
        this.#field(index, "value"),
        ms === NO_MESSAGE ? null : this.#message(this.#at.messages + ms, this.#at.messages + this.#field(index, "messageEnd")),
        h.headers[this.#field(index, "header")] as string,
        this.#field(index, "source"),
        this.#field(index, "line"),
        this.aliasOfIndex(index),
      ];
      const also = this.#field(index, "alsoIn");
      if (also !== 0) r.push([0, 1, 2, 3, 4, 5, 6, 7].filter((k) => (also & (1 << k)) !== 0));
      this.#rows.set(index, r);
    }
    return r;
  }

  override nameOf(index: number): string {
    const r = this.#rows.get(index);
    if (r !== undefined) return r[0];
    const at = this.#at.names;
    return this.#text(at + this.#field(this.#checked(index), "nameStart"), at + this.#nameEnd(index));
  }

  override messageOf(index: number): string | null {
    const r = this.#rows.get(index);
    if (r !== undefined) return r[3];
    const ms = this.#field(this.#checked(index), "messageStart");
    return ms === NO_MESSAGE ? null : this.#message(this.#at.messages + ms, this.#at.messages + this.#field(index, "messageEnd"));
  }

  override sourceCountOf(index: number): number {
    let also = this.#field(this.#checked(index), "alsoIn");
    let n = 1;
    for (; also !== 0; also &= also - 1) n++;
    return n;
  }

  override aliasOfIndex(index: number): string | null {
    const r = this.#rows.get(index);
    if (r !== undefined) return r[7];
    const target = this.#field(this.#checked(index), "aliasOf");
    return target === NO_ALIAS ? null : this.nameOf(target);
  }

  protected override scanKindAndHeader(kind: Kind, header: string): number[] {
    const k = this.#head.kindNames.indexOf(kind);
    const h = this.#head.headers.indexOf(header);
    const out: number[] = [];
    if (k < 0 || h < 0) return out;
    for (let i = 0; i < this.#n; i++) if (this.#field(i, "header") === h && this.#field(i, "kind") === k) out.push(i);
    return out;
  }

  /** The rows of the sameMessage cycle through `index` (no message text is read), in row order. */
  override indexesWithSameMessage(index: number): number[] {
    const first = this.#checked(index);
    if (!this.hasMessage(first)) return [];
    const out = [first];
    const next = (i: number): number => this.#hex(this.#at.sameMessage + i * ROW_NUMBER, ROW_NUMBER);
    for (let i = next(first); i !== NO_ALIAS && i !== first && out.length <= this.#n; i = next(i)) out.push(i);
    return out.sort((a, b) => a - b);
  }

  /** Compares stored bytes, and only of messages with the right length: no text is decoded. */
  override indexesWithMessage(message: string): number[] {
    const want = Buffer.from(asciiJson(message).slice(1, -1), "latin1");
    // The first few (a page's "same message") search the messages' bytes for
    // the text itself: reading every row's lengths costs a cold page more.
    if (want.length > 0 && this.#messageLengths === undefined && ++this.#messageLookups <= SEARCH_MESSAGES_UNTIL) return this.#findMessage(want);
    // Stored lengths, parsed once (-1: no message).
    let lengths = this.#messageLengths;
    if (lengths === undefined) {
      lengths = this.#messageLengths = new Int32Array(this.#n);
      for (let i = 0; i < this.#n; i++) {
        const ms = this.#field(i, "messageStart");
        lengths[i] = ms === NO_MESSAGE ? -1 : this.#field(i, "messageEnd") - ms;
      }
    }
    const out: number[] = [];
    for (let i = 0; i < this.#n; i++) {
      if (lengths[i] !== want.length) continue;
      const start = this.#at.messages + this.#field(i, "messageStart");
      const end = start + want.length;
      const have = this.#range(start, end);
      if (have.equals(want)) out.push(i);
    }
    return out;
  }

  /** indexesWithMessage by a byte search of the messages section: each hit that is a row's whole message. */
  #findMessage(want: Buffer): number[] {
    const start = this.#at.messages;
    const end = start + this.#messagesLength();
    const hay = end <= this.#buf.length || this.#readMore === undefined ? this.#bytes(start, end) : this.#allMessages();
    const out: number[] = [];
    for (let at = hay.indexOf(want); at !== -1; at = hay.indexOf(want, at + 1)) {
      const i = this.#rowWithMessageAt(at);
      if (i >= 0 && this.#field(i, "messageEnd") - at === want.length) out.push(i);
    }
    return out;
  }

  /**
   * Bytes [start, end) of the file: from buf (read first if needed), or past
   * it, in the messages section, read alone, or after MESSAGES_ONE_BY_ONE
   * such reads from the whole section read at once.
   */
  #range(start: number, end: number): Buffer {
    if (end <= this.#buf.length || this.#readMore === undefined) return this.#bytes(start, end);
    if (this.#messagesBuf === undefined && ++this.#messageReads <= MESSAGES_ONE_BY_ONE) return this.#readMore(start, end - start);
    const at = start - this.#at.messages;
    return this.#allMessages().subarray(at, at + end - start);
  }

  /** The messages section's content, read once (buf does not hold it). */
  #allMessages(): Buffer {
    return (this.#messagesBuf ??= this.#readMore!(this.#at.messages, this.#messagesLength()));
  }

  /** Length of the messages section's content (up to its closing quote). */
  #messagesLength(): number {
    // The last row with a message ends the section.
    for (let i = this.#n - 1; i >= 0; i--) {
      const ms = this.#field(i, "messageStart");
      if (ms !== NO_MESSAGE) return this.#field(i, "messageEnd");
    }
    return 0;
  }

  /**
   * The row whose message starts at `offset` of the messages section, or -1.
   * Messages are stored in row order, so starts grow with the row among rows
   * that have one: a binary search that steps over rows without.
   */
  #rowWithMessageAt(offset: number): number {
    let lo = 0;
    let hi = this.#n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      let k = mid;
      while (k <= hi && this.#field(k, "messageStart") === NO_MESSAGE) k++;
      if (k > hi) {
        hi = mid - 1;
        continue;
      }
      const ms = this.#field(k, "messageStart");
      if (ms === offset) return k;
      if (ms < offset) lo = k + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  override hasMessage(index: number): boolean {
    return this.#field(this.#checked(index), "messageStart") !== NO_MESSAGE;
  }

  override kindOf(index: number): Kind {
    return this.#rows.get(index)?.[1] ?? (this.#head.kindNames[this.#field(this.#checked(index), "kind")] as Kind);
  }

  override valueOf(index: number): number {
    return this.#rows.get(index)?.[2] ?? this.#field(this.#checked(index), "value");
  }

  override headerOf(index: number): string {
    return this.#rows.get(index)?.[4] ?? (this.#head.headers[this.#field(this.#checked(index), "header")] as string);
  }

  #checked(index: number): number {
    if (!(Number.isInteger(index) && index >= 0 && index < this.#n)) throw new RangeError(`No catalog entry at index ${index}.`);
    return index;
  }

  /** A message's JSON-escaped ASCII text, unescaped only when it has escapes. */
  #message(start: number, end: number): string {
    const text = this.#range(start, end).toString("latin1");
    return text.includes("\\") ? (JSON.parse('"' + text + '"') as string) : text;
  }

  #byValue(k: number): number {
    return this.#hex(this.#at.byValue + k * ROW_NUMBER, ROW_NUMBER);
  }

  /** Every row as core's catalog file holds it (see unpackCatalog). */
  toFile(): CatalogFile {
    const h = this.#head;
    const entries = Array.from({ length: this.#n }, (_, i) => [...this.row(i)] as EntryRow);
    return { format: CATALOG_FORMAT, buildDate: h.buildDate, sources: h.sources, facilities: h.facilities, entries };
  }

  /** Rows decoded so far; a cold decode should touch only a few. */
  get rowsBuilt(): number {
    return this.#rows.size;
  }

  // Value lookups here are always a binary search: core's cold-start
  // prefetch (a scan of every row) would only cost.
  override get valuesIndexed(): boolean {
    return true;
  }

  override prefetchValues(): void {}

  override indexesOfValue(value: number): readonly number[] {
    const v = value >>> 0;
    let lo = 0;
    let hi = this.#n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#field(this.#byValue(mid), "value") < v) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.#n; k++) {
      const i = this.#byValue(k);
      if (this.#field(i, "value") !== v) break;
      out.push(i);
    }
    return out; // ties are in row order, as core returns them
  }

  #allNames(): string {
    return (this.#names ??= this.#text(this.#at.names, this.#at.messages - key("messages").length - 1));
  }

  #upper(): string {
    // Names are ASCII identifiers (core's schema), so offsets stay the same.
    return (this.#upperNames ??= this.#allNames().toUpperCase());
  }

  /** The row whose name holds offset `at` of the names section. */
  #rowAt(at: number): number {
    let lo = 0;
    let hi = this.#n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.#field(mid, "nameStart") <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  override indexesOfName(name: string, ignoreCase = false): readonly number[] {
    if (name.length === 0 || name.includes(" ")) return [];
    const needle = " " + (ignoreCase ? name.toUpperCase() : name) + " ";
    if (needle.length !== name.length + 2) return [];
    if (this.#byName !== undefined || ++this.#nameLookups > INDEX_AFTER) {
      const byName = (this.#byName ??= this.#nameIndex());
      return (ignoreCase ? byName.upper.get(name.toUpperCase()) : byName.exact.get(name)) ?? [];
    }
    const out: number[] = [];
    if (!ignoreCase) {
      // Exact: search the file bytes themselves, no string built.
      if (!/^[\x21-\x7e]+$/.test(name)) return out;
      const end = this.#at.messages;
      this.#need(this.#at.names, end);
      for (let at = this.#buf.indexOf(needle, this.#at.names, "latin1"); at !== -1 && at < end; at = this.#buf.indexOf(needle, at + 1, "latin1")) {
        out.push(this.#rowAt(at + 1 - this.#at.names));
      }
      return out;
    }
    const hay = this.#upper();
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) out.push(this.#rowAt(at + 1));
    return out;
  }

  #nameIndex(): { exact: Map<string, number[]>; upper: Map<string, number[]> } {
    const exact = new Map<string, number[]>();
    const upper = new Map<string, number[]>();
    const add = (m: Map<string, number[]>, k: string, i: number) => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    this.#allNames()
      .slice(1, -1)
      .split(" ")
      .forEach((name, i) => {
        add(exact, name, i);
        add(upper, name.toUpperCase(), i);
      });
    return { exact, upper };
  }

  override indexesOfNamePart(part: string, limit = Infinity): number[] {
    const p = part.toUpperCase();
    const out: number[] = [];
    if (p.length === 0 || p.includes(" ")) return out;
    const hay = this.#upper();
    for (let at = hay.indexOf(p); at !== -1 && out.length < limit; ) {
      const i = this.#rowAt(at);
      out.push(i);
      at = hay.indexOf(p, this.#nameEnd(i) + 1);
    }
    return out;
  }

  override manifest(): Manifest {
    const m = this.#head.manifest;
    return { ...m, byKind: { ...m.byKind }, sources: m.sources.map((s) => ({ ...s })) };
  }
}
