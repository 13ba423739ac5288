// Shared by the release tests: where the packed files are, fresh folders,
// and running programs as a user would (another folder, an npm of its own).
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const root = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string; engines: { node: string } };
export const VERSION = root.version;
export const ENGINES = root.engines.node;
export const DIST = join(REPO, "tooling", "release", "dist");
export const WINERR_TGZ = join(DIST, `winerr-${VERSION}.tgz`);
export const CATALOG_TGZ = join(DIST, `winerr-catalog-${VERSION}.tgz`);
export const NUPKG = join(DIST, `WinErr.${VERSION}.nupkg`);

/** The packed file, or a clear failure: turbo runs `pack` before these tests. */
export function packed(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm --filter @winerr/release run pack\` (turbo's test task does it first)`);
  return file;
}

const made: string[] = [];

/** A new folder under the OS temp folder (no node_modules above it), removed after the file's tests. */
export function freshDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `winerr-release-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeFreshDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): Ran {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20, input: "", ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** npm with its own empty cache and no notices; --offline in the calls proves nothing is fetched. */
export function npmEnv(cache: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_cache: cache,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_loglevel: "warn",
    NO_COLOR: "1",
  };
}

/** The files of a tarball, as `tar tzf` lists them. */
export function tarList(tgz: string): string[] {
  const r = run("tar", ["tzf", tgz]);
  if (r.status !== 0) throw new Error(`tar tzf ${tgz}: ${r.stderr}`);
  return r.stdout.split("\n").filter(Boolean);
}

/** One file of a tarball. */
export function tarRead(tgz: string, path: string): string {
  const r = run("tar", ["xzf", tgz, "-O", path]);
  if (r.status !== 0) throw new Error(`tar xzf ${tgz} ${path}: ${r.stderr}`);
  return r.stdout;
}

/** Lines of a stream, without the empty one after the last newline. */
export const lines = (text: string): string[] => text.split("\n").filter((l, i, all) => !(l === "" && i === all.length - 1));
