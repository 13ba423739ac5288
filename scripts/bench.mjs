// WinErr benchmark (`pnpm bench`, after the build): cold start of the CLI
// against bare node, in-process decode throughput of core, and the CLI's
// --stdin throughput. Prints a Markdown table and writes it to docs/bench.md.
// Timings are only compared within one run (ratios); tests never assert them.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "apps/cli/dist/winerr.js");
const catalogPath = join(root, "packages/core/data/catalog.json");
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const ms = (ns) => Number(ns) / 1e6;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};
const fmt = (x, digits = 1) => x.toFixed(digits);

// A cold run's wall and CPU time (user + system) in ms, as bash's `time`
// reports them for the node process alone (getrusage of the child); stdout
// is a pipe to us, as for a script that reads the answer.
function timeCold(args, input) {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(" ");
  const r = spawnSync("bash", ["-c", `TIMEFORMAT='%3R %3U %3S'; { time ${quoted} 2>/dev/null ; } 2>&1`], { input, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"], encoding: "utf8", maxBuffer: 1 << 30 });
  const last = r.stdout.trimEnd().split("\n").pop() ?? "";
  const [wall, user, sys] = last.split(" ").map(Number);
  if ((r.status !== 0 && r.status !== 1) || !(wall >= 0 && user >= 0 && sys >= 0)) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { wall: wall * 1000, cpu: (user + sys) * 1000 };
}

// (a) Cold start, interleaved (rotating which goes first) so machine load hits all alike.
const COLD = {
  node: ["-e", "0"],
  cli: [cli, "decode", "0x80070005", "--json"],
  show: [cli, "show", "13857", "--json"],
  info: [cli, "info", "--json"],
  search: [cli, "search", "access", "denied"],
};
const cold = Object.fromEntries(Object.keys(COLD).map((k) => [k, []]));
const coldCpu = Object.fromEntries(Object.keys(COLD).map((k) => [k, []]));
const loadBefore = os.loadavg();
timeCold(["-e", "0"]);
for (const k of Object.keys(COLD)) timeCold(COLD[k]); // warm the file cache once; not counted
for (let i = 0; i < RUNS; i++) {
  const keys = Object.keys(COLD);
  const order = keys.map((_, j) => keys[(i + j) % keys.length]);
  for (const which of order) {
    const t = timeCold(COLD[which]);
    cold[which].push(t.wall);
    coldCpu[which].push(t.cpu);
  }
}
const loadAfterCold = os.loadavg();
const median = Object.fromEntries(Object.keys(COLD).map((k) => [k, quantile(cold[k], 0.5)]));
const medianCpu = Object.fromEntries(Object.keys(COLD).map((k) => [k, quantile(coldCpu[k], 0.5)]));

// Real inputs from the committed catalog: hex, decimal, negative int32, HRESULT_FROM_WIN32, names.
const file = JSON.parse(readFileSync(catalogPath, "utf8"));
// Every 7th entry from `start`; the bench's inputs start at 0.
function inputsFrom(start) {
  const out = [];
  file.entries.forEach(([name, kind, value], i) => {
    if (i % 7 !== start) return;
    const hex = "0x" + value.toString(16).toUpperCase().padStart(8, "0");
    out.push(hex, String(value), String(value | 0), name);
    if (kind === "win32" && value < 0x10000) out.push("0x" + ((0x80070000 | value) >>> 0).toString(16));
  });
  return out;
}
const inputs = inputsFrom(0);

// (b) In-process throughput of core's decode (the built dist), about one second.
const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
const catalog = core.loadCatalog(file);
for (let i = 0; i < 2000; i++) core.decode(catalog, inputs[i % inputs.length]); // warm up, build indexes
// Three rounds of about one second; the median round counts. CPU time is
// this process's (user + system), which load from other processes disturbs less.
const rounds = [0, 1, 2].map(() => {
  let decodes = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (let k = 0; k < 200; k++) core.decode(catalog, inputs[decodes++ % inputs.length]);
    elapsed = ms(process.hrtime.bigint() - t0);
  }
  const c = process.cpuUsage(c0);
  return { decodes, elapsed, perSecond: (decodes / elapsed) * 1000, perCpuSecond: decodes / ((c.user + c.system) / 1e6) };
});
const { decodes, elapsed, perSecond, perCpuSecond } = [...rounds].sort((a, b) => a.perSecond - b.perSecond)[1];

// (b2) Inputs decoded for the first time: each distinct input once, on a
// catalog loaded afresh for each pass, (b2a) with one decode first, so the
// pass includes everything a catalog builds as lookups touch it (rows, name
// and value indexes): the rate a long run starts at; (b2b) after other
// inputs (every 7th entry from the 4th) built those, so only answers that
// the rounds above find kept are missing. Neither times the catalog's load.
const distinctInputs = [...new Set(inputs)];
const otherInputs = [...new Set(inputsFrom(3))];
function firstPass(warm) {
  const passes = [];
  for (let pass = 0; pass < 15; pass++) {
    const c = core.loadCatalog(file);
    for (const input of warm) core.decode(c, input);
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const input of distinctInputs) core.decode(c, input);
    const wall = ms(process.hrtime.bigint() - t0);
    const cu = process.cpuUsage(c0);
    passes.push({ perSecond: (distinctInputs.length / wall) * 1000, perCpuSecond: distinctInputs.length / ((cu.user + cu.system) / 1e6) });
  }
  return { rate: quantile(passes.map((f) => f.perSecond), 0.5), cpuRate: quantile(passes.map((f) => f.perCpuSecond), 0.5) };
}
const fresh = firstPass(["0x80070005"]);
const unseen = firstPass(otherInputs);

