import type { Kind } from "@winerr/core/schema";
import { PLAIN_TYPES } from "./evaluate.js";

/** Headers read for nothing, with the reason (README, "Headers left out"). */
export const EXCLUDED_HEADERS: Readonly<Record<string, string>> = {
  "issper16.h": "16-bit SEC_E_* values that contradict winerror.h",
};

/**
 * Headers whose every entry is of one family whatever its value looks like:
 * event-log message files (netevent.h's MessageIds, LMErrlog.h's NELOG_*).
 */
export const HEADER_KINDS: Readonly<Record<string, Kind>> = {
  "netevent.h": "event",
  "lmerrlog.h": "event",
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
  /** Take the header's enum members with these names, not its defines (winldap.h's LDAP_RETCODE; its LDAP_* defines are options, ports, versions). */
  enumsOnly?: true;
  why: string;
}

export const PLAIN_RULES: readonly PlainRule[] = [
  { header: "lmerr.h", names: /^NERR_/, message: "trailing", why: "LAN Manager codes, text in a /* */ comment on the line" },
  { header: "wininet.h", names: /^ERROR_(INTERNET|HTTP|FTP|GOPHER)_/, message: "none", why: "WinINet codes, no text in the header" },
  { header: "winhttp.h", names: /^ERROR_WINHTTP_/, message: "none", why: "WinHTTP codes, no text in the header" },
  { header: "raserror.h", names: /^(ERROR_|PENDING$)/, message: "following", why: "RAS codes, text in the /* */ block after the define" },
  { header: "mprerror.h", names: /^ERROR_/, message: "following", why: "router codes, text in the /* */ block after the define" },
  { header: "setupapi.h", names: /^ERROR_/, message: "none", kind: "win32", why: "SetupAPI GetLastError codes (0xE000xxxx)" },
  // Plain numbers outside message blocks, in the natural families.
  { header: "patchwiz.h", names: /^ERROR_PCW_/, message: "none", kind: "win32", why: "Patch Creation Wizard (UiCreatePatchPackage) GetLastError codes at 0xC00E51xx" },
  { header: "pdhmsg.h", names: /^PDH_/, message: "none", kind: "hresult", why: "Performance Data Helper PDH_STATUS codes (an event-descriptor header without message text)" },
  { header: "eaphosterror.h", names: /^EAP_(E|I|W)_/, message: "none", kind: "hresult", why: "EAPHost codes (FACILITY 0x42) as literals" },
  { header: "status.h", names: /^NDIS_STATUS_/, message: "none", kind: "ntstatus", why: "NDIS status codes (ndis/status.h): NDIS_STATUS is an NTSTATUS" },
  { header: "ndis.h", names: /^NDIS_STATUS_/, message: "none", kind: "ntstatus", why: "NDIS status codes (mingw-w64's ndis.h): NDIS_STATUS is an NTSTATUS" },
  // Families of their own (docs/contracts.md, "Families"): numbers one API defines in its own space.
  { header: "lmerrlog.h", names: /^NELOG_/, message: "following", kind: "event", why: "LAN Manager event-log message ids, text in the /* */ block after the define" },
  { header: "winldap.h", names: /^LDAP_/, message: "none", kind: "ldap", enumsOnly: true, why: "LDAP result codes (enum LDAP_RETCODE); its LDAP_* defines are options, not codes" },
  { header: "errno.h", names: /^(E[A-Z0-9]+|STRUNCATE)$/, message: "none", kind: "errno", why: "C runtime errno values" },
  { header: "mciapi.h", names: /^MCIERR_/, message: "none", kind: "mci", why: "MCI (mciSendCommand) error codes" },
  { header: "mmsystem.h", names: /^MCIERR_/, message: "none", kind: "mci", why: "MCI (mciSendCommand) error codes (mingw-w64 keeps them in mmsystem.h)" },
  { header: "mmsyscom.h", names: /^MMSYSERR_/, message: "none", kind: "mmsys", why: "multimedia API result codes (MMRESULT)" },
  { header: "mmeapi.h", names: /^(WAVERR|MIDIERR|MIXERR)_/, message: "none", kind: "mmsys", why: "waveform, MIDI and mixer result codes (MMRESULT)" },
  { header: "timeapi.h", names: /^TIMERR_/, message: "none", kind: "mmsys", why: "multimedia timer result codes (MMRESULT)" },
  { header: "joystickapi.h", names: /^JOYERR_/, message: "none", kind: "mmsys", why: "joystick result codes (MMRESULT)" },
  { header: "mmiscapi.h", names: /^MMIOERR_/, message: "none", kind: "mmsys", why: "multimedia file I/O result codes (MMRESULT)" },
  { header: "mmsystem.h", names: /^(MMSYSERR|WAVERR|MIDIERR|MIXERR|TIMERR|JOYERR|MMIOERR)_/, message: "none", kind: "mmsys", why: "multimedia result codes (mingw-w64 keeps them in mmsystem.h)" },
  { header: "tapi.h", names: /^(LINEERR|PHONEERR|TAPIERR)_/, message: "none", kind: "tapi", why: "TAPI line, phone and assisted-telephony error codes" },
  { header: "cderr.h", names: /^(CDERR|PDERR|CFERR|FNERR|FRERR|CCERR)_(?!\w*CODES$)/, message: "none", kind: "cderr", why: "common dialog box error codes (CommDlgExtendedError); *CODES are range starts" },
  { header: "netmon.h", names: /^NMERR_/, message: "none", kind: "netmon", why: "Network Monitor error codes" },
  { header: "usb.h", names: /^USBD_STATUS_/, message: "none", kind: "usbd", why: "USB request status codes (USBD_STATUS: a 2-bit state and a status code, usb.h's own layout, not an NTSTATUS)" },
  { header: "dhcpsapi.h", names: /^ERROR_/, message: "none", kind: "dhcp", why: "DHCP Server Management API return codes (Dhcp* functions), 20000 (0x4E20) and up" },
];

