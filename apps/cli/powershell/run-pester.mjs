#!/usr/bin/env node
// Runs the Pester suite (tests/*.Tests.ps1) on real PowerShell and prints the
// totals as "N passed, N failed". pwsh: .tools/pwsh/pwsh, else PATH; Pester:
// .tools/Pester (scripts/install-powershell.sh installs both). Without them:
// a loud message, then failure when CI=true, a skip (exit 0) otherwise.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..", "..");
const isWindows = process.platform === "win32";
const ci = process.env.CI === "true";

function findPwsh() {
  const local = join(repo, ".tools", "pwsh", isWindows ? "pwsh.exe" : "pwsh");
  if (existsSync(local)) return local;
  for (const dir of (process.env.PATH || "").split(delimiter)) {
    const candidate = join(dir, isWindows ? "pwsh.exe" : "pwsh");
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function missing(what) {
  const bar = "!".repeat(72);
  console.error(`${bar}\n!! PESTER SUITE NOT RUN: ${what}\n!! Install with: bash scripts/install-powershell.sh\n${bar}`);
  if (ci) {
    console.error("!! CI=true: failing.");
    process.exit(1);
  }
  console.error("!! Skipping (exit 0) because CI is not true.");
  process.exit(0);
}

const pwsh = findPwsh();
if (!pwsh) missing("pwsh (PowerShell 7) was not found in .tools/pwsh or on PATH");
const pester = join(repo, ".tools", "Pester", "Pester.psd1");
if (!existsSync(pester) && !process.argv.includes("--bench")) missing(`Pester was not found at ${pester}`);

const env = { ...process.env, NO_COLOR: "1", POWERSHELL_TELEMETRY_OPTOUT: "1", POWERSHELL_UPDATECHECK: "Off", DOTNET_CLI_TELEMETRY_OPTOUT: "1" };
for (const name of ["WINERR_NODE", "WINERR_CLI", "WINERR_NAMES", "WINERR_SYSTEM_ROOT"]) delete env[name];
env.WINERR_TEST_PWSH = pwsh;

// `--bench`: run bench.ps1 with the same pwsh (package script "bench").
if (process.argv.includes("--bench")) {
  const bench = spawnSync(pwsh, ["-NoProfile", "-NonInteractive", "-File", join(here, "bench.ps1")], { cwd: here, env, stdio: "inherit" });
  process.exit(bench.status ?? 1);
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
