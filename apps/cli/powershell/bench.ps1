# Benchmarks of the module against the real CLI, ratios from one run:
#  1. `1..10000 | Get-WinError` against one `Get-WinError 5` (goal: under 5
#     single calls).
#  2. Select-WinError over a generated log of -LogMB megabytes against
#     `winerr scan` (the same flags Select-WinError passes) on the same file,
#     its output read and thrown away (goal: within 2x).
#  3. Tab completion on an empty word: the first (names loaded from the
#     names.txt a packaged module has) and later ones (goal: 100 ms for both).
# Cases 1 and 2 run -Rounds times, interleaved (single, bulk, scan, select,
# then again), each round with the load average before it; the summary
# gives the median ratio of the rounds, and for case 1 the first round
# apart (the process's first big pipeline) and the worst round. On PowerShell 7 each bulk run also
# says how long .NET spent compiling code meanwhile (JitInfo, all threads):
# the first runs in a process compile (and recompile, optimized) much of
# PowerShell's engine, which can cost more than the run's own work. Results are collected into an array
# and counted (Measure-Object, or a ForEach-Object script block, would add
# its own cost per object to the module's).
# Uses the CLI the module finds (WINERR_CLI, else apps/cli/dist/winerr.js in
# the repository).
param([int]$Count = 10000, [int]$SingleRuns = 7, [int]$LogMB = 100, [int]$CodeEvery = 25, [int]$Rounds = 3)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Join-Path $PSScriptRoot 'WinErr') 'WinErr.psd1') -Force
$runtime = & (Get-Module WinErr) { $r = Resolve-WinErrRuntime; if ($r -is [System.Management.Automation.ErrorRecord]) { throw $r }; $r }
'CLI: {0}; node {1} ({2})' -f $runtime.Cli, $runtime.Node, $runtime.NodeVersion
'PowerShell {0} ({1}), {2}; {3} processors' -f $PSVersionTable.PSVersion, $PSVersionTable.PSEdition, [System.Environment]::OSVersion.VersionString, [System.Environment]::ProcessorCount
if (Test-Path -LiteralPath '/proc/loadavg') { 'load average at start: {0}' -f (Get-Content -LiteralPath '/proc/loadavg') }

