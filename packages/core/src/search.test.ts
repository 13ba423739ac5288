import { describe, expect, it } from "vitest";
import { search } from "./search.js";
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
