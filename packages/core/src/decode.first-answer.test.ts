import { describe, expect, it } from "vitest";
import { decode } from "./decode.js";
import { realCatalog as catalog } from "../test/real-catalog.js";

/**
 * The first answer for codes people really meet (docs/contracts.md,
 * "Ranking"). Each row: input, expected first match (name, family, via),
 * where the name and value are defined (Windows SDK 10.0.28000.0 headers,
 * file:line as the catalog records them), and why it is the right first
 * answer. "Alias" below means the header defines the other names as this
 * code (aliasOf); "unwrapped" means the value is HRESULT_FROM_WIN32(x)
 * (winerror.h, 0x8007xxxx) and x is the Win32 code named.
 */
const CASES: [input: string, name: string, kind: string, via: string, why: string][] = [
  // --- 0x8007xxxx: HRESULT_FROM_WIN32 of a Win32 code with its official text
  ["0x80070002", "ERROR_FILE_NOT_FOUND", "win32", "HRESULT_FROM_WIN32", "winerror.h:252; the component names (D2DErr.h, corerror.h, dhtmled.h) have no text of their own"],
  ["0x80070003", "ERROR_PATH_NOT_FOUND", "win32", "HRESULT_FROM_WIN32", "winerror.h:261; COR_E_DIRECTORYNOTFOUND (corerror.h) is a component name without text"],
  ["0x8007000D", "ERROR_INVALID_DATA", "win32", "HRESULT_FROM_WIN32", "winerror.h:351; STIERR_INVALID_HW_TYPE (stierr.h) is MAKE_HRESULT of it, an alias"],
  ["0x80070015", "ERROR_NOT_READY", "win32", "HRESULT_FROM_WIN32", "winerror.h:423; DIERR_NOTINITIALIZED (dinput.h) is MAKE_HRESULT of it, an alias"],
  ["0x8007001F", "ERROR_GEN_FAILURE", "win32", "HRESULT_FROM_WIN32", "winerror.h:513; WER_E_CABBING_FAILURE (WerApi.h) is a component name"],
  ["0x80070020", "ERROR_SHARING_VIOLATION", "win32", "HRESULT_FROM_WIN32", "winerror.h:522; STIERR_SHARING_VIOLATION (stierr.h:143) is MAKE_HRESULT of it, an alias"],
  ["0x80070070", "ERROR_DISK_FULL", "win32", "HRESULT_FROM_WIN32", "winerror.h:973; PEER_E_DISK_FULL (mingw-w64 p2p.h:877) is MAKE_HRESULT of it, an alias"],
  ["0x800700B7", "ERROR_ALREADY_EXISTS", "win32", "HRESULT_FROM_WIN32", "winerror.h:1486; PEER_E_ALREADY_EXISTS (mingw-w64 p2p.h:878) is MAKE_HRESULT of it, an alias"],
  ["0x8007007E", "ERROR_MOD_NOT_FOUND", "win32", "HRESULT_FROM_WIN32", "winerror.h:1081; the only meaning"],
  ["0x800704C7", "ERROR_CANCELLED", "win32", "HRESULT_FROM_WIN32", "winerror.h:7959; the only meaning"],
  ["0x800705B4", "ERROR_TIMEOUT", "win32", "HRESULT_FROM_WIN32", "winerror.h:10059; the only meaning"],
  ["0x80070643", "ERROR_INSTALL_FAILURE", "win32", "HRESULT_FROM_WIN32", "winerror.h:10290; MSI's 1603 as an HRESULT (Windows Update, Intune logs)"],
  ["0x800706BA", "RPC_S_SERVER_UNAVAILABLE", "win32", "HRESULT_FROM_WIN32", "winerror.h:11018; the only meaning"],
  ["0x800706D9", "EPT_S_NOT_REGISTERED", "win32", "HRESULT_FROM_WIN32", "winerror.h:11279; the only meaning"],
  ["0x80070422", "ERROR_SERVICE_DISABLED", "win32", "HRESULT_FROM_WIN32", "winerror.h:6867; the only meaning"],
  ["0x8007045B", "ERROR_SHUTDOWN_IN_PROGRESS", "win32", "HRESULT_FROM_WIN32", "winerror.h:7246; the only meaning"],
  ["0x8007052E", "ERROR_LOGON_FAILURE", "win32", "HRESULT_FROM_WIN32", "winerror.h:8854; the only meaning"],
  ["0x80070BC2", "ERROR_SUCCESS_REBOOT_REQUIRED", "win32", "HRESULT_FROM_WIN32", "winerror.h:12773; MSI's 3010 as an HRESULT"],
  ["0x80073CF3", "ERROR_INSTALL_RESOLVE_DEPENDENCY_FAILED", "win32", "HRESULT_FROM_WIN32", "winerror.h:29268; AppX deployment"],
  ["0x80070490", "ERROR_NOT_FOUND", "win32", "HRESULT_FROM_WIN32", "winerror.h:7599; E_NOT_SET (winerror.h:30452) is defined as HRESULT_FROM_WIN32(ERROR_NOT_FOUND) and shown under it"],
  // --- .NET (corerror.h, FACILITY_URT 0x13)
  ["0x80131500", "COR_E_EXCEPTION", "hresult", "exact", "corerror.h:65; the only meaning"],
  ["0x80131509", "COR_E_INVALIDOPERATION", "hresult", "exact", "corerror.h:74; the only meaning"],
  ["0x80131040", "FUSION_E_REF_DEF_MISMATCH", "hresult", "exact", "corerror.h:168; assembly binding"],
  // --- 0x8007xxxx that winerror.h itself names as an HRESULT: that name, the Win32 code next
  ["0x80070005", "E_ACCESSDENIED", "hresult", "exact", "winerror.h:30570 _HRESULT_TYPEDEF_(0x80070005L), a number of its own in the primary header; ERROR_ACCESS_DENIED follows"],
  ["0x8007000E", "E_OUTOFMEMORY", "hresult", "exact", "winerror.h:30507, primary header, with text"],
  ["0x80070057", "E_INVALIDARG", "hresult", "exact", "winerror.h:30516, primary header, with text"],
  // --- COM and OLE (winerror.h, FACILITY_NULL / FACILITY_ITF / FACILITY_RPC)
  ["0x80004005", "E_FAIL", "hresult", "exact", "winerror.h:30561; DRM_E_FAIL (PlayReadyResults.h) is a component header"],
  ["0x80004001", "E_NOTIMPL", "hresult", "exact", "winerror.h:30498; DRM_E_NOTIMPL is a component header"],
  ["0x80004002", "E_NOINTERFACE", "hresult", "exact", "winerror.h:30525"],
  ["0x80004004", "E_ABORT", "hresult", "exact", "winerror.h:30552"],
  ["0x8000FFFF", "E_UNEXPECTED", "hresult", "exact", "winerror.h:30488"],
  ["0x80040154", "REGDB_E_CLASSNOTREG", "hresult", "exact", "winerror.h:31696"],
  ["0x800401F0", "CO_E_NOTINITIALIZED", "hresult", "exact", "winerror.h:32209"],
  ["0x8001010E", "RPC_E_WRONG_THREAD", "hresult", "exact", "winerror.h:35864"],
  ["0x80010105", "RPC_E_SERVERFAULT", "hresult", "exact", "winerror.h:35783"],
  ["0x887A0005", "DXGI_ERROR_DEVICE_REMOVED", "hresult", "exact", "winerror.h:59801; facility 2170 (DXGI)"],
  // --- WMI (FACILITY_ITF: interface-specific, so other interfaces reuse the values). WbemCli.h's
  // enum WBEMSTATUS has no text; the WBEM_E_* names are also in mingw-w64's and Wine's wbemcli.h,
  // and "more sources beat fewer" ranks them before the one-source names with a text.
  ["0x80041010", "WBEM_E_INVALID_CLASS", "hresult", "exact", "WbemCli.h:717 (mingw-w64 wbemcli.h:643, Wine wbemcli.h:300); SYNC_E_ITEM_HAS_NO_VERSION_DATA (synchronizationerrors.h:197) is in the SDK only"],
  ["0x8004100E", "WBEM_E_INVALID_NAMESPACE", "hresult", "exact", "WbemCli.h:715 (mingw-w64 wbemcli.h:641, Wine wbemcli.h:298); SYNC_E_ITEM_HAS_CHANGE_UNITS (synchronizationerrors.h) is in the SDK only"],
  ["0x80041003", "WBEM_E_ACCESS_DENIED", "hresult", "exact", "WbemCli.h:704 (mingw-w64 wbemcli.h:630, Wine wbemcli.h:287); REC_E_TOODIFFERENT (Reconcil.h:26) is in the SDK and mingw-w64 only"],
  // --- NTSTATUS crash and exception codes (ntstatus.h)
  ["0xC0000005", "STATUS_ACCESS_VIOLATION", "ntstatus", "exact", "ntstatus.h:2121; an error-severity value is an NTSTATUS first"],
  ["-1073741819", "STATUS_ACCESS_VIOLATION", "ntstatus", "exact", "ntstatus.h:2121; the same value as a process exit code"],
  ["0xC0000409", "STATUS_STACK_BUFFER_OVERRUN", "ntstatus", "exact", "ntstatus.h:9007; /GS and fail-fast crashes"],
  ["0xC0000374", "STATUS_HEAP_CORRUPTION", "ntstatus", "exact", "ntstatus.h:8779"],
  ["0xC000001D", "STATUS_ILLEGAL_INSTRUCTION", "ntstatus", "exact", "ntstatus.h:2350"],
  ["0xC0000094", "STATUS_INTEGER_DIVIDE_BY_ZERO", "ntstatus", "exact", "ntstatus.h:3453"],
  ["0xC00000FD", "STATUS_STACK_OVERFLOW", "ntstatus", "exact", "ntstatus.h:4419"],
  ["0xC0000135", "STATUS_DLL_NOT_FOUND", "ntstatus", "exact", "ntstatus.h:4936; a missing DLL at process start"],
  ["0xC0000142", "STATUS_DLL_INIT_FAILED", "ntstatus", "exact", "ntstatus.h:5063"],
  ["0xC0000022", "STATUS_ACCESS_DENIED", "ntstatus", "exact", "ntstatus.h:2400"],
  ["0xC0000034", "STATUS_OBJECT_NAME_NOT_FOUND", "ntstatus", "exact", "ntstatus.h:2568"],
  ["0xC000009A", "STATUS_INSUFFICIENT_RESOURCES", "ntstatus", "exact", "ntstatus.h:3511"],
  ["0xC0000017", "STATUS_NO_MEMORY", "ntstatus", "exact", "ntstatus.h:2293"],
  ["0x80000003", "STATUS_BREAKPOINT", "ntstatus", "exact", "ntstatus.h:1480; no HRESULT has this value"],
  ["0xC0000096", "STATUS_PRIVILEGED_INSTRUCTION", "ntstatus", "exact", "ntstatus.h:3473"],
  ["0xC0000008", "STATUS_INVALID_HANDLE", "ntstatus", "exact", "ntstatus.h:2148"],
  ["0xC000021A", "STATUS_SYSTEM_PROCESS_TERMINATED", "ntstatus", "exact", "ntstatus.h:6341; also the bug check 0xC000021A"],
  ["0xD0000022", "STATUS_ACCESS_DENIED", "ntstatus", "HRESULT_FROM_NT", "ntstatus.h:2400 wrapped by HRESULT_FROM_NT (the N bit)"],
  // --- Windows Update (wuerror.h)
  ["0x8024402C", "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", "hresult", "exact", "wuerror.h:1618"],
  ["0x80244022", "WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL", "hresult", "exact", "wuerror.h:1528"],
  ["0x80240017", "WU_E_NOT_APPLICABLE", "hresult", "exact", "wuerror.h:431"],
  ["0x8024001E", "WU_E_SERVICE_STOP", "hresult", "exact", "wuerror.h:485"],
  ["0x80246007", "WU_E_DM_NOTDOWNLOADED", "hresult", "exact", "wuerror.h:3392"],
  ["0x80240022", "WU_E_ALL_UPDATES_FAILED", "hresult", "exact", "wuerror.h:521"],
  // --- MSI and Win32 codes as decimals (installers, services, GetLastError)
  ["1603", "ERROR_INSTALL_FAILURE", "win32", "exact", "winerror.h:10290; msiexec's fatal error"],
  ["1618", "ERROR_INSTALL_ALREADY_RUNNING", "win32", "exact", "winerror.h:10425"],
  ["1619", "ERROR_INSTALL_PACKAGE_OPEN_FAILED", "win32", "exact", "winerror.h:10434"],
  ["1638", "ERROR_PRODUCT_VERSION", "win32", "exact", "winerror.h:10605"],
  ["3010", "ERROR_SUCCESS_REBOOT_REQUIRED", "win32", "exact", "winerror.h:12773"],
  ["5", "ERROR_ACCESS_DENIED", "win32", "exact", "winerror.h:279; a small number is a Win32 code before a bug check (bugcodes.h:193)"],
  ["2", "ERROR_FILE_NOT_FOUND", "win32", "exact", "winerror.h:252"],
  ["87", "ERROR_INVALID_PARAMETER", "win32", "exact", "winerror.h:838"],
  ["1223", "ERROR_CANCELLED", "win32", "exact", "winerror.h:7959"],
  ["1326", "ERROR_LOGON_FAILURE", "win32", "exact", "winerror.h:8854"],
  ["1722", "RPC_S_SERVER_UNAVAILABLE", "win32", "exact", "winerror.h:11018"],
  ["1053", "ERROR_SERVICE_REQUEST_TIMEOUT", "win32", "exact", "winerror.h:6822"],
  ["10060", "WSAETIMEDOUT", "win32", "exact", "winerror.h:25064; Winsock"],
  ["10061", "WSAECONNREFUSED", "win32", "exact", "winerror.h:25073; Winsock"],
  ["13", "ERROR_INVALID_DATA", "win32", "exact", "winerror.h:351; DNS_ERROR_INVALID_DATA (winerror.h:23336) is defined as it and shown under it"],
  // --- Bug checks: family-scoped, since small values are Win32 codes first
  ["bugcheck:0xD1", "DRIVER_IRQL_NOT_LESS_OR_EQUAL", "bugcheck", "exact", "bugcodes.h:1925"],
  ["bugcheck:0x50", "PAGE_FAULT_IN_NONPAGED_AREA", "bugcheck", "exact", "bugcodes.h:868"],
  ["bugcheck:0x9F", "DRIVER_POWER_STATE_FAILURE", "bugcheck", "exact", "bugcodes.h:1520"],
  ["bugcheck:0x133", "DPC_WATCHDOG_VIOLATION", "bugcheck", "exact", "bugcodes.h:3133"],
  ["bugcheck:0x3B", "SYSTEM_SERVICE_EXCEPTION", "bugcheck", "exact", "bugcodes.h:679"],
  ["bugcheck:0xA", "IRQL_NOT_LESS_OR_EQUAL", "bugcheck", "exact", "bugcodes.h:238"],
  ["bugcheck:0x1E", "KMODE_EXCEPTION_NOT_HANDLED", "bugcheck", "exact", "bugcodes.h:418"],
  ["0xEF", "CRITICAL_PROCESS_DIED", "bugcheck", "exact", "bugcodes.h:2512; no Win32 code is 239"],
  ["0x124", "WHEA_UNCORRECTABLE_ERROR", "bugcheck", "exact", "bugcodes.h:2998; no Win32 code is 292"],
  ["0x1000007E", "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED_M", "bugcheck", "exact", "bugcodes.h:1285; the _M variant (top nibble 1)"],
];

