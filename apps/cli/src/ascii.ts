/**
 * JSON with every non-ASCII character as \uXXXX: PowerShell decodes a child's
 * stdout with the console code page, so only ASCII survives every host.
 * JSON.stringify already escapes lone surrogates; pairs become two escapes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
