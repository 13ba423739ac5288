#!/usr/bin/env node
// __BIN__: the start-up check of the winerr npm package, then the bundle.
// ES5 on purpose, and CommonJS: it must parse and run on any Node.js, so that
// an old one says in one line which version it needs instead of failing on
// the bundle's syntax. Written by tooling/release/pack.mjs.
'use strict';
var need = [__MAJOR__, __MINOR__];
var have = String(process.versions.node).split('.');
var major = parseInt(have[0], 10);
var minor = parseInt(have[1], 10);
if (major < need[0] || (major === need[0] && minor < need[1])) {
  process.stderr.write('__BIN__: needs Node.js ' + need.join('.') + ' or later; this is Node.js ' + process.versions.node + '\n');
  process.exit(3);
}
var path = require('path');
var file = path.join(__dirname, '..', 'dist', '__ENTRY__');
function fail(err) {
  process.stderr.write('__BIN__: cannot start (' + (err && err.message ? err.message : String(err)) + '); reinstall winerr\n');
  process.exitCode = 3;
}
if (/\.mjs$/.test(file)) {
  // A program bundle that is an ES module (Ink awaits at the top level), run
  // under this bin's name; import() is newer syntax than this file may use:
  // built at run time, after the check.
  var url = require('url');
  new Function('u', 'return import(u)')(url.pathToFileURL(file).href)
    .then(function (m) { return m.runProgram(process.argv.slice(2), '__BIN__'); })
    .then(function (code) { process.exitCode = code; }, fail);
} else {
  // dist/winerr.js and dist/winerr-tui.js are CommonJS (dist/package.json
  // says so): required, they start without node's ESM loader. winerr.js
  // runs when required; the program bundle winerr-tui.js exports runProgram.
  try {
    var program = require(file);
    if (program && typeof program.runProgram === 'function') {
      program.runProgram(process.argv.slice(2), '__BIN__').then(function (code) { process.exitCode = code; }, fail);
    }
  } catch (err) {
    fail(err);
  }
}
