import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareSearch, search, searchAll, type SearchTier } from "./search.js";
import type { Kind } from "./schema.js";
import { realCatalog as catalog } from "../test/real-catalog.js";

describe("search", () => {
  it("puts the exact name first (winerror.h:279)", () => {
    expect(search(catalog, "error_access_denied")[0]).toMatchObject({ tier: "name", entry: { name: "ERROR_ACCESS_DENIED" } });
  });

  it("reads spaces as underscores for name parts", () => {
    const hits = search(catalog, "access denied", { limit: 50 });
    expect(hits.map((h) => h.entry.name)).toContain("ERROR_ACCESS_DENIED");
    expect(hits[0]?.tier).not.toBe("message-words");
  });

  it("ranks tiers in order and respects limit and kind", () => {
    const hits = search(catalog, "ipsec ike", { limit: 30, kind: "win32" });
    expect(hits.length).toBeLessThanOrEqual(30);
    expect(hits.every((h) => h.entry.kind === "win32")).toBe(true);
    const order = ["name", "name-prefix", "name-part", "name-words", "message-words"];
    const tiers = hits.map((h) => order.indexOf(h.tier));
    expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
  });

  it("matches every word of the message (winerror.h:26376)", () => {
    const hits = search(catalog, "inbound SA SPI", { limit: 100 });
    expect(hits.map((h) => h.entry.name)).toContain("ERROR_IPSEC_IKE_GETSPIFAIL");
  });

  it("returns nothing for empty or hostile text", () => {
    expect(search(catalog, "")).toEqual([]);
    expect(search(catalog, "  \u0000 🙂 ")).toEqual([]);
    expect(() => search(catalog, "x".repeat(20000))).not.toThrow();
  });
});

// The ranking as first written: every hit sorted. searchAll must agree with it.
function fullRanking(text: string, kind?: Kind): { index: number; tier: SearchTier }[] {
  const order: SearchTier[] = ["name", "name-prefix", "name-part", "name-words", "message-words"];
  const words = text.trim().toLowerCase().slice(0, 256).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const nameQ = words.join("_");
  const hits: { index: number; tier: SearchTier; name: string }[] = [];
  catalog.rows.forEach(([name, k, , message], index) => {
    if (kind !== undefined && k !== kind) return;
    const n = name.toLowerCase();
    const m = (message ?? "").toLowerCase();
    let t: number;
    if (n === nameQ) t = 0;
    else if (n.startsWith(nameQ)) t = 1;
    else if (n.includes(nameQ)) t = 2;
    else if (words.every((w) => n.includes(w))) t = 3;
    else if (words.every((w) => m.includes(w))) t = 4;
    else return;
    hits.push({ index, tier: order[t] as SearchTier, name: n });
  });
  const rank = (h: { tier: SearchTier }) => order.indexOf(h.tier);
  hits.sort((a, b) => rank(a) - rank(b) || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.index - b.index);
  return hits.map(({ index, tier }) => ({ index, tier }));
}

// Queries taken from the catalog itself: words of names and messages, prefixes, pairs.
const nameWords = [...new Set(catalog.rows.flatMap((r) => r[0].toLowerCase().split("_")))].filter((w) => w.length > 0).sort();
const messageWords = [...new Set(catalog.rows.flatMap((r) => (r[3] ?? "").toLowerCase().split(/[^a-z0-9]+/)))].filter((w) => w.length > 0).sort();
const catalogQuery = fc.oneof(
  fc.constantFrom(...nameWords),
  fc.constantFrom(...nameWords).map((w) => w.slice(0, 1 + (w.length >> 1))),
  fc.constantFrom(...messageWords),
  fc.tuple(fc.constantFrom(...nameWords), fc.constantFrom(...nameWords)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom(...messageWords), fc.constantFrom(...messageWords)).map(([a, b]) => `${a} ${b}`),
  fc.nat({ max: catalog.size - 1 }).map((i) => catalog.row(i)[0]),
  fc.stringMatching(/^[a-z]{1,2}$/),
);
const kindOrNone = fc.constantFrom<Kind | undefined>(undefined, "win32", "hresult", "ntstatus", "bugcheck");

