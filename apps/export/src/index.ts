// The export as a library (tests, tooling/release); `winerr export` runs its bundle, dist/winerr-export.js.
export { runProgram } from "./program.js";
export { runExport, exportCatalog, parseOptions, defaultCatalogPath, helpText } from "./run.js";
export type { ExportIo, ExportOptions } from "./run.js";
export { buildDocument, exportEntry, NO_FILTER } from "./document.js";
export type { Filter } from "./document.js";
export { render, schemaText, FORMATS, FILE_NAMES, CSV_COLUMNS, CSV_LIST_SEPARATOR } from "./formats.js";
export type { Format } from "./formats.js";
export { buildMessagesDocument, readMessageFolder, MESSAGE_FILE } from "./messages.js";
export type { MessageFile } from "./messages.js";
export { renderMessages, messagesSchemaText, MESSAGES_FILE } from "./formats.js";
