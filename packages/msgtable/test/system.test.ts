import { describe, expect, it } from "vitest";
import { lookupMessage, systemMessageFiles, systemRoot, SYSTEM_MESSAGE_FILES } from "../src/index.js";

describe("system message files", () => {
  it("lists the UI language's folder, then en-US, each in the file order", () => {
    const files = systemMessageFiles("/S", "de-DE");
    expect(files.slice(0, SYSTEM_MESSAGE_FILES.length)).toEqual(SYSTEM_MESSAGE_FILES.map((f) => `/S/de-DE/${f}.mui`));
    expect(files.slice(SYSTEM_MESSAGE_FILES.length)).toEqual(SYSTEM_MESSAGE_FILES.map((f) => `/S/en-US/${f}.mui`));
    expect(systemMessageFiles("/S", "en-US")).toHaveLength(SYSTEM_MESSAGE_FILES.length);
  });
  it("root: WINERR_SYSTEM_ROOT, else System32 on Windows, else none", () => {
    expect(systemRoot({ WINERR_SYSTEM_ROOT: "/x" }, "linux")).toBe("/x");
    expect(systemRoot({}, "linux")).toBeUndefined();
    expect(systemRoot({ SystemRoot: "D:\\W" }, "win32", (...p) => p.join("\\"))).toBe("D:\\W\\System32");
  });
  it("lookupMessage: first source with the value wins, line end dropped", () => {
    const t = (lang: number, text: string) => ({ name: 1, lang, codepage: 0, entries: [{ id: 5, text, encoding: "utf-16le" as const }] });
    const r = lookupMessage([{ file: "a", tables: [] }, { file: "b", tables: [t(0x407, "Zugriff\r\n")] }], 5);
    expect(r).toEqual({ message: "Zugriff", messageSource: { file: "b", lang: 0x407 } });
    expect(lookupMessage([{ file: "b", tables: [t(0x407, "x")] }], 6)).toBeUndefined();
  });
});
