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

/** Bases and bounds, not codes: left out of plain rules. */
export const NOT_A_CODE = /_(BASE|FIRST|LAST|START|END|MIN|MAX|MASK)$|^ERROR_SEVERITY_/;

/** Names that look like typed codes outside message headers (README, "Typed codes"). */
export const TYPED_CODE_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Typed defines that are building blocks, not codes. */
export const TYPED_NOT_A_CODE = /^(FACILITY_|SEVERITY_)|_(BASE|MASK|FIRST|LAST)$/;

/** Header priority for duplicates: the two big tables first, then by name. */
export function headerRank(header: string): number {
  const h = header.toLowerCase();
  if (h === "winerror.h") return 0;
  if (h === "ntstatus.h") return 1;
  if (h === "bugcodes.h") return 2;
  return 3;
}
