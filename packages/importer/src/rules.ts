import type { Kind } from "@winerr/core/schema";

/** Headers read for nothing, with the reason (README, "Headers left out"). */
export const EXCLUDED_HEADERS: Readonly<Record<string, string>> = {
  "netevent.h": "event-log message IDs (EVENT_*), not error codes",
  "lmerrlog.h": "event-log message IDs (NELOG_*), not error codes",
  "issper16.h": "16-bit SEC_E_* values that contradict winerror.h",
};

/** Where a plain header keeps a code's text. */
export type CommentPlace = "trailing" | "following" | "none";

/** A header that defines codes without message-compiler blocks. */
export interface PlainRule {
  /** Lower-case basename. */
  header: string;
  names: RegExp;
  message: CommentPlace;
  kind?: Kind;
  why: string;
}

export const PLAIN_RULES: readonly PlainRule[] = [
  { header: "lmerr.h", names: /^NERR_/, message: "trailing", why: "LAN Manager codes, text in a /* */ comment on the line" },
  { header: "wininet.h", names: /^ERROR_(INTERNET|HTTP|FTP|GOPHER)_/, message: "none", why: "WinINet codes, no text in the header" },
  { header: "winhttp.h", names: /^ERROR_WINHTTP_/, message: "none", why: "WinHTTP codes, no text in the header" },
  { header: "raserror.h", names: /^(ERROR_|PENDING$)/, message: "following", why: "RAS codes, text in the /* */ block after the define" },
  { header: "mprerror.h", names: /^ERROR_/, message: "following", why: "router codes, text in the /* */ block after the define" },
  { header: "setupapi.h", names: /^ERROR_/, message: "none", kind: "win32", why: "SetupAPI GetLastError codes (0xE000xxxx)" },
];

/**
 * Bases and bounds, not codes: left out of every origin but `mc` (a define the
 * header gives its own MessageId block is a code, e.g. WU_E_PT_SOAPCLIENT_BASE).
 */
export const NOT_A_CODE = /_(BASE|BASECODE|FIRST|LAST|START|END|MIN|MAX|MASK)$|BASEERR$|^ERROR_SEVERITY_/;

/**
 * Message-compiler boilerplate: the names of the 2-bit severity field
 * (`STATUS_SEVERITY_*`, `ERROR_SEVERITY_*`, `SEVERITY_*`: any `SEVERITY_` name
 * word) and facility numbers. Defines in the preamble section an mc header
 * opens with `Define the severity codes` / `Define the facility codes`
 * (`Severity codes` / `Facility codes` from wmc) are boilerplate too.
 */
export const SEVERITY_NAME = /(^|_)SEVERITY_/;
export const FACILITY_NAME = /^FACILITY_/;

/**
 * Event-log categories (README, "Event-log message files"): the leading
 * MessageIds of a header numbered 1, 2, 3, ... whose names carry the word
 * category (`CATEGORY_SEARCH`, `WDSCP_CATEGORY`, `categoryHeader`).
 */
export function isCategoryName(name: string): boolean {
  return /(^|_)category(_|$)/i.test(name) || /^category[A-Z0-9]/.test(name);
}

/** In a header that defines event-log categories: MessageIds named as events (`EVENT_*`, `EVT_*`, `MSG_*`, `evt*`). */
export const EVENT_NAME = /^(EVENT|EVT|MSG)_|^(evt|msg)[A-Z]/;

/**
 * bugcodes.h: the header's notes say a bug check's MessageText is its own
 * symbolic name. A block with other text whose name says it is a string
 * (`STRING` or `BANNER` name word) is a kernel display string
 * (WINDOWS_NT_BANNER, HARDWARE_PROFILE_DOCKED_STRING), not a bug check.
 */
export const BUGCODES_STRING_NAME = /(^|_)(STRING|BANNER)(_|$)/;

/** Names that look like typed codes outside message headers (README, "Typed codes"). */
export const TYPED_CODE_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Typed defines that are building blocks, not codes (never reported). */
export const TYPED_NOT_A_CODE = /^(FACILITY_|SEVERITY_)/;

/** Why a define that looked like a code was left out (REPORT.md, "Left out by rule"). */
export type LeftOutRule = "mc-boilerplate" | "bound" | "event-category" | "event-message" | "bugcodes-string";

/** Header priority for duplicates: the two big tables first, then by name. */
export function headerRank(header: string): number {
  const h = header.toLowerCase();
  if (h === "winerror.h") return 0;
  if (h === "ntstatus.h") return 1;
  if (h === "bugcodes.h") return 2;
  return 3;
}
