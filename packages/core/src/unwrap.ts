import type { Kind } from "./schema.js";
import type { Via } from "./result.js";

export type UnwrapRule = Exclude<Via, "exact" | "name">;

/** A value the input may have been built from, and the family it belongs to. */
export interface Unwrapped {
  via: UnwrapRule;
  kind: Kind;
  value: number;
}

/**
 * Run the winerror.h / ntstatus.h wrapping macros backwards ([MS-ERREF] 2.1,
 * design.md "Bit layouts and conversions"). Each rule that fits gives one
 * candidate; most values fit none, HRESULT_FROM_NT fits any value with N set.
 */
export function unwrap(value: number): Unwrapped[] {
  const v = value >>> 0;
  const high = v >>> 16;
  const low = v & 0xffff;
  const out: Unwrapped[] = [];
  // HRESULT_FROM_WIN32(x) = 0x8007xxxx.
  if (high === 0x8007) out.push({ via: "HRESULT_FROM_WIN32", kind: "win32", value: low });
  // NTSTATUS_FROM_WIN32(x) = 0xC007xxxx.
  else if (high === 0xc007) out.push({ via: "NTSTATUS_FROM_WIN32", kind: "win32", value: low });
  // HRESULT_FROM_SETUPAPI: SetupAPI's Win32 codes 0xE000xxxx become 0x800Fxxxx.
  else if (high === 0x800f) out.push({ via: "HRESULT_FROM_SETUPAPI", kind: "win32", value: (0xe0000000 | low) >>> 0 });
  // FILTER_HRESULT_FROM_FLT_NTSTATUS: filter manager 0xC01Cxxxx becomes 0x801Fxxxx.
  else if (high === 0x801f) out.push({ via: "FILTER_HRESULT_FROM_FLT_NTSTATUS", kind: "ntstatus", value: (0xc01c0000 | low) >>> 0 });
  // HRESULT_FROM_NT(s) = s | 0x10000000.
  if ((v & 0x10000000) !== 0) out.push({ via: "HRESULT_FROM_NT", kind: "ntstatus", value: (v & ~0x10000000) >>> 0 });
  return out;
}
