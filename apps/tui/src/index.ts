// For `winerr tui` in the CLI: the TUI as a program.
export { runProgram } from "./program.js";
export { runTui } from "./run.js";
export type { RunOptions } from "./run.js";
export { App } from "./App.js";
export type { AppProps } from "./App.js";
export type { MessageOverride } from "./model.js";
