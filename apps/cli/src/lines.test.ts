import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLines } from "./lines.js";

async function collect(chunks: string[], max?: number) {
  const out = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l);
  return out;
}

describe("readLines", () => {
  it("strips a leading BOM and CR before LF, numbers lines", async () => {
    const got = await collect(["\uFEFFa\r\n\r\nb", "c\r\n", "d"]);
    expect(got.map((l) => [l.number, l.text])).toEqual([
      [1, "a"],
      [2, ""],
      [3, "bc"],
      [4, "d"],
    ]);
  });

  it("only strips the BOM at the very start", async () => {
    expect((await collect(["a\n\uFEFFb\n"])).map((l) => l.text)).toEqual(["a", "\uFEFFb"]);
  });

  it("cuts an endless line instead of holding it", async () => {
    const got = await collect(["x".repeat(50), "y".repeat(50), "\nok\n"], 10);
    expect(got).toEqual([
      { number: 1, text: "x".repeat(11), cut: true },
      { number: 2, text: "ok", cut: false },
    ]);
  });

  it("gives the same lines however the input is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z0-9 ]{0,8}$/), { maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 6 }), async (ls, cuts) => {
        const text = ls.join("\r\n");
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length)).filter((c) => c !== "");
        const got = (await collect(chunks)).map((l) => l.text);
        // A final line terminator does not start another (empty) line.
        const want = ls.length > 0 && ls[ls.length - 1] === "" ? ls.slice(0, -1) : ls;
        expect(got).toEqual(want);
      }),
    );
  });

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = Buffer.from("\u{1F600}\n");
    const stream = Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]);
    const out = [];
    for await (const l of readLines(stream)) out.push(l.text);
    expect(out).toEqual(["\u{1F600}"]);
  });
});