// (c) The CLI end to end on one --stdin batch (the PowerShell module's path).
const batch = Array.from({ length: 20000 }, (_, i) => inputs[i % inputs.length]).join("\n");
const stdinRuns = [0, 1, 2].map(() => timeCold([cli, "decode", "--stdin", "--ndjson"], batch));
const stdinMs = quantile(stdinRuns.map((t) => t.wall), 0.5);
const stdinCpu = quantile(stdinRuns.map((t) => t.cpu), 0.5);

// (e) `search --stdin --ndjson` (Find-WinError's path): queries people type,
// from the catalog: two message words in a row, a name's words, a name, and
// a word cut short as while typing; default --limit (20).
const queries = [];
file.entries.forEach(([name, , , message], i) => {
  if (i % 3 !== 0) return;
  const words = (message ?? "").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  if (words.length >= 2) queries.push(`${words[i % (words.length - 1)]} ${words[(i % (words.length - 1)) + 1]}`);
  const parts = name.toLowerCase().split("_").filter((w) => w.length > 0);
  queries.push(i % 2 === 0 ? parts.slice(-2).join(" ") : name, (parts[parts.length - 1] ?? "").slice(0, 4));
});
const searchBatch = queries.slice(0, 10000).join("\n");
const searchCount = Math.min(queries.length, 10000);
// The same kind of queries, none twice (a third of the batch above repeats
// one before it, mostly the four-letter prefixes): search keeps recent
// answers, and this is the rate for queries it has not seen.
const distinctQueries = [...new Set(queries)].slice(0, 10000);
const distinctBatch = distinctQueries.join("\n");
const searchRuns = [];
const distinctRuns = [];
for (let i = 0; i < 3; i++) {
  searchRuns.push(timeCold([cli, "search", "--stdin", "--ndjson"], searchBatch));
  distinctRuns.push(timeCold([cli, "search", "--stdin", "--ndjson"], distinctBatch));
}
const searchMs = quantile(searchRuns.map((t) => t.wall), 0.5);
const searchCpu = quantile(searchRuns.map((t) => t.cpu), 0.5);
const distinctMs = quantile(distinctRuns.map((t) => t.wall), 0.5);
const distinctCpu = quantile(distinctRuns.map((t) => t.cpu), 0.5);

