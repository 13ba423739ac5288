import type { CatalogFile, Entry, EntryRow, Kind, Source } from "./schema.js";
import { KIND_LIST } from "./families.js";
import type { FacilityNames } from "./bits.js";
import type { Manifest } from "./output-schema.js";

export type { Manifest };

// A cold CLI does one or two lookups: scanning 25k rows costs less than
// building a Map, so indexes are built only once lookups keep coming.
const LINEAR_LOOKUPS = 16;
const NONE: readonly string[] = Object.freeze([]);
const NO_ROWS: readonly number[] = Object.freeze([]);

/**
 * The loaded catalog. Trusts its input (validate foreign files with
 * parseCatalogFile first); Entry objects and indexes are built on demand.
 */
export class Catalog implements FacilityNames {
  readonly size: number;
  readonly sources: readonly Source[];
  readonly buildDate: string;
  /** The stored tuples, for loops that scan the catalog; treat as read-only. */
  readonly rows: readonly EntryRow[];
  readonly #rows: readonly EntryRow[];
  readonly #file: CatalogFile;
  readonly #entries: (Entry | undefined)[];
  #values: Uint32Array | undefined;
  #valueRows: (readonly number[])[] | undefined;
  #valueLookups = 0;
  #prefetched: Map<number, readonly number[]> | undefined;
  #byName: Map<string, number[]> | undefined;
  #byUpperName: Map<string, number[]> | undefined;
  #nameLookups = 0;
  #upperNames: string[] | undefined;
  #facilities: { hresult: Map<number, readonly string[]>; ntstatus: Map<number, readonly string[]> } | undefined;
  // The same, dense by facility number (HRESULT 13 bits, NTSTATUS 12): every
  // decoded reading looks both up.
  #hresultFacilities: (readonly string[])[] | undefined;
  #ntstatusFacilities: (readonly string[])[] | undefined;
  #manifest: Manifest | undefined;
  readonly #kindHeader = new Map<string, readonly number[]>();

  constructor(file: CatalogFile) {
    this.#file = file;
    this.#rows = file.entries;
    this.rows = file.entries;
    this.size = file.entries.length;
    this.sources = file.sources;
    this.buildDate = file.buildDate;
    this.#entries = new Array<Entry | undefined>(this.size);
  }

  /** The raw stored tuple; for modules that scan the whole catalog. */
  row(index: number): EntryRow {
    return this.#rows[index] as EntryRow;
  }

  // One field of a row, for loops over the whole catalog: a subclass that
  // builds rows on demand (PackedCatalog) reads these in place.
  nameOf(index: number): string {
    return this.row(index)[0];
  }

  messageOf(index: number): string | null {
    return this.row(index)[3];
  }

  /** Whether the row has an official message (without reading it). */
  hasMessage(index: number): boolean {
    return this.row(index)[3] !== null;
  }

  kindOf(index: number): Kind {
    return this.row(index)[1];
  }

  valueOf(index: number): number {
    return this.row(index)[2];
  }

  headerOf(index: number): string {
    return this.row(index)[4];
  }

  /**
   * Name of the entry row `index` is defined as (`#define A B`,
   * `HRESULT_FROM_WIN32(B)`, ...), or null for a code of its own. The named
   * entry exists (indexesOfName finds it), possibly in another family.
   */
  aliasOfIndex(index: number): string | null {
    return this.row(index)[7];
  }

  /**
   * How many sources define row `index`'s name with its value: its own
   * source and the later ones of `alsoIn` (EntryRow). 1 when no other does.
   */
  sourceCountOf(index: number): number {
    return 1 + (this.row(index)[8]?.length ?? 0);
  }

  /** Row indexes of one family from one header, in catalog order; kept once asked for. */
  rowsOfKindAndHeader(kind: Kind, header: string): readonly number[] {
    const key = kind + " " + header;
    let rows = this.#kindHeader.get(key);
    if (rows === undefined) {
      rows = Object.freeze(this.scanKindAndHeader(kind, header));
      this.#kindHeader.set(key, rows);
    }
    return rows;
  }