/** The plain rule for a define of this header, if any. */
export function plainRule(header: string, name: string): PlainRule | undefined {
  return PLAIN_RULES.find((r) => r.header === header && r.names.test(name));
}

/**
 * Headers whose typed codes (origin `typed`) carry their text in a comment
 * beside the define, each rule with the evidence read in the SDK headers
 * (README, "Comments as text"). `trailing`: the comment on the define's line,
 * with indented comment-only lines right below it; `preceding`: the
 * comment-only lines right above, `gap` blank lines between. A comment
 * that is not text (comment-text.ts isCommentText, and the rule's `notText`)
 * gives nothing.
 */
export interface CommentRule {
  /** Lower-case basename. */
  header: string;
  place: "trailing" | "preceding";
  gap?: number;
  notText?: RegExp;
  /** The comment's first line names the code (`SP_END_OF_STREAM  0x00045005  282629`, `DMUS_S_REQUEUE`): dropped, the rest is the text. */
  headline?: true;
  /** Only the comment's last paragraph (after its last empty line) is the code's text; the ones above are section headings. */
  lastParagraph?: true;
  /** Parallel families of one header share texts (mmeapi.h's WAVERR_UNPREPARED and MIDIERR_UNPREPARED, "header not prepared"): a text beside another value is not a copy. */
  copiesAllowed?: true;
  evidence: string;
}

