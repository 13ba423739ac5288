import { spawn } from "node:child_process";

/**
 * The command that opens a web link: $BROWSER when set (a program, as
 * xdg-open and many tools honour it), else the system's opener.
 */
export function openerFor(env: NodeJS.ProcessEnv, platform: string = process.platform): { command: string; args: string[] } {
  const browser = env["BROWSER"];
  if (browser !== undefined && browser !== "") return { command: browser, args: [] };
  if (platform === "darwin") return { command: "open", args: [] };
  if (platform === "win32") return { command: "rundll32", args: ["url.dll,FileProtocolHandler"] };
  return { command: "xdg-open", args: [] };
}

/** Starts the opener for `url`, detached and silent; `onError` gets one line when it cannot start. */
export function openUrl(url: string, env: NodeJS.ProcessEnv, onError: (line: string) => void): void {
  const { command, args } = openerFor(env);
  try {
    const child = spawn(command, [...args, url], { stdio: "ignore", detached: true });
    child.on("error", (err: NodeJS.ErrnoException) => onError(`Cannot open the link: ${command} ${err.code === "ENOENT" ? "not found (set BROWSER)" : (err.code ?? err.message)}.`));
    child.unref();
  } catch (err) {
    onError(`Cannot open the link: ${(err as Error).message}.`);
  }
}

/** `text` as an OSC 8 hyperlink to `url` (terminals that know OSC 8 make it clickable; others show the text). */
export function hyperlink(url: string, text: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
