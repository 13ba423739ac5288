# Benchmark: `1..10000 | Get-WinError` end to end against one `Get-WinError 5`.
# Goal: the 10,000 items cost less than 10 single calls. Uses the CLI the
# module finds (WINERR_CLI, else apps/cli/dist/winerr.js in the repository).
param([int]$Count = 10000, [int]$SingleRuns = 7)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Join-Path $PSScriptRoot 'WinErr') 'WinErr.psd1') -Force
$cli = & (Get-Module WinErr) { $r = Resolve-WinErrRuntime; if ($r -is [System.Management.Automation.ErrorRecord]) { throw $r }; $r.Cli }
'CLI: {0}' -f $cli
'PowerShell {0} ({1}), {2}' -f $PSVersionTable.PSVersion, $PSVersionTable.PSEdition, [System.Environment]::OSVersion.VersionString

Get-WinError 5 | Out-Null
$single = @(1..$SingleRuns | ForEach-Object { (Measure-Command { Get-WinError 5 | Out-Null }).TotalMilliseconds } | Sort-Object)
$median = $single[[int][Math]::Floor($single.Count / 2)]

$objects = 0
$errors = 0
$bulk = (Measure-Command {
        1..$Count | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable +bulkErrors | ForEach-Object { $objects++ }
    }).TotalMilliseconds
if ($bulkErrors) { $errors = $bulkErrors.Count }

$ratio = $bulk / $median
'single Get-WinError 5: median {0:N0} ms of {1} runs (min {2:N0}, max {3:N0})' -f $median, $SingleRuns, $single[0], $single[-1]
'1..{0} | Get-WinError: {1:N0} ms ({2} objects, {3} non-terminating errors, {4:N1} us per item)' -f $Count, $bulk, $objects, $errors, (1000 * $bulk / $Count)
'ratio: {0:N1} single calls (goal: under 10) -> {1}' -f $ratio, $(if ($ratio -lt 10) { 'met' } else { 'NOT met' })
