// The export as a library: what `winerr export ...` can call.
export { runExport, exportCatalog, parseOptions, defaultCatalogPath, HELP } from "./run.js";
export type { ExportIo, ExportOptions } from "./run.js";
export { buildDocument, exportEntry, NO_FILTER } from "./document.js";
export type { Filter } from "./document.js";
export { render, schemaText, FORMATS, FILE_NAMES, CSV_COLUMNS, CSV_LIST_SEPARATOR } from "./formats.js";
export type { Format } from "./formats.js";
export { EXIT, ExportError } from "./errors.js";
export type { ExitCode } from "./errors.js";
export { buildMessagesDocument, readMessageFolder, MESSAGE_FILE } from "./messages.js";
export type { MessageFile } from "./messages.js";
export { renderMessages, messagesSchemaText, MESSAGES_FILE } from "./formats.js";
