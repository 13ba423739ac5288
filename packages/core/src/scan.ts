/** A code found in a line of log text. */
export interface ScanHit {
  /** 0-based offset of `text` in the line (UTF-16 units). */
  start: number;
  /** 1-based column of `text` (start + 1). */
  column: number;
  length: number;
  /** The matched characters, as they appear in the line. */
  text: string;
  /** What to pass to decode(). */
  input: string;
  /** Which rule found it. */
  how: "hex" | "negative" | "name" | "keyword";
}

export interface NameLookup {
  hasName(name: string): boolean;
}

// 0x / &H hex not glued to a word: 8 digits or fewer, or 16 when sign-extended.
const HEX = /(?<![0-9A-Za-z_&])(?:0[xX]|&[hH])([0-9A-Fa-f]+)(?![0-9A-Za-z_])/g;
// A negative decimal standing alone (not part of a date, range or version).
const NEGATIVE = /(?<![\w.\-])-([0-9]{9,10})(?![\w]|\.[0-9])/g;
// A decimal the text calls a code: "error 1603", "exit code -1073741819",
// "error code: 5", "Status=5", "HRESULT -2147024891".
const KEYWORD =
  /\b(?:error[ _]?code|exit[ _]?code|return[ _]?code|result[ _]?code|status[ _]?code|last[ _]?error|win32[ _]?error|errorlevel|error|err|status|hresult|hr|rc|code)\b[ \t]*(?:is[ \t]+|was[ \t]+)?[:=#]?[ \t]*(?:is[ \t]+)?(-?[0-9]{1,10})(?![\w]|\.[0-9])/dgi;
// Candidate names: an identifier with an underscore (E_FAIL, STATUS_*) or a
// Winsock name (WSAEACCES); only names the catalog has count. Other bare
// words (the catalog has PENDING, NOERROR) would flag ordinary log prose.
const NAME = /(?<![\w])[A-Za-z_][A-Za-z0-9_]*(?![\w])/g;
const WINSOCK = /^WSA[A-Z0-9]{3,}$/;

/** |value| floor for a bare negative decimal: at or below -2^28 (0xF0000000) reads as an HRESULT/NTSTATUS failure. */
export const NEGATIVE_FLOOR = 0x10000000;

/**
 * Find codes in one line of free text. Pure: the CLI streams lines. Overlaps
 * keep the earliest (then longest) hit. Names need the catalog.
 */
export function scanLine(line: string, catalog?: NameLookup): ScanHit[] {
  const text = String(line);
  const hits: ScanHit[] = [];
  const add = (start: number, t: string, input: string, how: ScanHit["how"]) =>
    hits.push({ start, column: start + 1, length: t.length, text: t, input, how });

  for (const m of text.matchAll(HEX)) {
    const digits = (m[1] as string).replace(/^0+(?=.)/, "");
    if (digits.length <= 8 || (digits.length === 16 && /^ffffffff[89a-f]/i.test(digits))) add(m.index, m[0], m[0], "hex");
  }
  for (const m of text.matchAll(NEGATIVE)) {
    const n = Number(m[1]);
    if (n >= NEGATIVE_FLOOR && n <= 0x80000000) add(m.index, m[0], m[0], "negative");
  }
  for (const m of text.matchAll(KEYWORD)) {
    const num = m[1] as string;
    const at = (m.indices?.[1] as [number, number])[0];
    const n = Number(num);
    if (n >= -0x80000000 && n <= 0xffffffff) add(at, num, num, "keyword");
  }
  if (catalog) {
    for (const m of text.matchAll(NAME)) {
      const t = m[0];
      const candidate = t.includes("_") ? t.length >= 3 : WINSOCK.test(t);
      if (candidate && catalog.hasName(t)) add(m.index, t, t, "name");
    }
  }
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.length - a.length);
  const kept: ScanHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.start < end) continue;
    kept.push(h);
    end = h.start + h.length;
  }
  return kept;
}
