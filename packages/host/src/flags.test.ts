import { describe, expect, it } from "vitest";
import { EXIT, ExitError } from "./errors.js";
import { parseFlags } from "./flags.js";

const TABLE = {
  out: { flag: "-o, --out <dir>" },
  format: { flag: "-f, --format <format>", repeat: true },
  system: { flag: "--system" },
  mouse: { flag: "--no-mouse" },
  messagesFrom: { flag: "--messages-from <folder>" },
  help: { flag: "-h, --help" },
};

describe("parseFlags", () => {
  it("reads values, short and long, with = or apart, and keeps the words in order", () => {
    const r = parseFlags(TABLE, ["a", "-o", "dir", "--system", "b", "--messages-from=x"]);
    expect(r.values).toEqual({ out: "dir", system: true, mouse: true, messagesFrom: "x" });
    expect(r.words).toEqual(["a", "b"]);
  });

  it("collects a repeated flag, and --no-X sets X false", () => {
    expect(parseFlags(TABLE, ["-f", "json", "--format=csv,ndjson", "--no-mouse"]).values).toEqual({ format: ["json", "csv,ndjson"], mouse: false });
  });

  it("a negative number is a word; after -- every word is", () => {
    expect(parseFlags(TABLE, ["-1073741819"]).words).toEqual(["-1073741819"]);
    expect(parseFlags(TABLE, ["--", "--system", "-h"])).toEqual({ values: { mouse: true }, words: ["--system", "-h"] });
  });

  it("each call starts afresh", () => {
    parseFlags(TABLE, ["--system", "--no-mouse"]);
    expect(parseFlags(TABLE, []).values).toEqual({ mouse: true });
  });

  it("a bad flag, a missing value or an unwanted word is one usage line (exit 2), with the hint", () => {
    const usage = (argv: string[], words?: boolean) => {
      try {
        parseFlags(TABLE, argv, { hint: "(see --help)", ...(words === undefined ? {} : { words }) });
      } catch (err) {
        expect(err).toBeInstanceOf(ExitError);
        expect((err as ExitError).exitCode).toBe(EXIT.usage);
        return (err as ExitError).message;
      }
      return "no error";
    };
    expect(usage(["--bogus"])).toBe("unknown option '--bogus' (see --help)");
    expect(usage(["--out"])).toBe("option '-o, --out <dir>' argument missing (see --help)");
    expect(usage(["--system", "stray"], false)).toBe('unexpected argument "stray" (see --help)');
  });
});