  /** One pass for rowsOfKindAndHeader; PackedCatalog compares stored numbers instead. */
  protected scanKindAndHeader(kind: Kind, header: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.kindOf(i) === kind && this.headerOf(i) === header) out.push(i);
    return out;
  }

  /** Row indexes whose message is exactly row `index`'s (itself too), in catalog order; none when it has no message. */
  indexesWithSameMessage(index: number): number[] {
    const message = this.messageOf(index);
    return message === null ? [] : this.indexesWithMessage(message);
  }

  /** Row indexes whose message is exactly `message`, in catalog order. */
  indexesWithMessage(message: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.messageOf(i) === message) out.push(i);
    return out;
  }

  entry(index: number): Entry {
    let e = this.#entries[index];
    if (e === undefined) {
      const r = this.#rows[index];
      if (r === undefined) throw new RangeError(`No catalog entry at index ${index}.`);
      e = { name: r[0], kind: r[1], value: r[2], message: r[3], header: r[4], source: this.sources[r[5]] as Source, line: r[6], aliasOf: r[7] };
      this.#entries[index] = e;
    }
    return e;
  }

  entries(): Entry[] {
    const out = new Array<Entry>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.entry(i);
    return out;
  }

  /** Whether the value index is built (lookups are then binary searches). */
  get valuesIndexed(): boolean {
    return this.#values !== undefined;
  }

  /**
   * Cold path: find several values in one pass over the rows, so a first
   * decode scans once instead of once per value. No-op once indexed.
   */
  prefetchValues(values: readonly number[]): void {
    if (this.#values !== undefined || this.#valueLookups >= LINEAR_LOOKUPS) return;
    this.#valueLookups++;
    const wanted = values.map((v) => v >>> 0);
    const found: number[][] = wanted.map(() => []);
    const rows = this.#rows;
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as EntryRow)[2];
      for (let k = 0; k < wanted.length; k++) if (wanted[k] === v) (found[k] as number[]).push(i);
    }
    this.#prefetched = new Map(wanted.map((v, k) => [v, found[k] as number[]]));
  }

  /** Row indexes with this value, in catalog order. */
  indexesOfValue(value: number): readonly number[] {
    const v = value >>> 0;
    const rows = this.#rows;
    if (this.#values === undefined) {
      const pre = this.#prefetched?.get(v);
      if (pre !== undefined) return pre;
    }
    if (this.#values === undefined && ++this.#valueLookups <= LINEAR_LOOKUPS) {
      const out: number[] = [];
      for (let i = 0; i < rows.length; i++) if ((rows[i] as EntryRow)[2] === v) out.push(i);
      return out;
    }
    if (this.#values === undefined) this.#buildValueIndex();
    // Binary search over the sorted distinct values (values above 2^30 are
    // not small integers, which makes a Map keyed by them slow).
    const values = this.#values as Uint32Array;
    let lo = 0;
    let hi = values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = values[mid] as number;
      if (m < v) lo = mid + 1;
      else if (m > v) hi = mid - 1;
      else return (this.#valueRows as (readonly number[])[])[mid] as readonly number[];
    }
    return NO_ROWS;
  }

  #buildValueIndex(): void {
    const rows = this.#rows;
    // value * 2^21 + row index sorts by value, then catalog order (< 2^53).
    const keys = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) keys[i] = (rows[i] as EntryRow)[2] * 0x200000 + i;
    keys.sort();
    const values: number[] = [];
    const lists: number[][] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number;
      const v = Math.floor(key / 0x200000);
      const i = key - v * 0x200000;
      if (values.length > 0 && values[values.length - 1] === v) (lists[lists.length - 1] as number[]).push(i);
      else {
        values.push(v);
        lists.push([i]);
      }
    }
    for (const l of lists) Object.freeze(l);
    this.#values = Uint32Array.from(values);
    this.#prefetched = undefined;
    this.#valueRows = lists;
  }

  byValue(value: number, kind?: Kind): Entry[] {
    const out: Entry[] = [];
    for (const i of this.indexesOfValue(value)) {
      if (kind === undefined || (this.#rows[i] as EntryRow)[1] === kind) out.push(this.entry(i));
    }
    return out;
  }

  /** Row indexes named exactly `name` (or ignoring case), in catalog order. */
  indexesOfName(name: string, ignoreCase = false): readonly number[] {
    const rows = this.#rows;
    if (this.#byName === undefined && ++this.#nameLookups <= LINEAR_LOOKUPS) {
      const out: number[] = [];
      const upper = ignoreCase ? name.toUpperCase() : name;
      for (let i = 0; i < rows.length; i++) {
        const n = (rows[i] as EntryRow)[0];
        if (n.length === name.length && (n === name || (ignoreCase && n.toUpperCase() === upper))) out.push(i);
      }
      return out;
    }
    if (this.#byName === undefined) {
      const exact = new Map<string, number[]>();
      for (let i = 0; i < rows.length; i++) push(exact, (rows[i] as EntryRow)[0], i);
      this.#byName = exact;
    }
    if (!ignoreCase) return this.#byName.get(name) ?? NO_ROWS;
    // Upper-cased names only once a lookup ignores case.
    if (this.#byUpperName === undefined) {
      const upper = new Map<string, number[]>();
      for (let i = 0; i < rows.length; i++) push(upper, (rows[i] as EntryRow)[0].toUpperCase(), i);
      this.#byUpperName = upper;
    }
    return this.#byUpperName.get(name.toUpperCase()) ?? NO_ROWS;
  }

  /** Entries named exactly `name`; with ignoreCase, any case. */
  byName(name: string, options: { ignoreCase?: boolean } = {}): Entry[] {
    return this.indexesOfName(name, options.ignoreCase ?? false).map((i) => this.entry(i));
  }

  /** Whether some entry has exactly this name (cheap once indexed). */
  hasName(name: string): boolean {
    return this.indexesOfName(name).length > 0;
  }

  /** Row indexes whose name contains `part`, ignoring case, in catalog order. */
  indexesOfNamePart(part: string, limit = Infinity): number[] {
    const upper = (this.#upperNames ??= this.#rows.map((r) => r[0].toUpperCase()));
    const p = part.toUpperCase();
    const out: number[] = [];
    if (p.length === 0) return out;
    for (let i = 0; i < upper.length && out.length < limit; i++) if ((upper[i] as string).includes(p)) out.push(i);
    return out;
  }

  /** Entries whose name contains `part`, ignoring case. */
  searchNames(part: string, limit = Infinity): Entry[] {
    return this.indexesOfNamePart(part, limit).map((i) => this.entry(i));
  }

  /** Every name the headers give this facility number (one-to-many); frozen. */
  facilityNames(table: "hresult" | "ntstatus", facility: number): readonly string[] {
    const dense = table === "hresult" ? this.#hresultFacilities : this.#ntstatusFacilities;
    if (dense !== undefined && facility >= 0 && facility < dense.length) return dense[facility] as readonly string[];
    if (this.#facilities === undefined) {
      const build = (rows: CatalogFile["facilities"]["hresult"]) => {
        const m = new Map<number, readonly string[]>();
        for (const [n, names] of rows) m.set(n, Object.freeze([...(m.get(n) ?? []), ...names]));
        return m;
      };
      this.#facilities = { hresult: build(this.#file.facilities.hresult), ntstatus: build(this.#file.facilities.ntstatus) };
      const spread = (m: Map<number, readonly string[]>, size: number) => {
        const a = new Array<readonly string[]>(size).fill(NONE);
        for (const [n, names] of m) if (Number.isInteger(n) && n >= 0 && n < size) a[n] = names;
        return a;
      };
      this.#hresultFacilities = spread(this.#facilities.hresult, 0x2000);
      this.#ntstatusFacilities = spread(this.#facilities.ntstatus, 0x1000);
    }
    return this.#facilities[table].get(facility) ?? NONE;
  }

  manifest(): Manifest {
    if (this.#manifest === undefined) {
      const byKind = Object.fromEntries(KIND_LIST.map((k) => [k, 0])) as Record<Kind, number>;
      const headers = new Set<string>();
      let withMessage = 0;
      for (const r of this.#rows) {
        byKind[r[1]] = (byKind[r[1]] ?? 0) + 1;
        headers.add(r[4]);
        if (r[3] !== null) withMessage++;
      }
      this.#manifest = {
        entries: this.size,
        withMessage,
        byKind,
        headers: headers.size,
        sources: this.sources.map((s) => ({ name: s.name, version: s.version })),
        buildDate: this.buildDate,
      };
    }
    // A copy, so callers cannot change the cached one.
    const m = this.#manifest;
    return { ...m, byKind: { ...m.byKind }, sources: m.sources.map((s) => ({ ...s })) };
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Wrap parsed catalog JSON; no validation here (see parseCatalogFile). */
export function loadCatalog(file: CatalogFile): Catalog {
  return new Catalog(file);
}
