#!/usr/bin/env node
// A stand-in for the winerr CLI that speaks its stdin/NDJSON protocol with
// invented entries (STUB_*), so the module can be tested without the real CLI.
// WINERR_STUB_MODE picks a behaviour: good (default), bad-json, exit3,
// stderr-noise, echo, decode-only, buffered, slow-end. WINERR_STUB_LOG, if set, gets
// one line appended per process start (to count node starts).
// `decode --stdin` answers each chunk of stdin as it reads it, as the CLI
// does (the module reads the first batch's answers while stdin stays open);
// in buffered, bad-json and exit3 modes it reads all of stdin first, as a
// CLI that answers only at the end of its input would.
import { appendFileSync, readFileSync } from "node:fs";

const mode = process.env.WINERR_STUB_MODE || "good";
if (process.env.WINERR_STUB_LOG) appendFileSync(process.env.WINERR_STUB_LOG, `${process.pid} ${process.argv.slice(2).join(" ")}\n`);

const args = process.argv.slice(2);
const streaming = args[0] === "decode" && args.includes("--stdin") && args.includes("--ndjson") && !["buffered", "slow-end", "bad-json", "exit3"].includes(mode);
let lines = [];
if (!streaming) {
  let text = readFileSync(0, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
}

// Machine output is pure ASCII: escape everything else as \uXXXX.
const ascii = (obj) => JSON.stringify(obj).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const hex = (v) => "0x" + v.toString(16).toUpperCase().padStart(8, "0");
const signed = (v) => v | 0;
const entry = (name, kind, value, via) => ({ name, kind, value, hex: hex(value), message: `Stub message for ${name} (%1).`, header: "stub.h", via, reading: 0 });

// Invented catalog: STUB_WIN32_n and STUB_HRESULT_n for n in 1..40.
const catalog = [];
for (let n = 1; n <= 40; n++) {
  catalog.push(entry(`STUB_WIN32_${n}`, "win32", n, "exact"));
  catalog.push(entry(`STUB_HRESULT_${n}`, "hresult", (0x80070000 | n) >>> 0, "exact"));
}

function decode(input) {
  const base = { input, ok: false, value: null, hex: null, signed: null, readings: [], matches: [] };
  const s = input.trim();
  if (s === "") return { ...base, error: { code: "empty", message: "empty input" } };
  let value = null;
  if (/^-?\d+$/.test(s)) {
    const n = Number(s);
    if (n < -0x80000000 || n > 0xffffffff) return { ...base, error: { code: "out-of-range", message: `out of range: ${s}` } };
    value = n >>> 0;
  } else if (/^0x[0-9a-f]{1,8}$/i.test(s)) {
    value = parseInt(s.slice(2), 16) >>> 0;
  } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) {
    const hit = catalog.find((e) => e.name.toLowerCase() === s.toLowerCase());
    if (!hit) return { ...base, error: { code: "unknown-name", message: `unknown name: ${s}` } };
    return { ...base, ok: true, value: hit.value, hex: hit.hex, signed: signed(hit.value), matches: [{ ...hit, via: "name" }] };
  } else {
    return { ...base, error: { code: "not-a-number", message: `not a number or a name: ${s}` } };
  }
  const r = { ...base, ok: true, value, hex: hex(value), signed: signed(value) };
  // Best first: the exact entry, then the HRESULT_FROM_WIN32 wrapping of it.
  const code = value & 0xffff;
  if (((value & 0xffff0000) >>> 0) === 0x80070000 && code >= 1 && code <= 40) {
    r.matches = [entry(`STUB_HRESULT_${code}`, "hresult", value, "exact"), entry(`STUB_WIN32_${code}`, "win32", code, "HRESULT_FROM_WIN32")];
  } else if (value >= 1 && value <= 40) {
    r.matches = [entry(`STUB_WIN32_${value}`, "win32", value, "exact"), entry(`STUB_HRESULT_${value}`, "hresult", (0x80070000 | value) >>> 0, "HRESULT_FROM_WIN32")];
  }
  return r;
}

