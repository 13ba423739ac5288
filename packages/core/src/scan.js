// 0x / &H hex not glued to a word: 8 digits or fewer, or 16 when sign-extended.
const HEX = /(?<![0-9A-Za-z_&])(?:0[xX]|&[hH])([0-9A-Fa-f]+)(?![0-9A-Za-z_])/g;
// A negative decimal standing alone (not part of a date, range or version).
const NEGATIVE = /(?<![\w.\-])-([0-9]{9,10})(?![\w]|\.[0-9])/g;
// A decimal the text calls a code: "error 1603", "exit code -1073741819",
// "error code: 5", "Status=5", "HRESULT -2147024891".
const KEYWORD = /\b(?:error[ _]?code|exit[ _]?code|return[ _]?code|result[ _]?code|status[ _]?code|last[ _]?error|win32[ _]?error|errorlevel|error|err|status|hresult|hr|rc|code)\b[ \t]*(?:is[ \t]+|was[ \t]+)?[:=#]?[ \t]*(?:is[ \t]+)?(-?[0-9]{1,10})(?![\w]|\.[0-9])/gi;
// Candidate names: an identifier with an underscore (E_FAIL, STATUS_*) or a
// Winsock name (WSAEACCES); only names the catalog has count. Other bare
// words (the catalog has PENDING, NOERROR) would flag ordinary log prose.
const NAME = /(?<![\w])[A-Za-z_][A-Za-z0-9_]*(?![\w])/g;
const WINSOCK = /^WSA[A-Z0-9]{3,}$/;
// What every rule above needs somewhere in the line, read as loosely as the
// rules read it: a hex prefix, a dash before nine digits, the core of each
// KEYWORD word (case-insensitive like KEYWORD), an underscore or "WSA" for
// names. A line without any of these has no hit; most log lines are skipped
// with this one test (scan.test.ts checks it against the rules).
const MAYBE = /0x|&h|-[0-9]{9}|err|status|hr|rc|code|_|wsa/i;
/** |value| floor for a bare negative decimal: at or below -2^28 (0xF0000000) reads as an HRESULT/NTSTATUS failure. */
export const NEGATIVE_FLOOR = 0x10000000;
/**
 * Find codes in one line of free text. Pure: the CLI streams lines. Overlaps
 * keep the earliest (then longest) hit. Names need the catalog.
 */
export function scanLine(line, catalog) {
    const text = String(line);
    if (!MAYBE.test(text))
        return [];
    const hits = [];
    const add = (start, t, input, how) => hits.push({ start, column: start + 1, length: t.length, text: t, input, how });
    // exec loops on the shared /g patterns (no per-call clone as matchAll makes);
    // none of them can match empty text, so lastIndex always moves on.
    let m;
    HEX.lastIndex = 0;
    while ((m = HEX.exec(text)) !== null) {
        const digits = m[1].replace(/^0+(?=.)/, "");
        if (digits.length <= 8 || (digits.length === 16 && /^ffffffff[89a-f]/i.test(digits)))
            add(m.index, m[0], m[0], "hex");
    }
    NEGATIVE.lastIndex = 0;
    while ((m = NEGATIVE.exec(text)) !== null) {
        const n = Number(m[1]);
        if (n >= NEGATIVE_FLOOR && n <= 0x80000000)
            add(m.index, m[0], m[0], "negative");
    }
    KEYWORD.lastIndex = 0;
    while ((m = KEYWORD.exec(text)) !== null) {
        const num = m[1];
        // The number ends the match (what follows is a lookahead).
        const at = m.index + m[0].length - num.length;
        const n = Number(num);
        if (n >= -0x80000000 && n <= 0xffffffff)
            add(at, num, num, "keyword");
    }
    if (catalog && (text.includes("_") || text.includes("WSA"))) {
        NAME.lastIndex = 0;
        while ((m = NAME.exec(text)) !== null) {
            const t = m[0];
            const candidate = t.includes("_") ? t.length >= 3 : WINSOCK.test(t);
            if (candidate && catalog.hasName(t))
                add(m.index, t, t, "name");
        }
    }
    if (hits.length < 2)
        return hits;
    hits.sort((a, b) => a.start - b.start || b.length - a.length);
    const kept = [];
    let end = -1;
    for (const h of hits) {
        if (h.start < end)
            continue;
        kept.push(h);
        end = h.start + h.length;
    }
    return kept;
}
