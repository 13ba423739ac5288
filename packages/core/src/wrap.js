/**
 * The winerror.h / ntstatus.h wrapping macros run forwards (docs/contracts.md, "Bit
 * layouts and conversions"); unwrap() is their inverse. Only values each
 * macro really maps are wrapped: a Win32 code 1..0xFFFF (0 stays 0), a
 * SetupAPI 0xE000xxxx code, an NTSTATUS without the N bit, a filter manager
 * 0xC01Cxxxx status.
 */
export function wrap(kind, value) {
    const v = value >>> 0;
    const low = v & 0xffff;
    const out = [];
    if (kind === "win32") {
        if (v >= 1 && v <= 0xffff) {
            out.push({ via: "HRESULT_FROM_WIN32", kind: "hresult", value: (0x80070000 | low) >>> 0 });
            out.push({ via: "NTSTATUS_FROM_WIN32", kind: "ntstatus", value: (0xc0070000 | low) >>> 0 });
        }
        else if (v >>> 16 === 0xe000) {
            out.push({ via: "HRESULT_FROM_SETUPAPI", kind: "hresult", value: (0x800f0000 | low) >>> 0 });
        }
    }
    else if (kind === "ntstatus") {
        if ((v & 0x10000000) === 0)
            out.push({ via: "HRESULT_FROM_NT", kind: "hresult", value: (v | 0x10000000) >>> 0 });
        if (v >>> 16 === 0xc01c)
            out.push({ via: "FILTER_HRESULT_FROM_FLT_NTSTATUS", kind: "hresult", value: (0x801f0000 | low) >>> 0 });
    }
    return out;
}
