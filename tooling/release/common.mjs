// What every release step shares: where the repository is, the release
// facts from the root package.json (the one place the version is set), the
// timestamp for reproducible archives.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function releaseInfo() {
  const root = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(root.version ?? "")) throw new Error(`the root package.json has no release version (got ${JSON.stringify(root.version)})`);
  const engines = root.engines?.node;
  const min = /^>=(\d+)\.(\d+)$/.exec(engines ?? "");
  if (!min) throw new Error(`the root package.json engines.node must read ">=MAJOR.MINOR" (got ${JSON.stringify(engines)})`);
  return {
    version: root.version,
    engines,
    minNode: [Number(min[1]), Number(min[2])],
    homepage: root.homepage,
    repository: root.repository,
    bugs: root.bugs,
    sourceDateEpoch: sourceDateEpoch(),
  };
}

/** SOURCE_DATE_EPOCH if set, else the time of the commit checked out. */
function sourceDateEpoch() {
  const given = process.env.SOURCE_DATE_EPOCH;
  if (given !== undefined && given !== "") {
    if (!/^\d+$/.test(given)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds (got ${given})`);
    return Number(given);
  }
  try {
    return Number(execFileSync("git", ["log", "-1", "--format=%ct", "HEAD"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    throw new Error("no git commit to take the archive timestamps from: set SOURCE_DATE_EPOCH");
  }
}
