import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

// Debian's libwine (amd64) puts its PE32+ DLLs here.
const CANDIDATES = [
  "/usr/lib/x86_64-linux-gnu/wine/x86_64-windows",
  "/usr/lib/wine/x86_64-windows",
  "/usr/lib/aarch64-linux-gnu/wine/x86_64-windows",
];

const first = (dirs: string[]): string | undefined => dirs.find((d) => existsSync(join(d, "kernelbase.dll")));

/** Wine's 64-bit PE folder ($WINE_PE_DIR overrides), or undefined: loud when absent, fatal under CI. */
export function wineDir(): string | undefined {
  const dir = first([process.env.WINE_PE_DIR ?? "", ...CANDIDATES].filter((d) => d !== ""));
  if (dir === undefined) {
    const why = "Wine's PE DLLs not found (apt-get install libwine, or set WINE_PE_DIR)";
    if (process.env.CI === "true") throw new Error(`${why}: required under CI`);
    console.warn(`\n*** SKIPPING Wine tests: ${why} ***\n`);
  }
  return dir;
}

export const dllsIn = (dir: string): string[] => readdirSync(dir).filter((f) => /\.(dll|exe|acm|drv|ocx|sys|cpl)$/i.test(f)).sort();
