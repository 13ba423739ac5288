import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { loadCatalog, withGuidanceCount, type CatalogFile } from "@winerr/core";
import { DecodeResult } from "@winerr/core/result";
import { describe, expect, it, onTestFinished } from "vitest";
import { isAscii, lines, run, start } from "./run.js";

const require = createRequire(import.meta.url);
const committed = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
// The release version lives in the root package.json only.
const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };

// Windows SDK 10.0.28000.0, shared/winerror.h:26371-26377: MessageId
// ERROR_IPSEC_IKE_GETSPIFAIL, #define ... 13857L; MessageText line 26375.
const GETSPIFAIL = "ERROR_IPSEC_IKE_GETSPIFAIL";
const GETSPIFAIL_TEXT = "Failed to obtain new SPI for the inbound SA from IPsec driver";
// shared/ntstatus.h:2121: STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L).
const ACCESS_VIOLATION = "STATUS_ACCESS_VIOLATION";

const parseJson = (stdout: string): DecodeResult[] => (JSON.parse(stdout) as unknown[]).map((r) => DecodeResult.parse(r));
const parseNdjson = (stdout: string): DecodeResult[] => lines(stdout).map((l) => DecodeResult.parse(JSON.parse(l)));

describe("seed cases", () => {
  it.each(["13857", "0x80073621"])("winerr %s names the IPsec SPI failure with its message", (input) => {
    const r = run([input]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(GETSPIFAIL);
    expect(r.stdout).toContain(GETSPIFAIL_TEXT);
  });

  it("0x80073621 is reached by unwrapping HRESULT_FROM_WIN32, shown in text and JSON", () => {
    expect(run(["0x80073621"]).stdout).toMatch(new RegExp(`${GETSPIFAIL}\\s+win32\\s+0x00003621\\s+13857\\s+via HRESULT_FROM_WIN32`));
    const [r] = parseJson(run(["decode", "0x80073621", "--json"]).stdout);
    expect(r?.matches[0]).toMatchObject({ name: GETSPIFAIL, kind: "win32", value: 13857, hex: "0x00003621", via: "HRESULT_FROM_WIN32" });
    expect(r?.matches[0]?.message).toContain(GETSPIFAIL_TEXT);
  });

  it("text shows the readings and a bit-level line", () => {
    const out = run(["0x80073621"]).stdout;
    expect(out.split("\n")[0]).toMatch(/^0x80073621 {2}hex 0x80073621 = 2147956257 signed -2147011039$/);
    expect(out).toMatch(/bits 0x80073621: HRESULT S1 R0 C0 N0 X0 facility 7 FACILITY_WIN32 code 0x3621 \| NTSTATUS warning/);
  });

  it("a name of a family without bit fields gets no bit-level line", () => {
    // ENOENT is 2 in ucrt's errno.h (`#define ENOENT 2`): the errno family.
    const r = run(["=ENOENT"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ENOENT {2}errno {2}0x00000002 {2}2 {2}via name {2}errno\.h/);
    expect(r.stdout).not.toMatch(/bits/);
  });
});

describe("machine output", () => {
  it("--json is one array document that validates against core's DecodeResult", () => {
    const r = run(["decode", "13857", "0x80073621", "-1073741819", "--json"]);
    expect(r.code).toBe(0);
    const results = parseJson(r.stdout);
    expect(results.map((x) => x.input)).toEqual(["13857", "0x80073621", "-1073741819"]);
    expect(results[2]?.matches[0]?.name).toBe(ACCESS_VIOLATION);
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("--ndjson writes one object per input, in order", () => {
    const r = run(["13857", "nonsense", "0x80073621", "--ndjson"]);
    const results = parseNdjson(r.stdout);
    expect(results.map((x) => [x.input, x.ok])).toEqual([
      ["13857", true],
      ["nonsense", false],
      ["0x80073621", true],
    ]);
    expect(r.code).toBe(2);
  });

  it("escapes every non-ASCII character as \\uXXXX", () => {
    const r = run(["\u{1F600}", "caf\u00e9", "--ndjson"]);
    expect(isAscii(r.stdout)).toBe(true);
    expect(r.stdout).toContain('"input":"\\ud83d\\ude00"');
    expect(parseNdjson(r.stdout).map((x) => x.input)).toEqual(["\u{1F600}", "caf\u00e9"]);
  });

  it("an empty stdin gives an empty JSON array", () => {
    const r = run(["decode", "--stdin", "--json"], { input: "" });
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("--stdin", () => {
  it("strips a BOM, accepts CRLF and skips blank lines", () => {
    const r = run(["decode", "--stdin", "--ndjson"], { input: "\uFEFF13857\r\n\r\n  \r\n0x80073621\r\n-1073741819" });
    const results = parseNdjson(r.stdout);
    expect(results.map((x) => x.input)).toEqual(["13857", "0x80073621", "-1073741819"]);
    expect(results.map((x) => x.matches[0]?.name)).toEqual([GETSPIFAIL, GETSPIFAIL, ACCESS_VIOLATION]);
    expect(r.code).toBe(0);
  });

  it("streams: each result is written before the next line arrives", async () => {
    const child = start(["decode", "--stdin", "--ndjson"]);
    const got: string[] = [];
    let buffered = "";
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const onData = (d: Buffer) => {
          buffered += d.toString();
          const nl = buffered.indexOf("\n");
          if (nl >= 0) {
            child.stdout.off("data", onData);
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            resolve(line);
          }
        };
        child.stdout.on("data", onData);
      });
    for (const input of ["13857", "0xC0000005", "5"]) {
      child.stdin.write(input + "\n");
      got.push((JSON.parse(await nextLine()) as { input: string }).input);
    }
    child.stdin.end();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(got).toEqual(["13857", "0xC0000005", "5"]);
    expect(code).toBe(0);
  });

  it("decodes a big input line by line (30,000 lines)", () => {
    const input = Array.from({ length: 30_000 }, (_, i) => String(i % 20000)).join("\n");
    const r = run(["decode", "--stdin", "--ndjson"], { input });
    expect(lines(r.stdout)).toHaveLength(30_000);
    expect([0, 1]).toContain(r.code);
  });

  it("inputs as arguments and --stdin together are a usage error", () => {
    const r = run(["decode", "5", "--stdin"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it("ends quietly when the reader goes away (EPIPE)", async () => {
    const child = start(["decode", "--stdin", "--ndjson"]);
    const input = Array.from({ length: 200_000 }, () => "0x80070005").join("\n");
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
  });
});

describe("family-scoped input", () => {
  it("win32:5 and ntstatus:0xC0000005 decode in that family only, said in text and JSON", () => {
    const r = run(["win32:5", "ntstatus:0xC0000005", "--no-color"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^win32:5 .*\(win32 only\)/m);
    // winerror.h:279; bugcodes.h:193 gives 5 to INVALID_PROCESS_ATTACH_ATTEMPT, left out here
    expect(r.stdout).toContain("ERROR_ACCESS_DENIED");
    expect(r.stdout).not.toContain("INVALID_PROCESS_ATTACH_ATTEMPT");
    expect(r.stdout).toContain(ACCESS_VIOLATION);
    const [json] = parseJson(run(["decode", "bugcheck:5", "--json"]).stdout);
    expect(json).toMatchObject({ ok: true, family: "bugcheck", matches: [{ name: "INVALID_PROCESS_ATTACH_ATTEMPT", kind: "bugcheck" }] });
  });

  it("an unknown family: exit 2, one stderr line listing the families", () => {
    const r = run(["nosuch:5"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: "nosuch:5": No family is named nosuch \(one of: win32, hresult, ntstatus, bugcheck/)]);
  });
});

describe("exit codes", () => {
  it("0 when every input matched", () => expect(run(["13857", "0xC0000005"]).code).toBe(0));

  it("1 when an input was read but matched nothing; its bit-level reading is still printed", () => {
    // 0x2BADF00D: no #define in the catalog has this value (checked below).
    const r = run(["0x2BADF00D"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bits 0x2BADF00D: HRESULT/);
    expect(committed.entries.some((e) => e[2] === 0x2badf00d)).toBe(false);
    const [json] = parseJson(run(["0x2BADF00D", "--json"]).stdout);
    expect(json).toMatchObject({ ok: true, matches: [], hex: "0x2BADF00D" });
  });

  it("2 when an input is not understood; the other inputs still decode", () => {
    const r = run(["13857", "not-a-code", "0x80073621"]);
    expect(r.code).toBe(2);
    expect(r.stdout.match(new RegExp(GETSPIFAIL, "g"))).toHaveLength(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: "not-a-code": /)]);
  });

  it.each([
    [["--bogus", "5"]],
    [["decode", "--json", "--ndjson", "5"]],
    [[]],
    [["info", "extra"]],
    [["decode", "--stdin", "7"]],
  ])("2 for the usage error %j, in one stderr line", (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^winerr: /);
  });

  it("3 for an internal error (a missing catalog), one line, no stack unless --debug", () => {
    const env = { WINERR_CATALOG: "/nonexistent/winerr-catalog.json" };
    const r = run(["13857"], { env });
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: cannot read the catalog .*ENOENT/)]);
    expect(r.stdout).toBe("");
  });

  it("3 when decoding itself fails (a damaged catalog); other inputs still decode; stack only with --debug", () => {
    // Same layout, every message replaced by invalid JSON escapes of equal length.
    const packed = readFileSync(new URL("../dist/catalog.json", import.meta.url), "latin1");
    const at = packed.indexOf(',"messages":"') + ',"messages":"'.length;
    const body = packed.slice(at, packed.lastIndexOf('"}'));
    const damaged = packed.slice(0, at) + "\\uZZZZ".repeat(Math.ceil(body.length / 6)).slice(0, body.length) + packed.slice(at + body.length);
    const dir = mkdtempSync(join(tmpdir(), "winerr-damaged-"));
    const file = join(dir, "catalog.json");
    writeFileSync(file, damaged, "latin1");
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const env = { WINERR_CATALOG: file };
    const r = run(["13857", "0x2BADF00D", "--ndjson"], { env });
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: "13857": internal error: .*--debug/)]);
    // Machine output keeps one object per input: the failed one says so.
    const results = parseNdjson(r.stdout);
    expect(results.map((x) => [x.input, x.ok, x.error?.code])).toEqual([
      ["13857", false, "internal"],
      ["0x2BADF00D", true, undefined],
    ]);
    expect(results[0]?.error?.message).toMatch(/^internal error: /);
    const json = run(["13857", "--json"], { env });
    expect(json.code).toBe(3);
    expect(parseJson(json.stdout).map((x) => [x.input, x.ok, x.error?.code])).toEqual([["13857", false, "internal"]]);
    const debug = run(["13857", "--debug"], { env });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("reads core's own catalog format too (WINERR_CATALOG)", () => {
    const r = run(["13857", "--json"], { env: { WINERR_CATALOG: require.resolve("@winerr/core/data/catalog.json") } });
    expect(parseJson(r.stdout)[0]?.matches[0]?.name).toBe(GETSPIFAIL);
  });
});

describe("negative numbers are inputs, never options", () => {
  it.each([
    [["-1073741819", "--ndjson"]],
    [["decode", "-1073741819", "--ndjson"]],
    [["-1073741819", "--json"]],
    [["--json", "-1073741819"]],
    [["decode", "--ndjson", "--", "-1073741819"]],
  ])("%j", (args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    const text = r.stdout.trim();
    const result = text.startsWith("[") ? parseJson(text)[0] : parseNdjson(text)[0];
    expect(result).toMatchObject({ input: "-1073741819", hex: "0xC0000005", signed: -1073741819 });
    expect(result?.matches[0]?.name).toBe(ACCESS_VIOLATION);
  });

  it("negative hex and -2147024891 too", () => {
    const results = parseNdjson(run(["-0x3FFFFFFB", "-2147024891", "--ndjson"]).stdout);
    expect(results.map((x) => x.hex)).toEqual(["0xC0000005", "0x80070005"]);
  });
});

describe("hostile inputs", () => {
  const hostile = ["", "garbage", "x".repeat(20_000), "4294967296", "\u{1F600}", "$(rm -rf)", "&", "a & b", "\"'\"", "`id`", "%PATH%", "; ls |", "\u001b[31mred", "-"];
  it.each(hostile.map((h) => [h.length > 40 ? `${h.slice(0, 10)}... (${h.length})` : JSON.stringify(h), h]))("%s: one stderr line, exit 2, no stack, ASCII stdout", (_, input) => {
    for (const format of [[], ["--json"], ["--ndjson"]]) {
      const r = run(["decode", ...format, "--", input]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/^winerr: "/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(isAscii(r.stdout)).toBe(true);
      expect(isAscii(r.stderr)).toBe(true);
      expect(r.stderr.length).toBeLessThan(300);
      if (format.length > 0) expect(r.stdout).toContain('"ok":false');
      else expect(r.stdout).toBe("");
    }
  });
});

describe("info", () => {
  it("--json prints core's manifest of the committed catalog", () => {
    const r = run(["info", "--json"]);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as Record<string, unknown>;
    const catalog = loadCatalog(committed);
    expect(m).toEqual({ ...catalog.manifest(), withGuidance: withGuidanceCount(catalog) });
    expect(m["withGuidance"]).toBeGreaterThanOrEqual(0.9 * committed.entries.length);
    expect(Object.keys(m)).toEqual(expect.arrayContaining(["entries", "withMessage", "byKind", "headers", "sources", "buildDate"]));
    expect(m["entries"]).toBe(committed.entries.length);
    expect(m["sources"]).toEqual(committed.sources.map((s) => ({ name: s.name, version: s.version })));
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("reads the build's precomputed groups, and gives the same answers without them (rules matched)", () => {
    const dist = new URL("../dist/", import.meta.url);
    const groups = JSON.parse(readFileSync(new URL("catalog-groups.json", dist), "utf8")) as { format: string; count: number; grouped: number };
    expect(groups.format).toBe("winerr-group-assignment/1");
    expect(groups.count).toBe(committed.entries.length);
    const dir = mkdtempSync(join(tmpdir(), "winerr-nogroups-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "catalog.json"), readFileSync(new URL("catalog.json", dist)));
    const env = { WINERR_CATALOG: join(dir, "catalog.json") };
    for (const args of [["info", "--json"], ["show", GETSPIFAIL, "--json"], ["show", ACCESS_VIOLATION]]) {
      const withFile = run(args);
      expect(withFile.code, args.join(" ")).toBe(0);
      expect(run(args, { env }).stdout, args.join(" ")).toBe(withFile.stdout);
    }
    expect((JSON.parse(run(["info", "--json"]).stdout) as { withGuidance: number }).withGuidance).toBe(groups.grouped);
  });

  it("text form", () => {
    const r = run(["info"]);
    expect(r.stdout).toContain(`entries     ${committed.entries.length}`);
    expect(r.stdout).toContain(`build date  ${committed.buildDate}`);
  });
});

describe("help and version", () => {
  it.each(["--version", "-v", "-V"])("%s prints package.json's version, then the catalog's build date and sources", (flag) => {
    const r = run([flag]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const [version, catalog, ...rest] = lines(r.stdout);
    expect(version).toBe(pkg.version);
    // The packed catalog is built from the committed one: same date, count and sources.
    const sources = committed.sources.map((s) => `${s.name} ${s.version}`).join(", ");
    expect(catalog).toBe(`catalog built ${committed.buildDate}: ${committed.entries.length} entries from ${sources}`);
    expect(rest).toEqual([]);
  });

  it.each([[["--help"]], [["decode", "--help"]], [["info", "--help"]], [["show", "--help"]], [["help", "decode"]], [["13857", "--help"]]])("%j shows usage with examples", (args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: winerr/);
    expect(r.stdout).toContain("Examples:");
    expect(r.stderr).toBe("");
  });
});

describe("colour", () => {
  it("no escape codes when stdout is not a terminal, even without NO_COLOR", () => {
    const r = run(["13857"], { env: { NO_COLOR: "" } });
    expect(r.stdout).not.toContain("\u001b[");
  });
});
