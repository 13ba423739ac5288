import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realCatalog as catalog } from "../test/real-catalog.js";
import { groupMembers, groupOf } from "./group-of.js";
import { relatedOf } from "./related.js";
import { wrap } from "./wrap.js";
import { unwrap } from "./unwrap.js";

const row = (name: string, kind: string) => {
  const i = catalog.indexesOfName(name).find((j) => catalog.kindOf(j) === kind);
  if (i === undefined) throw new Error(`${name} is not in the catalog`);
  return i;
};

describe("relatedOf: the seed case (Windows SDK 10.0.28000.0, shared/winerror.h)", () => {
  // winerror.h:26368 ERROR_IPSEC_IKE_SRVQUERYCRED 13856L; :26377
  // ERROR_IPSEC_IKE_GETSPIFAIL 13857L; :26386 ERROR_IPSEC_IKE_INVALID_FILTER
  // 13858L; :26395 ERROR_IPSEC_IKE_OUT_OF_MEMORY 13859L.
  const seed = row("ERROR_IPSEC_IKE_GETSPIFAIL", "win32");
  const items = relatedOf(catalog, seed).items.map((r) => ({ name: catalog.nameOf(r.index), value: catalog.valueOf(r.index), relation: r.relation }));

  it("lists the two IPsec IKE codes on either side as group neighbours", () => {
    expect(items).toContainEqual({ name: "ERROR_IPSEC_IKE_SRVQUERYCRED", value: 13856, relation: "group-neighbour" });
    expect(items).toContainEqual({ name: "ERROR_IPSEC_IKE_INVALID_FILTER", value: 13858, relation: "group-neighbour" });
    expect(items).toContainEqual({ name: "ERROR_IPSEC_IKE_OUT_OF_MEMORY", value: 13859, relation: "group-neighbour" });
  });

  it("never the names the reference page made up", () => {
    const names = items.map((i) => i.name);
    expect(names).not.toContain("ERROR_IPSEC_IKE_NEGOTIATION_FAILED");
    expect(names).not.toContain("ERROR_IPSEC_KEYMAIN_NOT_FOUND");
    expect(names).not.toContain("ERROR_IPSEC_IKE_GETSPIFAIL");
  });
});

describe("relatedOf: every relation holds in the data", () => {
  const message = (i: number) => catalog.messageOf(i);
  it("for any entry, each related entry exists and relates as labelled", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: catalog.size - 1 }), (i) => {
        const list = relatedOf(catalog, i);
        const seen = new Set<number>();
        const kind = catalog.kindOf(i);
        const value = catalog.valueOf(i);
        for (const r of list.items) {
          expect(r.index).not.toBe(i);
          expect(seen.has(r.index)).toBe(false);
          seen.add(r.index);
          expect(r.index).toBeGreaterThanOrEqual(0);
          expect(r.index).toBeLessThan(catalog.size);
          const k = catalog.kindOf(r.index);
          const v = catalog.valueOf(r.index);
          switch (r.relation) {
            case "alias":
              expect([k, v]).toEqual([kind, value]);
              break;
            case "same-value":
              expect(v).toBe(value);
              expect(k).not.toBe(kind);
              break;
            case "converts-to":
              expect(wrap(kind, value)).toContainEqual({ via: r.via, kind: k, value: v });
              break;
            case "converts-from":
              expect(unwrap(value)).toContainEqual({ via: r.via, kind: k, value: v });
              break;
            case "group-neighbour": {
              const g = groupOf(catalog, i);
              expect(g).not.toBeNull();
              expect(groupOf(catalog, r.index)?.id).toBe(g?.id);
              break;
            }
            case "header-neighbour":
              expect(groupOf(catalog, i)).toBeNull();
              expect([k, catalog.headerOf(r.index)]).toEqual([kind, catalog.headerOf(i)]);
              break;
            case "same-message":
              expect(message(r.index)).toBe(message(i));
              expect(message(i)).not.toBeNull();
              break;
          }
        }
        const same = list.items.filter((r) => r.relation === "same-message").length;
        expect(same).toBeLessThanOrEqual(10);
        expect(list.sameMessageTotal).toBeGreaterThanOrEqual(same);
      }),
      { numRuns: 400 },
    );
  });

  it("group neighbours are the nearest by value: up to four on each side", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: catalog.size - 1 }), (i) => {
        const g = groupOf(catalog, i);
        if (g === null) return;
        const members = groupMembers(catalog, g.id);
        const pos = members.indexOf(i);
        const expected = members.slice(Math.max(0, pos - 4), pos + 5).filter((j) => j !== i);
        const got = relatedOf(catalog, i).items.filter((r) => r.relation === "group-neighbour").map((r) => r.index);
        // Entries already listed under a stronger relation (alias, conversion) are not repeated.
        for (const j of got) expect(expected).toContain(j);
        for (const j of expected) if (!got.includes(j)) expect(relatedOf(catalog, i).items.some((r) => r.index === j)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
