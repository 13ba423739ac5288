// patches/string-width@8.3.0.patch gives Ink a fast path: text of narrow,
// non-combining, non-emoji code points is one cell each. This checks that
// each code point it covers is one on its own (not emoji, not a mark or
// format character, no wider cluster with its neighbours), and that Ink's
// string-width (the patched copy) still measures wide text as wide.
import { realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The copy Ink resolves: pnpm puts it beside ink in ink's own node_modules folder.
const inkDir = dirname(realpathSync(join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "ink", "package.json")));

const FAST = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u2500-\u257F\u25B8\u232B]*$/;

describe("string-width patch", () => {
  it("covers only single-cell, single-cluster, non-emoji code points", () => {
    const seg = new Intl.Segmenter();
    let n = 0;
    for (let c = 0x20; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!FAST.test(ch)) continue;
      n++;
      expect([...seg.segment("a" + ch + "b")]).toHaveLength(3);
      expect(/[\p{Extended_Pictographic}\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(ch)).toBe(false);
    }
    expect(n).toBe(903);
  });

  it("Ink's string-width: one cell each on the fast path, wide text still wide", async () => {
    const sw = (await import(pathToFileURL(join(inkDir, "..", "string-width", "index.js")).href)) as { default: (s: string) => number };
    expect(sw.default("› 0x80070005 · ↑↓ ─── ▸ …")).toBe(25);
    // CJK and emoji are two cells each (not on the fast path).
    expect(sw.default("错误")).toBe(4);
    expect(sw.default("a😀")).toBe(3);
  });
});

describe("string-width patch: the slow path, made on first use", () => {
  it("still measures marks, soft hyphens, emoji sequences and CJK", async () => {
    const sw = (await import(pathToFileURL(join(inkDir, "..", "string-width", "index.js")).href)) as { default: (s: string) => number };
    expect(sw.default("e\u0301")).toBe(1); // e + combining acute: one cell
    expect(sw.default("a\u00adb")).toBe(2); // soft hyphen: no cell
    expect(sw.default("👩\u200d💻")).toBe(2); // ZWJ sequence: one emoji
    expect(sw.default("한글")).toBe(4);
  });
});
