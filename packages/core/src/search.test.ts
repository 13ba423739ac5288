import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareSearch, search, searchAll } from "./search.js";
import type { Kind } from "./schema.js";
import { realCatalog as catalog } from "../test/real-catalog.js";

describe("search", () => {
  it("puts the exact name first (winerror.h:279)", () => {
    expect(search(catalog, "error_access_denied")[0]).toMatchObject({ tier: "name", entry: { name: "ERROR_ACCESS_DENIED" }, matched: { name: "whole" } });
  });

  it("reads spaces as underscores for name parts", () => {
    const hits = search(catalog, "access denied", { limit: 50 });
    expect(hits.map((h) => h.entry.name)).toContain("ERROR_ACCESS_DENIED");
    expect(hits[0]?.tier).not.toBe("message-words");
  });

  it("respects limit and kind", () => {
    const hits = search(catalog, "ipsec ike", { limit: 30, kind: "win32" });
    expect(hits).toHaveLength(30);
    expect(hits.every((h) => h.entry.kind === "win32")).toBe(true);
  });

  it("ranks by score, best first", () => {
    for (const q of ["ipsec ike", "access denied", "the rpc server is unavailable", "e"]) {
      const scores = search(catalog, q, { limit: 200 }).map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it("matches every word of the message (winerror.h:26376)", () => {
    const hits = search(catalog, "inbound SA SPI", { limit: 100 });
    expect(hits.map((h) => h.entry.name)).toContain("ERROR_IPSEC_IKE_GETSPIFAIL");
  });

  it("says what matched: the entry's word per query word, how, and where", () => {
    const [hit] = search(catalog, "acess denied", { limit: 1 });
    // winerror.h:279-277: ERROR_ACCESS_DENIED, "Access is denied."; "acess" is one edit from "access".
    expect(hit?.matched.terms).toEqual([
      { word: "acess", term: "access", how: "fuzzy", fields: ["name", "message"] },
      { word: "denied", term: "denied", how: "exact", fields: ["name", "message"] },
    ]);
    const typing = search(catalog, "access den", { limit: 5 });
    expect(typing.every((h) => h.matched.terms.some((t) => t.word === "den" && t.how !== "fuzzy" && t.term.startsWith("den")))).toBe(true);
  });

  it("tolerates one edit in short words and two in long ones, only for words the catalog lacks", () => {
    // "acess" (5 letters, 1 edit), "sahring" (7, a swap is 1 edit), "unavalabel" (10, a deletion and a swap: 2 edits)
    expect(search(catalog, "acess", { limit: 1 })[0]?.matched.terms[0]).toMatchObject({ term: "access", how: "fuzzy" });
    expect(search(catalog, "sahring violation", { limit: 1 })[0]?.matched.terms[0]).toMatchObject({ term: "sharing", how: "fuzzy" });
    expect(search(catalog, "unavalabel", { limit: 1 })[0]?.matched.terms[0]).toMatchObject({ term: "unavailable", how: "fuzzy" });
    // Two edits in a short word: no match.
    expect(search(catalog, "axxess ")).toEqual([]);
    // A word the catalog holds is taken as written.
    expect(search(catalog, "denied ", { limit: 50 }).every((h) => h.matched.terms[0]?.how === "exact")).toBe(true);
  });

  it("returns nothing for empty or hostile text", () => {
    expect(search(catalog, "")).toEqual([]);
    expect(search(catalog, "  \u0000 🙂 ")).toEqual([]);
    expect(() => search(catalog, "x".repeat(20000))).not.toThrow();
  });
});

/** Every hit of a query, from a fresh result, ranked (asks for all of them at once). */
function fullRanking(text: string, kind?: Kind): number[] {
  const r = searchAll(catalog, text, kind === undefined ? {} : { kind });
  return r.hits(0, r.total).map((h) => catalog.rows.indexOf(catalog.rows.find((row) => row[0] === h.entry.name && row[4] === h.entry.header && row[2] === h.entry.value) as never));
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
        for (let j = 0; j < Math.min(k, full.length); j++) expect(r.indexAt(j)).toBe(full[j]);
        expect(r.hits(0, k).every((h) => kind === undefined || h.entry.kind === kind)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("any window of the ranking, and rankOf finds each hit's rank", () => {
    fc.assert(
      fc.property(catalogQuery, fc.nat({ max: 20000 }), fc.nat({ max: 40 }), (q, start, size) => {
        const full = fullRanking(q);
        const r = searchAll(catalog, q);
        const s = full.length === 0 ? 0 : start % full.length;
        const window = full.slice(s, s + size);
        expect(window.map((_, j) => r.indexAt(s + j))).toEqual(window);
        const probe = full[s];
        if (probe !== undefined) expect(searchAll(catalog, q).rankOf(probe)).toBe(s);
      }),
      { numRuns: 40 },
    );
  });

  it("every hit holds every uncommon query word (or its prefix, joined or fuzzy form)", () => {
    fc.assert(
      fc.property(catalogQuery, (q) => {
        for (const h of search(catalog, q, { limit: 30 })) {
          expect(h.matched.terms.length).toBeGreaterThan(0);
          for (const t of h.matched.terms) expect(`${h.entry.name} ${h.entry.message ?? ""}`.toLowerCase()).toContain(t.term);
        }
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

  it("scoreAt and matchedAt give each rank's hit's score and what matched, as hits does", () => {
    fc.assert(
      fc.property(catalogQuery, kindOrNone, (q, kind) => {
        const r = searchAll(catalog, q, kind === undefined ? {} : { kind });
        const hits = r.hits(0, 25);
        expect(hits.map((_, k) => [r.scoreAt(k), r.matchedAt(k)])).toEqual(hits.map((h) => [h.score, h.matched]));
        expect([r.scoreAt(r.total), r.matchedAt(r.total), r.scoreAt(-1)]).toEqual([undefined, undefined, undefined]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("prepareSearch", () => {
  it("changes no answer", () => {
    // Single letters: thousands of hits, ranked by priors and norms it computes ahead.
    const queries = ["access denied", "i", "e", "file not found"];
    const before = queries.map((q) => search(catalog, q, { limit: 60 }));
    prepareSearch(catalog);
    expect(queries.map((q) => search(catalog, q, { limit: 60 }))).toEqual(before);
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
