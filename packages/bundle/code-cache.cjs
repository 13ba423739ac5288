// Build time, run by withCodeCache (index.mjs) as `node code-cache.cjs ARGS...`:
// runs the bundle in WINERR_CODE_CACHE_SOURCE as its loader will (same
// source text, file name and options) with ARGS as its command line, and
// at exit writes V8's code cache of it, with every function that run
// compiled, to WINERR_CODE_CACHE_FILE + ".cache" (atomically).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createRequire } = require("module");

const file = process.env.WINERR_CODE_CACHE_FILE;
const source = fs.readFileSync(process.env.WINERR_CODE_CACHE_SOURCE, "utf8");
const script = new vm.Script(source, { filename: file });
process.on("exit", () => {
  fs.writeFileSync(file + ".cache.tmp", script.createCachedData());
  fs.renameSync(file + ".cache.tmp", file + ".cache");
});
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file), (url) => import(url));
// WINERR_CODE_CACHE_CALL: a program bundle (it runs nothing when loaded) is
// run through that export of it, ARGS as its arguments; the cache is written
// once the promise it returns settles.
const call = process.env.WINERR_CODE_CACHE_CALL;
if (call) {
  Promise.resolve(mod.exports[call](...process.argv.slice(2))).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(String((err && err.stack) || err) + "\n");
      process.exit(2);
    },
  );
}
