const MAX_SHOWN = 60;

/**
 * Quotes user text (an input, a path) for a one-line message: control and
 * non-ASCII characters escaped (stderr is read with the OEM code page by
 * PowerShell 5.1), text longer than `limit` cut so one hostile input cannot
 * flood the terminal (paths pass Infinity: a cut path helps nobody).
 */
export function shown(text: string, limit: number = MAX_SHOWN): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  const body = JSON.stringify(cut).slice(1, -1).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > limit ? `"${body}..." (${text.length} chars)` : `"${body}"`;
}
