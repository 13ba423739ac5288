#!/usr/bin/env node
// The last step of `npm run release` (after turbo has built, tested and packed
// everything the release holds): copies the three packed files from dist/ to
// release/ at the repository root and writes release/SHA256SUMS. Publishes
// nothing.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, releaseInfo } from "./common.mjs";

const { version } = releaseInfo();
const dist = join(REPO, "tooling", "release", "dist");
const names = [`winerr-${version}.tgz`, `winerr-catalog-${version}.tgz`, `WinErr.${version}.nupkg`];
for (const name of names) {
  if (!existsSync(join(dist, name))) {
    process.stderr.write(`release: tooling/release/dist/${name} is missing (the nupkg needs pwsh: bash scripts/install-powershell.sh)\n`);
    process.exit(1);
  }
}

const target = join(REPO, "release");
const temp = `${target}.tmp-${process.pid}`;
rmSync(temp, { recursive: true, force: true });
mkdirSync(temp);
const sums = [];
for (const name of [...names].sort()) {
  copyFileSync(join(dist, name), join(temp, name));
  sums.push(`${createHash("sha256").update(readFileSync(join(temp, name))).digest("hex")}  ${name}\n`);
}
writeFileSync(join(temp, "SHA256SUMS"), sums.join(""));
const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
renameSync(temp, target);
rmSync(old, { recursive: true, force: true });

let dirty = "";
try {
  dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO, encoding: "utf8" }).trim();
} catch {
  dirty = "(no git)";
}
for (const name of names) process.stdout.write(`release: release/${name} (${statSync(join(target, name)).size} bytes)\n`);
process.stdout.write(sums.join(""));
if (dirty !== "") process.stderr.write("release: WARNING: the working tree has uncommitted changes; these files are not what the commit gives\n");
