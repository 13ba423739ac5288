import type { Kind } from "@winerr/core/schema";
import type { Trait } from "./evaluate.js";

export interface KindInput {
  /** Header basename, any case. */
  header: string;
  value: number;
  /** Family marks the evaluator saw (casts, _HRESULT_TYPEDEF_, MAKE_HRESULT, ...). */
  traits: ReadonlySet<Trait>;
  /** The header is NT-style: ntstatus.h, or most of its typed codes are NTSTATUS. */
  ntStyle: boolean;
  /** The header's plain rule fixes the family (SetupAPI.h: win32 at 0xE000xxxx). */
  forced?: Kind | undefined;
}

/**
 * Family of one define, first rule that applies wins (README, "Kind rules"):
 * 1. bugcodes.h -> bugcheck   2. a header rule that fixes the kind
 * 3. NTSTATUS mark -> ntstatus   4. HRESULT mark -> hresult
 * 5. NT-style header and value >= 0x40000000 -> ntstatus
 * 6. value <= 0xFFFF -> win32   7. otherwise -> hresult
 */
export function kindOf(k: KindInput): Kind {
  if (k.header.toLowerCase() === "bugcodes.h") return "bugcheck";
  if (k.forced) return k.forced;
  if (k.traits.has("ntstatus")) return "ntstatus";
  if (k.traits.has("hresult")) return "hresult";
  if (k.ntStyle && k.value >= 0x40000000) return "ntstatus";
  if (k.value <= 0xffff) return "win32";
  return "hresult";
}
