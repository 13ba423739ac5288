import type * as PageModel from "./page-model.js";

/**
 * The page model (page-model.ts), loaded once by a dynamic import: the
 * bundle keeps it in a chunk of its own, read after the first frame. Until
 * it is there, the detail pane is empty and keys that need a page do
 * nothing (the first ~tens of ms).
 */
let loaded: typeof PageModel | null = null;
let loading: Promise<typeof PageModel> | null = null;

/** The page model if it has been loaded. */
export function pageModel(): typeof PageModel | null {
  return loaded;
}

/** Loads the page model (once); resolves when it is there. */
export function loadPages(): Promise<typeof PageModel> {
  loading ??= import("./page-model.js").then((m) => (loaded = m));
  return loading;
}
