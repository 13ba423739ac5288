/**
 * The family of the values each rule builds (HRESULT_FROM_WIN32 makes an
 * HRESULT): family-scoped input (`hresult:0x80070005`) unwraps by its own
 * family's rules only.
 */
export const RULE_FAMILY = {
    HRESULT_FROM_WIN32: "hresult",
    NTSTATUS_FROM_WIN32: "ntstatus",
    HRESULT_FROM_NT: "hresult",
    HRESULT_FROM_SETUPAPI: "hresult",
    FILTER_HRESULT_FROM_FLT_NTSTATUS: "hresult",
};
/**
 * The rules that fit `value`, written into `vias`/`kinds`/`values` from index
 * 0; returns how many (0 to 2). No allocation: decode's hot path passes
 * reused scratch arrays. unwrap() is the allocating form.
 */
export function unwrapInto(value, vias, kinds, values) {
    const v = value >>> 0;
    const high = v >>> 16;
    const low = v & 0xffff;
    let n = 0;
    // HRESULT_FROM_WIN32(x) = 0x8007xxxx.
    if (high === 0x8007) {
        vias[n] = "HRESULT_FROM_WIN32";
        kinds[n] = "win32";
        values[n++] = low;
    }
    // NTSTATUS_FROM_WIN32(x) = 0xC007xxxx.
    else if (high === 0xc007) {
        vias[n] = "NTSTATUS_FROM_WIN32";
        kinds[n] = "win32";
        values[n++] = low;
    }
    // HRESULT_FROM_SETUPAPI: SetupAPI's Win32 codes 0xE000xxxx become 0x800Fxxxx.
    else if (high === 0x800f) {
        vias[n] = "HRESULT_FROM_SETUPAPI";
        kinds[n] = "win32";
        values[n++] = (0xe0000000 | low) >>> 0;
    }
    // FILTER_HRESULT_FROM_FLT_NTSTATUS: filter manager 0xC01Cxxxx becomes 0x801Fxxxx.
    else if (high === 0x801f) {
        vias[n] = "FILTER_HRESULT_FROM_FLT_NTSTATUS";
        kinds[n] = "ntstatus";
        values[n++] = (0xc01c0000 | low) >>> 0;
    }
    // HRESULT_FROM_NT(s) = s | 0x10000000.
    if ((v & 0x10000000) !== 0) {
        vias[n] = "HRESULT_FROM_NT";
        kinds[n] = "ntstatus";
        values[n++] = (v & ~0x10000000) >>> 0;
    }
    return n;
}
const VIAS = [];
const KINDS = [];
const VALUES = [];
/**
 * Run the winerror.h / ntstatus.h wrapping macros backwards ([MS-ERREF] 2.1,
 * docs/contracts.md "Bit layouts and conversions"). Each rule that fits gives one
 * candidate; most values fit none, HRESULT_FROM_NT fits any value with N set.
 */
export function unwrap(value) {
    const n = unwrapInto(value, VIAS, KINDS, VALUES);
    const out = [];
    for (let k = 0; k < n; k++)
        out.push({ via: VIAS[k], kind: KINDS[k], value: VALUES[k] });
    return out;
}
