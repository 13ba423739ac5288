import { readPe } from "./pe.js";
import { resourcesOfType, RT_VERSION } from "./resources.js";

const FIXED_FILE_INFO_SIGNATURE = 0xfeef04bd;

/**
 * The FileVersion of a PE file's VS_VERSIONINFO (VS_FIXEDFILEINFO's
 * dwFileVersionMS/LS as "a.b.c.d"), or undefined when the file has none or
 * it cannot be read. Never throws.
 */
export function readFileVersion(file: Uint8Array): string | undefined {
  try {
    for (const r of resourcesOfType(readPe(file), file.byteLength, RT_VERSION)) {
      const v = new DataView(r.data.buffer, r.data.byteOffset, r.data.byteLength);
      // VS_FIXEDFILEINFO follows the "VS_VERSION_INFO" key, 32-bit aligned.
      for (let at = 0; at + 52 <= r.data.byteLength && at < 128; at += 4) {
        if (v.getUint32(at, true) !== FIXED_FILE_INFO_SIGNATURE) continue;
        const ms = v.getUint32(at + 8, true);
        const ls = v.getUint32(at + 12, true);
        return `${ms >>> 16}.${ms & 0xffff}.${ls >>> 16}.${ls & 0xffff}`;
      }
    }
  } catch {
    // a damaged file has no readable version
  }
  return undefined;
}
