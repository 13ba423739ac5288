// For `winerr tui` in the CLI: run the TUI over a catalog the caller loaded.
export { runTui, EXIT } from "./run.js";
export type { RunOptions } from "./run.js";
export { App } from "./App.js";
export type { AppProps } from "./App.js";
export { catalogPath, openCatalog, CATALOG_FILE } from "./catalog-file.js";
export { systemOverride, parseTuiArgs, SystemError, tuiUsage } from "./system.js";
export type { TuiArgs } from "./system.js";
export type { MessageOverride } from "./model.js";
