// normalizeNupkg: what NuGet randomizes (entry order and times, the
// core-properties part's name, relationship ids, the order of
// [Content_Types].xml) no longer changes the bytes; nothing else changes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { normalizeNupkg } from "../nupkg.mjs";

// Two packings of the same content, as NuGet writes them: different GUIDs, ids, orders and times.
function nugetLike(guid: string, ids: [string, string], extensions: string[], when: Date, reverse: boolean): Buffer {
  const types = `<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\n${extensions.map((e) => `  <Default Extension="${e}" ContentType="application/octet" />\n`).join("")}</Types>`;
  const rels = `<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/WinErr.nuspec" Id="${ids[0]}" />\n  <Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/package/services/metadata/core-properties/${guid}.psmdcp" Id="${ids[1]}" />\n</Relationships>`;
  const entries: [string, string][] = [
    ["_rels/.rels", rels],
    ["WinErr.nuspec", "<package><metadata><id>WinErr</id></metadata></package>"],
    ["WinErr.psd1", "@{ ModuleVersion = '1.2.3' }"],
    ["cli/winerr.js", "console.log(1)"],
    ["[Content_Types].xml", types],
    [`package/services/metadata/core-properties/${guid}.psmdcp`, "<coreProperties />"],
  ];
  const zip: Zippable = {};
  for (const [name, text] of reverse ? entries.reverse() : entries) zip[name] = [strToU8(text), { mtime: when }];
  return Buffer.from(zipSync(zip));
}

describe("normalizeNupkg", () => {
  const epoch = 1_796_575_920; // 2026-12-06 16:52:00 UTC
  const a = normalizeNupkg(nugetLike("ff154724157847eabf77913324994d86", ["R990D2A90385B30F0", "RAE0FF8C77BEC5D0E"], ["rels", "psmdcp", "js", "psd1", "nuspec"], new Date(2026, 0, 1), false), epoch);
  const b = normalizeNupkg(nugetLike("60813c9d967035c4ddd70be4b134f2b3", ["R1111111111111111", "R2222222222222222"], ["js", "nuspec", "rels", "psd1", "psmdcp"], new Date(2027, 5, 9, 13, 7), true), epoch);

  it("gives the same bytes for two NuGet packings of the same content", () => {
    expect(a.equals(b)).toBe(true);
  });

  it("keeps the package consistent: .rels names the renamed part, every file kept, sorted, dated from the epoch", () => {
    const files = unzipSync(new Uint8Array(a));
    const names = Object.keys(files);
    expect(names).toEqual([...names].sort());
    const part = names.find((n) => n.endsWith(".psmdcp")) as string;
    expect(strFromU8(files["_rels/.rels"] as Uint8Array)).toContain(`Target="/${part}"`);
    expect(strFromU8(files[part] as Uint8Array)).toBe("<coreProperties />");
    expect(strFromU8(files["WinErr.psd1"] as Uint8Array)).toBe("@{ ModuleVersion = '1.2.3' }");
    expect(names).toHaveLength(6);
    // DOS date and time of the first local header (offsets 10-13), read back as UTC fields.
    const time = a.readUInt16LE(10);
    const date = a.readUInt16LE(12);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2026, 12, 6, 16, 52]);
  });

  it("refuses a zip that is not laid out as NuGet writes it", () => {
    expect(() => normalizeNupkg(Buffer.from(zipSync({ "a.txt": strToU8("x") })), epoch)).toThrow(/not a NuGet package/);
  });
});