export const COMMENT_RULES: readonly CommentRule[] = [
  { header: "deliveryoptimizationerrors.h", place: "trailing", evidence: "every DO_E_* define ends in a `//` description of the code (\"Job was not found\")" },
  { header: "sherrors.h", place: "trailing", notText: /^\?+$/, evidence: "COPYENGINE_*, NETCACHE_E_*, E_FILE_PLACEHOLDER_* end in a `//` description, longer ones continued on indented comment lines (COPYENGINE_S_COLLISIONRESOLVED); `// ???` is no text" },
  { header: "fherrors.h", place: "preceding", gap: 1, evidence: "each FHCFG_E_* / FHSVC_E_* follows a `//`-framed description and one blank line (\"The Config File not found\")" },
  { header: "cryptxml.h", place: "preceding", gap: 0, evidence: "each CRYPT_XML_E_* follows a one-line `//` description (\"Invalid handle\")" },
  { header: "dinput.h", place: "preceding", gap: 0, evidence: "each DI_* / DIERR_* follows a `/* */` description (\"The device is a polled device. ...\")" },
  { header: "msime.h", place: "preceding", gap: 0, evidence: "each IFED_S_* / IFED_E_* follows a `//` description (\"dictionary is not found\"); IFEC_S_ALREADY_DEFAULT has only a section heading" },
  { header: "mdmregistration.h", place: "preceding", gap: 0, notText: /^NO LONGER USED$/, evidence: "each MREGISTER_E_* / MENROLL_E_* follows a `//` description (\"Server failed to authenticate the user.\"); `// NO LONGER USED` marks retired codes, no text" },
  { header: "stierr.h", place: "preceding", gap: 0, evidence: "each STIERR_* follows a `/* */` description (\"The device is not registered\")" },
  { header: "sperror.h", place: "preceding", gap: 0, headline: true, evidence: "each SPERR_* / SP_* follows a `/*** NAME hex decimal` block whose other lines describe the code (\"The operation has reached the end of stream.\")" },
  { header: "tpcerror.h", place: "preceding", gap: 0, headline: true, evidence: "each E_INK_* / TPC_* follows a `/*** NAME hex decimal` block whose other lines describe the code (\"An internal exception occurred while executing the method or property.\")" },
  { header: "dmerror.h", place: "preceding", gap: 0, headline: true, evidence: "each DMUS_S_* / DMUS_E_* follows a `/* NAME` block whose other lines describe the code (\"The object could only load partially. ...\")" },
  { header: "ddraw.h", place: "preceding", gap: 0, evidence: "each DDERR_* follows a `/* */` description (\"This object is already initialized\")" },
  { header: "sberrors.h", place: "preceding", gap: 0, notText: /^TODO\b/, evidence: "each E_SB_* follows a `//`-framed description (\"No disconnected session found\")" },
  { header: "dsound.h", place: "preceding", gap: 0, evidence: "each DS_* / DSERR_* follows a `//` description (\"The call failed because resources ... were already being used by another caller\")" },
  { header: "subsmgr.h", place: "preceding", gap: 0, evidence: "each INET_E_AGENT_* / INET_S_AGENT_* follows a `//` description (\"Maximum specified subscription size limit reached\")" },
  // Codes of plain rules (PLAIN_RULES with message "none").
  { header: "eaphosterror.h", place: "preceding", gap: 0, evidence: "each EAP_E_* / EAP_I_* follows a `//` description (\"Requested EAP-method is not installed\"); the comment on the line is the value's arithmetic" },
  { header: "mmsyscom.h", place: "trailing", evidence: "each MMSYSERR_* ends in a `/* */` description (\"device ID out of range\")" },
  { header: "mmeapi.h", place: "trailing", copiesAllowed: true, evidence: "each WAVERR_* / MIDIERR_* ends in a `/* */` description (\"unsupported wave format\"); WAVERR_ and MIDIERR_ share \"header not prepared\" and \"still something playing\" as parallel codes" },
  { header: "timeapi.h", place: "trailing", evidence: "each TIMERR_* ends in a `/* */` description (\"request not completed\")" },
  { header: "joystickapi.h", place: "trailing", evidence: "each JOYERR_* ends in a `/* */` description (\"joystick is unplugged\")" },
  { header: "mmiscapi.h", place: "trailing", evidence: "each MMIOERR_* ends in a `/* */` description (\"file not found\")" },
  { header: "audioenginebaseapo.h", place: "preceding", gap: 0, lastParagraph: true, evidence: "each APOERR_* follows a `//` description (\"The object has already been initialized.\"); the first one's comment starts with the section heading, a paragraph above" },
];

/**
 * Bases and bounds, not codes: left out of every origin but `mc` (a define the
 * header gives its own MessageId block is a code, e.g. WU_E_PT_SOAPCLIENT_BASE).
 * Masks and these names always; a range-marker name (BOUND_NAME) only when the
 * header uses it as one (isBound). The multimedia `*_LASTERROR` names end
 * their ranges ("last error in range", mmsyscom.h and mmeapi.h), with the value
 * of the range's last code.
 */
export const NOT_A_CODE = /_MASK$|BASEERR$|^ERROR_SEVERITY_|^(MMSYSERR|WAVERR|MIDIERR|MIXERR)_LASTERROR$/;
/** Names of range markers: a bound only in that role (isBound). */
export const BOUND_NAME = /_(BASE|BASECODE|FIRST|LAST|START|END|MIN|MAX)$/;

/**
 * A range-marker name is a bound when the header shows the role: its value is
 * another define (`DNS_ERROR_RCODE_LAST DNS_ERROR_RCODE_BADTIME`), another
 * define of the header is computed from it (`NERR_BASE`), or the header
 * defines its other end (`OLE_E_FIRST` / `OLE_E_LAST`, `..._BASE` /
 * `..._MAX`). Otherwise it is a code that happens to end so:
 * `DRM_E_DEPRECATED_M2TS_GET_ENCRYPTED_DATA_FIRST` (PlayReadyResults.h,
 * 0x8004D817, a code of its own), `STATUS_IMAGE_NOT_AT_BASE`.
 */
export function isBound(name: string, body: string, header: { referenced: ReadonlySet<string>; names: ReadonlySet<string> }): boolean {
  if (NOT_A_CODE.test(name)) return true;
  const m = BOUND_NAME.exec(name);
  if (!m) return false;
  if (/^\(?\s*[A-Za-z_]\w*\s*\)?$/.test(body)) return true;
  if (header.referenced.has(name)) return true;
  const stem = name.slice(0, m.index);
  return ["BASE", "BASECODE", "FIRST", "LAST", "START", "END", "MIN", "MAX"].some((s) => s !== m[1] && header.names.has(`${stem}_${s}`));
}

