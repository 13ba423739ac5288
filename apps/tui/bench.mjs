// Benchmarks of the built TUI in a real pseudo-terminal (util-linux `script`):
//  1. time to first frame of `winerr-tui <code>` against the CLI's cold
//     decode of the same code (apps/cli/dist/winerr.js, run to exit);
//  2. latency from a keystroke to the next frame over the full catalog, and
//     to the screen settling (the detail pane is drawn a frame later).
// Run after `pnpm --filter @winerr/tui build` (and the CLI's build).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// BENCH_MAIN: another build of the TUI to compare (same catalog beside it).
const main = process.env.BENCH_MAIN ?? join(here, "dist", "main.js");
const cli = join(here, "..", "cli", "dist", "winerr.js");
const { formatHex, wrap } = await import("@winerr/core");

// The issue's example, found in the catalog by the message it quotes.
const file = JSON.parse(readFileSync(require.resolve("@winerr/core/data/catalog.json"), "utf8"));
const row = file.entries.find((r) => r[1] === "win32" && (r[3] ?? "").includes("inbound SA"));
const name = row[0];
const code = formatHex(wrap("win32", row[2]).find((w) => w.via === "HRESULT_FROM_WIN32").value);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (x) => x.toFixed(1);

/** The TUI in a pty of 100x30; `ready` resolves when the output contains `until`, `page` when it holds the detail's page too. */
function startTui(args, until, pageMark = "Related (computed") {
  const t0 = process.hrtime.bigint();
  const p = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${process.execPath} ${main} --no-history ${args}`, "/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NO_COLOR: "1", TERM: "xterm-256color" },
  });
  p.stdin.on("error", () => {}); // a key after exit
  p.closed = new Promise((r) => p.on("close", r));
  let seen = "";
  let readyAt = null;
  const ready = new Promise((resolve) => {
    const on = (d) => {
      seen += d.toString("utf8");
      if (readyAt === null && seen.includes(until)) resolve((readyAt = ms(t0)));
      if (readyAt !== null && seen.includes(pageMark)) {
        p.stdout.off("data", on);
        pageResolve(ms(t0));
      }
    };
    p.stdout.on("data", on);
  });
  let pageResolve;
  const page = new Promise((r) => (pageResolve = r));
  return { p, ready, page };
}

async function stop(p) {
  // Ctrl+C as a user would press it (again, if it came before raw mode).
  const closed = p.closed;
  for (let i = 0; i < 20; i++) {
    p.stdin.write("\u0003");
    if (await Promise.race([closed.then(() => true), sleep(250).then(() => false)])) return;
  }
  p.kill();
  await closed;
}

function cliCold() {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, code], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("close", () => (out.includes(name) ? resolve(ms(t0)) : reject(new Error("CLI did not print " + name))));
  });
}

/** Bare `node -e 0` started the same way (script, stty) and run to exit: the floor for any Node program. */
function bareNode() {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve) => {
    const p = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${process.execPath} -e 0`, "/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
    p.stdout.resume();
    p.on("close", () => resolve(ms(t0)));
  });
}

const first = [];
const cold = [];
const bare = [];
const firstPage = [];
// Interleaved, so that the machine's load falls on each alike.
for (let i = 0; i < RUNS; i++) {
  bare.push(await bareNode());
  const { p, ready, page } = startTui(code, name);
  first.push(await ready);
  firstPage.push(await Promise.race([page, sleep(5000).then(() => NaN)]));
  await stop(p);
  if (existsSync(cli)) cold.push(await cliCold());
}

const report = [];
report.push(`catalog entries: ${file.entries.length}; query ${code} (${name}); node ${process.version}`);
report.push(`first frame (TUI, pty):   median ${fmt(pct(first, 50))} ms  p95 ${fmt(pct(first, 95))} ms  (${RUNS} runs)`);
report.push(`first frame with the entry's page (detail drawn): median ${fmt(pct(firstPage, 50))} ms  p95 ${fmt(pct(firstPage, 95))} ms`);
report.push(`bare node -e 0 (pty, exit): median ${fmt(pct(bare, 50))} ms  p95 ${fmt(pct(bare, 95))} ms`);
report.push(`first frame / bare node: ${(pct(first, 50) / pct(bare, 50)).toFixed(2)}x; with its page: ${(pct(firstPage, 50) / pct(bare, 50)).toFixed(2)}x (medians of the same run)`);
if (cold.length > 0) {
  report.push(`cold decode (CLI, exit):  median ${fmt(pct(cold, 50))} ms  p95 ${fmt(pct(cold, 95))} ms`);
  report.push(`first frame / cold decode: ${(pct(first, 50) / pct(cold, 50)).toFixed(2)}x`);
} else report.push("cold decode: apps/cli/dist/winerr.js not built; skipped");
if (process.env.BENCH_KEYS === "0") {
  console.log(report.join("\n"));
  process.exit(0);
}

