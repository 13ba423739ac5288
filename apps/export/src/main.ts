#!/usr/bin/env node
import { rmSync } from "node:fs";
import { runExport } from "./run.js";
import { pendingTemps } from "./write.js";

// Ctrl+C or a kill mid-write: remove our temp files, leave the targets whole.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    for (const t of pendingTemps) rmSync(t, { force: true, recursive: true });
    process.exit(code);
  });
}

process.exitCode = await runExport(process.argv.slice(2), {
  stdout: process.stdout,
  error: (line) => process.stderr.write(line),
  cwd: process.cwd(),
});
