/**
 * The examples of a README, as the docs test reads them:
 *
 * - a ```console block is a terminal session: each `$ ` line is a command
 *   (run with sh), the lines after it, up to the next `$ ` line, are what it
 *   prints (stdout and stderr together, as a terminal shows them);
 * - a ```python or ```powershell block directly followed by an ```output
 *   block is a script and what it prints.
 *
 * Blocks of one README run in order in one empty folder, as a reader would
 * type them; `<dir>` in shown output stands for that folder's path.
 */
export interface Step {
  /** A shell command line, or a whole script. */
  code: string;
  /** The output as the README shows it. */
  shown: string;
}

export interface Example {
  /** 1-based line of the block's opening fence. */
  line: number;
  kind: "console" | "python" | "powershell";
  steps: Step[];
}

const FENCE = /^```(\S*)\s*$/;

/** The examples of one README's text. */
export function examplesOf(text: string): Example[] {
  const lines = text.split("\n");
  const blocks: { line: number; lang: string; body: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (open === null) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^```\s*$/.test(lines[j] as string)) body.push(lines[j++] as string);
    blocks.push({ line: i + 1, lang: open[1] ?? "", body });
    i = j;
  }
  const out: Example[] = [];
  blocks.forEach((b, k) => {
    if (b.lang === "console") out.push({ line: b.line, kind: "console", steps: sessionSteps(b.body) });
    const next = blocks[k + 1];
    if ((b.lang === "python" || b.lang === "powershell") && next?.lang === "output" && onlyBlankBetween(lines, b, next.line)) {
      out.push({ line: b.line, kind: b.lang, steps: [{ code: b.body.join("\n") + "\n", shown: next.body.join("\n") }] });
    }
  });
  return out;
}

function onlyBlankBetween(lines: string[], b: { line: number; body: string[] }, nextLine: number): boolean {
  // b.line is the opening fence; its closing fence is b.body.length lines later.
  return lines.slice(b.line + b.body.length + 1, nextLine - 1).every((l) => l.trim() === "");
}

function sessionSteps(body: string[]): Step[] {
  const steps: { code: string; shown: string[] }[] = [];
  for (const l of body) {
    if (l.startsWith("$ ")) steps.push({ code: l.slice(2), shown: [] });
    else if (steps.length === 0) throw new Error(`console block: output before the first "$ " line: ${l}`);
    else steps[steps.length - 1]?.shown.push(l);
  }
  return steps.map((s) => ({ code: s.code, shown: s.shown.join("\n") }));
}

/** Output as compared: line ends as LF, no trailing blanks on a line, no trailing empty lines. */
export function normalized(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}