const ratio = (k) => `**${fmt(median[k] / median.node, 2)}x** wall, **${fmt(medianCpu[k] / medianCpu.node, 2)}x** CPU`;
const GOAL = { cli: "goal <= 1.2x", search: "goal <= 1.5x", show: "goal <= 1.5x", info: "goal <= 1.5x" };
const NOTE = {
  cli: "",
  search: "; the search index is built at build time (dist/search-index.json)",
  show: "; groups precomputed at build (dist/catalog-groups.json)",
  info: "; groups precomputed at build (dist/catalog-groups.json)",
};
const rows = [
  ["Measure", "Result", "Detail"],
  ["---", "---", "---"],
  [
    "`node -e 0`",
    `${fmt(median.node)} ms wall, ${fmt(medianCpu.node)} ms CPU`,
    `wall p10 ${fmt(quantile(cold.node, 0.1))} / p90 ${fmt(quantile(cold.node, 0.9))} ms; CPU is user + system time of the process; ${RUNS} interleaved runs of each command`,
  ],
  ...["cli", "search", "show", "info"].map((k) => [
    `\`node apps/cli/dist/winerr.js ${COLD[k].slice(1).join(" ")}\``,
    `${fmt(median[k])} ms wall, ${fmt(medianCpu[k])} ms CPU (${ratio(k)} node)`,
    `medians; ${GOAL[k]} for both; wall p10 ${fmt(quantile(cold[k], 0.1))} / p90 ${fmt(quantile(cold[k], 0.9))} ms, CPU p10 ${fmt(quantile(coldCpu[k], 0.1))} / p90 ${fmt(quantile(coldCpu[k], 0.9))} ms${NOTE[k]}`,
  ]),
  [
    "In-process `decode` (core dist, loadCatalog), inputs repeating",
    `${Math.round(perSecond).toLocaleString("en-US")} decodes/s`,
    `goal >= 1,000,000; median of 3 rounds: ${decodes} decodes cycling over ${inputs.length} catalog-derived inputs in ${fmt(elapsed, 0)} ms; ${Math.round(perCpuSecond).toLocaleString("en-US")} per CPU second`,
  ],
  [
    "In-process `decode`, first pass on a fresh catalog",
    `${Math.round(fresh.rate).toLocaleString("en-US")} decodes/s`,
    `each of the ${distinctInputs.length} distinct inputs once, on a catalog loaded afresh, so including what the catalog builds as lookups touch it (rows, indexes); median of 15 passes; ${Math.round(fresh.cpuRate).toLocaleString("en-US")} per CPU second`,
  ],
  [
    "In-process `decode`, inputs not seen before",
    `${Math.round(unseen.rate).toLocaleString("en-US")} decodes/s`,
    `the same pass after ${otherInputs.length} other inputs built the catalog's indexes: nothing kept from an earlier answer; median of 15 passes; ${Math.round(unseen.cpuRate).toLocaleString("en-US")} per CPU second`,
  ],
  [
    "CLI `decode --stdin --ndjson`, 20,000 lines",
    `${Math.round((20000 / stdinMs) * 1000).toLocaleString("en-US")} lines/s`,
    `median of 3: ${fmt(stdinMs, 0)} ms wall including start-up; ${Math.round((20000 / stdinCpu) * 1000).toLocaleString("en-US")} per CPU second (${fmt(stdinCpu, 0)} ms)`,
  ],
];
rows.push([
  `CLI \`search --stdin --ndjson\`, ${searchCount.toLocaleString("en-US")} queries`,
  `${Math.round((searchCount / searchMs) * 1000).toLocaleString("en-US")} queries/s`,
  `goal >= 5,000; median of 3: ${fmt(searchMs, 0)} ms wall including start-up; ${Math.round((searchCount / searchCpu) * 1000).toLocaleString("en-US")} per CPU second (${fmt(searchCpu, 0)} ms); catalog-derived queries, 20 hits each`,
]);
rows.push([
  `CLI \`search --stdin --ndjson\`, ${distinctQueries.length.toLocaleString("en-US")} distinct queries`,
  `${Math.round((distinctQueries.length / distinctMs) * 1000).toLocaleString("en-US")} queries/s`,
  `goal >= 5,000; the same kind of queries, none twice (nothing to reuse); median of 3, run alternately with the row above: ${fmt(distinctMs, 0)} ms wall including start-up; ${Math.round((distinctQueries.length / distinctCpu) * 1000).toLocaleString("en-US")} per CPU second (${fmt(distinctCpu, 0)} ms)`,
]);
rows.push(...scanBench());
const table = rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const loads = (l) => l.map((x) => x.toFixed(2)).join(", ");
const load = `${loads(loadBefore)} before the cold runs, ${loads(loadAfterCold)} after them, ${loads(os.loadavg())} at the end`;
// Other processes' load inflates CPU time too (shared caches and cores): say so instead of claiming.
const busy = Math.max(loadBefore[0], loadAfterCold[0]) > 2 * os.cpus().length;
const warning = busy
  ? `\n**The machine was busy** (a 1-minute load average above twice the ${os.cpus().length} CPUs during the cold runs): these timings and ratios are not a fair measure; run the bench again on a quiet machine.\n`
  : "";
