// Development aid for writing group tables: bundles one group file (or the
// whole table) with esbuild and reports, against the committed catalog,
// what each rule selects, which entries no rule covers, and priority ties.
// Usage: node packages/core/scripts/groups-report.mjs FILE.ts [--kind K] [--header H] [--uncovered N]
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../../bundle/package.json"));
const esbuild = require("esbuild");
const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error("usage: groups-report.mjs FILE.ts [--kind K] [--header H] [--uncovered N]");
  process.exit(2);
}
const opt = (k) => { const i = args.indexOf(k); return i < 0 ? undefined : args[i + 1]; };
const dir = mkdtempSync(join(tmpdir(), "groups-"));
const out = join(dir, "g.mjs");
const entry = join(dir, "entry.ts");
writeFileSync(entry, `export * from ${JSON.stringify(resolve(file))};\nexport { ruleMatches as __ruleMatches } from ${JSON.stringify(join(here, "../src/groups/match.ts"))};\n`);
await esbuild.build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile: out, logLevel: "error" });
const mod = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true });
const rules = Object.entries(mod).filter(([k, v]) => Array.isArray(v) && k.endsWith("GROUPS")).flatMap(([, v]) => v);
const catalog = JSON.parse(readFileSync(join(here, "../data/catalog.json"), "utf8"));
const matches = (r, [name, kind, value, , header]) => mod.__ruleMatches(r, { name, kind, value, header });
const kindF = opt("--kind"), headerF = opt("--header");
const scope = catalog.entries.filter((e) => (!kindF || e[1] === kindF) && (!headerF || e[4] === headerF));
const count = new Map(rules.map((r) => [r.id, 0]));
const ids = new Set();
for (const r of rules) { if (ids.has(r.id)) console.log("DUPLICATE ID", r.id); ids.add(r.id); }
const uncovered = [];
let ties = 0;
for (const e of catalog.entries) {
  const m = rules.filter((r) => matches(r, e)).sort((a, b) => b.priority - a.priority);
  if (m.length === 0) { if (scope.includes(e)) uncovered.push(e); continue; }
  if (m.length > 1 && m[0].priority === m[1].priority) { ties++; if (ties <= 20) console.log("TIE", e[0], e[4], m.map((r) => r.id + "@" + r.priority).join(" ")); }
  count.set(m[0].id, count.get(m[0].id) + 1);
}
for (const r of rules) console.log(String(count.get(r.id)).padStart(6), r.id, r.count === 0 ? "" : "");
const zero = rules.filter((r) => count.get(r.id) === 0).map((r) => r.id);
console.log(`rules ${rules.length}, zero-match rules: ${zero.join(", ") || "none"}, ties ${ties}`);
console.log(`scope ${scope.length} entries, covered ${scope.length - uncovered.length} (${(100 * (scope.length - uncovered.length) / scope.length).toFixed(1)}%), uncovered ${uncovered.length}`);
const n = Number(opt("--uncovered") ?? 40);
for (const e of uncovered.slice(0, n)) console.log("  uncovered", e[1], e[4], e[0], "0x" + (e[2] >>> 0).toString(16).toUpperCase(), e[2]);
