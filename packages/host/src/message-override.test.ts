import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  lookupMessage,
  MessageOverrideError,
  messageOverride,
  moduleIdMatches,
  parseLang,
  readMessageFile,
  SYSTEM_MESSAGE_FILES,
  systemMessageFiles,
  systemRoot,
  takesModuleText,
  type MessageReader,
} from "./message-override.js";

// The override's own logic (which files, in which order, which entries, which
// refusals) over a reader of plain-text files: one "LANGID id text" per line.
// The PE reading itself is @winerr/msgtable's; the CLI's and the TUI's tests
// run the override over real DLLs (files they write, and Wine's kernelbase.dll).
type Tables = { lang: number; id: number; text: string }[];
const reader: MessageReader<Tables> = {
  readMessageTables(bytes) {
    const text = Buffer.from(bytes).toString("utf8");
    if (!text.startsWith("0x")) throw new Error("not a message file");
    return text.split("\n").filter(Boolean).map((l) => {
      const [lang, id, ...rest] = l.split(" ");
      return { lang: Number(lang), id: Number(id), text: rest.join(" ") };
    });
  },
  findMessage: (tables, id, lang) => tables.find((t) => t.id === id && (lang === undefined || t.lang === lang)),
};

const base = mkdtempSync(join(tmpdir(), "winerr-host-override-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const file = (path: string, lines: string[]): string => {
  const full = join(base, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, lines.join("\n"));
  return full;
};
const vendor = file("vendor.dll", ["0x0407 5 Modul 5 de\r\n", "0x0409 5 module 5 en\r\n", "0x0409 2147942405 module hresult"]);
const other = file("other.dll", ["0x0409 5 other 5", "0x0409 6 other 6"]);
const root = join(base, "System32");
const deKb = file("System32/de-DE/kernelbase.dll.mui", ["0x0407 7 system de 7"]);
const enKb = file("System32/en-US/kernelbase.dll.mui", ["0x0409 7 system en 7", "0x0409 8 system en 8"]);
const enNt = file("System32/en-US/ntdll.dll.mui", ["0x0409 9 ntdll 9"]);
const env = { WINERR_SYSTEM_ROOT: root };

describe("takesModuleText: which catalog entries a module's message id speaks for", () => {
  it("win32 always; hresult/ntstatus only above 0xFFFF; bugcheck never", () => {
    for (const v of [0, 5, 0xffff]) {
      expect(takesModuleText("win32", v)).toBe(true);
      expect(takesModuleText("hresult", v)).toBe(false);
      expect(takesModuleText("ntstatus", v)).toBe(false);
      expect(takesModuleText("bugcheck", v)).toBe(false);
    }
    for (const v of [0x10000, 0x80070005, 0xc0000005]) {
      expect(takesModuleText("hresult", v)).toBe(true);
      expect(takesModuleText("ntstatus", v)).toBe(true);
      expect(takesModuleText("bugcheck", v)).toBe(false);
    }
  });

  it("moduleIdMatches: the id is the value itself", () => {
    expect(moduleIdMatches(7, { kind: "win32", value: 7 })).toBe(true);
    expect(moduleIdMatches(7, { kind: "win32", value: 8 })).toBe(false);
    expect(moduleIdMatches(7, { kind: "bugcheck", value: 7 })).toBe(false);
    expect(moduleIdMatches(0x80070005, { kind: "hresult", value: 0x80070005 })).toBe(true);
    expect(moduleIdMatches(-2147024891, { kind: "hresult", value: 0x80070005 })).toBe(true);
  });
});

describe("system message files", () => {
  it("lists the UI language's folder, then en-US, each in the file order", () => {
    const slash = (...p: string[]) => p.join("/");
    const files = systemMessageFiles("/S", "de-DE", slash);
    expect(files.slice(0, SYSTEM_MESSAGE_FILES.length)).toEqual(SYSTEM_MESSAGE_FILES.map((f) => `/S/de-DE/${f}.mui`));
    expect(files.slice(SYSTEM_MESSAGE_FILES.length)).toEqual(SYSTEM_MESSAGE_FILES.map((f) => `/S/en-US/${f}.mui`));
    expect(systemMessageFiles("/S", "en-US")).toHaveLength(SYSTEM_MESSAGE_FILES.length);
  });

  it("root: WINERR_SYSTEM_ROOT, else System32 on Windows, else none", () => {
    expect(systemRoot({ WINERR_SYSTEM_ROOT: "/x" }, "linux")).toBe("/x");
    expect(systemRoot({}, "linux")).toBeUndefined();
    expect(systemRoot({ SystemRoot: "D:\\W" }, "win32", (...p) => p.join("\\"))).toBe("D:\\W\\System32");
    expect(systemRoot({}, "win32", (...p) => p.join("\\"))).toBe("C:\\Windows\\System32");
  });

  it("lookupMessage: first source with the value wins, line end dropped", () => {
    const t = (lang: number, text: string): Tables => [{ lang, id: 5, text }];
    const r = lookupMessage([{ file: "a", tables: [] }, { file: "b", tables: t(0x407, "Zugriff\r\n") }], 5, reader.findMessage);
    expect(r).toEqual({ text: "Zugriff", file: "b", lang: 0x407 });
    expect(lookupMessage([{ file: "b", tables: t(0x407, "x") }], 6, reader.findMessage)).toBeUndefined();
  });
});

describe("messageOverride (--module/--system)", () => {
  it("modules first, in the order given; --lang LANGID picks the modules' language; other values stay the catalog's", () => {
    const o = messageOverride({ modules: [vendor, other], system: false }, reader, {});
    expect(o("win32", 5)).toEqual({ text: "Modul 5 de", file: vendor, lang: 0x0407 });
    expect(o("win32", 6)).toEqual({ text: "other 6", file: other, lang: 0x0409 });
    expect(o("win32", 7)).toBeUndefined();
    expect(o("hresult", 0x80070005)).toEqual({ text: "module hresult", file: vendor, lang: 0x0409 });
    const en = messageOverride({ modules: [vendor], system: false, lang: "0x0409" }, reader, {});
    expect(en("win32", 5)).toEqual({ text: "module 5 en", file: vendor, lang: 0x0409 });
  });

  it("entries a module's id does not speak for keep the catalog's text", () => {
    const o = messageOverride({ modules: [vendor], system: false }, reader, {});
    expect(o("bugcheck", 5)).toBeUndefined();
    expect(o("ntstatus", 5)).toBeUndefined();
  });

  it("--system: <root>/<ui-lang>/*.mui, then <root>/en-US/*.mui, in the file order; modules before both", () => {
    const o = messageOverride({ modules: [], system: true, lang: "de-DE" }, reader, env, "linux");
    expect(o("win32", 7)).toEqual({ text: "system de 7", file: deKb, lang: 0x0407 });
    expect(o("win32", 8)).toEqual({ text: "system en 8", file: enKb, lang: 0x0409 });
    expect(o("win32", 9)).toEqual({ text: "ntdll 9", file: enNt, lang: 0x0409 });
    expect(o("win32", 5)).toBeUndefined();
    expect(messageOverride({ modules: [], system: true, lang: "en-US" }, reader, env, "linux")("win32", 7)).toEqual({ text: "system en 7", file: enKb, lang: 0x0409 });
    expect(messageOverride({ modules: [other], system: true, lang: "de-DE" }, reader, env, "linux")("win32", 5)).toEqual({ text: "other 5", file: other, lang: 0x0409 });
  });

  it.each([
    [{ modules: [], system: true }, {}, /^--system reads Windows' own message files: only on Windows, or with WINERR_SYSTEM_ROOT/],
    [{ modules: [vendor], system: false, lang: "de-DE" }, {}, /^--lang with --module takes a LANGID/],
    [{ modules: [], system: true, lang: "0x0407" }, env, /^--lang with --system takes a locale name/],
    [{ modules: [vendor], system: false, lang: "xx_bad" }, {}, /^--lang "xx_bad" is neither a LANGID/],
    [{ modules: [join(base, "missing.dll")], system: false }, {}, /^cannot read ".*missing\.dll" \(ENOENT\)$/],
    [{ modules: [file("bad.dll", ["MZ"])], system: false }, {}, /^".*bad\.dll": not a message file$/],
  ])("%j is refused with one line (a usage error)", (opts, e, why) => {
    let err: unknown;
    try {
      messageOverride(opts, reader, e, "linux");
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(MessageOverrideError);
    expect((err as MessageOverrideError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(why);
    expect((err as Error).message).not.toContain("\n");
  });

  it("parseLang: a LANGID up to 0xFFFF or a locale name", () => {
    expect(parseLang("1031")).toEqual({ langid: 1031 });
    expect(parseLang(" 0x0407 ")).toEqual({ langid: 0x0407 });
    expect(parseLang("de-DE")).toEqual({ tag: "de-DE" });
    expect(() => parseLang("0x10000")).toThrow(MessageOverrideError);
    expect(() => parseLang("70000")).toThrow(MessageOverrideError);
  });

  it("readMessageFile names the file with control and non-ASCII characters escaped", () => {
    expect(() => readMessageFile(join(base, "nö\n.dll"), reader)).toThrow(/^cannot read ".*n\\u00f6\\n\.dll" \(ENOENT\)$/);
  });
});
