#!/usr/bin/env node
import { existsSync, renameSync, rmSync } from "node:fs";
import { runExport } from "./run.js";
import { pendingSwaps, pendingTemps } from "./write.js";

// Ctrl+C or a kill mid-write: remove our temp files, leave the targets whole
// (a pages folder moved aside for the swap goes back if the new one is not in
// place, and is removed if it is).
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    for (const [aside, target] of pendingSwaps) {
      if (!existsSync(aside)) continue;
      if (existsSync(target)) rmSync(aside, { force: true, recursive: true });
      else renameSync(aside, target);
    }
    for (const t of pendingTemps) rmSync(t, { force: true, recursive: true });
    process.exit(code);
  });
}

process.exitCode = await runExport(process.argv.slice(2), {
  stdout: process.stdout,
  error: (line) => process.stderr.write(line),
  cwd: process.cwd(),
});
