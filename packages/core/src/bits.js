const NONE = Object.freeze([]);
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, "0"));
/** `0x` + 8 upper-case hex digits of the unsigned 32-bit value. */
export function formatHex(value) {
    const v = value >>> 0;
    return "0x" + BYTE_HEX[v >>> 24] + BYTE_HEX[(v >>> 16) & 255] + BYTE_HEX[(v >>> 8) & 255] + BYTE_HEX[v & 255];
}
/** The same 32 bits read as a signed int32. */
export function toSigned(value) {
    return value | 0;
}
const HR_SEVERITY = ["success", "failure"];
const NT_SEVERITY = ["success", "informational", "warning", "error"];
/**
 * [MS-ERREF] 2.1. The N bit is tested first: with N set, the value is an
 * NTSTATUS mapped in by HRESULT_FROM_NT, so the facility is that NTSTATUS's
 * 12-bit facility and its names come from the NTSTATUS table. Otherwise the
 * facility is winerror.h's HRESULT_FACILITY, `(hr >> 16) & 0x1FFF` (bit 28 is
 * then 0, so real facilities up to 0xFFF such as DXGI 2170 read correctly).
 */
export function hresultBits(value, names) {
    const v = value >>> 0;
    const n = (v & 0x10000000) !== 0;
    const facility = n ? (v >>> 16) & 0xfff : (v >>> 16) & 0x1fff;
    return {
        severity: HR_SEVERITY[v >>> 31] ?? "failure",
        reserved: (v & 0x40000000) !== 0,
        customer: (v & 0x20000000) !== 0,
        ntstatus: n,
        x: (v & 0x08000000) !== 0,
        facility,
        facilityNames: names ? names.facilityNames(n ? "ntstatus" : "hresult", facility) : NONE,
        code: v & 0xffff,
    };
}
/** [MS-ERREF] 2.3: Sev (2 bits), C, N (reserved), 12-bit facility, code. */
export function ntstatusBits(value, names) {
    const v = value >>> 0;
    const facility = (v >>> 16) & 0xfff;
    return {
        severity: NT_SEVERITY[v >>> 30] ?? "error",
        customer: (v & 0x20000000) !== 0,
        reserved: (v & 0x10000000) !== 0,
        facility,
        facilityNames: names ? names.facilityNames("ntstatus", facility) : NONE,
        code: v & 0xffff,
    };
}
