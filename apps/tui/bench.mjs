// Benchmarks of the built TUI in a real pseudo-terminal (util-linux `script`):
//  1. time to first frame of `winerr-tui <code>` against the CLI's cold
//     decode of the same code (apps/cli/dist/winerr.js, run to exit);
//     and of `winerr tui <code>` (the CLI), each against a bare `node -e 0`
//     started the same way, interleaved in one run;
//  2. latency from a keystroke to the frame holding its result, over the
//     full catalog, with bursts (several keys in one write) checked applied.
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

/**
 * The TUI in a pty of 100x30; `ready` resolves when the output contains
 * `until` (the first frame: painted as plain text before Ink loads, paint.ts),
 * `ink` when Ink has drawn a frame too (Ink writes each inside a synchronized
 * update; from then on keys are answered), `page` when it holds the detail's page.
 */
function startTui(args, until, pageMark = "Related (computed", program = main) {
  const t0 = process.hrtime.bigint();
  const p = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${process.execPath} ${program} --no-history ${args}`, "/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NO_COLOR: "1", TERM: "xterm-256color" },
  });
  p.stdin.on("error", () => {}); // a key after exit
  p.closed = new Promise((r) => p.on("close", r));
  let seen = "";
  let readyAt = null;
  let inkAt = null;
  let inkResolve;
  const ink = new Promise((r) => (inkResolve = r));
  const ready = new Promise((resolve) => {
    const on = (d) => {
      seen += d.toString("utf8");
      if (readyAt === null && seen.includes(until)) resolve((readyAt = ms(t0)));
      if (readyAt !== null && inkAt === null && seen.includes("\u001b[?2026l")) {
        inkAt = ms(t0);
        p.inkCpu = mainThreadCpu(childOf(p.pid));
        inkResolve(inkAt);
      }
      if (inkAt !== null && seen.includes(pageMark)) {
        p.stdout.off("data", on);
        pageResolve(ms(t0));
      }
    };
    p.stdout.on("data", on);
  });
  let pageResolve;
  const page = new Promise((r) => (pageResolve = r));
  return { p, ready, ink, page };
}

/** The process script runs (the shell that runs stty and execs node), or null. */
function childOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

/** ms process `pid`'s main thread has run (/proc/PID/schedstat), or NaN off Linux. */
function mainThreadCpu(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return NaN;
  }
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
const viaCli = [];
const cold = [];
const bare = [];
const firstPage = [];
const firstInk = [];
const firstInkCpu = [];
// Interleaved, so that the machine's load falls on each alike.
for (let i = 0; i < RUNS; i++) {
  bare.push(await bareNode());
  const { p, ready, ink, page } = startTui(code, name);
  first.push(await ready);
  firstInk.push(await Promise.race([ink, sleep(5000).then(() => NaN)]));
  firstInkCpu.push(p.inkCpu ?? NaN);
  firstPage.push(await Promise.race([page, sleep(5000).then(() => NaN)]));
  await stop(p);
  if (existsSync(cli)) {
    cold.push(await cliCold());
    // The same through the CLI (`winerr tui`: winerr.js, then its winerr-tui.js bundle).
    const viaWinerr = startTui(code, name, undefined, `${cli} tui`);
    viaCli.push(await viaWinerr.ready);
    await stop(viaWinerr.p);
  }
}

const report = [];
report.push(`catalog entries: ${file.entries.length}; query ${code} (${name}); node ${process.version}`);
report.push(`first frame (TUI, pty):   median ${fmt(pct(first, 50))} ms  p95 ${fmt(pct(first, 95))} ms  (${RUNS} runs)`);
report.push(`first frame drawn by Ink (keys answered): median ${fmt(pct(firstInk, 50))} ms  p95 ${fmt(pct(firstInk, 95))} ms; CPU of the TUI's main thread by then: median ${fmt(pct(firstInkCpu, 50))} ms`);
report.push(`first frame with the entry's page (detail drawn): median ${fmt(pct(firstPage, 50))} ms  p95 ${fmt(pct(firstPage, 95))} ms`);
report.push(`bare node -e 0 (pty, exit): median ${fmt(pct(bare, 50))} ms  p95 ${fmt(pct(bare, 95))} ms`);
report.push(`first frame / bare node: ${(pct(first, 50) / pct(bare, 50)).toFixed(2)}x; Ink's: ${(pct(firstInk, 50) / pct(bare, 50)).toFixed(2)}x; with its page: ${(pct(firstPage, 50) / pct(bare, 50)).toFixed(2)}x (medians of the same run)`);
if (cold.length > 0) {
  report.push(`cold decode (CLI, exit):  median ${fmt(pct(cold, 50))} ms  p95 ${fmt(pct(cold, 95))} ms`);
  report.push(`first frame / cold decode: ${(pct(first, 50) / pct(cold, 50)).toFixed(2)}x`);
  report.push(`first frame of \`winerr tui\` (CLI, pty): median ${fmt(pct(viaCli, 50))} ms  p95 ${fmt(pct(viaCli, 95))} ms; / bare node: ${(pct(viaCli, 50) / pct(bare, 50)).toFixed(2)}x`);
} else report.push("cold decode: apps/cli/dist/winerr.js not built; skipped");
if (process.env.BENCH_KEYS === "0") {
  console.log(report.join("\n"));
  process.exit(0);
}

// Keystrokes over the whole catalog: the query starts empty (every entry
// listed); type words and a code letter by letter, move, page, delete, and
// bursts (several keys in one write). Each key is sent after the screen has
// been quiet for a while. Ink writes each frame whole, inside a synchronized
// update (`CSI ? 2026 h` ... `CSI ? 2026 l`), so the output splits into
// frames, each timed when its last byte arrives. For each key:
//  - "result": the first frame whose query line and list (the rows above the
//    detail's rule) are those of the frame the screen settles on: the key's
//    effect on the query, the count and the list is on screen;
//  - "settled": the first frame equal to the one the screen settles on (the
//    detail pane of the new selection drawn too);
//  - "first frame": the first frame written after the key, whatever it holds.
// Settled means QUIET ms without output (BENCH_QUIET, 250 by default: longer
// than any search, so that a slow one is not taken for the end). Typing
// starts once the first page is drawn and the idle warm-up has had its time
// (BENCH_SETTLE ms, 1000 by default: ~300 ms on a quiet machine).
// On Linux, each key's result is also measured as the CPU time the TUI's
// main thread ran from the key to its result frame (/proc/PID/schedstat, in
// ns): on a shared machine, wall time includes waiting for a core, CPU time
// is what the key cost.
const { p, ready, page: firstPageDrawn } = startTui("", "1/");
await ready;
await Promise.race([firstPageDrawn, sleep(10000)]);
await sleep(Number(process.env.BENCH_SETTLE ?? 1000));
const QUIET = Number(process.env.BENCH_QUIET ?? 250);
/** The TUI's node process: script's child (the shell that runs stty and execs node). */
const nodePid = childOf(p.pid);
/** ms the TUI's main thread has run, or NaN off Linux. */
const cpuMs = () => mainThreadCpu(nodePid);
let last = 0;
let pending = "";
/** Frames written since the last key: their text without escapes, and when each was complete. */
let frames = [];
const FRAME_END = "\u001b[?2026l";
const plain = (s) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
p.stdout.on("data", (d) => {
  const at = performance.now();
  last = at;
  pending += d.toString("utf8");
  let end;
  const cpu = cpuMs();
  while ((end = pending.indexOf(FRAME_END)) >= 0) {
    frames.push({ text: plain(pending.slice(0, end)), at, cpu });
    pending = pending.slice(end + FRAME_END.length);
  }
});
/** The query line and the list: the rows above the detail's rule (or the whole frame without one). */
const top = (text) => {
  const rows = text.split("\r\n");
  const rule = rows.findIndex((r) => /^[─-]{10}/.test(r));
  return (rule < 0 ? rows : rows.slice(0, rule)).join("\n");
};
const firstFrame = [];
const result = [];
const settled = [];
const resultCpu = [];
const unapplied = [];
const slowest = [];
let silent = 0;
async function key(k, expect) {
  while (performance.now() - last < QUIET) await sleep(10);
  frames = [];
  const start = performance.now();
  const cpu0 = cpuMs();
  p.stdin.write(k);
  while (frames.length === 0 || performance.now() - last < QUIET) {
    if (performance.now() - start > 3000) break;
    await sleep(5);
  }
  if (frames.length === 0) {
    silent++;
    return;
  }
  const end = frames[frames.length - 1];
  const r = frames.find((f) => top(f.text) === top(end.text));
  const s = frames.find((f) => f.text === end.text);
  firstFrame.push(frames[0].at - start);
  result.push(r.at - start);
  settled.push(s.at - start);
  resultCpu.push(r.cpu - cpu0);
  slowest.push({ k, ms: r.at - start, cpu: r.cpu - cpu0 });
  if (process.env.BENCH_DEBUG && expect !== undefined && !expect(end.text)) console.error(JSON.stringify(end.text.split("\r\n").slice(0, 2)));
  if (expect !== undefined && !expect(end.text)) unapplied.push(JSON.stringify(k).replace(/\u007f/g, "\\u007f"));
}
// A burst is one write of several keys (as a terminal delivers keys typed
// faster than they are read); each is checked to have been applied.
const burst = (k, n, expect) => ({ k: k.repeat(n), expect, burst: true });
// The query line shows `q` (then the filter, if any, and the count).
const queryIs = (q) => (text) => (text.split("\r\n")[0] ?? "").replace(/\s+(\[[^\]]*\]\s+)?\d+(\/\d+)?$/, "") === `› ${q}`;
const keys = [
  ..."inbound sa",
  ..."\u007f".repeat(10),
  ...code,
  "\u0015",
  burst("\u000e", 3, (out) => out.includes(`4/${file.entries.length}`)),
  ..."access denied",
  burst("\u007f", 6, queryIs("access")),
  ...Array(10).fill("\u001b[B"),
  "\u0015",
  ...Array(10).fill("\u001b[6~"),
  ...Array(10).fill("\u000e"),
  burst("\u001b[B", 5),
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0014",
  "\u0015",
  ..."error",
  "\u0015",
  // Single letters over the whole catalog (the largest result lists), each cleared again.
  ...[..."aeitnos"].flatMap((c) => [c, "\u0015"]),
  { k: "denied", expect: queryIs("denied"), burst: true },
  "\u0017",
].map((k) => (typeof k === "string" ? { k } : k));
for (const { k, expect } of keys) await key(k, expect);
await stop(p);
if (process.env.BENCH_DEBUG) console.error(slowest.sort((a, b) => b.cpu - a.cpu).slice(0, 15).map((x) => `${JSON.stringify(x.k)} ${fmt(x.ms)} ms, CPU ${fmt(x.cpu)} ms`).join("\n"));

console.log(report.join("\n"));
const line = (label, xs) => `${label}: p50 ${fmt(pct(xs, 50))} ms  p95 ${fmt(pct(xs, 95))} ms  max ${fmt(Math.max(...xs))} ms`;
console.log(line(`keystroke -> result frame (query, count, list)`, result) + `  (${result.length} keys${silent ? `, ${silent} without a frame` : ""})`);
console.log(line("keystroke -> settled frame (detail drawn too)", settled));
console.log(line("keystroke -> first frame written", firstFrame));
if (!Number.isNaN(resultCpu[0])) console.log(line("CPU time of the TUI's main thread, keystroke -> result frame", resultCpu));
console.log(`bursts (one write of several keys): ${keys.filter((x) => x.burst).length}; every key of each applied: ${unapplied.length === 0 ? "yes" : "NO: " + unapplied.join(", ")}`);
