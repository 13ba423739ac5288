// The winerr npm package as a user gets it: what the tarball holds, the
// start-up check, and every bin run from another folder after
// `npm install -g` into a fresh prefix, and through `npx --package`.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, REPO, VERSION, WINERR_TGZ, CATALOG_TGZ, freshDir, lines, npmEnv, packed, removeFreshDirs, run, tarList, tarRead } from "./helpers.js";

const BINS = ["winerr", "winerr-export", "winerr-tui"];
let prefix: string; // npm install -g --prefix
let elsewhere: string; // the folder the bins run from
const bin = (name: string) => join(prefix, "bin", name);

beforeAll(() => {
  packed(WINERR_TGZ);
  prefix = freshDir("prefix");
  elsewhere = freshDir("cwd");
  const r = run("npm", ["install", "-g", "--prefix", prefix, "--offline", packed(WINERR_TGZ)], { env: npmEnv(freshDir("npm-cache")), cwd: elsewhere });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});
afterAll(removeFreshDirs);

describe("the winerr tarball", () => {
  it("holds the bins, the CLI's build, the docs: no source, tests, maps or logs", () => {
    const files = tarList(WINERR_TGZ).sort();
    // apps/cli/dist as built, less maps, types and V8 code caches (this machine's Node.js only).
    const built = readdirSync(join(REPO, "apps", "cli", "dist")).filter((f) => !f.endsWith(".map") && !f.endsWith(".d.ts") && !f.endsWith(".cache"));
    expect(built).toEqual(expect.arrayContaining(["winerr.js", "winerr-show.js", "winerr-tui.js", "winerr-export.mjs", "package.json", "catalog.json", "THIRD-PARTY-LICENSES.txt"]));
    expect(files).toEqual(
      ["CHANGELOG.md", "LICENSE", "NOTICE", "README.md", "bin/winerr-export.cjs", "bin/winerr-tui.cjs", "bin/winerr.cjs", "package.json", ...built.map((f) => `dist/${f}`)].map((f) => `package/${f}`).sort(),
    );
    for (const f of files) expect(f).not.toMatch(/\.(ts|tsx|map|log)$|\/(src|test|tests|node_modules)\/|tsbuildinfo|\.turbo/);
  });

  it("has a package.json without dependencies or scripts, with the release facts", () => {
    const pkg = JSON.parse(tarRead(WINERR_TGZ, "package/package.json")) as Record<string, unknown>;
    for (const key of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies", "bundleDependencies", "scripts", "private", "workspaces"]) expect(pkg, key).not.toHaveProperty(key);
    expect(pkg).toMatchObject({ name: "winerr", version: VERSION, license: "MIT", type: "module", engines: { node: ENGINES } });
    expect(pkg["bin"]).toEqual(Object.fromEntries(BINS.map((b) => [b, `bin/${b}.cjs`])));
    // No public project URL exists yet: no repository, homepage or bugs field is made up.
    for (const key of ["repository", "homepage", "bugs"]) expect(pkg, key).not.toHaveProperty(key);
    expect((pkg["keywords"] as string[]).length).toBeGreaterThan(3);
    expect(JSON.stringify(pkg)).not.toContain("workspace:");
    expect(tarRead(WINERR_TGZ, "package/LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the WinErr authors\n/);
  });
});

describe("the start-up check", () => {
  it("is ES5: every bin parses as ECMAScript 5, so an old Node reaches the check", () => {
    for (const b of BINS) {
      const text = tarRead(WINERR_TGZ, `package/bin/${b}.cjs`);
      expect(() => parse(text, { ecmaVersion: 5, allowHashBang: true }), b).not.toThrow();
    }
    // The parser does reject newer syntax (so the check above means something).
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  // process.versions.node as an older Node reports it, set before the bin runs.
  const asNode = (version: string) => {
    const dir = freshDir("fake-node");
    const preload = join(dir, "version.cjs");
    writeFileSync(preload, `Object.defineProperty(process, "versions", { value: Object.assign({}, process.versions, { node: ${JSON.stringify(version)} }) });\n`);
    return (name: string, args: string[]) => run(process.execPath, ["-r", preload, join(prefix, "lib", "node_modules", "winerr", "bin", `${name}.cjs`), ...args], { cwd: elsewhere });
  };
  const [major, minor] = (/^>=(\d+)\.(\d+)$/.exec(ENGINES) ?? []).slice(1).map(Number) as [number, number];

  it.each(["12.22.12", "18.20.8", `${major}.${minor - 1}.0`])("says in one line which Node it needs, on Node %s (exit 3)", (version) => {
    for (const b of BINS) {
      const r = asNode(version)(b, ["5"]);
      expect(r.status, b).toBe(3);
      expect(r.stdout).toBe("");
      expect(lines(r.stderr)).toEqual([`${b}: needs Node.js ${major}.${minor} or later; this is Node.js ${version}`]);
    }
  });

  it(`lets Node ${major}.${minor}.0 through`, () => {
    const r = asNode(`${major}.${minor}.0`)("winerr", ["--version"]);
    expect([r.status, r.stdout.split("\n")[0], r.stderr]).toEqual([0, VERSION, ""]);
  });
});

describe("installed with npm install -g into a fresh prefix, run from another folder", () => {
  it("installs the three bins and nothing else", () => {
    expect(readdirSync(join(prefix, "bin")).sort()).toEqual(BINS);
    expect(readdirSync(join(prefix, "lib", "node_modules"))).toEqual(["winerr"]);
  });

  it("winerr 5 and winerr show 5", () => {
    // winerror.h: #define ERROR_ACCESS_DENIED 5L, "Access is denied."
    const decode = run(bin("winerr"), ["5"], { cwd: elsewhere });
    expect([decode.status, decode.stderr]).toEqual([0, ""]);
    expect(decode.stdout).toMatch(/^ {2}ERROR_ACCESS_DENIED {2}win32 {2}0x00000005 {2}5 {2}via exact {2}winerror\.h$/m);
    const show = run(bin("winerr"), ["show", "5"], { cwd: elsewhere });
    expect([show.status, show.stderr]).toEqual([0, ""]);
    expect(lines(show.stdout)[0]).toBe("ERROR_ACCESS_DENIED  win32  0x00000005  5");
    expect(show.stdout).toContain("Access is denied.");
    // The first line is the version; the second names the catalog.
    expect(run(bin("winerr"), ["--version"], { cwd: elsewhere }).stdout.split("\n")[0]).toBe(VERSION);
  });

  it("winerr export --out DIR and winerr-export write the files of the winerr-catalog package, byte for byte", () => {
    const a = freshDir("export-a");
    const b = freshDir("export-b");
    const viaWinerr = run(bin("winerr"), ["export", "--out", a, "--format", "all"], { cwd: elsewhere });
    expect([viaWinerr.status, viaWinerr.stdout, viaWinerr.stderr]).toEqual([0, "", ""]);
    const viaBin = run(bin("winerr-export"), ["--out", b, "--format", "all"], { cwd: elsewhere });
    expect([viaBin.status, viaBin.stdout, viaBin.stderr]).toEqual([0, "", ""]);
    const names = ["catalog.csv", "catalog.json", "catalog.ndjson", "catalog.schema.json"];
    expect(readdirSync(a).sort()).toEqual(names);
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names) {
      const expected = tarRead(packed(CATALOG_TGZ), `package/${name}`);
      expect(readFileSync(join(a, name), "utf8") === expected, name).toBe(true);
      expect(readFileSync(join(b, name), "utf8") === expected, name).toBe(true);
    }
  });

  it("winerr-export --help and a usage error", () => {
    const help = run(bin("winerr-export"), ["--help"], { cwd: elsewhere });
    expect([help.status, help.stderr]).toEqual([0, ""]);
    expect(help.stdout).toMatch(/^Usage: winerr-export --out DIR/);
    const bad = run(bin("winerr-export"), ["--format", "xml", "--stdout"], { cwd: elsewhere });
    expect(bad.status).toBe(2);
    expect(lines(bad.stderr)).toEqual([expect.stringMatching(/^winerr-export: unknown format "xml"/)]);
  });

  it("winerr-tui: --help, and without a terminal one line and exit 2", () => {
    const help = run(bin("winerr-tui"), ["--help"], { cwd: elsewhere });
    expect([help.status, help.stderr]).toEqual([0, ""]);
    expect(help.stdout).toMatch(/^usage: winerr-tui \[QUERY/);
    const r = run(bin("winerr-tui"), [], { cwd: elsewhere }); // stdin, stdout, stderr are pipes here
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr-tui: needs an interactive terminal/)]);
  });
});

describe("npx --package <tarball>", () => {
  it("runs winerr 5 offline, with an empty npm cache", () => {
    const r = run("npx", ["--yes", "--offline", "--package", packed(WINERR_TGZ), "winerr", "5"], { cwd: freshDir("npx"), env: npmEnv(freshDir("npx-cache")) });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    // winerror.h: #define ERROR_ACCESS_DENIED 5L
    expect(r.stdout).toMatch(/^ {2}ERROR_ACCESS_DENIED {2}win32 /m);
  });
});