# The log for case 2: lines of plain text, and
# every $CodeEvery-th line a code in the forms logs use (hex HRESULT, hex
# NTSTATUS, negative decimal, name), the codes taken from the catalog.
$found = @(Find-WinError 'failed' -Limit 40 -WarningAction SilentlyContinue) + @(Find-WinError 'denied' -Limit 20 -WarningAction SilentlyContinue)
$forms = New-Object 'System.Collections.Generic.List[string]'
foreach ($e in $found) {
    $forms.Add(('Error: operation failed with hr = {0}' -f $e.InputHex))
    $forms.Add(('Status {0} returned for request' -f $e.Name))
    if ($e.Signed -lt 0) { $forms.Add(('process exited with code {0}' -f $e.Signed)) }
}
$log = Join-Path ([System.IO.Path]::GetTempPath()) ('winerr-bench-{0}.log' -f $PID)
$block = New-Object System.Text.StringBuilder
$lineNo = 0
while ($block.Length -lt 1048576) {
    $lineNo++
    $text = 'Info  CBS    Loaded servicing stack component, session {0}, package state resolved, no action needed' -f $lineNo
    if ($lineNo % $CodeEvery -eq 0) { $text = $forms[[int][Math]::Floor($lineNo / $CodeEvery) % $forms.Count] }
    $minute = [int][Math]::Floor($lineNo / 60) % 60
    $second = $lineNo % 60
    $null = $block.Append(('2026-01-02 10:{0:D2}:{1:D2}, ' -f $minute, $second)).Append($text).Append("`r`n")
}
$blockText = $block.ToString()
$writer = New-Object System.IO.StreamWriter -ArgumentList $log, $false, (New-Object System.Text.UTF8Encoding -ArgumentList $false)
# Flushed to disk before anything is timed: the kernel would otherwise write
# the log's pages back while the first round runs.
try {
    for ($i = 0; $i -lt $LogMB; $i++) { $writer.Write($blockText) }
    $writer.Flush()
    $writer.BaseStream.Flush($true)
}
finally { $writer.Dispose() }
$size = (Get-Item -LiteralPath $log).Length
'log: {0:N1} MB, {1:N0} lines a block of {2:N0} lines repeated {3} times, a code every {4} lines' -f ($size / 1MB), ($lineNo * $LogMB), $lineNo, $LogMB, $CodeEvery
Get-WinError 5 | Out-Null
$jitInfo = 'System.Runtime.JitInfo' -as [type]
$bulkRatios = New-Object 'System.Collections.Generic.List[double]'
$scanRatios = New-Object 'System.Collections.Generic.List[double]'
try {
    for ($round = 1; $round -le $Rounds; $round++) {
        if (Test-Path -LiteralPath '/proc/loadavg') { 'round {0}: load average {1}' -f $round, (Get-Content -LiteralPath '/proc/loadavg') } else { 'round {0}' -f $round }
        # 1. Batching.
        $single = @(1..$SingleRuns | ForEach-Object { (Measure-Command { Get-WinError 5 | Out-Null }).TotalMilliseconds } | Sort-Object)
        $median = $single[[int][Math]::Floor($single.Count / 2)]
        $bulkErrors = $null
        $jit = ''
        if ($null -ne $jitInfo) { $jit0 = $jitInfo::GetCompilationTime($false).TotalMilliseconds }
        $bulk = (Measure-Command {
                $bulkOut = @(1..$Count | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable bulkErrors)
            }).TotalMilliseconds
        if ($null -ne $jitInfo) { $jit = '; .NET compiling meanwhile {0:N0} ms' -f ($jitInfo::GetCompilationTime($false).TotalMilliseconds - $jit0) }
        $ratio = $bulk / $median
        $bulkRatios.Add($ratio)
        '  single Get-WinError 5: median {0:N0} ms of {1} runs (min {2:N0}, max {3:N0})' -f $median, $SingleRuns, $single[0], $single[-1]
        '  1..{0} | Get-WinError: {1:N0} ms ({2} objects, {3} non-terminating errors, {4:N1} us per item{6}): {5:N1} single calls' -f $Count, $bulk, $bulkOut.Count, @($bulkErrors).Count, (1000 * $bulk / $Count), $ratio, $jit
        $bulkOut = $null

        # 2. winerr scan alone, its output read (as Select-WinError reads it) and dropped.
        $scanMs = (Measure-Command {
                $psi = New-Object System.Diagnostics.ProcessStartInfo
                $psi.FileName = $runtime.Node
                foreach ($a in @($runtime.Cli, 'scan', '--ndjson', '--no-readings', '--line-text', '--flat', '--', $log)) { $psi.ArgumentList.Add($a) }
                $psi.UseShellExecute = $false
                $psi.RedirectStandardOutput = $true
                $psi.RedirectStandardError = $true
                $p = [System.Diagnostics.Process]::Start($psi)
                $errTask = $p.StandardError.ReadToEndAsync()
                $script:scanBytes = 0
                $buffer = New-Object byte[] 1048576
                $stream = $p.StandardOutput.BaseStream
                while (($n = $stream.Read($buffer, 0, $buffer.Length)) -gt 0) { $script:scanBytes += $n }
                $null = $errTask.GetAwaiter().GetResult()
                $p.WaitForExit()
            }).TotalMilliseconds
        $selectMs = (Measure-Command { $selected = @(Select-WinError -LiteralPath $log) }).TotalMilliseconds
        $scanRatio = $selectMs / $scanMs
        $scanRatios.Add($scanRatio)
        '  winerr scan (--ndjson --no-readings --line-text --flat): {0:N0} ms ({1:N1} MB of output)' -f $scanMs, ($scanBytes / 1MB)
        '  Select-WinError: {0:N0} ms ({1:N0} objects, {2:N1} us per object): {3:N2} x winerr scan' -f $selectMs, $selected.Count, (1000 * $selectMs / [Math]::Max(1, $selected.Count)), $scanRatio
        $selected = $null
    }
}
finally {
    Remove-Item -LiteralPath $log -ErrorAction SilentlyContinue
}
$bulkMedian = @($bulkRatios | Sort-Object)[[int][Math]::Floor($bulkRatios.Count / 2)]
$bulkWorst = @($bulkRatios | Sort-Object)[-1]
$scanMedian = @($scanRatios | Sort-Object)[[int][Math]::Floor($scanRatios.Count / 2)]
# The first round is the process's first big pipeline (PowerShell and .NET
# compile then), so it is shown on its own; the goal holds when every
# round, the first included, is under 5 single calls.
'1..{0} | Get-WinError: first round {1:N1} single calls, then {2} (median of {3} rounds {4:N1}, worst {5:N1}) (goal: under 5 in every round) -> {6}' -f $Count, $bulkRatios[0], $(if ($bulkRatios.Count -gt 1) { ($bulkRatios.GetRange(1, $bulkRatios.Count - 1) | ForEach-Object { $_.ToString('N1') }) -join ', ' } else { '(no more rounds)' }), $Rounds, $bulkMedian, $bulkWorst, $(if ($bulkWorst -lt 5) { 'met' } else { 'NOT met' })
'Select-WinError: median {0:N2} x winerr scan of {1} rounds ({2}) (goal: within 2x) -> {3}' -f $scanMedian, $Rounds, (($scanRatios | ForEach-Object { $_.ToString('N2') }) -join ', '), $(if ($scanMedian -le 2) { 'met' } else { 'NOT met' })

