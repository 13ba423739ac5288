import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CatalogFile } from "@winerr/core";
import { parseCatalogFile } from "@winerr/core/catalog-file";
import { onPath } from "@winerr/host/tools";
import { defaultCatalogPath } from "../src/run.js";

export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
/** The built executable; `test` runs after `build` (turbo.json). */
export const MAIN = join(APP_DIR, "dist", "main.js");

export function requireBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "pnpm --filter @winerr/export build" first`);
}

/** The committed catalog, validated, as tests read it. */
export const realFile: CatalogFile = parseCatalogFile(JSON.parse(readFileSync(defaultCatalogPath(), "utf8")));

let frozen: string | undefined;

/**
 * A copy of the catalog taken when the tests start: executables read it
 * (--catalog), so a catalog re-imported during the run cannot race the
 * byte comparisons.
 */
export function frozenCatalog(): string {
  if (frozen === undefined) {
    frozen = join(mkdtempSync(join(tmpdir(), "winerr-export-catalog-")), "catalog.json");
    writeFileSync(frozen, JSON.stringify(realFile));
    chmodSync(dirname(frozen), 0o755); // readable by the "nobody" fallback of RunOptions.unprivileged
  }
  return frozen;
}

function withCatalog(args: readonly string[], builtIn: boolean): string[] {
  return builtIn || args.includes("--catalog") ? [...args] : [...args, "--catalog", frozenCatalog()];
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Meet permission bits as any user does. Not root: as is. Root: still root
   * (so a checkout only root can read stays readable), but started through
   * setpriv without the capabilities that bypass permission bits
   * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER). Without setpriv: as
   * nobody (65534), which needs a checkout everyone can read.
   */
  unprivileged?: boolean;
  /** Read the built-in catalog instead of the frozen copy. */
  builtIn?: boolean;
}

const DROP_CAPS = "--bounding-set=-dac_override,-dac_read_search,-fowner";

export function run(args: readonly string[], options: RunOptions = {}): Run {
  requireBuilt();
  let command = [process.execPath, MAIN, ...withCatalog(args, options.builtIn === true)];
  let user = {};
  if (options.unprivileged === true && process.getuid?.() === 0) {
    const setpriv = onPath("setpriv");
    if (setpriv !== undefined) command = [setpriv, DROP_CAPS, "--", ...command];
    else user = { uid: 65534, gid: 65534 };
  }
  const r: SpawnSyncReturns<string> = spawnSync(command[0] as string, command.slice(1), {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: options.env ?? process.env,
    cwd: options.cwd ?? APP_DIR,
    ...user,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function spawnExport(args: readonly string[]) {
  requireBuilt();
  return spawn(process.execPath, [MAIN, ...withCatalog(args, false)], { stdio: ["ignore", "ignore", "pipe"] });
}

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after the run. */
export function tempDir(prefix = "winerr-export-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  if (frozen !== undefined) rmSync(dirname(frozen), { recursive: true, force: true });
  frozen = undefined;
}
