// Same commit, same bytes: packing again gives files identical to dist/
// (the nupkg too, where pwsh made one; its zip dates come from the commit).
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { CATALOG_TGZ, DIST, REPO, WINERR_TGZ, freshDir, packed, removeFreshDirs } from "./helpers.js";

afterAll(removeFreshDirs);

it("a second pack writes the same bytes as the first", async () => {
  packed(WINERR_TGZ);
  packed(CATALOG_TGZ);
  const again = join(freshDir("repack"), "out");
  // Another time zone too: nothing may depend on it. Not spawnSync: the
  // worker stays responsive through a minute of packing on a busy machine.
  await promisify(execFile)(process.execPath, [join(REPO, "tooling", "release", "pack.mjs"), "--out", again], { env: { ...process.env, TZ: "Pacific/Chatham" }, maxBuffer: 16 << 20 });
  const first = readdirSync(DIST).sort();
  expect(readdirSync(again).sort()).toEqual(first);
  expect(first.length).toBeGreaterThanOrEqual(2);
  for (const name of first) {
    expect(existsSync(join(again, name))).toBe(true);
    expect(readFileSync(join(again, name)).equals(readFileSync(join(DIST, name))), name).toBe(true);
  }
});
