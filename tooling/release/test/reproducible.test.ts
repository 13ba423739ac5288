// Same commit, same bytes: packing again gives files identical to dist/
// (the nupkg too, where pwsh made one; its zip dates come from the commit).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { CATALOG_TGZ, DIST, REPO, WINERR_TGZ, freshDir, packed, removeFreshDirs, run } from "./helpers.js";

afterAll(removeFreshDirs);

it("a second pack writes the same bytes as the first", () => {
  packed(WINERR_TGZ);
  packed(CATALOG_TGZ);
  const again = join(freshDir("repack"), "out");
  // Another time zone too: nothing may depend on it.
  const r = run(process.execPath, [join(REPO, "tooling", "release", "pack.mjs"), "--out", again], { env: { ...process.env, TZ: "Pacific/Chatham" } });
  expect(r.status, r.stderr).toBe(0);
  const first = readdirSync(DIST).sort();
  expect(readdirSync(again).sort()).toEqual(first);
  expect(first.length).toBeGreaterThanOrEqual(2);
  for (const name of first) {
    expect(existsSync(join(again, name))).toBe(true);
    expect(readFileSync(join(again, name)).equals(readFileSync(join(DIST, name))), name).toBe(true);
  }
});
