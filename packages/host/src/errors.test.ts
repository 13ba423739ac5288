import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorLine, EXIT, ExitError, exitCodeOf, ioError, shown } from "./errors.js";

/** What Node throws for a failed write to a full disk (fs.writeSync's shape). */
function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
}

describe("EXIT", () => {
  it("is the table of docs/contracts.md", () => {
    expect(EXIT).toEqual({ ok: 0, noMatch: 1, usage: 2, internal: 3, io: 4, hangup: 129, cancel: 130, terminated: 143 });
  });
});

describe("errorLine", () => {
  it("names the program as it was run, one line", () => {
    const err = new ExitError("--lang needs --system\n  (see --help)");
    expect(errorLine("winerr tui", err)).toBe("winerr tui: --lang needs --system (see --help)\n");
    expect(errorLine("winerr-tui", err)).toBe("winerr-tui: --lang needs --system (see --help)\n");
  });

  it("an internal error offers --debug only where the program has it, and shows the stack with it", () => {
    const bug = new Error("x is undefined");
    expect(errorLine("winerr", bug, false)).toBe("winerr: internal error: x is undefined (run with --debug for details)\n");
    expect(errorLine("winerr-tui", bug)).toBe("winerr-tui: internal error: x is undefined\n");
    expect(errorLine("winerr", bug, true)).toMatch(/^winerr: internal error: Error: x is undefined\n {4}at /);
  });

  it("a system call's failure is an I/O error (exit 4), not a bug", () => {
    expect(errorLine("winerr-export", enospc(), false)).toBe("winerr-export: ENOSPC: no space left on device, write (an I/O error)\n");
    expect(exitCodeOf(enospc())).toBe(EXIT.io);
    expect(exitCodeOf(new Error("bug"))).toBe(EXIT.internal);
    expect(exitCodeOf(new ExitError("no", EXIT.noMatch))).toBe(EXIT.noMatch);
    expect(exitCodeOf(new ExitError("bad flag"))).toBe(EXIT.usage);
  });
});

describe("isExitError", () => {
  it("knows an ExitError from another bundle's copy of the class by its name and exit code", () => {
    class ExitError extends Error {
      override name = "ExitError";
      constructor(message: string, readonly exitCode: number) {
        super(message);
      }
    }
    const foreign = new ExitError("no such file", EXIT.io);
    expect(errorLine("winerr", foreign, false)).toBe("winerr: no such file\n");
    expect(exitCodeOf(foreign)).toBe(EXIT.io);
    expect(exitCodeOf(Object.assign(new Error("x"), { name: "ExitError" }))).toBe(EXIT.internal);
  });
});

describe("ioError", () => {
  it("says what could not be done and why, exit 4", () => {
    const err = ioError(enospc(), "standard output");
    expect(err.message).toBe("cannot write to standard output (ENOSPC: no space left on device)");
    expect(err.exitCode).toBe(EXIT.io);
    expect(ioError(new Error("odd"), "the file", "read").message).toBe("cannot read the file (odd)");
  });
});

describe("shown (user text in one-line messages)", () => {
  it("is one short ASCII line whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
        const s = shown(text);
        expect(s).toMatch(/^[\x20-\x7e]*$/);
        expect(s.length).toBeLessThan(400);
      }),
    );
  });

  it("cuts long text and says how long it was; a path with Infinity is whole", () => {
    expect(shown("a".repeat(61))).toBe(`"${"a".repeat(60)}..." (61 chars)`);
    expect(shown(`/tmp/${"d".repeat(80)}/\u00e9`, Infinity)).toBe(`"/tmp/${"d".repeat(80)}/\\u00e9"`);
    expect(shown("tab\there")).toBe('"tab\\there"');
  });
});
