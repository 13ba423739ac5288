import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** turbo builds before testing; a bare `vitest run` after an edit rebuilds here. */
export default function setup(): void {
  const bundle = join(root, "dist/winerr.js");
  const catalog = join(root, "dist/catalog.json");
  const source = createRequire(import.meta.url).resolve("@winerr/core/data/catalog.json");
  const inputs = Math.max(newest(join(root, "src")), statSync(join(root, "build.mjs")).mtimeMs, statSync(source).mtimeMs, newest(join(dirname(source), "guidance")));
  const groups = join(root, "dist/catalog-groups.json");
  if (existsSync(bundle) && existsSync(catalog) && existsSync(groups) && Math.min(statSync(bundle).mtimeMs, statSync(catalog).mtimeMs, statSync(groups).mtimeMs) >= inputs) return;
  execFileSync(process.execPath, [join(root, "build.mjs")], { cwd: root, stdio: "inherit" });
}
