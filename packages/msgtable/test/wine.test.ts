import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { CatalogFile } from "@winerr/core";
import { optionalTool } from "@winerr/host/testing";
import { beforeAll, expect, it } from "vitest";
import { findMessage, MessageTableError, readMessageTables, type MessageTable } from "../src/index.js";
import { dllsIn } from "./wine.js";

const wine = optionalTool("wine");
const require = createRequire(import.meta.url);

wine.describe("Wine's PE files (libwine)", () => {
  let d: string;
  let kernelbase: Buffer;
  let tables: MessageTable[];
  beforeAll(() => {
    d = wine.need();
    kernelbase = readFileSync(join(d, "kernelbase.dll"));
    tables = readMessageTables(kernelbase);
  });

  it("every PE file in the folder reads without error; some hold message tables", () => {
    const withTables: string[] = [];
    for (const name of dllsIn(d)) {
      let t: MessageTable[];
      try {
        t = readMessageTables(readFileSync(join(d, name)));
      } catch (e) {
        expect.soft(e, name).not.toBeInstanceOf(MessageTableError);
        throw e;
      }
      if (t.length > 0) withTables.push(name);
    }
    expect(withTables).toContain("kernelbase.dll");
  });

  it("kernelbase.dll's ids are Win32 error codes: the SDK-derived catalog knows nearly all of them", () => {
    // An independent reading: the catalog comes from winerror.h, not from Wine.
    const catalog = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
    const win32 = new Set(catalog.entries.filter((e) => e[1] === "win32").map((e) => e[2]));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const known = t.entries.filter((e) => win32.has(e.id)).length;
      expect(known / t.entries.length, `language 0x${t.lang.toString(16)}`).toBeGreaterThan(0.9);
    }
  });

  it("every Unicode text read (en-US, and the last language) is stored, NUL-terminated, in the file's bytes", () => {
    for (const t of [tables.find((x) => x.lang === 0x409), tables.at(-1)].filter((x) => x !== undefined))
      for (const e of t.entries) {
        if (e.encoding !== "utf-16le") continue;
        expect(kernelbase.includes(Buffer.from(e.text + "\0", "utf16le")), `0x${t.lang.toString(16)}/${e.id}`).toBe(true);
      }
  });

  it("texts are text: no control characters but tab, CR and LF", () => {
    for (const t of tables) for (const e of t.entries) expect(e.text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
  });

  it("findMessage prefers en-US among Wine's many languages", () => {
    const id = tables.find((t) => t.lang === 0x409)?.entries[0]?.id as number;
    expect(findMessage(tables, id)?.lang).toBe(0x409);
  });
});