describe("searchAll (ranked hits built on demand)", () => {
  it("its first k hits are the full ranking's first k, for queries from the catalog", () => {
    fc.assert(
      fc.property(catalogQuery, kindOrNone, fc.nat({ max: 60 }), (q, kind, k) => {
        const full = fullRanking(q, kind);
        const r = searchAll(catalog, q, kind === undefined ? {} : { kind });
        expect(r.total).toBe(full.length);
        const first = r.hits(0, k).map((h) => ({ name: h.entry.name, tier: h.tier }));
        expect(first).toEqual(full.slice(0, k).map((h) => ({ name: catalog.row(h.index)[0], tier: h.tier })));
        for (let j = 0; j < Math.min(k, full.length); j++) {
          expect(r.indexAt(j)).toBe(full[j]?.index);
          expect(r.tierAt(j)).toBe(full[j]?.tier);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("any window of the ranking, and rankOf finds each hit's rank", () => {
    fc.assert(
      fc.property(catalogQuery, fc.nat({ max: 20000 }), fc.nat({ max: 40 }), (q, start, size) => {
        const full = fullRanking(q);
        const r = searchAll(catalog, q);
        const s = full.length === 0 ? 0 : start % full.length;
        const window = full.slice(s, s + size);
        expect(r.hits(s, s + size).map((h) => h.entry)).toEqual(window.map((h) => catalog.entry(h.index)));
        expect(window.map((_, j) => r.indexAt(s + j))).toEqual(window.map((h) => h.index));
        const probe = full[s];
        if (probe !== undefined) expect(r.rankOf(probe.index)).toBe(s);
      }),
      { numRuns: 60 },
    );
  });

  it("counts every hit without building them, and is empty outside its range", () => {
    const r = searchAll(catalog, "e");
    expect(r.total).toBe(fullRanking("e").length);
    expect(r.indexAt(-1)).toBeUndefined();
    expect(r.indexAt(r.total)).toBeUndefined();
    expect(r.tierAt(r.total)).toBeUndefined();
    expect(r.hits(r.total, r.total + 5)).toEqual([]);
    expect(searchAll(catalog, " ").total).toBe(0);
    expect(r.rankOf(-1)).toBe(-1);
  });

  it("search is its first `limit` hits", () => {
    for (const q of ["access denied", "pipe", "e", "inbound SA SPI"]) {
      expect(search(catalog, q, { limit: 37 })).toEqual(searchAll(catalog, q).hits(0, 37));
    }
    expect(search(catalog, "pipe", { limit: 0 })).toEqual([]);
  });
});

describe("prepareSearch", () => {
  it("changes no answer", () => {
    const before = search(catalog, "access denied", { limit: 40 });
    prepareSearch(catalog);
    expect(search(catalog, "access denied", { limit: 40 })).toEqual(before);
  });
});

describe("searchAll within earlier results (typing one key at a time)", () => {
  const all = (r: ReturnType<typeof searchAll>) => Array.from({ length: r.total }, (_, k) => [r.indexAt(k), r.tierAt(k)]);

  it("gives exactly the full search's answer for every prefix of real queries", () => {
    for (const query of ["inbound sa", "access denied", "error", "ipsec ike", "0x8007 access", "the rpc server is unavailable", "a b"]) {
      for (const kind of [undefined, "win32", "hresult"] as const) {
        let prev: ReturnType<typeof searchAll> | undefined;
        for (let n = 1; n <= query.length; n++) {
          const q = query.slice(0, n);
          const options = kind === undefined ? {} : { kind };
          const narrowed = searchAll(catalog, q, prev === undefined ? options : { ...options, within: prev });
          expect(all(narrowed), `${q} (${kind})`).toEqual(all(searchAll(catalog, q, options)));
          prev = narrowed;
        }
      }
    }
  });

  it("ignores earlier results that cannot be narrowed (another query, another kind)", () => {
    fc.assert(
      fc.property(fc.constantFrom("access", "denied", "pipe", "ike", "sa", "file not"), fc.constantFrom("access", "denied x", "pipe", "ik", "s"), (a, b) => {
        const earlier = searchAll(catalog, a, { kind: "win32" });
        expect(all(searchAll(catalog, b, { within: earlier }))).toEqual(all(searchAll(catalog, b)));
        expect(all(searchAll(catalog, b, { kind: "win32", within: earlier }))).toEqual(all(searchAll(catalog, b, { kind: "win32" })));
      }),
      { numRuns: 60 },
    );
  });
});