const doc = `# Benchmark

Written by \`scripts/bench.mjs\` (\`pnpm bench\`). Ratios compare runs made
in the same session, interleaved; absolute times depend on the machine.

${table}

The CLI's cold start: decode, search, show and info skip commander (fast
paths in src/args.ts and src/fast-args.ts); off Windows they write stdout and
stderr with fs.writeSync, so node never builds process.stdout and its stream
modules; dist/catalog.json is a packed form read in place, a page (8 KB) at
a time as lookups touch it (packages/core/src/packed.ts), instead of
JSON.parse of the whole catalog, which alone cost about as much as starting
node, and it links the rows that share a message (a page's same-message
list reads no message); dist/search-index.json is read in place too (a JSON
head, then fixed-width numbers decoded where a query touches them:
packages/core/src/search-index.ts); winerr.js is a CommonJS bundle (an empty
.mjs starts ~7 ms slower than an empty .cjs here: node's ESM loader), and it
and winerr-show.js are compiled from V8's code cache that the build writes
beside them, made by the commands they serve (dist/*.cache; the release
packages leave the caches out, see apps/cli/README.md). Ratios are medians
of the interleaved runs; wall time suffers from other processes' load far
more than CPU time does, so both are given, with the load averages below.

The PowerShell module has its own benchmark (apps/cli/powershell/bench.ps1,
\`pnpm --filter @winerr/powershell run bench\`); its results are in
apps/cli/powershell/README.md (Benchmark).

${warning}
Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "unknown"}), load average ${load}; catalog of ${file.entries.length} entries.
`;

process.stdout.write(table + "\n");
const target = join(root, "docs/bench.md");
mkdirSync(dirname(target), { recursive: true });
// The notes on earlier runs, written by hand under EARLIER, are kept below the new table.
const EARLIER = "## Earlier runs";
let earlier = "";
try {
  const old = readFileSync(target, "utf8");
  const at = old.indexOf("\n" + EARLIER + "\n");
  if (at >= 0) earlier = "\n" + old.slice(at + 1);
} catch {}
writeFileSync(target + ".tmp", doc + earlier);
renameSync(target + ".tmp", target);

// (d) `winerr scan` on generated 100 MB logs (dense: every other line has a
// code; sparse: one line in 1,000), output to /dev/null; MB/s of input.
function scanBench() {
  const dir = mkdtempSync(join(os.tmpdir(), "winerr-bench-scan-"));
  const codes = file.entries.filter((_, i) => i % 97 === 0);
  const write = (path, every) => {
    const fd = openSync(path, "w");
    let size = 0;
    for (let i = 0; size < 100 * 1024 * 1024; ) {
      const block = [];
      for (let k = 0; k < 10000; k++, i++) {
        const [name, , value] = codes[i % codes.length];
        const ts = `2026-11-28 10:${String(i % 60).padStart(2, "0")}:${String(i % 59).padStart(2, "0")}`;
        const forms = [`ERROR Install failed: error ${value & 0xffff}`, `ERROR call returned 0x${value.toString(16).toUpperCase()}`, `FATAL process exited with exit code ${value | 0}`, `ERROR GetLastError=${name} opening key`];
        block.push(i % every === 0 ? `${ts} ${forms[(i / every) % forms.length | 0]}` : `${ts} INFO request ${i} served in ${i % 97} ms from node ${i % 13}`);
      }
      const text = block.join("\n") + "\n";
      writeSync(fd, text);
      size += Buffer.byteLength(text);
    }
    closeSync(fd);
    return size;
  };
  const rows = [];
  try {
    for (const [label, every] of [["dense", 2], ["sparse", 1000]]) {
      const log = join(dir, `${label}.log`);
      const size = write(log, every);
      for (const [view, flags] of [["--ndjson --no-readings", ["--ndjson", "--no-readings"]], ["text", []]]) {
        const t = quantile([0, 1, 2].map(() => timeScan([cli, "scan", log, ...flags])), 0.5);
        rows.push([`CLI \`scan\` ${label} 100 MB log, ${view}`, `${fmt(size / 1e6 / (t / 1000), 0)} MB/s`, `median of 3: ${fmt(t, 0)} ms, output to /dev/null`]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function timeScan(args) {
  const devnull = openSync("/dev/null", "w");
  try {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", devnull, "pipe"] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    return ms(process.hrtime.bigint() - t);
  } finally {
    closeSync(devnull);
  }
}
