// From core's modules, not its index (which the first frame's code imports):
// the bundle then keeps the pages and the group table in this module's chunk.
import type { Catalog, Kind } from "@winerr/core";
import { formatHex, hresultBits, ntstatusBits, toSigned } from "@winerr/core/bits";
import { parseMessage } from "@winerr/core/message";
import { pageOf } from "@winerr/core/page";
import { relatedOf } from "@winerr/core/related";
import type { Bits, Detail } from "./model.js";

/**
 * The entry's reference page: related codes, guidance and questions. Its
 * own module, imported after the first frame (pages.ts), so that core's
 * group table (the guidance) is not parsed before the first frame.
 */
export function detailOf(catalog: Catalog, index: number): Detail {
  const entry = catalog.entry(index);
  const related = relatedOf(catalog, index);
  return {
    index,
    entry,
    hex: formatHex(entry.value),
    signed: toSigned(entry.value),
    message: entry.message === null ? null : parseMessage(entry.message),
    bits: bitsOf(catalog, entry.kind, entry.value),
    conversions: related.conversions.map((c) => ({ ...c, hex: formatHex(c.value) })),
    related: related.items.filter((r) => r.relation !== "converts-to" && r.relation !== "converts-from"),
    page: pageOf(catalog, index, related),
  };
}


export function bitsOf(catalog: Catalog, kind: Kind, value: number): Bits {
  if (kind === "hresult") return { layout: "hresult", bits: hresultBits(value, catalog) };
  if (kind === "ntstatus") return { layout: "ntstatus", bits: ntstatusBits(value, catalog) };
  return value > 0xffff ? { layout: "hresult", bits: hresultBits(value, catalog) } : { layout: "plain", code: value };
}
