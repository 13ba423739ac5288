const MAX_SHOWN = 60;

/**
 * Quote user text for a one-line message: control and non-ASCII characters
 * escaped (stderr is read with the OEM code page by PowerShell 5.1), long
 * text cut so one hostile input cannot flood the terminal.
 */
export function shown(text: string): string {
  const cut = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) : text;
  const body = JSON.stringify(cut).slice(1, -1).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > MAX_SHOWN ? `"${body}..." (${text.length} chars)` : `"${body}"`;
}
