import { describe, expect, it } from "vitest";
import { MsgtableRow } from "./output-schema.js";

// apps/cli/test/contracts.test.ts parses real `winerr msgtable` output with
// it; here, what the contract refuses.
describe("MsgtableRow", () => {
  const row = { lang: 0x0409, id: 0x80070005, text: "Access is denied.\r\n", encoding: "utf-16le" };

  it("takes a row as the CLI writes it", () => {
    expect(MsgtableRow.parse(row)).toEqual(row);
    for (const other of [{ ...row, lang: 0, id: 0, encoding: "ansi" }, { ...row, encoding: "utf-8" }]) expect(MsgtableRow.parse(other)).toEqual(other);
  });

  it.each([
    ["a LANGID above 0xFFFF", { ...row, lang: 0x10000 }],
    ["a negative id", { ...row, id: -5 }],
    ["an id above 32 bits", { ...row, id: 0x100000000 }],
    ["an encoding the reader does not name", { ...row, encoding: "utf-16" }],
    ["no text", { lang: row.lang, id: row.id, encoding: row.encoding }],
  ])("refuses %s", (_, bad) => {
    expect(MsgtableRow.safeParse(bad).success).toBe(false);
  });
});