// Keystrokes over the whole catalog: the query starts empty (every entry
// listed); type words and a code, move, page, delete. Each key is sent after
// the screen has been quiet for a while, and timed to the first byte of output.
// Typing starts once the first page is drawn and the idle warm-up has had
// its time (BENCH_SETTLE ms, 1000 by default: ~300 ms on a quiet machine).
const { p, ready, page: firstPageDrawn } = startTui("", "1/");
await ready;
await Promise.race([firstPageDrawn, sleep(10000)]);
await sleep(Number(process.env.BENCH_SETTLE ?? 1000));
let last = 0;
let waiting = null;
// What the TUI wrote since the last key (frames are written whole), to check a burst was applied.
let since = "";
p.stdout.on("data", (d) => {
  since += d.toString("utf8");
  last = performance.now();
  if (waiting) {
    waiting(ms(waiting.t0));
    waiting = null;
  }
});
// Also when the screen settles: the last output before 60 ms of quiet (the
// detail pane follows the list one macrotask later, App.tsx).
const settled = [];
const unapplied = [];
async function key(k, expect) {
  while (performance.now() - last < 60) await sleep(20);
  since = "";
  const t0 = process.hrtime.bigint();
  const start = performance.now();
  const got = new Promise((resolve) => {
    waiting = resolve;
    waiting.t0 = t0;
  });
  p.stdin.write(k);
  const first = await Promise.race([got, sleep(2000).then(() => NaN)]);
  if (!Number.isNaN(first)) {
    while (performance.now() - last < 60) await sleep(10);
    settled.push(last - start);
  }
  if (expect !== undefined && !expect(since)) unapplied.push(JSON.stringify(k).replace(/\u007f/g, "\\u007f"));
  return first;
}
// A burst is one write of several keys (as a terminal delivers keys typed
// faster than they are read); each is checked to have been applied.
const burst = (k, n, expect) => ({ k: k.repeat(n), expect, burst: true });
const plain = (s) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
const keys = [
  ..."inbound sa",
  ..."\u007f".repeat(10),
  ...code,
  "\u0015",
  burst("\u000e", 3, (out) => plain(out).includes(`4/${file.entries.length}`)),
  ..."access denied",
  burst("\u007f", 6, (out) => /› access\s+\d+\/\d+/.test(plain(out))),
  ...Array(10).fill("\u001b[B"),
  "\u0015",
  ...Array(10).fill("\u001b[6~"),
  ...Array(10).fill("\u001b[B"),
  burst("\u001b[B", 5),
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0015",
  ..."error",
].map((k) => (typeof k === "string" ? { k } : k));
const lat = [];
for (const { k, expect } of keys) lat.push(await key(k, expect));
if (process.env.BENCH_DEBUG) console.error(keys.map((k, i) => `${JSON.stringify(k.k)} ${lat[i]}`).join("\n"));
await stop(p);
const missed = lat.filter((x) => Number.isNaN(x)).length;
const ok = lat.filter((x) => !Number.isNaN(x));

console.log(report.join("\n"));
console.log(`keystroke -> next frame:  p50 ${fmt(pct(ok, 50))} ms  p95 ${fmt(pct(ok, 95))} ms  max ${fmt(Math.max(...ok))} ms  (${ok.length} keys${missed ? `, ${missed} without a frame` : ""})`);
console.log(`keystroke -> screen settled (detail drawn): p50 ${fmt(pct(settled, 50))} ms  p95 ${fmt(pct(settled, 95))} ms`);
console.log(`bursts (one write of several keys): ${keys.filter((x) => x.burst).length}; every key of each applied: ${unapplied.length === 0 ? "yes" : "NO: " + unapplied.join(", ")}`);
