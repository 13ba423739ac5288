// Reads the message tables of Wine's largest DLL that has any, and of its
// largest DLL overall: time (best and median of runs) and memory (peak RSS
// growth, heap and array buffers after). Run: pnpm --filter @winerr/msgtable bench
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readMessageTables } from "../dist/index.js";

const dir = process.env.WINE_PE_DIR ?? "/usr/lib/x86_64-linux-gnu/wine/x86_64-windows";
const dlls = readdirSync(dir).filter((f) => f.endsWith(".dll")).map((f) => ({ f, size: statSync(join(dir, f)).size })).sort((a, b) => b.size - a.size);
const withTables = dlls.find(({ f }) => readMessageTables(readFileSync(join(dir, f))).length > 0);
for (const { f, size } of [withTables, dlls[0]]) {
  const bytes = readFileSync(join(dir, f));
  globalThis.gc?.();
  const before = process.memoryUsage();
  const times = [];
  let tables = [];
  for (let i = 0; i < 20; i++) {
    const t0 = process.hrtime.bigint();
    tables = readMessageTables(bytes);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const after = process.memoryUsage();
  times.sort((a, b) => a - b);
  const entries = tables.reduce((n, t) => n + t.entries.length, 0);
  const mb = (n) => (n / 1048576).toFixed(1);
  console.log(`${f}: ${mb(size)} MB, ${tables.length} tables, ${entries} entries; best ${times[0].toFixed(1)} ms, median ${times[10].toFixed(1)} ms; rss +${mb(after.rss - before.rss)} MB, heap ${mb(after.heapUsed)} MB`);
}