describe("decode: the first answer for codes people meet", () => {
  it("has at least 60 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES)("%s -> %s (%s via %s): %s", (input, name, kind, via) => {
    const r = decode(catalog, input);
    expect(r.ok).toBe(true);
    expect(r.matches[0]).toMatchObject({ name, kind, via });
    // The first answer is an entry of its own, never an alias shown under another.
    expect(r.matches[0]?.under).toBeUndefined();
  });
});

describe("decode: component names of a Win32 code go under it", () => {
  it("0x80070002: D2DERR_FILE_NOT_FOUND (D2DErr.h:60, HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)) under ERROR_FILE_NOT_FOUND", () => {
    const m = decode(catalog, "0x80070002").matches;
    expect(m[0]).toMatchObject({ name: "ERROR_FILE_NOT_FOUND", via: "HRESULT_FROM_WIN32" });
    expect(m[0]?.message).toBe("The system cannot find the file specified.");
    expect(m.find((x) => x.name === "D2DERR_FILE_NOT_FOUND")).toMatchObject({ aliasOf: "ERROR_FILE_NOT_FOUND", under: 0 });
  });

  // Defined as HRESULT_FROM_WIN32(ERROR_X) in mingw-w64's headers (corerror.h:43, dhtmled.h:98), and as
  // MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIN32, ERROR_X) in the SDK's (dinput.h:2819, stierr.h:77, :143):
  // the same code under other names, so aliases of the Win32 code, not answers of their own.
  it.each([
    ["0x80070002", "ERROR_FILE_NOT_FOUND", ["COR_E_FILENOTFOUND", "DE_E_FILE_NOT_FOUND", "DIERR_NOTFOUND", "STIERR_OBJECTNOTFOUND"]],
    ["0x80070003", "ERROR_PATH_NOT_FOUND", ["COR_E_DIRECTORYNOTFOUND", "DE_E_PATH_NOT_FOUND"]],
    ["0x80070020", "ERROR_SHARING_VIOLATION", ["STIERR_SHARING_VIOLATION"]],
  ])("%s: spelled-out and mingw-w64 wraps go under %s", (input, first, aliases) => {
    const m = decode(catalog, input).matches;
    expect(m[0]).toMatchObject({ name: first, via: "HRESULT_FROM_WIN32" });
    for (const name of aliases) expect(m.find((x) => x.name === name), name).toMatchObject({ aliasOf: first, under: 0 });
  });

  it("0x80070005: dhtmled.h's DE_E_ACCESS_DENIED (mingw-w64 dhtmled.h:102, HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)) under ERROR_ACCESS_DENIED, after winerror.h's E_ACCESSDENIED", () => {
    const m = decode(catalog, "0x80070005").matches;
    expect(m[0]?.name).toBe("E_ACCESSDENIED");
    const win32 = m.findIndex((x) => x.name === "ERROR_ACCESS_DENIED");
    expect(m.find((x) => x.name === "DE_E_ACCESS_DENIED")).toMatchObject({ aliasOf: "ERROR_ACCESS_DENIED", under: win32 });
  });

  it("0x80070490: E_NOT_SET (winerror.h:30452) under ERROR_NOT_FOUND", () => {
    const m = decode(catalog, "0x80070490").matches;
    expect(m[0]).toMatchObject({ name: "ERROR_NOT_FOUND", via: "HRESULT_FROM_WIN32" });
    expect(m.find((x) => x.name === "E_NOT_SET")).toMatchObject({ aliasOf: "ERROR_NOT_FOUND", under: 0 });
  });
});
