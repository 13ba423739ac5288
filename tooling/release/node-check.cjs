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
__ARGV__
// dist/winerr.js is CommonJS (dist/package.json says so): required, it
// starts without node's ESM loader.
try {
  require(path.join(__dirname, '..', 'dist', 'winerr.js'));
} catch (err) {
  process.stderr.write('__BIN__: cannot start (' + (err && err.message ? err.message : String(err)) + '); reinstall winerr\n');
  process.exitCode = 3;
}
