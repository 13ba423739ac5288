import { describe, expect, it } from "vitest";
import { search } from "./search.js";
import { realCatalog as catalog } from "../test/real-catalog.js";

/**
 * What people type, and an entry that must be among the first hits: the
 * canonical code for that text (name and message from the Windows SDK
 * 10.0.28000.0 headers, file:line as the catalog records them). `top` is
 * how far down it may be; each row says why it belongs there.
 */
const CASES: [query: string, expected: readonly string[], top: number, why: string][] = [
  ["access denied", ["ERROR_ACCESS_DENIED", "E_ACCESSDENIED"], 3, "winerror.h:279 ERROR_ACCESS_DENIED, winerror.h:30570 E_ACCESSDENIED (its name joins the two words)"],
  ["Access is denied.", ["ERROR_ACCESS_DENIED", "E_ACCESSDENIED"], 3, "the text people copy: winerror.h:277 MessageText of ERROR_ACCESS_DENIED, word for word"],
  ["acess denied", ["ERROR_ACCESS_DENIED", "E_ACCESSDENIED"], 3, "a typo one edit from access"],
  ["ERROR_ACCESS_DENIED", ["ERROR_ACCESS_DENIED"], 1, "the whole name"],
  ["error_access_den", ["ERROR_ACCESS_DENIED"], 2, "a name being typed"],
  ["file not found", ["ERROR_FILE_NOT_FOUND"], 3, "winerror.h:252; its name is the query, its family prefix ERROR_ is the commonest name word"],
  ["The system cannot find the file specified.", ["ERROR_FILE_NOT_FOUND"], 1, "winerror.h:250 MessageText of ERROR_FILE_NOT_FOUND"],
  ["path not found", ["ERROR_PATH_NOT_FOUND"], 3, "winerror.h:261"],
  ["sharing violation", ["ERROR_SHARING_VIOLATION"], 3, "winerror.h:522"],
  ["disk full", ["ERROR_DISK_FULL", "STATUS_DISK_FULL"], 3, "winerror.h:973, ntstatus.h"],
  ["pipe busy", ["ERROR_PIPE_BUSY"], 1, "winerror.h: ERROR_PIPE_BUSY, All pipe instances are busy"],
  ["the rpc server is unavailable", ["RPC_S_SERVER_UNAVAILABLE"], 1, "winerror.h:11018 and its MessageText"],
  ["class not registered", ["REGDB_E_CLASSNOTREG"], 1, "winerror.h:31696 MessageText Class not registered"],
  ["no such interface supported", ["E_NOINTERFACE"], 1, "winerror.h:30525 MessageText"],
  ["catastrophic failure", ["E_UNEXPECTED"], 3, "winerror.h:30488 MessageText Catastrophic failure"],
  ["not enough memory", ["ERROR_NOT_ENOUGH_MEMORY"], 1, "winerror.h: ERROR_NOT_ENOUGH_MEMORY"],
  ["out of memory", ["E_OUTOFMEMORY", "ERROR_OUTOFMEMORY"], 3, "winerror.h:30507 E_OUTOFMEMORY (Ran out of memory), ERROR_OUTOFMEMORY; three words joined in the name"],
  ["the parameter is incorrect", ["ERROR_INVALID_PARAMETER"], 1, "winerror.h:836 MessageText of ERROR_INVALID_PARAMETER"],
  ["invalid handle", ["ERROR_INVALID_HANDLE", "E_HANDLE", "STATUS_INVALID_HANDLE"], 3, "winerror.h, ntstatus.h:2148"],
  ["stack overflow", ["ERROR_STACK_OVERFLOW", "STATUS_STACK_OVERFLOW"], 4, "winerror.h, ntstatus.h:4419"],
  ["heap corruption", ["STATUS_HEAP_CORRUPTION"], 1, "ntstatus.h:8779"],
  ["access violation", ["STATUS_ACCESS_VIOLATION"], 1, "ntstatus.h:2121"],
  ["inbound SA SPI", ["ERROR_IPSEC_IKE_GETSPIFAIL"], 3, "winerror.h:26376 MessageText: words of the message only"],
  ["element not found", ["ERROR_NOT_FOUND", "TYPE_E_ELEMENTNOTFOUND"], 3, "winerror.h: ERROR_NOT_FOUND, Element not found."],
];

describe("search relevance: what people type finds the canonical entry near the top", () => {
  it.each(CASES)("%s -> %j in the top %i (%s)", (query, expected, top) => {
    const names = search(catalog, query, { limit: top }).map((h) => h.entry.name);
    expect(expected.some((e) => names.includes(e)), names.join(", ")).toBe(true);
  });
});