function search(query) {
  const kindAt = args.indexOf("--kind");
  const kind = kindAt >= 0 ? args[kindAt + 1] : null;
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 20;
  let test;
  if (/[*?]/.test(query)) {
    const re = new RegExp("^" + query.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$", "i");
    test = (e) => re.test(e.name) || re.test(e.message);
  } else {
    const q = query.toLowerCase();
    test = (e) => e.name.toLowerCase().includes(q) || e.message.toLowerCase().includes(q);
  }
  const entries = catalog.filter((e) => (!kind || e.kind === kind) && test(e)).slice(0, limit).map(({ via, reading, ...e }) => e);
  return { input: query, ok: true, entries };
}

// --flat, as the CLI (FlatRecord): the best match's fields at the top level
// (stub entries have no parts: no severity or facility, the value is the code).
function flat(r) {
  const head = { input: r.input, ok: r.ok, inputHex: r.hex };
  const m = r.matches[0];
  if (!m) return r.error ? { ...head, error: r.error } : head;
  return { ...head, name: m.name, kind: m.kind, value: m.value, hex: m.hex, signed: signed(m.value), severity: null, facility: null, facilityName: null, code: m.value, message: m.message, header: m.header, via: m.via };
}

// One decode answer line per input line (echo: what arrived, for the data tests).
let exitCode = 0;
function answer(l) {
  const shape = (r) => (args.includes("--flat") ? flat(r) : r);
  if (mode === "echo") {
    const r = decode("5");
    return ascii({ ...shape({ ...r, input: l }), argv: args, codepoints: Array.from(l, (c) => c.codePointAt(0)) });
  }
  const r = decode(l);
  if (!r.ok) exitCode = 2;
  else if (r.matches.length === 0 && exitCode === 0) exitCode = 1;
  // --best, as the CLI: the first match only.
  if (args.includes("--best")) r.matches = r.matches.slice(0, 1);
  return ascii(shape(r));
}

const out = [];
if (streaming) {
  if (mode === "stderr-noise") process.stderr.write("(node) Warning: stub noise on stderr\nsecond noise line\n");
  process.stdin.setEncoding("utf8");
  let partial = "";
  let first = true;
  process.stdin.on("data", (chunk) => {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    const parts = (partial + chunk).split("\n");
    partial = parts.pop();
    if (parts.length) process.stdout.write(parts.map((l) => answer(l.replace(/\r$/, ""))).join("\n") + "\n");
  });
  process.stdin.on("end", () => {
    if (partial !== "") process.stdout.write(answer(partial.replace(/\r$/, "")) + "\n");
    process.exitCode = exitCode;
  });
} else if (mode === "exit3") {
  process.stderr.write("winerr: internal error: stub failure\n");
  process.exitCode = 3;
} else if (mode === "bad-json") {
  for (const l of lines) out.push(`{"input": ${JSON.stringify(l)}, "ok": tru`);
} else if (mode === "echo") {
  for (const l of lines) out.push(answer(l));
} else if (args[0] === "search") {
  if (mode === "decode-only" || !args.includes("--stdin")) {
    process.stderr.write("winerr: unknown command 'search'\n");
    process.exitCode = 2;
  } else {
    for (const l of lines) out.push(ascii(search(l)));
  }
} else if (args[0] === "decode" && args.includes("--stdin") && args.includes("--ndjson") && mode === "slow-end") {
  // slow-end: at the end of the input, every answer but the last, then the
  // last 5 s later (a node still decoding the end of a batch).
  const all = lines.map(answer);
  process.stdout.write(all.slice(0, -1).join("\n") + "\n");
  setTimeout(() => {
    process.stdout.write(all[all.length - 1] + "\n");
    process.exitCode = exitCode;
  }, 5000);
} else if (args[0] === "decode" && args.includes("--stdin") && args.includes("--ndjson")) {
  // buffered: every answer at the end of the input.
  for (const l of lines) out.push(answer(l));
  process.exitCode = exitCode;
} else {
  process.stderr.write("winerr: usage: winerr decode --stdin --ndjson\n");
  process.exitCode = 2;
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
