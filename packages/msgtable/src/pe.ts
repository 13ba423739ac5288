import { fail, hex } from "./errors.js";

/** One section's raw bytes in the file and where it is mapped. */
interface Section {
  va: number;
  vsize: number;
  raw: Uint8Array;
}

/** The parts of a PE image a resource reader needs: every offset checked. */
export interface PeImage {
  /** The resource directory's RVA and size (0, 0 when there is none). */
  resources: { rva: number; size: number };
  /** Bytes at an RVA, wholly inside one section's raw data, or an error. */
  at(rva: number, size: number, what: string): Uint8Array;
  /** Bytes from an RVA to the end of its section's raw data. */
  rest(rva: number, what: string): Uint8Array;
}

// The Windows loader refuses more sections than this (ntimage.h, MAXIMUM_SECTIONS is 96).
const MAX_SECTIONS = 96;
const RESOURCE_DIRECTORY = 2;

/** Reads the DOS, COFF and optional headers and the section table of a PE file. */
export function readPe(file: Uint8Array): PeImage {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const need = (end: number, what: string): void => {
    if (end > file.byteLength) fail("truncated", `the file ends (${file.byteLength} bytes) inside the ${what}`);
  };
  if (file.byteLength < 64 || view.getUint16(0, true) !== 0x5a4d) fail("not-pe", "not a PE file (no MZ header)");
  const pe = view.getUint32(0x3c, true);
  need(pe + 24, "PE header");
  if (view.getUint32(pe, true) !== 0x4550) fail("not-pe", `not a PE file (no PE signature at ${hex(pe)})`);
  const sectionCount = view.getUint16(pe + 6, true);
  const optionalSize = view.getUint16(pe + 20, true);
  if (sectionCount > MAX_SECTIONS) fail("bad-structure", `${sectionCount} sections (at most ${MAX_SECTIONS})`);
  const opt = pe + 24;
  need(opt + Math.min(optionalSize, 2), "optional header");
  const magic = optionalSize >= 2 ? view.getUint16(opt, true) : 0;
  // PE32 (0x10b) keeps its data directories at 96, PE32+ (0x20b) at 112.
  const dirs = magic === 0x10b ? opt + 96 : magic === 0x20b ? opt + 112 : fail("bad-structure", `unknown optional header magic ${hex(magic)}`);
  let resources = { rva: 0, size: 0 };
  if (dirs - opt + 4 <= optionalSize) {
    need(dirs, "optional header");
    const dirCount = view.getUint32(dirs - 4, true);
    if (dirCount > RESOURCE_DIRECTORY && dirs - opt + 8 * (RESOURCE_DIRECTORY + 1) <= optionalSize) {
      need(dirs + 8 * (RESOURCE_DIRECTORY + 1), "data directories");
      resources = { rva: view.getUint32(dirs + 8 * RESOURCE_DIRECTORY, true), size: view.getUint32(dirs + 8 * RESOURCE_DIRECTORY + 4, true) };
    }
  }
  const table = opt + optionalSize;
  need(table + 40 * sectionCount, "section table");
  const sections: Section[] = [];
  for (let i = 0; i < sectionCount; i++) {
    const s = table + 40 * i;
    const vsize = view.getUint32(s + 8, true);
    const va = view.getUint32(s + 12, true);
    const rawSize = view.getUint32(s + 16, true);
    const rawPtr = view.getUint32(s + 20, true);
    if (rawSize === 0 || rawPtr === 0) {
      sections.push({ va, vsize, raw: new Uint8Array(0) });
      continue;
    }
    need(rawPtr + rawSize, `section ${i + 1} of ${sectionCount}`);
    sections.push({ va, vsize, raw: file.subarray(rawPtr, rawPtr + rawSize) });
  }
  const find = (rva: number, what: string): Section =>
    sections.find((s) => rva >= s.va && rva < s.va + Math.max(s.vsize, s.raw.byteLength)) ??
    fail("bad-offset", `the ${what} at RVA ${hex(rva)} is in no section`);
  return {
    resources,
    at(rva, size, what) {
      const s = find(rva, what);
      const start = rva - s.va;
      // Bytes past a section's raw data are zero-filled in memory but absent from the file: a table there is damage.
      if (start + size > s.raw.byteLength) fail("truncated", `the ${what} at RVA ${hex(rva)} (${size} bytes) runs past its section's data`);
      return s.raw.subarray(start, start + size);
    },
    rest(rva, what) {
      const s = find(rva, what);
      return s.raw.subarray(Math.min(rva - s.va, s.raw.byteLength));
    },
  };
}
