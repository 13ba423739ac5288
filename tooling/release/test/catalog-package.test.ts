// winerr-catalog as a consumer gets it: a scratch npm project installs it
// from its tarball, reads it through the package's exports (CommonJS, ESM,
// TypeScript), and validates catalog.json and every catalog.ndjson line
// with ajv against the shipped catalog.schema.json.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG_TGZ, VERSION, freshDir, npmEnv, packed, removeFreshDirs, run, tarList, tarRead } from "./helpers.js";

let project: string; // the scratch npm project
let resolveThere: (id: string) => string; // module resolution as the project sees it

beforeAll(() => {
  project = freshDir("consumer");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true, type: "module" }, null, 2));
  const r = run("npm", ["install", "--offline", packed(CATALOG_TGZ)], { cwd: project, env: npmEnv(freshDir("npm-cache")) });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  resolveThere = (id) => createRequire(join(project, "package.json")).resolve(id);
});
afterAll(removeFreshDirs);

describe("the winerr-catalog tarball", () => {
  it("holds the four export files, the types and the docs", () => {
    expect(tarList(CATALOG_TGZ).sort()).toEqual(
      ["LICENSE", "NOTICE", "README.md", "catalog.csv", "catalog.json", "catalog.ndjson", "catalog.schema.json", "index.d.cts", "index.d.mts", "package.json"].map((f) => `package/${f}`),
    );
  });

  it("its version and package.json say which catalog it holds, as catalog.json does", () => {
    const pkg = JSON.parse(tarRead(CATALOG_TGZ, "package/package.json")) as { version: string; winerrCatalog: Record<string, unknown>; dependencies?: unknown };
    const doc = JSON.parse(tarRead(CATALOG_TGZ, "package/catalog.json")) as { schemaVersion: string; buildDate: string; sources: unknown[]; counts: { entries: number; withMessage: number } };
    expect(pkg.version).toBe(VERSION);
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.winerrCatalog).toEqual({ schemaVersion: doc.schemaVersion, buildDate: doc.buildDate, sources: doc.sources, entries: doc.counts.entries, withMessage: doc.counts.withMessage });
    expect(doc.sources.length).toBeGreaterThan(0);
    const readme = tarRead(CATALOG_TGZ, "package/README.md");
    expect(readme).toContain(`# winerr-catalog ${VERSION}`);
    expect(readme).toContain(doc.buildDate);
  });
});

describe("installed into a scratch npm project", () => {
  it("ajv validates catalog.json and every catalog.ndjson line against catalog.schema.json", () => {
    const schema = JSON.parse(readFileSync(resolveThere("winerr-catalog/catalog.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    const validate = ajv.compile(schema);
    const doc = JSON.parse(readFileSync(resolveThere("winerr-catalog/catalog.json"), "utf8")) as { entries: unknown[] };
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const entry = ajv.getSchema("#/$defs/entry") ?? ajv.compile({ ...schema, $ref: "#/$defs/entry" });
    const ndjson = readFileSync(resolveThere("winerr-catalog/catalog.ndjson"), "utf8").split("\n").filter(Boolean);
    expect(ndjson.length).toBe(doc.entries.length);
    for (const line of ndjson) if (!entry(JSON.parse(line))) throw new Error(`${line.slice(0, 80)}: ${JSON.stringify(entry.errors)}`);
    // The schema does reject a broken document (so the checks above mean something).
    const broken = { ...doc, entries: [{ ...(doc.entries[0] as object), value: -1 }, ...doc.entries.slice(1)] };
    expect(validate(broken)).toBe(false);
  });

  it("reads through the exports map: require, import with type json, import.meta.resolve; nothing else is exported", () => {
    const cjs = run(process.execPath, ["-e", "const c = require('winerr-catalog'); process.stdout.write(JSON.stringify([c.counts.entries, c.entries.length, require('winerr-catalog/package.json').version]))"], { cwd: project });
    expect(cjs.stderr).toBe("");
    const [count, length, version] = JSON.parse(cjs.stdout) as [number, number, string];
    expect(count).toBe(length);
    expect(version).toBe(VERSION);
    const esm = run(
      process.execPath,
      ["--input-type=module", "-e", "import c from 'winerr-catalog/catalog.json' with { type: 'json' }; process.stdout.write(JSON.stringify([c.entries.length, new URL(import.meta.resolve('winerr-catalog/catalog.csv')).pathname]))"],
      { cwd: project },
    );
    expect(esm.stderr).toBe("");
    const [n, csv] = JSON.parse(esm.stdout) as [number, string];
    expect(n).toBe(length);
    expect(csv).toBe(join(project, "node_modules", "winerr-catalog", "catalog.csv"));
    expect(() => resolveThere("winerr-catalog/README.md")).toThrow(/is not defined by "exports"/);
  });

  it("TypeScript sees the generated types, for import and for require (a consumer typechecks, a wrong use fails)", () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["use.ts", "use-cjs.cts"] }));
    const esm = `import catalog from "winerr-catalog" with { type: "json" };
import type { Entry, WinErrCatalog } from "winerr-catalog";
const c: WinErrCatalog = catalog;
const first: Entry | undefined = c.entries[0];
const names: string[] = c.entries.map((e) => e.name);
export const out = [first?.hex, names.length, c.counts.byKind.win32, c.sources[0].version];
`;
    const cjs = `import catalog = require("winerr-catalog");
const first: catalog.Entry | undefined = catalog.entries[0];
export const out = [first?.name, catalog.schemaVersion, catalog.counts.entries];
`;
    writeFileSync(join(project, "use.ts"), esm);
    writeFileSync(join(project, "use-cjs.cts"), cjs);
    const ok = run(process.execPath, [tsc, "-p", project]);
    expect(ok.stdout + ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    writeFileSync(join(project, "use.ts"), esm + "export const wrong: number = catalog.entries[0]?.name;\n");
    writeFileSync(join(project, "use-cjs.cts"), cjs + "export const wrong: number = catalog.buildDate;\n");
    const bad = run(process.execPath, [tsc, "-p", project]);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/use\.ts\(7,14\): error TS2322/);
    expect(bad.stdout).toMatch(/use-cjs\.cts\(4,14\): error TS2322/);
  });
});
