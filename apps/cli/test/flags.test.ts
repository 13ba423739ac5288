import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CatalogFile } from "@winerr/core";
import { describe, expect, it } from "vitest";
import { lines, run } from "./run.js";

const require = createRequire(import.meta.url);
const committed = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8")) as CatalogFile;
// Inputs from the catalog: every 997th entry as hex, as decimal and by name.
const rows = committed.entries.filter((_, i) => i % 997 === 0);
const inputs = rows.flatMap(([name, , value]) => ["0x" + value.toString(16), String(value), name]);

const objects = (stdout: string): Record<string, unknown>[] => lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("--no-readings", () => {
  it("--ndjson: every field but readings, unchanged", () => {
    const full = run(["decode", "--ndjson", "--", ...inputs]);
    const lean = run(["decode", "--ndjson", "--no-readings", "--", ...inputs]);
    expect(lean.code).toBe(full.code);
    const expected = objects(full.stdout).map(({ readings, ...rest }) => (expect(Array.isArray(readings)).toBe(true), rest));
    expect(objects(lean.stdout)).toEqual(expected);
    expect(lean.stdout).not.toContain('"readings"');
    expect(lean.stdout.length).toBeLessThan(full.stdout.length);
  });

  it("--json and --stdin (the PowerShell module's call) too", () => {
    const full = JSON.parse(run(["decode", "--json", "--", ...inputs]).stdout) as Record<string, unknown>[];
    const lean = JSON.parse(run(["decode", "--json", "--no-readings", "--", ...inputs]).stdout) as Record<string, unknown>[];
    expect(lean).toEqual(full.map(({ readings: _r, ...rest }) => rest));
    const piped = run(["decode", "--stdin", "--ndjson", "--no-readings"], { input: inputs.join("\r\n") + "\r\n" });
    expect(objects(piped.stdout)).toEqual(lean);
  });

  it("the commander path (help and flags in another order) accepts it; text output is unchanged", () => {
    expect(run(["decode", "--help"]).stdout).toContain("--no-readings");
    const input = inputs[0] as string;
    expect(run([input, "--no-readings"]).stdout).toBe(run([input]).stdout);
    expect(run(["decode", "--no-readings", "--debug", "--ndjson", input]).stdout).toBe(run(["decode", "--ndjson", "--no-readings", input]).stdout);
  });
});

describe("search text that starts with -", () => {
  const [name] = rows[1] as CatalogFile["entries"][number];

  it("goes after --, and reaches search whole", () => {
    const r = run(["search", "--ndjson", "--limit", "3", "--", `-${name}`]);
    expect([0, 1]).toContain(r.code);
    expect(objects(r.stdout).map((o) => o["input"])).toEqual([`-${name}`]);
  });

  it("without --, a usage error that says how", () => {
    const r = run(["search", `-${name}`]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^winerr: unknown option .* goes after --/)]);
  });
});
