// Build time, run by withCodeCache (index.mjs) as `node code-cache.cjs`:
// runs the bundle in WINERR_CODE_CACHE_SOURCE as its loader will (same
// source text, file name and options) once per command line of
// WINERR_CODE_CACHE_RUNS (a JSON list of argument lists), one after the
// other, and at exit writes V8's code cache of it, with every function those
// runs compiled, to WINERR_CODE_CACHE_FILE + ".cache" (atomically).
// With WINERR_CODE_CACHE_VIA (a program whose run loads the bundle through
// its loader, as winerr.js loads winerr-show.js), that program is run with
// the first argument list instead, and the cache is of the bundle's script
// as its loader compiled it. With WINERR_CODE_CACHE_CALL, a program bundle
// (it runs nothing when loaded) is run through that export of it, each
// argument list as its arguments, awaited; the process ends after the last.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createRequire } = require("module");

const file = process.env.WINERR_CODE_CACHE_FILE;
const runs = JSON.parse(process.env.WINERR_CODE_CACHE_RUNS);
const via = process.env.WINERR_CODE_CACHE_VIA;
let script;
process.on("exit", () => {
  if (script === undefined) throw new Error(`code cache: ${file} was not loaded`);
  fs.writeFileSync(file + ".cache.tmp", script.createCachedData());
  fs.renameSync(file + ".cache.tmp", file + ".cache");
});
if (via !== undefined && via !== "") {
  // The loader compiles the bundle with `new vm.Script(source, { filename })`: keep that script.
  const Script = vm.Script;
  vm.Script = function (source, options) {
    const s = new Script(source, options);
    if (options?.filename === file) script = s;
    return s;
  };
  process.argv = [process.argv[0], via, ...(runs[0] ?? [])];
  require(via);
  return;
}
script = new vm.Script(fs.readFileSync(process.env.WINERR_CODE_CACHE_SOURCE, "utf8"), { filename: file });
const wrapper = script.runInThisContext();
// Each run once the one before has nothing left to do (its output written, its promises settled).
let next = 0;
const call = process.env.WINERR_CODE_CACHE_CALL;
const run = () => {
  const args = runs[next++];
  if (args === undefined) {
    // A program's screen or timers may keep the process alive: end it (the cache is written at exit).
    if (call) process.exit(0);
    return;
  }
  process.argv = [process.argv[0], file, ...args];
  const mod = { exports: {} };
  wrapper(mod.exports, createRequire(file), mod, file, path.dirname(file), (url) => import(url));
  if (call) {
    Promise.resolve(mod.exports[call](...args)).then(run, (err) => {
      process.stderr.write(String((err && err.stack) || err) + "\n");
      process.exit(2);
    });
  }
};
if (!call) process.on("beforeExit", run);
run();
