import type { CatalogFile, EntryRow } from "../src/schema.js";

/**
 * The inputs of the decode sample (test/decode-sample.ndjson): a few
 * thousand, chosen from the committed catalog by fixed strides so that every
 * rule of docs/contracts.md ("Inputs", "Ranking", "Family-scoped input") is
 * met: each family, each unwrap rule, aliases, names in every form,
 * family-scoped input, negatives, numbers and names the catalog lacks, and
 * input that is not understood. No code or name is typed here except the
 * hostile strings at the end; decode itself chooses nothing.
 */
export function sampleInputs(file: CatalogFile): string[] {
  const rows = file.entries;
  const out: string[] = [];
  const hex = (v: number) => "0x" + (v >>> 0).toString(16).toUpperCase().padStart(8, "0");
  // Every n-th row of a list, starting at the first: n chosen to give about `count`.
  const every = <T>(list: readonly T[], count: number): T[] => {
    const step = Math.max(1, Math.floor(list.length / count));
    return list.filter((_, i) => i % step === 0).slice(0, count);
  };
  const of = (kind: string) => rows.filter((r) => r[1] === kind);
  const kinds = [...new Set(rows.map((r) => r[1]))];
  const values = new Set(rows.map((r) => r[2] >>> 0));

  // Each family: its values in hex, and the names.
  for (const kind of kinds) {
    for (const r of every(of(kind), 90)) out.push(hex(r[2]));
    for (const r of every(of(kind), 20)) out.push(r[0]);
  }

  // One value in every accepted form (docs/contracts.md, "Inputs").
  for (const r of every(rows, 50)) {
    const v = r[2] >>> 0;
    const h = v.toString(16);
    out.push(String(v), String(v | 0), h, h.toUpperCase(), `&H${h.toUpperCase()}&`, `(0x${h}L):`, `0xFFFFFFFF${h.padStart(8, "0")}`, `-0x${h}`, `${v}UL`, `"${hex(v)}",`);
  }

  // The wrapping macros, from values of the family each one takes (winerror.h, ntstatus.h).
  const win32 = of("win32").filter((r) => r[2] >= 1 && r[2] <= 0xffff);
  for (const r of every(win32, 40)) out.push(hex(0x80070000 | r[2]), hex(0xc0070000 | r[2])); // HRESULT_FROM_WIN32, NTSTATUS_FROM_WIN32
  for (const r of every(of("win32").filter((r) => r[2] >>> 16 === 0xe000), 20)) out.push(hex(0x800f0000 | (r[2] & 0xffff))); // HRESULT_FROM_SETUPAPI
  const nt = of("ntstatus");
  for (const r of every(nt.filter((r) => (r[2] & 0x10000000) === 0), 40)) out.push(hex(r[2] | 0x10000000)); // HRESULT_FROM_NT
  for (const r of every(nt.filter((r) => r[2] >>> 16 === 0xc01c), 15)) out.push(hex(0x801f0000 | (r[2] & 0xffff))); // FILTER_HRESULT_FROM_FLT_NTSTATUS

  // Aliases (`aliasOf`): by value, so the alias and its code meet; and by name.
  const aliases = rows.filter((r: EntryRow) => r[7] !== null);
  for (const r of every(aliases, 80)) out.push(hex(r[2]));
  for (const r of every(aliases, 20)) out.push(r[0]);

  // Names: any case, =NAME, :PART.
  for (const r of every(rows, 40)) out.push(r[0].toLowerCase(), `=${r[0]}`, `=${r[0].toLowerCase()}`);
  for (const r of every(rows.filter((r) => r[0].length > 8), 12)) out.push(`:${r[0].slice(-9)}`);

  // Family-scoped input: each family by value and by name, the unwrap rules it keeps, and one name of another family.
  for (const kind of kinds) {
    for (const r of every(of(kind), 6)) out.push(`${kind}:${hex(r[2])}`, `${kind.toUpperCase()}:${r[2]}`, `${kind}:${r[0]}`);
    out.push(`${kind}:${hex(0x80070000 | (win32[0]?.[2] ?? 0))}`, `${kind}:${hex(0xc0070000 | (win32[0]?.[2] ?? 0))}`, `${kind}:${rows.find((r) => r[1] !== kind)?.[0]}`);
  }

  // Negatives: failure codes as a signed 32-bit decimal, as logs print them.
  for (const r of every(rows.filter((r) => r[2] >= 0x80000000), 60)) out.push(String(r[2] | 0));

  // Numbers no entry has, next to numbers that have one; small numbers both ways.
  let missing = 0;
  for (const r of rows) {
    const v = (r[2] + 1) >>> 0;
    if (!values.has(v) && missing++ % 50 === 0) out.push(hex(v), String(v));
  }
  for (let v = 0; v < 300; v++) out.push(String(v));
  for (let v = 0; v < 60; v++) out.push(v.toString(16).padStart(8, "0"));

  // Not understood, or understood as a name nobody has: edge cases of the reader.
  out.push(...HOSTILE);
  return [...new Set(out)];
}

const HOSTILE = [
  "", " ", "\t\n", "0x", "0X", "&H", "&h1", "-", "+", "+5", "-0", "-0x0", "--5", "0x-5", "0xG", "0x1_0",
  "0x100000000", "-0x80000001", "-0x80000000", "4294967295", "4294967296", "-2147483648", "-2147483649",
  "18446744071562526725", "18446744073709551615", "18446744073709551616", "18446744071562067967",
  "00000000000000000000005", "0000000000000000000000a", "0xFFFFFFFF7FFFFFFF", "0xffffffff80000000", "0x00000000FFFFFFFF",
  "ffffffff80070005", "5L", "5UL", "5LLU", "5LU", "5uLL", "5LLL", "5u", "0x5u", "0x5LU", "0x5&", "5&",
  "abc", "abcdefabc", "deadbeefdeadbeef", "_", "__", "1abc_", "=", "=1X", ":", ":a-b", ":_", "=E_FAIL extra",
  "((0x5))", "\"0x5\"", "'5',", "`5`;", "<5>!?", "[5].", "{5}:", "\u00a05\ufeff", "\uff10x5", "\u0665", "0x\u0665", "E_\u00c9",
  "x".repeat(256), "x".repeat(257), "1".repeat(1025), " ".repeat(300) + "5", "(".repeat(200) + "5" + ")".repeat(200),
  "\ud800", "0x8007\u0000", "null", "undefined", "NaN", "Infinity", "1e3", "0b101", "0o17", "1.5", "0x1.5", " 0x80070005 ",
  "nofamily:5", "win32:", "win32:0xnope", ":win32",
];