/**
 * Enums of error codes (WbemCli.h `tag_WBEMSTATUS`, ComAdmin.h
 * `COMAdminErrorCodes`, xmllite.h `XmlError`, TxDtc.h): an enum with a member
 * that reads as a failure code, a name with an error word (`_E_`, `Err`,
 * `ERR`) and a failure value whose facility is neither 0 nor all ones (flag
 * enums such as d2d1_1.h's `D2D1_PROPERTY` 0x80000000.. and negative
 * sentinels such as MsiQuery.h's -1..-3 have neither).
 */
export function isCodeEnumMember(name: string, value: number): boolean {
  return value >= 0x80000000 && ![0, 0x7ff].includes((value >>> 16) & 0x7ff) && /(^|_)E_|Err|ERR/.test(name);
}

/**
 * Which members of such an enum are codes: failure values, and success
 * codes by name (`WBEM_S_FALSE`, `XACT_OK_NONOTIFY`, `WBEM_NO_ERROR`,
 * `wbemNoErr`, `GameSaveErrorStatus_Ok`). Other members are limits or
 * flags (TxDtc.h's `dwUSER_MS_SQLSERVER = 0xffff`).
 */
export function isCodeMemberOfCodeEnum(name: string, value: number): boolean {
  return value >= 0x80000000 || /(^|_)(S|OK)_|(^|_)(OK|NO_ERROR)$|NoErr$|_Ok$/.test(name);
}

/**
 * One way to clean every text (README, "Messages"): CRLF as LF, trailing
 * blanks of each line and blank lines around the text dropped, leading blanks
 * of the text dropped. A text that only repeats the entry's name is not a
 * message (bugcodes.h gives each bug check its own name as MessageText): null.
 */
export function cleanMessage(text: string | null, name: string): string | null {
  if (text === null) return null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\s+$/, ""));
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const out = lines.join("\n").replace(/^\s+/, "");
  return out === "" || out === name ? null : out;
}

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

/**
 * Cast types that hold error codes of our kinds (README, `cast-type`). Audited
 * on every cast type on catalog entries, with the headers' own evidence:
 * `HRESULT`, `SCODE` (winerror.h); `DRM_RESULT` (PlayReadyErrors.h: `typedef
 * HRESULT DRM_RESULT`); `NTSTATUS`; `ISDSC_STATUS` (iscsierr.h: `typedef ULONG
 * ISDSC_STATUS`, "Error status code for ISCSI discovery apis"); `USBD_STATUS`
 * (usb.h: `typedef LONG USBD_STATUS`, its own "Status values" layout, the
 * `usbd` family). Plain integer
 * types (`DWORD`, `ULONG`, ...: evaluate.ts PLAIN_TYPES) say nothing either way
 * and stay; bugcodes.h casts its bug checks to `ULONG`, ehstormsg.h and
 * WindowsSearchErrors.h some codes to `DWORD`.
 */
export const CODE_CAST_TYPES: ReadonlySet<string> = new Set(["HRESULT", "SCODE", "DRM_RESULT", "NTSTATUS", "ISDSC_STATUS", "USBD_STATUS"]);

/**
 * A cast to any other type names what the value is, and it is not an error
 * code: winbio_err.h's `((WINBIO_REJECT_DETAIL)0x00000005L)` are fingerprint
 * reject details (winbio_types.h: `typedef ULONG WINBIO_REJECT_DETAIL`, "the
 * reason a biometric sampling operation failed"), not Win32 codes 1..10.
 */
export function isCodeCast(cast: string): boolean {
  return cast.split(" ").every((w) => CODE_CAST_TYPES.has(w) || PLAIN_TYPES.has(w));
}

/**
 * String-resource ids: `IDS_` is the resource-compiler prefix for string-table
 * ids. Message tables that carry UI strings next to their codes name them so
 * (CDOSysErr.h "Headers and folder names ... localized in client languages":
 * `IDS_FROM` "From:%0"; WindowsSearchErrors.h "Language-dependent resources
 * (localize)": `IDS_MON_*` parser texts). Only values without the failure bit:
 * a failure value is a code whatever its name.
 */
export const STRING_ID_NAME = /^IDS_/;

/** Why a define that looked like a code was left out (REPORT.md, "Left out by rule"). */
export type LeftOutRule = "mc-boilerplate" | "bound" | "event-category" | "bugcodes-string" | "cast-type" | "string-id";

/** Header priority for duplicates: the two big tables first, then by name. */
export function headerRank(header: string): number {
  const h = header.toLowerCase();
  if (h === "winerror.h") return 0;
  if (h === "ntstatus.h") return 1;
  if (h === "bugcodes.h") return 2;
  return 3;
}
