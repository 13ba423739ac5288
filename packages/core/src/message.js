// FormatMessage escapes (FormatMessage docs; %b and %. per oldnewthing 20191025).
const ESCAPES = {
    "%": "%",
    n: "\n",
    r: "\r",
    t: "\t",
    b: " ",
    ".": ".",
    "!": "!",
};
const ESCAPE_FIRST = new Set(["%", "n", "r", "t", "b", "!"]);
// %1..%99 with an optional !printf-format!.
const FM_INSERT = /^%([1-9][0-9]?)(?:!([^!]*)!)?/;
// printf: flags, width, precision, MSVC/C99 length, conversion.
const PRINTF = /^%([-+#0]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:hh|h|ll|l|w|I64|I32|I|z|t|j|L)?[diouxXcCsSpZeEfgGaAn])/;
/**
 * Parse inserts and escapes. Digits after `%` are FormatMessage inserts
 * (`%1`); `%0` followed by a printf tail (`%08lx`) is printf, otherwise the
 * end marker; a `%` that fits neither syntax stays literal text.
 */
export function parseMessage(message) {
    const parts = [];
    let text = "";
    let raw = "";
    const flush = () => {
        if (raw.length > 0)
            parts.push({ type: "text", raw, text });
        text = "";
        raw = "";
    };
    let i = 0;
    while (i < message.length) {
        const pct = message.indexOf("%", i);
        if (pct < 0) {
            text += message.slice(i);
            raw += message.slice(i);
            break;
        }
        text += message.slice(i, pct);
        raw += message.slice(i, pct);
        const rest = message.slice(pct);
        const next = rest[1];
        const fm = FM_INSERT.exec(rest);
        if (fm) {
            flush();
            const part = { type: "insert", raw: fm[0], syntax: "formatmessage", index: Number(fm[1]) };
            if (fm[2] !== undefined)
                part.format = fm[2];
            parts.push(part);
            i = pct + fm[0].length;
            continue;
        }
        // FormatMessage's own escapes (%n, %t, %%) win over printf's %n and %td;
        // "%." is an escape unless a printf conversion follows (%.8lx).
        const pf = next !== undefined && ESCAPE_FIRST.has(next) ? null : PRINTF.exec(rest);
        if (pf) {
            flush();
            parts.push({ type: "insert", raw: pf[0], syntax: "printf", format: pf[1] });
            i = pct + pf[0].length;
            continue;
        }
        if (next === "0") {
            flush();
            parts.push({ type: "end", raw: "%0", text: "" });
            i = pct + 2;
            continue;
        }
        const esc = next === undefined ? undefined : ESCAPES[next];
        if (esc !== undefined) {
            text += esc;
            raw += "%" + next;
            i = pct + 2;
            continue;
        }
        text += "%";
        raw += "%";
        i = pct + 1;
    }
    flush();
    return parts;
}
/** Show a message with each insert as a placeholder such as `<1>` or `<%hs>`. */
export function renderMessage(message, placeholder = defaultPlaceholder) {
    let out = "";
    for (const p of parseMessage(message))
        out += p.type === "insert" ? placeholder(p) : p.text;
    return out;
}
function defaultPlaceholder(p) {
    return p.syntax === "formatmessage" ? `<${p.index}>` : `<${p.raw}>`;
}
