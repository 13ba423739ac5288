import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { CatalogFile } from "@winerr/core";
import { DecodeResult } from "@winerr/core/result";
import { MsgtableRow } from "@winerr/core/output-schema";
import { findMessage, readMessageTables } from "@winerr/msgtable";
import { writeMessageDll } from "@winerr/msgtable/write";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAscii, lines, run } from "./run.js";

const require = createRequire(import.meta.url);
const catalog = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
// Win32 entries with a message, from the committed (SDK-derived) catalog.
const win32 = catalog.entries.filter((e) => e[1] === "win32" && e[3] !== null);
const a = win32.find((e) => e[2] !== 0) as CatalogFile["entries"][number];
const b = win32.find((e) => e[2] !== 0 && e[2] !== a[2]) as CatalogFile["entries"][number];

const dir = mkdtempSync(join(tmpdir(), "winerr-msgtable-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rand = (): string => Math.random().toString(36).slice(2);
const parse = (stdout: string): DecodeResult[] => (JSON.parse(stdout) as unknown[]).map((r) => DecodeResult.parse(r));
const winMatch = (r: DecodeResult | undefined) => r?.matches.find((m) => m.kind === "win32");

const wine = optionalTool("wine");

describe("decode --module with files written here", () => {
  const de = `de ${rand()}`;
  const en = `en ${rand()}`;
  const file = join(dir, "vendor.dll");
  writeFileSync(file, writeMessageDll([
    { lang: 0x0407, entries: [{ id: a[2], text: de + "\r\n" }] },
    { lang: 0x0409, entries: [{ id: a[2], text: en + "\r\n" }] },
  ]));

  it("the module's text replaces the catalog's; messageSource names file and language; other values keep the catalog", () => {
    const r = run(["decode", String(a[2]), String(b[2]), "--module", file, "--json"]);
    expect(r.code).toBe(0);
    const [ra, rb] = parse(r.stdout);
    expect(ra?.matches.find((m) => m.name === a[0])).toMatchObject({ message: en, messageSource: { file, lang: 0x0409 } });
    const mb = rb?.matches.find((m) => m.name === b[0]);
    expect(mb).toMatchObject({ message: b[3] });
    expect(mb?.messageSource).toBeUndefined();
  });

  it("--flat rows carry the module's text and messageSource when the best match has them", () => {
    const full = parse(run(["decode", String(a[2]), String(b[2]), "--module", file, "--json"]).stdout);
    const rows = JSON.parse(run(["decode", String(a[2]), String(b[2]), "--module", file, "--json", "--flat"]).stdout) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      const best = full[i]?.matches[0];
      expect(row).toMatchObject({ name: best?.name, message: best?.message });
      expect(row["messageSource"]).toEqual(best?.messageSource);
    });
    expect(rows.some((row) => row["messageSource"] !== undefined)).toBe(true);
  });

  it("--lang picks a language; the HRESULT_FROM_WIN32 form gets the same text", () => {
    const hr = (0x80070000 | a[2]) >>> 0;
    const r = run(["decode", `0x${hr.toString(16)}`, "--module", file, "--lang", "0x0407", "--json"]);
    const m = parse(r.stdout)[0]?.matches.find((x) => x.name === a[0]);
    expect(m).toMatchObject({ message: de, messageSource: { lang: 0x0407 } });
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("text output shows the module's text", () => {
    expect(run([String(a[2]), "--module", file]).stdout).toContain(en);
  });

  it.each([
    [["decode", "5", "--module", join(dir, "missing.dll")], /cannot read/],
    [["decode", "5", "--module", require.resolve("@winerr/core/data/catalog.json")], /not a PE file/],
    [["decode", "5", "--lang", "0x407"], /--lang needs --module or --system/],
    [["decode", "5", "--module", file, "--lang", "xx_bad"], /--lang/],
    [["msgtable", join(dir, "missing.dll")], /cannot read/],
  ])("%j is a usage error on one line", (args, why) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(why);
    expect(r.stdout).toBe("");
  });

  it("a damaged module is one clear line, not a crash", () => {
    const bytes = readFileSync(file);
    const bad = join(dir, "bad.dll");
    writeFileSync(bad, bytes.subarray(0, bytes.length - 40));
    const r = run(["msgtable", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^winerr: .*bad\.dll.*: /);
  });

  it("msgtable --json lists one object per (language, id)", () => {
    const r = run(["msgtable", file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { lang: 0x0407, id: a[2], text: de + "\r\n", encoding: "utf-16le" },
      { lang: 0x0409, id: a[2], text: en + "\r\n", encoding: "utf-16le" },
    ]);
  });
});

wine.describe("Wine's kernelbase.dll", () => {
  let kernelbase: string;
  let tables: ReturnType<typeof readMessageTables>;
  beforeAll(() => {
    kernelbase = join(wine.need(), "kernelbase.dll");
    tables = readMessageTables(readFileSync(kernelbase));
  });

  it("winerr decode <value> --module kernelbase.dll --json gives Wine's text with its messageSource", () => {
    const value = (catalog.entries.find((e) => e[0] === "ERROR_ACCESS_DENIED") as CatalogFile["entries"][number])[2];
    const wine = findMessage(tables, value) as { lang: number; text: string };
    const r = run(["decode", String(value), "--module", kernelbase, "--json"]);
    expect(r.code).toBe(0);
    const [res] = parse(r.stdout);
    expect(winMatch(res)).toMatchObject({ message: wine.text.trimEnd(), messageSource: { file: kernelbase, lang: wine.lang } });
    // A bug check with the same number keeps the catalog's text: message ids are Win32 codes.
    for (const m of res?.matches ?? []) if (m.kind === "bugcheck") expect(m.messageSource).toBeUndefined();
  });

  it("msgtable --json is core's MsgtableRow and has every (language, id) the reader finds", () => {
    const r = run(["msgtable", kernelbase, "--json"]);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as unknown[]).map((x) => MsgtableRow.parse(x));
    expect(rows.length).toBe(tables.reduce((n, t) => n + t.entries.length, 0));
    expect(isAscii(r.stdout)).toBe(true);
  });

  it("--system reads <root>/<ui-lang>/*.mui, falls back to en-US, then to the catalog", () => {
    const root = join(dir, "System32");
    mkdirSync(join(root, "en-US"), { recursive: true });
    mkdirSync(join(root, "de-DE"), { recursive: true });
    copyFileSync(kernelbase, join(root, "en-US", "kernelbase.dll.mui"));
    // de-DE holds only one of Wine's German texts, so the others must come from en-US.
    const german = tables.find((t) => t.lang !== 0x409 && t.entries.length > 2) as (typeof tables)[number];
    const [g, other] = german.entries.filter((e) => win32.some((w) => w[2] === e.id)) as [(typeof german.entries)[number], (typeof german.entries)[number]];
    writeFileSync(join(root, "de-DE", "kernelbase.dll.mui"), writeMessageDll([{ lang: german.lang, entries: [g] }]));
    const outside = win32.find((w) => findMessage(tables, w[2]) === undefined) as CatalogFile["entries"][number];
    const env = { WINERR_SYSTEM_ROOT: root };
    const r = run(["decode", String(g.id), String(other.id), String(outside[2]), "--system", "--lang", "de-DE", "--json"], { env });
    expect(r.code).toBe(0);
    const [rg, ro, rx] = parse(r.stdout);
    expect(winMatch(rg)).toMatchObject({ message: g.text.trimEnd(), messageSource: { file: join(root, "de-DE", "kernelbase.dll.mui"), lang: german.lang } });
    expect(winMatch(ro)).toMatchObject({ message: findMessage(tables, other.id)?.text.trimEnd(), messageSource: { file: join(root, "en-US", "kernelbase.dll.mui") } });
    expect(winMatch(rx)).toMatchObject({ message: outside[3] });
    expect(winMatch(rx)?.messageSource).toBeUndefined();
  });
});

it.skipIf(process.platform === "win32")("--system without WINERR_SYSTEM_ROOT off Windows is a usage error", () => {
  const env = { ...process.env };
  delete env.WINERR_SYSTEM_ROOT;
  const r = run(["decode", "5", "--system"], { env });
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(/--system/);
});
