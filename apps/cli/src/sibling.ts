import { fileURLToPath } from "node:url";

/**
 * A bundle beside this one (build.mjs): winerr.js is CommonJS and requires
 * its CommonJS siblings winerr-show.js and winerr-tui.js without starting
 * node's ESM loader; an .mjs one (the export's program bundle,
 * winerr-export.mjs) is imported. The path is computed, so esbuild leaves it out of the
 * bundle that loads it.
 */
export async function sibling<T>(file: string): Promise<T> {
  const url = new URL(file, import.meta.url);
  if (typeof require === "function" && !file.endsWith(".mjs")) return require(fileURLToPath(url)) as T;
  // In winerr.js the bundle runs from V8's code cache, where import() does not work: its loader's does.
  if (typeof __winerr_import === "function") return (await __winerr_import(url.href)) as T;
  return (await import(url.href)) as T;
}

/** Set by winerr.js's loader (@winerr/bundle withCodeCache); undefined elsewhere. */
declare const __winerr_import: ((url: string) => Promise<unknown>) | undefined;

/** winerr-show.js: pages and the group table, which plain decoding never loads. */
export const showBundle = () => sibling<typeof import("./commands/show.js")>("./winerr-show.js");
