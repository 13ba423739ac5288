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

/** Colour only on a TTY, never with NO_COLOR set (no-color.org) or --no-color. */
export function pickStyle(isTTY: boolean | undefined, env: NodeJS.ProcessEnv, wanted: boolean): Style {
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return wanted && isTTY === true && !noColor && env["TERM"] !== "dumb" ? ansi : plain;
}

export const PLAIN = plain;
