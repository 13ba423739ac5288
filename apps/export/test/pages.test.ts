import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "@winerr/core";
import { pageFiles, pageMarkdown, pagePaths, md } from "../src/pages.js";
import { pageOf } from "@winerr/core";
import { realFile, removeTempDirs, run, spawnExport, tempDir } from "./helpers.js";

const catalog = loadCatalog(realFile);
const row = (name: string, kind: string) => {
  const i = catalog.indexesOfName(name).find((j) => catalog.kindOf(j) === kind);
  if (i === undefined) throw new Error(`${name} is not in the catalog`);
  return i;
};
const page = (name: string, kind: string) => pageMarkdown(pageOf(catalog, row(name, kind)), () => null);

let out: string;
beforeAll(() => {
  out = tempDir();
  const r = run(["--out", out, "--format", "pages"]);
  expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
});
afterAll(removeTempDirs);

describe("--format pages", () => {
  it("writes pages/ with index.md and one page per entry, and no data files", () => {
    expect(readdirSync(out)).toEqual(["pages"]);
    const kinds = readdirSync(join(out, "pages")).sort();
    // One folder per family the catalog has entries of.
    const families = [...new Set(catalog.rows.map((r) => r[1]))].sort();
    expect(kinds).toEqual([...families, "index.md"].sort());
    const count = families.reduce((n, k) => n + readdirSync(join(out, "pages", k)).length, 0);
    expect(count).toBe(catalog.size);
  });

  it("the seed page: message, labelled guidance, neighbours 13856 and 13858 linked, HRESULT form, provenance", () => {
    // Windows SDK 10.0.28000.0, shared/winerror.h:26368-26386.
    const text = readFileSync(join(out, "pages", "win32", "ERROR_IPSEC_IKE_GETSPIFAIL.md"), "utf8");
    expect(text).toMatch(/^# ERROR\\_IPSEC\\_IKE\\_GETSPIFAIL\n/);
    expect(text).toContain("> Failed to obtain new SPI for the inbound SA from IPsec driver");
    expect(text).toContain("not by Microsoft");
    expect(text).toContain("| [`ERROR_IPSEC_IKE_SRVQUERYCRED`](ERROR_IPSEC_IKE_SRVQUERYCRED.md) | win32 | `0x00003620` | neighbour in its group |");
    expect(text).toContain("| [`ERROR_IPSEC_IKE_INVALID_FILTER`](ERROR_IPSEC_IKE_INVALID_FILTER.md) | win32 | `0x00003622` | neighbour in its group |");
    expect(text).toContain("| `HRESULT_FROM_WIN32(this)` | `0x80073621` | hresult | (none) |");
    expect(text).toContain("- Defined in `winerror.h`, line 26377");
    expect(text).toContain(`- Catalog date: ${catalog.buildDate}`);
    expect(text).not.toContain("NEGOTIATION_FAILED");
    expect(text).not.toContain("KEYMAIN_NOT_FOUND");
  });

  it("every link in every page points at a page that exists", () => {
    const pages = join(out, "pages");
    let checked = 0;
    for (const kind of ["win32", "bugcheck"]) {
      for (const f of readdirSync(join(pages, kind))) {
        const text = readFileSync(join(pages, kind, f), "utf8");
        for (const m of text.matchAll(/\]\((?!https?:)([^)]+\.md)\)/g)) {
          expect(existsSync(join(pages, kind, m[1] as string)), `${kind}/${f} -> ${m[1]}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("the index lists every page once", () => {
    const index = readFileSync(join(out, "pages", "index.md"), "utf8");
    const links = [...index.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(catalog.size);
    expect(new Set(links).size).toBe(catalog.size);
    expect(index).toContain("## Win32 error codes");
  });

  it("replaces an older pages folder whole, and keeps files of the user's beside it", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pages", "old"), { recursive: true });
    writeFileSync(join(dir, "pages", "old", "stale.md"), "stale");
    writeFileSync(join(dir, "notes.txt"), "mine");
    const r = run(["--out", dir, "--format", "pages", "--kind", "bugcheck"]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "pages"]);
    expect(readdirSync(join(dir, "pages")).sort()).toEqual(["bugcheck", "index.md"]);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("SIGTERM while pages are written leaves pages/ whole (old or new) and no temp or set-aside folder", async () => {
    for (const waitFor of [/^\.pages\..*\.tmp$/, /^\.pages\..*\.old$/]) {
      const dir = tempDir();
      mkdirSync(join(dir, "pages"));
      writeFileSync(join(dir, "pages", "index.md"), "old index");
      const child = spawnExport(["--out", dir, "--format", "pages", "--kind", "win32,bugcheck"]);
      const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
      while (!readdirSync(dir).some((f) => waitFor.test(f)) && child.exitCode === null) await new Promise((r) => setTimeout(r, 1));
      child.kill("SIGTERM");
      await exited;
      expect(readdirSync(dir)).toEqual(["pages"]);
      const index = readFileSync(join(dir, "pages", "index.md"), "utf8");
      expect(index === "old index" || index.startsWith("# WinErr reference pages"), index.slice(0, 40)).toBe(true);
    }
  });

  it("refuses --stdout with pages, and a file named pages in the way (exit 2, nothing written)", () => {
    expect(run(["--stdout", "--format", "pages"]).status).toBe(2);
    const dir = tempDir();
    writeFileSync(join(dir, "pages"), "a file of the user's");
    const r = run(["--out", dir, "--format", "pages"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(readFileSync(join(dir, "pages"), "utf8")).toBe("a file of the user's");
    expect(readdirSync(dir)).toEqual(["pages"]);
  });
});

describe("page files", () => {
  it("names a page by family and name, adding the value where a name has two (E_NOTFOUND in winerror.h)", () => {
    const rows = catalog.indexesOfName("E_NOTFOUND");
    expect(rows.length).toBe(2);
    const paths = pagePaths(catalog, rows);
    expect([...paths.values()].sort()).toEqual(rows.map((i) => `hresult/E_NOTFOUND-0x${(catalog.valueOf(i) >>> 0).toString(16).toUpperCase().padStart(8, "0")}.md`).sort());
  });

  it("escapes Markdown in text", () => {
    expect(md("a_b *c* [d] <e> |f| #g")).toBe("a\\_b \\*c\\* \\[d\\] \\<e\\> \\|f\\| \\#g");
  });

  it("writes the same files for the same catalog", () => {
    const rows = catalog.indexesOfName("ERROR_ACCESS_DENIED");
    const a = [...pageFiles(catalog, rows)];
    const b = [...pageFiles(catalog, rows)];
    expect(a).toEqual(b);
    expect(a.map((f) => f.path)).toEqual(["index.md", "win32/ERROR_ACCESS_DENIED.md"]);
  });
});

describe("page snapshots across families", () => {
  // Sources: winerror.h:26377 (13857), winerror.h:279 (5), winerror.h:30570
  // (E_ACCESSDENIED), ntstatus.h:2121 (0xC0000005), bugcodes.h:238 (0xA),
  // wuerror.h:1419 (0x80244016).
  it.each([
    ["ERROR_IPSEC_IKE_GETSPIFAIL", "win32"],
    ["ERROR_ACCESS_DENIED", "win32"],
    ["E_ACCESSDENIED", "hresult"],
    ["STATUS_ACCESS_VIOLATION", "ntstatus"],
    ["IRQL_NOT_LESS_OR_EQUAL", "bugcheck"],
    ["WU_E_PT_HTTP_STATUS_BAD_REQUEST", "hresult"],
  ])("%s (%s)", (name, kind) => {
    expect(page(name, kind)).toMatchSnapshot();
  });
});
