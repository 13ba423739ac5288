#!/usr/bin/env node
// Runs the Pester suite (tests/*.Tests.ps1) on real PowerShell and prints the
// totals as "N passed, N failed". pwsh and Pester are optional tools, found
// by @winerr/host (.tools/ from scripts/install-powershell.sh, or pwsh on
// PATH; WINERR_HIDE_TOOLS hides them). Without them: one line naming the
// suite and the tool, then failure when CI=true, a skip (exit 0) otherwise.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findTool, missingReason, toolsRequired } from "@winerr/host/tools";

const here = dirname(fileURLToPath(import.meta.url));
const bench = process.argv.includes("--bench");

// The benchmark needs pwsh only; the suite needs Pester on pwsh.
const tool = findTool(bench ? "pwsh" : "pester");
if (tool.path === undefined) {
  const required = toolsRequired();
  console.error(`\n${required ? "FAILING" : "SKIPPED"} suite "Pester (apps/cli/powershell/tests)": ${missingReason(tool)}${required ? " [CI=true: a missing tool fails]" : ""}\n`);
  process.exit(required ? 1 : 0);
}
const pwsh = /** @type {string} */ (findTool("pwsh").path);
const pester = tool.path;

const env = { ...process.env, NO_COLOR: "1", POWERSHELL_TELEMETRY_OPTOUT: "1", POWERSHELL_UPDATECHECK: "Off", DOTNET_CLI_TELEMETRY_OPTOUT: "1" };
for (const name of ["WINERR_NODE", "WINERR_CLI", "WINERR_NAMES", "WINERR_SYSTEM_ROOT"]) delete env[name];
env.WINERR_TEST_PWSH = pwsh;
// Wine's PE folder for the -System cases, found (or hidden) the same way; empty when missing.
const wine = findTool("wine");
env.WINERR_TEST_WINE_DIR = wine.path ?? "";
env.WINERR_TEST_WINE_MISSING = wine.path === undefined ? missingReason(wine) : "";

// `--bench`: run bench.ps1 with the same pwsh (package script "bench").
if (bench) {
  const run = spawnSync(pwsh, ["-NoProfile", "-NonInteractive", "-File", join(here, "bench.ps1")], { cwd: here, env, stdio: "inherit" });
  process.exit(run.status ?? 1);
}

const quote = (s) => `'${s.replace(/'/g, "''")}'`;
const script = `
$ErrorActionPreference = 'Stop'
Import-Module ${quote(pester)} -Force
$config = New-PesterConfiguration
$config.Run.Path = ${quote(join(here, "tests"))}
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $config
'PESTER-TOTALS {0} {1} {2} {3} {4}' -f $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.TotalCount, $result.Result
`;
const run = spawnSync(pwsh, ["-NoProfile", "-NonInteractive", "-Command", script], { cwd: here, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`run-pester: could not start ${pwsh}: ${run.error.message}`);
  process.exit(1);
}
const lines = (run.stdout || "").split(/\r?\n/);
const totals = lines.find((l) => l.startsWith("PESTER-TOTALS "));
for (const line of lines) if (line !== totals) process.stdout.write(line + "\n");
if (run.stderr) process.stderr.write(run.stderr);
if (!totals) {
  console.error(`run-pester: pwsh exited with ${run.status} before Pester reported totals`);
  process.exit(1);
}
const [passed, failed, skipped, total, result] = totals.split(" ").slice(1);
console.log(`Pester: result ${result}, skipped ${skipped}, total ${total}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(Number(failed) === 0 && Number(total) > 0 && result === "Passed" && run.status === 0 ? 0 : 1);
