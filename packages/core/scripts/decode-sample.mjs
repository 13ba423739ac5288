// Regenerates test/decode-sample.ndjson (decode's output for the inputs
// test/decode-sample.ts chooses): review the diff it makes before committing.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const core = fileURLToPath(new URL("..", import.meta.url));
const r = spawnSync("npx", ["vitest", "run", "src/decode.sample.test.ts"], {
  cwd: core,
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, WINERR_WRITE_DECODE_SAMPLE: "1" },
});
process.exitCode = r.status ?? 1;
