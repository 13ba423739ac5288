import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiEscape, asciiJson } from "./ascii-json.js";

describe("asciiJson", () => {
  it("is pure ASCII and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "grapheme" }), (value, text) => {
        for (const v of [value, { text }]) {
          const out = asciiJson(v);
          expect(out).toMatch(/^[\x00-\x7f]*$/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });

  it("escapes from U+0080 up; DEL (U+007F) is ASCII and stays a plain character", () => {
    expect(asciiJson("a\u007fb")).toBe('"a\u007fb"');
    expect(asciiJson("\u0080")).toBe('"\\u0080"');
    expect(asciiJson("\u00e9")).toBe('"\\u00e9"');
    expect(asciiJson("\uffff")).toBe('"\\uffff"');
  });

  it("writes an emoji as its two UTF-16 escapes, and a lone surrogate as JSON.stringify does", () => {
    expect(asciiJson("\u{1F600}")).toBe('"\\ud83d\\ude00"');
    expect(asciiJson("\ud800")).toBe('"\\ud800"');
  });

  it("indents as JSON.stringify does", () => {
    expect(asciiJson({ a: "\u00fc" }, 2)).toBe('{\n  "a": "\\u00fc"\n}');
  });

  it("asciiEscape leaves ASCII JSON text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (text) => {
        const json = JSON.stringify(text);
        expect(asciiEscape(json)).toBe(json);
      }),
    );
  });
});
