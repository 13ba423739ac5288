import { fileURLToPath } from "node:url";

/**
 * A bundle beside this one (build.mjs): winerr.js is CommonJS and requires
 * its CommonJS siblings (winerr-show.js, winerr-export.js) without starting
 * node's ESM loader; an .mjs one (winerr-tui.mjs: Ink awaits at the top
 * level) is imported. The path is computed, so esbuild leaves it out of the
 * bundle that loads it.
 */
export async function sibling<T>(file: string): Promise<T> {
  const url = new URL(file, import.meta.url);
  if (typeof require === "function" && !file.endsWith(".mjs")) return require(fileURLToPath(url)) as T;
  return (await import(url.href)) as T;
}

/** winerr-show.js: pages and the group table, which plain decoding never loads. */
export const showBundle = () => sibling<typeof import("./commands/show.js")>("./winerr-show.js");