# 3. Tab completion on an empty word, with the names read as the released
# module reads them: names.txt of a module folder that package.mjs writes
# (WINERR_NAMES, when set, names the file instead). PowerShell's own first
# completion in a process (any command's) is timed apart, before.
$namesDir = $null
if (-not $env:WINERR_NAMES) {
    $namesDir = Join-Path ([System.IO.Path]::GetTempPath()) ('winerr-bench-module-{0}' -f $PID)
    & $runtime.Node (Join-Path $PSScriptRoot 'package.mjs') --out (Join-Path $namesDir 'WinErr') --cli-dist (Split-Path -Parent $runtime.Cli) | Out-Null
    $env:WINERR_NAMES = Join-Path (Join-Path $namesDir 'WinErr') 'names.txt'
}
try {
    & (Get-Module WinErr) { $script:Names = $null }
    $engine = (Measure-Command { $null = TabExpansion2 -inputScript 'Get-ChildItem -Pa' -cursorColumn 17 }).TotalMilliseconds
    $line = 'Get-WinError '
    $cold = (Measure-Command { $first = TabExpansion2 -inputScript $line -cursorColumn $line.Length }).TotalMilliseconds
    $warm = @(1..5 | ForEach-Object { (Measure-Command { $null = TabExpansion2 -inputScript $line -cursorColumn $line.Length }).TotalMilliseconds } | Sort-Object)
    $source = & (Get-Module WinErr) { $script:NamesSource }
    'Tab on an empty word: {0} of {1} names offered; first {2:N0} ms (names read from {3}; PowerShell''s own first completion before it {4:N0} ms), then median {5:N0} ms (goal: 100 ms, the first included) -> {6}' -f $first.CompletionMatches.Count, (& (Get-Module WinErr) { $script:Names.Count }), $cold, $source, $engine, $warm[2], $(if ($cold -le 100 -and $warm[2] -le 100) { 'met' } else { 'NOT met' })
}
finally {
    if ($null -ne $namesDir) {
        Remove-Item Env:WINERR_NAMES
        Remove-Item -LiteralPath $namesDir -Recurse -Force -ErrorAction SilentlyContinue
    }
}
if (Test-Path -LiteralPath '/proc/loadavg') { 'load average at end: {0}' -f (Get-Content -LiteralPath '/proc/loadavg') }
