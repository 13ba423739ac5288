import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiJson } from "./ascii.js";
import { shown } from "./errors.js";

describe("asciiJson", () => {
  it("is pure ASCII and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "grapheme" }), (value, text) => {
        for (const v of [value, { text }]) {
          const out = asciiJson(v);
          expect(out).toMatch(/^[\x20-\x7e]*$/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });

  it("writes an emoji as its two UTF-16 escapes", () => {
    expect(asciiJson("\u{1F600}")).toBe('"\\ud83d\\ude00"');
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
});
