import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const PACKAGE = "microsoft.netcore.app.runtime.win-x64";

/**
 * mscorrc.dll of the .NET runtime pack the SDK restored (packages/importer/scripts/fetch-sources.sh),
 * or $WINERR_MSCORRC; undefined (with a loud note) when absent. Not required under CI: CI restores no NuGet package.
 */
export function mscorrcPath(): string | undefined {
  const env = process.env.WINERR_MSCORRC;
  if (env !== undefined && env !== "") return existsSync(env) ? env : undefined;
  const root = join(process.env.NUGET_PACKAGES ?? join(homedir(), ".nuget", "packages"), PACKAGE);
  const versions = existsSync(root) ? readdirSync(root).sort() : [];
  const found = versions.map((v) => join(root, v, "runtimes", "win-x64", "native", "mscorrc.dll")).find((f) => existsSync(f));
  if (found === undefined) console.warn(`\n*** SKIPPING mscorrc.dll tests: no ${PACKAGE} under ${root} (run packages/importer/scripts/fetch-sources.sh, or set WINERR_MSCORRC) ***\n`);
  return found;
}
