import { cpSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { listHeaders, zipEntryTimes } from "./files.js";
import { runImport } from "./importer.js";

/** A stored (uncompressed) zip whose entries all carry one DOS date/time, as a NuGet package does. */
function writeZip(path: string, files: { name: string; data: Buffer }[], dos: { y: number; mo: number; d: number; h: number; mi: number; s: number }): void {
  const time = (dos.h << 11) | (dos.mi << 5) | (dos.s >> 1);
  const date = ((dos.y - 1980) << 9) | (dos.mo << 5) | dos.d;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(time, 10); local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(f.data.length, 18); local.writeUInt32LE(f.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(time, 12); central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(f.data.length, 20); central.writeUInt32LE(f.data.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, cd, end]));
}

const fixtures = fileURLToPath(new URL("../test/fixtures/sdk", import.meta.url));
// A late-evening entry time: an extractor 9+ hours behind UTC writes an mtime that is the next day in UTC.
const DOS = { y: 2026, mo: 9, d: 13, h: 23, mi: 30, s: 0 };

/** A NuGet-shaped package folder: `<pkg>/x.1.0.0.nupkg` and `<pkg>/c/Include/1/...` extracted from it. */
function makePackage(): { root: string; headers: string[] } {
  const pkg = mkdtempSync(join(tmpdir(), "winerr-nupkg-"));
  const root = join(pkg, "c", "Include", "1");
  mkdirSync(root, { recursive: true });
  cpSync(fixtures, root, { recursive: true });
  const headers = listHeaders(root);
  writeZip(join(pkg, "winerr.fixture.1.0.0.nupkg"), headers.map((h) => ({ name: `c/Include/1/${h}`, data: Buffer.from("x") })), DOS);
  return { root, headers };
}

describe("buildDate", () => {
  const savedTz = process.env["TZ"];
  afterAll(() => {
    if (savedTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = savedTz;
  });

  it("reads zip entry times as stored, zone-free", () => {
    const { root, headers } = makePackage();
    const times = zipEntryTimes(join(root, "..", "..", "..", "winerr.fixture.1.0.0.nupkg"));
    expect(times.get(`c/Include/1/${headers[0]}`)).toBe("2026-09-13T23:30:00");
  });

  it.each(["UTC", "Pacific/Kiritimati", "America/Adak"])("is the package's date whatever zone extracted it and runs the import (TZ=%s)", (tz) => {
    process.env["TZ"] = tz;
    const { root, headers } = makePackage();
    // What an extractor in this zone does: the zone-less entry time read as local time.
    const local = new Date(DOS.y, DOS.mo - 1, DOS.d, DOS.h, DOS.mi, DOS.s);
    expect(local.getTimezoneOffset()).toBe({ UTC: 0, "Pacific/Kiritimati": -840, "America/Adak": 540 }[tz]);
    for (const h of headers) utimesSync(join(root, h), local, local);
    const r = runImport({ root, source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } }, null);
    expect(r.catalog.buildDate).toBe("2026-09-13");
    expect(r.scans[0]!.timeFrom).toEqual({ zip: expect.any(Number) as number, mtime: 0 });
  });

  it("without a package, is the newest mtime's date in UTC, the same in any zone", () => {
    const root = mkdtempSync(join(tmpdir(), "winerr-plain-"));
    cpSync(fixtures, root, { recursive: true });
    const t = new Date(Date.UTC(2026, 8, 13, 23, 30, 0));
    for (const h of listHeaders(root)) utimesSync(join(root, h), t, t);
    const dates = ["UTC", "Pacific/Kiritimati", "America/Adak"].map((tz) => {
      process.env["TZ"] = tz;
      return runImport({ root, source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } }, null).catalog.buildDate;
    });
    expect(dates).toEqual(["2026-09-13", "2026-09-13", "2026-09-13"]);
  });
});
