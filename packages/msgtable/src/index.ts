// @winerr/msgtable: PE message tables (RT_MESSAGETABLE) and string tables
// (RT_STRING). Bytes in, tables out; no process I/O.
export { readMessageTables, findMessage, languagesOf } from "./message-table.js";
export type { MessageTable, ReadOptions } from "./message-table.js";
export { parseMessageData, ansiLabel } from "./message-data.js";
export type { Encoding, MessageEntry } from "./message-data.js";
export { readStringTables, parseStringBlock, findString, STRINGS_PER_BLOCK } from "./string-table.js";
export type { StringEntry, StringTable } from "./string-table.js";
export { LANG_NEUTRAL, LANG_EN_US } from "./languages.js";
export { MessageTableError } from "./errors.js";
export type { MessageTableErrorCode } from "./errors.js";
export { RT_MESSAGETABLE, RT_STRING } from "./resources.js";
export { readFileVersion } from "./version.js";
