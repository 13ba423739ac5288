import { EXIT, ExitError } from "@winerr/host/errors";
import { describe, expect, it } from "vitest";
import { parseTuiArgs, tuiUsage } from "./args.js";

const plain = { query: "", system: false, help: false, mouse: true, history: true, debug: false };

/** The usage error parseTuiArgs throws for argv (exit 2), as its message. */
function refusal(argv: string[]): string {
  try {
    parseTuiArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(ExitError);
    expect((err as ExitError).exitCode).toBe(EXIT.usage);
    return (err as ExitError).message;
  }
  return "accepted";
}

describe("parseTuiArgs", () => {
  it("joins the words into the query; a negative number is a word, and after -- every word is", () => {
    expect(parseTuiArgs(["access", "denied"])).toEqual({ ...plain, query: "access denied" });
    expect(parseTuiArgs(["-1073741819"])).toEqual({ ...plain, query: "-1073741819" });
    expect(parseTuiArgs(["--no-mouse", "--", "-5", "--system"])).toEqual({ ...plain, query: "-5 --system", mouse: false });
  });

  it("reads every flag of its usage", () => {
    expect(parseTuiArgs(["0x5", "--system", "--lang", "de-DE", "--no-history", "--debug"])).toEqual({ ...plain, query: "0x5", system: true, lang: "de-DE", history: false, debug: true });
    expect(parseTuiArgs(["--lang=fr-FR", "--system"]).lang).toBe("fr-FR");
    expect(parseTuiArgs(["-h"]).help).toBe(true);
    expect(parseTuiArgs(["--help"]).help).toBe(true);
    for (const flag of ["--system", "--lang", "--no-mouse", "--no-history", "--debug", "--help"]) expect(tuiUsage("winerr-tui")).toContain(flag);
  });

  it("refuses an unknown flag, a bad or lone --lang, each in one line", () => {
    expect(refusal(["--bogus"])).toBe(`unknown option '--bogus' (a query that starts with "-" goes after --)`);
    expect(refusal(["5", "--lang", "de-DE"])).toBe("--lang needs --system");
    expect(refusal(["--system", "--lang", "de DE!"])).toBe('--lang takes a locale name (de-DE), not "de DE!"');
    expect(refusal(["--system", "--lang"])).toMatch(/^option '--lang <tag>' argument missing/);
  });
});
