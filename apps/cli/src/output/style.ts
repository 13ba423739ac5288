/** ANSI styling for people on a terminal; identity functions otherwise. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  name(text: string): string;
  warn(text: string): string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, name: (t) => t, warn: (t) => t };

const sgr =
  (on: string, off: string) =>
  (text: string): string =>
    `\u001b[${on}m${text}\u001b[${off}m`;

const ansi: Style = { bold: sgr("1", "22"), dim: sgr("2", "22"), name: sgr("1;36", "22;39"), warn: sgr("33", "39") };

/** --color=WHEN (--no-color is never). */
export type ColorMode = "auto" | "always" | "never";
export const COLOR_MODES: readonly ColorMode[] = ["auto", "always", "never"];

/**
 * --color=always and --color=never decide alone. In auto (the default):
 * FORCE_COLOR set to anything but "", "0" or "false" colours even a pipe,
 * "0"/"false" never colour (force-color.org; as Node reads it, FORCE_COLOR
 * wins over NO_COLOR); else NO_COLOR set to anything non-empty means no
 * colour (no-color.org); else colour only a terminal whose TERM is not dumb.
 */
export function pickStyle(isTTY: boolean | undefined, env: NodeJS.ProcessEnv, mode: ColorMode): Style {
  if (mode !== "auto") return mode === "always" ? ansi : plain;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return force === "0" || force === "false" ? plain : ansi;
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return isTTY === true && !noColor && env["TERM"] !== "dumb" ? ansi : plain;
}

export const PLAIN = plain;
