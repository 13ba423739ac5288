import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalog, packCatalog, PackedCatalog, searchIndexOf, serializeSearchIndex, type CatalogFile } from "@winerr/core";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogPath, openCatalog, openSearchIndex, SEARCH_INDEX_FILE } from "./catalog.js";
import { EXIT, ExitError } from "./errors.js";

const source = createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");

describe("catalogPath", () => {
  it("is catalog.json beside the running bundle", () => {
    expect(catalogPath({}, "file:///opt/WinErr/cli/winerr.js")).toBe("/opt/WinErr/cli/catalog.json");
  });

  it("honours a non-empty WINERR_CATALOG", () => {
    expect(catalogPath({ WINERR_CATALOG: "/data/c.json" }, "file:///x/winerr.js")).toBe("/data/c.json");
    expect(catalogPath({ WINERR_CATALOG: "" }, "file:///x/winerr.js")).toBe("/x/catalog.json");
  });
});

describe("openCatalog", () => {
  let dir: string;
  let packedPath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "winerr-host-catalog-"));
    packedPath = join(dir, "catalog.json");
    writeFileSync(packedPath, packCatalog(JSON.parse(readFileSync(source, "utf8")) as CatalogFile), "latin1");
  });

  it("reads the packed form in place (no row built), whole or core's own file with the same rows", () => {
    const lazy = openCatalog(packedPath);
    expect(lazy).toBeInstanceOf(PackedCatalog);
    expect((lazy as PackedCatalog).rowsBuilt).toBe(0);
    const whole = openCatalog(packedPath, { whole: true });
    expect(whole).toBeInstanceOf(PackedCatalog);
    const plain = openCatalog(source);
    expect(plain).not.toBeInstanceOf(PackedCatalog);
    expect(lazy.size).toBe(plain.size);
    expect(whole.size).toBe(plain.size);
    for (let i = 0; i < plain.size; i += 97) {
      expect(lazy.row(i)).toEqual(plain.row(i));
      expect(whole.row(i)).toEqual(plain.row(i));
    }
  });

  it("a missing or damaged catalog is one line, exit 3, naming the file", () => {
    const missing = join(dir, "none.json");
    expect(() => openCatalog(missing)).toThrow(new ExitError(`cannot read the catalog ${missing} (ENOENT); reinstall winerr`, EXIT.internal));
    const damaged = join(dir, "damaged.json");
    writeFileSync(damaged, "{not json");
    for (const whole of [false, true]) {
      try {
        openCatalog(damaged, { whole });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ExitError);
        expect((err as ExitError).exitCode).toBe(EXIT.internal);
        expect((err as ExitError).message).toMatch(/^cannot read the catalog .*damaged\.json \(damaged: .*\); reinstall winerr$/);
      }
    }
  });
});

describe("openSearchIndex", () => {
  it("uses the index beside the catalog; without one core builds its own", () => {
    const dir = mkdtempSync(join(tmpdir(), "winerr-host-index-"));
    const file = JSON.parse(readFileSync(source, "utf8")) as CatalogFile;
    const path = join(dir, "catalog.json");
    writeFileSync(path, packCatalog(file), "latin1");
    // An index of the same rows with one message changed to a marker word: seen only if the file is used.
    const marked = { ...file, entries: file.entries.map((r, i) => (i === 0 ? ([r[0], r[1], r[2], "zzmarkerzz", ...r.slice(4)] as unknown as typeof r) : r)) };
    writeFileSync(join(dir, SEARCH_INDEX_FILE), serializeSearchIndex(loadCatalog(marked)));
    const catalog = openCatalog(path);
    openSearchIndex(catalog, path);
    expect(searchIndexOf(catalog).termId("zzmarkerzz")).toBeGreaterThanOrEqual(0);
    const bare = openCatalog(path);
    openSearchIndex(bare, join(dir, "elsewhere", "catalog.json"));
    expect(searchIndexOf(bare).termId("zzmarkerzz")).toBe(-1);
  });
});
