import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { CLI, lines, run } from "./run.js";

describe("did you mean", () => {
  it("a mistyped command that decodes to nothing is a usage error naming the command", () => {
    const r = run(["serch", "access"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("winerr: unknown command 'serch'; did you mean 'search'?\n");
    expect(run(["shwo", "5"]).stderr).toBe("winerr: unknown command 'shwo'; did you mean 'show'?\n");
    expect(run(["inf"]).stderr).toBe("winerr: unknown command 'inf'; did you mean 'info'?\n");
  });

  it("names and numbers still decode as before", () => {
    // shared/winerror.h: ERROR_ACCESS_DENIED 5L.
    const byName = run(["ERROR_ACCESS_DENIED"]);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toContain("0x00000005");
    expect(run(["5"]).code).toBe(0);
    // A word far from every command stays a name that matches nothing (exit 1), not a usage error.
    const far = run(["zzzzzz"]);
    expect(far.code).not.toBe(0);
    expect(far.stderr).not.toContain("did you mean");
  });
});

describe("help", () => {
  it("help help and help COMMAND print help on stdout and exit 0", () => {
    const top = run(["help", "help"]);
    expect(top.code).toBe(0);
    expect(top.stderr).toBe("");
    expect(top.stdout).toBe(run(["--help"]).stdout);
    for (const command of ["show", "search", "info", "scan", "decode"]) {
      const r = run(["help", command]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toBe(run([command, "--help"]).stdout);
      expect(r.stdout).toMatch(new RegExp(`^Usage: winerr ${command} `));
    }
  });

  it("help of an unknown command is a usage error with a suggestion", () => {
    const r = run(["help", "serch"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^winerr: unknown command "serch"; did you mean 'search'\?/);
  });

  it.each(["show", "search", "decode"])("the printf example of %s --help runs and gives one NDJSON line per input", (command) => {
    const help = run([command, "--help"]).stdout;
    const example = help.split("\n").find((l) => l.includes("$ printf"));
    expect(example).toBeDefined();
    const script = (example as string).replace(/^\s*\$ /, "").replace(/\| winerr /, `| "${process.execPath}" "${CLI}" `);
    const out = execFileSync("sh", ["-c", script], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const records = lines(out).map((l) => JSON.parse(l) as { input: string });
    expect(records).toHaveLength(2);
    expect(records.every((r) => !r.input.includes("\\"))).toBe(true);
  });

  it("info --help describes what info --json prints: one object", () => {
    expect(run(["info", "--help"]).stdout).toMatch(/--json\s+print one JSON object/);
    const info = JSON.parse(run(["info", "--json"]).stdout) as unknown;
    expect(Array.isArray(info)).toBe(false);
    expect(info).toHaveProperty("entries");
  });
});

describe("a reader that goes away", () => {
  // Inputs 1..100000: most have no entry, so each would have a stderr line.
  it.each([["show", "--stdin"], ["decode", "--stdin"], ["search", "--stdin"], ["scan"], ["show", "--stdin", "--ndjson"]])(
    "seq 1 100000 | winerr %s ... | head -1 writes one line and nothing to stderr",
    (...args: string[]) => {
      const dir = mkdtempSync(join(tmpdir(), "winerr-epipe-"));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const errFile = join(dir, "stderr");
      // scan looks for codes in text: "error N" is one.
      const script = `seq ${args[0] === "scan" ? "-f 'error %g' " : ""}1 100000 | "$0" "$@" 2>"${errFile}" | head -1`;
      const out = execFileSync("sh", ["-c", script, process.execPath, CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(lines(out)).toHaveLength(1);
      expect(readFileSync(errFile, "utf8")).toBe("");
    },
  );
});

describe("byte order marks on --stdin", () => {
  // What Windows PowerShell 5.1's `>` and Out-File write: UTF-16 LE with a BOM, CRLF.
  const utf16le = (text: string): Buffer => Buffer.from(`\ufeff${text}`, "utf16le");
  const utf16be = (text: string): Buffer => {
    const b = utf16le(text);
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1] as number, b[i] as number];
    return b;
  };
  const utf8bom = (text: string): Buffer => Buffer.from(`\ufeff${text}`, "utf8");

  it.each([
    ["UTF-16 LE", utf16le],
    ["UTF-16 BE", utf16be],
    ["UTF-8", utf8bom],
  ])("%s input is read as text by decode, show and search", (_name, encode) => {
    const inputs = encode("5\r\n0xC0000005\r\n");
    for (const command of ["decode", "show"]) {
      const r = run([command, "--stdin", "--ndjson"], { input: inputs });
      const records = lines(r.stdout).map((l) => JSON.parse(l) as { input: string; ok: boolean });
      expect(records.map((x) => [x.input, x.ok]), command).toEqual([
        ["5", true],
        ["0xC0000005", true],
      ]);
    }
    // shared/ntstatus.h:2121: STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L).
    expect(run(["show", "--stdin", "--json"], { input: inputs }).stdout).toContain("STATUS_ACCESS_VIOLATION");
    const found = run(["search", "--stdin", "--ndjson", "--limit", "1"], { input: encode("access denied\r\n") });
    const [query] = lines(found.stdout).map((l) => JSON.parse(l) as { input: string; entries: { name: string }[] });
    expect(query?.input).toBe("access denied");
    expect(query?.entries).toHaveLength(1);
  });
});

describe("--color", () => {
  const ESC = "\u001b[";
  // run() sets NO_COLOR=1 unless told otherwise; stdout is a pipe.
  it.each([
    [["5"], { NO_COLOR: undefined }, false],
    [["5"], { NO_COLOR: undefined, FORCE_COLOR: "1" }, true],
    [["5"], { FORCE_COLOR: "1" }, true],
    [["5"], { NO_COLOR: undefined, FORCE_COLOR: "0" }, false],
    [["5", "--color=always"], {}, true],
    [["5", "--color", "always"], {}, true],
    [["decode", "5", "--color=never"], { FORCE_COLOR: "1" }, false],
    [["5", "--no-color"], { FORCE_COLOR: "1" }, false],
    [["show", "5", "--color=always"], {}, true],
    [["search", "access", "denied", "--color=always"], {}, true],
    [["search", "access", "denied", "--color=auto"], { FORCE_COLOR: "1" }, true],
    [["search", "access", "denied", "--color=auto"], {}, false],
  ] as const)("winerr %j with %j: colour %s", (args, env, colour) => {
    const r = run(args, { env });
    expect(r.code).toBe(0);
    expect(r.stdout.includes(ESC)).toBe(colour);
  });

  it("scan --color=always colours; a bad WHEN is a usage error on both paths", () => {
    expect(run(["scan", "-", "--color=always"], { input: "error 5\n" }).stdout).toContain(ESC);
    for (const args of [["5", "--color=sometimes"], ["search", "x", "--color=sometimes"], ["5", "--color=sometimes", "--bogus"]]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
    }
    expect(run(["5", "--color=sometimes"]).stderr).toBe('winerr: --color takes auto, always or never, not "sometimes"\n');
  });
});

describe("I/O errors", () => {
  // /dev/full refuses every write with ENOSPC (Linux).
  it.skipIf(!existsSync("/dev/full"))("a full disk on stdout is one line and exit 4, for every command", () => {
    for (const args of [["5"], ["show", "5"], ["search", "access"], ["info"], ["--help"], ["decode", "5", "--json"]]) {
      const full = openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ["ignore", full, "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        expect([r.status, r.stderr], args.join(" ")).toEqual([4, "winerr: cannot write to standard output (ENOSPC: no space left on device)\n"]);
      } finally {
        closeSync(full);
      }
    }
  });
});

describe("completion", () => {
  /** What bash offers after `line` (the last word is the one being completed). */
  function bashComplete(line: string[]): string[] {
    const script = run(["completion", "bash"]).stdout;
    const words = line.map((w) => `'${w}'`).join(" ");
    const out = execFileSync("bash", ["-c", `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=${line.length - 1}; _winerr; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: "utf8" });
    return lines(out).filter((l) => l !== "");
  }

  it("bash completes commands, each command's flags, and decode's flags for an implicit decode", () => {
    expect(bashComplete(["winerr", "se"])).toEqual(["search"]);
    expect(bashComplete(["winerr", "s"]).sort()).toEqual(["scan", "search", "show"]);
    expect(bashComplete(["winerr", "search", "--li"])).toEqual(["--limit"]);
    expect(bashComplete(["winerr", "show", "5", "--n"])).toEqual(["--ndjson", "--no-color"]);
    expect(bashComplete(["winerr", "0x5", "--no-r"])).toEqual(["--no-readings"]);
    expect(bashComplete(["winerr", "completion", "z"])).toEqual(["zsh"]);
    expect(bashComplete(["winerr", "help", "ms"])).toEqual(["msgtable"]);
    // A flag no command has is never offered.
    expect(bashComplete(["winerr", "info", "--l"])).toEqual([]);
  });

  it.each(["zsh", "fish", "pwsh"])("the %s script names every command and every flag of search", (shell) => {
    const r = run(["completion", shell]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    for (const command of ["decode", "search", "scan", "msgtable", "show", "info", "tui", "export", "completion", "help"]) expect(r.stdout).toContain(command);
    const flags = (run(["search", "--help"]).stdout.match(/--[a-z-]+/g) ?? []);
    for (const flag of new Set(flags)) expect(r.stdout, flag).toContain(shell === "fish" ? `-l ${flag.slice(2)}` : flag);
  });

  // "toString" is a name every object has: the shell table must not find it.
  it.each(["tcsh", "toString"])("an unknown shell (%s) is a usage error", (shell) => {
    const r = run(["completion", shell]);
    expect([r.code, r.stderr]).toEqual([2, `winerr: completion takes one of bash, zsh, fish, pwsh, not "${shell}"\n`]);
  });

  it("powershell is another name for pwsh", () => {
    expect(run(["completion", "powershell"]).stdout).toBe(run(["completion", "pwsh"]).stdout);
  });
});
