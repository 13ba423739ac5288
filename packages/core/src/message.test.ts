import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseMessage, renderMessage } from "./message.js";

const raw = (m: string) =>
  parseMessage(m)
    .map((p) => p.raw)
    .join("");

describe("parseMessage", () => {
  it("keeps FormatMessage inserts with their format", () => {
    expect(parseMessage("%1 is not a valid %2!s! file.")).toEqual([
      { type: "insert", raw: "%1", syntax: "formatmessage", index: 1 },
      { type: "text", raw: " is not a valid ", text: " is not a valid " },
      { type: "insert", raw: "%2!s!", syntax: "formatmessage", index: 2, format: "s" },
      { type: "text", raw: " file.", text: " file." },
    ]);
  });

  it("reads two-digit inserts", () => {
    expect(parseMessage("%99x")[0]).toEqual({ type: "insert", raw: "%99", syntax: "formatmessage", index: 99 });
  });

  it("reads printf conversions used by ntstatus.h", () => {
    const inserts = parseMessage("at 0x%p %hs %ws %s %d %u %x %lx 0x%08lx %I64x %.8lx")
      .filter((p) => p.type === "insert")
      .map((p) => p.raw);
    expect(inserts).toEqual(["%p", "%hs", "%ws", "%s", "%d", "%u", "%x", "%lx", "%08lx", "%I64x", "%.8lx"]);
  });

  it("turns escapes into text and keeps them raw", () => {
    expect(parseMessage("a%nb%%c%.%!%t%b%r%0")).toEqual([
      { type: "text", raw: "a%nb%%c%.%!%t%b%r", text: "a\nb%c.!\t \r" },
      { type: "end", raw: "%0", text: "" },
    ]);
  });

  it("leaves a stray percent as text", () => {
    expect(parseMessage("100% sure %")).toEqual([{ type: "text", raw: "100% sure %", text: "100% sure %" }]);
  });

  it("always keeps the raw text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => raw(s) === s));
    fc.assert(fc.property(fc.stringMatching(/^(%[0-9a-zA-Z!.%]{0,4}|[a-z ]){0,20}$/), (s) => raw(s) === s));
  });
});

describe("renderMessage", () => {
  it("shows placeholders", () => {
    expect(renderMessage("%1 at 0x%p.%n")).toBe("<1> at 0x<%p>.\n");
  });
});
