/**
 * Machine output is pure ASCII (docs/contracts.md, "Machine output"):
 * PowerShell 5.1 decodes a child's stdout with the console code page, so
 * only ASCII survives every host. Every character from U+0080 up becomes
 * \uXXXX; DEL (U+007F) is ASCII and stays as it is. JSON.stringify already
 * escapes control characters and lone surrogates; a pair becomes two escapes.
 */
export function asciiEscape(json) {
    return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** JSON.stringify, pure ASCII (asciiEscape); `indent` as JSON.stringify's third argument. */
export function asciiJson(value, indent) {
    return asciiEscape(JSON.stringify(value, null, indent));
}
