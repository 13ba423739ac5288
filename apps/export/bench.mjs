// Full export, all formats: wall time of the executable (median of runs)
// and of each phase in process, plus file sizes. `pnpm --filter @winerr/export bench`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { parseCatalogFile } from "@winerr/core/catalog-file";
import { buildDocument, defaultCatalogPath, render } from "./dist/index.js";
import { ExportDocument } from "@winerr/core/export-schema";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const main = new URL("./dist/main.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "winerr-export-bench-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

try {
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [main, "--out", dir, "--format", "all"]);
    wall.push(performance.now() - t);
  }

  const phases = { load: [], build: [], validate: [], json: [], ndjson: [], csv: [], schema: [] };
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const file = parseCatalogFile(JSON.parse(readFileSync(defaultCatalogPath(), "utf8")));
    phases.load.push(performance.now() - t);
    t = performance.now();
    const doc = buildDocument(file);
    phases.build.push(performance.now() - t);
    t = performance.now();
    ExportDocument.parse(doc);
    phases.validate.push(performance.now() - t);
    for (const f of ["json", "ndjson", "csv", "schema"]) {
      t = performance.now();
      let n = 0;
      for (const c of render(f, doc)) n += c.length;
      phases[f].push(performance.now() - t);
    }
  }

  console.log(`node ${process.version}, ${RUNS} runs, median`);
  console.log(`winerr-export --out DIR --format all (whole process): ${ms(median(wall))}`);
  console.log(`in process: ` + Object.entries(phases).map(([k, v]) => `${k} ${ms(median(v))}`).join(", "));
  console.log("\n| file | bytes | gzip -9 bytes |\n|---|---:|---:|");
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    console.log(`| ${name} | ${statSync(join(dir, name)).size} | ${gzipSync(bytes, { level: 9 }).length} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
