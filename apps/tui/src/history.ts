import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Catalog, Kind } from "@winerr/core";
import { writeFileAtomic } from "@winerr/host/output";

/**
 * Recent lookups kept between runs: the entries whose page was opened, most
 * recent first, at most HISTORY_MAX, in the XDG state folder
 * ($XDG_STATE_HOME/winerr/tui-history.json, else ~/.local/state/...;
 * %LOCALAPPDATA%\winerr on Windows). `--no-history` neither reads nor writes it.
 */
export const HISTORY_MAX = 100;

export interface Visit {
  kind: Kind;
  name: string;
  /** The catalog row when it was saved: checked against the name, so a changed catalog falls back to the name. */
  index: number;
}

export function historyPath(env: NodeJS.ProcessEnv, platform: string = process.platform, home: string = homedir()): string {
  if (platform === "win32") return join(env["LOCALAPPDATA"] ?? join(home, "AppData", "Local"), "winerr", "tui-history.json");
  const state = env["XDG_STATE_HOME"];
  // XDG: a relative path is invalid and is ignored.
  const base = state !== undefined && state.startsWith("/") ? state : join(home, ".local", "state");
  return join(base, "winerr", "tui-history.json");
}

/** The saved visits, newest first; [] when there is no file or it is not one of ours. */
export function readHistory(path: string): Visit[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  try {
    const data = JSON.parse(text) as { version?: unknown; visits?: unknown };
    if (data.version !== 1 || !Array.isArray(data.visits)) return [];
    return (data.visits as unknown[])
      .filter((v): v is Visit => typeof v === "object" && v !== null && typeof (v as Visit).name === "string" && typeof (v as Visit).kind === "string" && Number.isInteger((v as Visit).index))
      .slice(0, HISTORY_MAX);
  } catch {
    return [];
  }
}

/** `visits` (oldest first, as they happened) put before `saved` (newest first), each entry once, at most `max`. */
export function mergeHistory(saved: readonly Visit[], visits: readonly Visit[], max = HISTORY_MAX): Visit[] {
  const out: Visit[] = [];
  const seen = new Set<string>();
  for (const v of [...visits].reverse().concat(saved)) {
    const key = `${v.kind}:${v.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

/** Writes the history atomically (a temporary file renamed over it); the folder is made if needed. */
export function writeHistory(path: string, visits: readonly Visit[]): void {
  writeFileAtomic(path, JSON.stringify({ version: 1, visits }) + "\n", { mode: 0o600 });
}

/** The catalog rows of saved visits, in order (visits the catalog no longer has are left out). */
export function historyRows(catalog: Catalog, visits: readonly Visit[]): number[] {
  const out: number[] = [];
  for (const v of visits) {
    if (v.index >= 0 && v.index < catalog.size && catalog.nameOf(v.index) === v.name && catalog.kindOf(v.index) === v.kind) out.push(v.index);
    else {
      const i = catalog.indexesOfName(v.name).find((k) => catalog.kindOf(k) === v.kind);
      if (i !== undefined) out.push(i);
    }
  }
  return [...new Set(out)];
}

/** A visit of catalog row `index`. */
export function visitOf(catalog: Catalog, index: number): Visit {
  return { kind: catalog.kindOf(index), name: catalog.nameOf(index), index };
}
