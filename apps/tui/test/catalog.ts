// Tests read the committed catalog only (CI has no SDK headers); every
// expected name, value and message below is looked up in the data here, or
// typed with the line of the header it comes from.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { formatHex, wrap, type Catalog, type EntryRow } from "@winerr/core";
import { openCatalog } from "../src/catalog-file.js";
import type { Detail } from "../src/model.js";
import { detailFor } from "../src/state.js";

const require = createRequire(import.meta.url);
export const catalog: Catalog = openCatalog(require.resolve("@winerr/core/data/catalog.json"));

/** Row index of the first entry that satisfies `pred`. */
export function find(pred: (r: EntryRow, i: number) => boolean): number {
  for (let i = 0; i < catalog.size; i++) if (pred(catalog.row(i), i)) return i;
  throw new Error("no such catalog row");
}

/**
 * The example: a Win32 code in winerror.h, typed as its
 * HRESULT_FROM_WIN32 form. Found as the Win32 entry whose message mentions
 * the "inbound SA" the issue quotes, so no name or number is typed here.
 */
export const ipsec = find((r) => r[1] === "win32" && r[4] === "winerror.h" && (r[3] ?? "").includes("inbound SA"));
export const ipsecName = catalog.row(ipsec)[0];
export const ipsecHresult = formatHex(wrap("win32", catalog.row(ipsec)[2]).find((w) => w.via === "HRESULT_FROM_WIN32")?.value ?? 0);

/** The entry's page model (test/setup.ts loads page-model.ts first). */
export function detailAt(index: number): Detail {
  const d = detailFor(catalog, index);
  if (d === null) throw new Error("page model not loaded");
  return d;
}

/**
 * The first two links of the seed's page, after its two conversions (no
 * catalog entry has 0x80073621 or 0xC0073621): its group's neighbours below
 * it, by value. winerror.h:26341 ERROR_IPSEC_IKE_FAILSSPINIT 13853L,
 * winerror.h:26350 ERROR_IPSEC_IKE_FAILQUERYSSP 13854L (the seed is 13857).
 */
export const ipsecLinks = ["ERROR_IPSEC_IKE_FAILSSPINIT", "ERROR_IPSEC_IKE_FAILQUERYSSP"] as const;

/** The seed's reviewed group as its data file has it (data/guidance/win32-services.json). */
export const ipsecGroup = (() => {
  const file = JSON.parse(readFileSync(new URL("guidance/win32-services.json", pathToFileURL(require.resolve("@winerr/core/data/catalog.json"))), "utf8")) as { groups: { id: string; title: string; guidance: { refs: string[] } }[] };
  const g = file.groups.find((x) => x.id === "win32-ipsec-ike"); // data/guidance/assignment.tsv: ERROR_IPSEC_IKE_GETSPIFAIL's group
  if (g === undefined) throw new Error("win32-ipsec-ike is not in win32-services.json");
  return g;
})();
