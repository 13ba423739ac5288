// patches/ink@6.8.0.patch splits a line of narrow characters and SGR
// sequences itself (build/output.js narrowStyledChars) instead of through
// @alcalzone/ansi-tokenize's tokenize, and writes a row without diffing two
// cells that share their styles. This checks both against the library's own
// functions, for the styles Ink writes (bold, dim, inverse, colours, resets,
// compound codes) mixed with the symbols the TUI draws, and that any other
// line (marks, wide text, emoji, links) is left to tokenize.
import { realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The copies Ink resolves: pnpm puts them beside ink in ink's own node_modules folder.
const inkDir = dirname(realpathSync(join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "ink", "package.json")));
type Chars = { type: string; value: string; fullWidth: boolean; styles: unknown[] }[];
const output = (await import(pathToFileURL(join(inkDir, "build", "output.js")).href)) as {
  winerrNarrowStyledChars: (line: string) => Chars | undefined;
  winerrStyledCharsToString: (chars: Chars) => string;
};
const tokenizer = (await import(pathToFileURL(join(inkDir, "..", "@alcalzone", "ansi-tokenize", "build", "index.js")).href)) as {
  tokenize: (s: string) => unknown[];
  styledCharsFromTokens: (tokens: unknown[]) => Chars;
  styledCharsToString: (chars: Chars) => string;
};
const viaTokenize = (line: string) => tokenizer.styledCharsFromTokens(tokenizer.tokenize(line));

const SGR = ["\u001b[1m", "\u001b[22m", "\u001b[2m", "\u001b[7m", "\u001b[27m", "\u001b[4m", "\u001b[24m", "\u001b[32m", "\u001b[33m", "\u001b[39m", "\u001b[38;5;12m", "\u001b[1;7m", "\u001b[0m", "\u001b[m", "\u001b[42m", "\u001b[49m"];
const TEXT = ["ERROR_ACCESS_DENIED", " ", "0x00000005", "win32", "› ", "▸", "─────", "…", " · ", "↑↓", "é", "", "a"];

/** Lines of TEXT and SGR pieces, from a fixed seed (the same lines every run). */
function lines(n: number): string[] {
  let seed = 12345;
  const next = (k: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % k;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let line = "";
    for (let p = next(12); p >= 0; p--) line += next(3) === 0 ? SGR[next(SGR.length)] : TEXT[next(TEXT.length)];
    out.push(line);
  }
  return out;
}

describe("ink output patch", () => {
  it("splits lines of narrow characters and SGR sequences as tokenize does", () => {
    for (const line of ["", "plain text", "\u001b[1m\u001b[7mERROR_X\u001b[27m\u001b[22m  0x1 \u001b[2mwin32\u001b[22m", ...lines(2000)]) {
      const narrow = output.winerrNarrowStyledChars(line);
      expect(narrow, JSON.stringify(line)).toBeDefined();
      expect(narrow, JSON.stringify(line)).toEqual(viaTokenize(line));
    }
  });

  it("writes the same row text as the library", () => {
    for (const line of lines(2000)) {
      const chars = output.winerrNarrowStyledChars(line) as Chars;
      expect(output.winerrStyledCharsToString(chars), JSON.stringify(line)).toBe(tokenizer.styledCharsToString(viaTokenize(line)));
    }
  });

  it("leaves every other line to tokenize", () => {
    // A combining mark, CJK, an emoji, an OSC 8 link, a C1 control, a tab.
    for (const line of ["e\u0301", "错误", "a😀", "\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007", "\u009b1m", "a\tb"]) {
      expect(output.winerrNarrowStyledChars(line), JSON.stringify(line)).toBeUndefined();
    }
  });
});
