// Tests read the committed catalog only (CI has no SDK headers); every
// expected name, value and message below is looked up here, never typed.
import { createRequire } from "node:module";
import { formatHex, wrap, type Catalog, type EntryRow } from "@winerr/core";
import { openCatalog } from "@winerr/host/catalog";
import type { Detail } from "../src/model.js";
import { detailFor } from "../src/state.js";

const require = createRequire(import.meta.url);
export const catalog: Catalog = openCatalog(require.resolve("@winerr/core/data/catalog.json"), { whole: true });

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
