/**
 * Which catalog entries a module's message id speaks for. FormatMessage is
 * given the value itself, so a message id is a catalog value: a small id is
 * a Win32 code; HRESULT and NTSTATUS values count only above 0xFFFF (a small
 * success code's number collides with a Win32 id), and bug checks never do
 * (their numbers collide with Win32 ids too). One rule for the CLI's
 * --module/--system, the importer's --mui and winerr-export --messages-from.
 */
export function takesModuleText(kind: string, value: number): boolean {
  return kind === "win32" || ((kind === "hresult" || kind === "ntstatus") && value > 0xffff);
}

/** Whether a module's message `id` is the text of the entry (kind, value). */
export function moduleIdMatches(id: number, entry: { kind: string; value: number }): boolean {
  return entry.value === id >>> 0 && takesModuleText(entry.kind, entry.value);
}
