# Every example of the commands' help, of about_WinErr, of this module's
# README and of the root README's PowerShell section runs here, on the real CLI, and must
# write at least one object and throw nothing. The variables the examples
# name are set up first: $log (a log file), $logDir (a folder of logs),
# $events (failed-logon records, in the shape Get-WinEvent gives), codes.txt
# in the current folder, and for -System a System32-like folder made from
# Wine's kernelbase.dll (skipped, saying why, without it).
BeforeDiscovery {
    $root = Split-Path -Parent $PSScriptRoot
    $repo = (Resolve-Path (Join-Path $root (Join-Path '..' (Join-Path '..' '..')))).ProviderPath
    Import-Module (Join-Path (Join-Path $root 'WinErr') 'WinErr.psd1') -Force
    $script:Examples = New-Object 'System.Collections.Generic.List[hashtable]'
    foreach ($command in @((Get-Module WinErr).ExportedCommands.Keys | Sort-Object)) {
        $i = 0
        foreach ($example in @((Get-Help -Name $command -Full).examples.example)) {
            $i++
            $Examples.Add(@{ Name = ('{0} help example {1}' -f $command, $i); Code = [string]$example.code })
        }
    }
    # about_WinErr: each line of its EXAMPLES section (the section ends at the
    # next heading, a line that starts in column 1). Its CBS.log path stands
    # for $log.
    $about = [System.IO.File]::ReadAllText((Join-Path $root (Join-Path 'WinErr' (Join-Path 'en-US' 'about_WinErr.help.txt'))))
    $section = [regex]::Match($about, '(?ms)^EXAMPLES\r?\n(.*?)^\S').Groups[1].Value
    foreach ($line in $section.Split([char]10)) {
        $code = $line.Trim()
        if ($code) { $Examples.Add(@{ Name = ('about_WinErr example: {0}' -f $code); Code = $code.Replace('C:\Windows\Logs\CBS\CBS.log', '$log') }) }
    }
    # README code blocks: each statement line (comments and blank lines left out).
    $readmes = @(
        @{ File = Join-Path $root 'README.md'; From = $null },
        @{ File = Join-Path $repo 'README.md'; From = '## PowerShell' }
    )
    foreach ($readme in $readmes) {
        $text = [System.IO.File]::ReadAllText($readme.File)
        $leaf = $readme.File.Substring($repo.Length + 1)
        if ($readme.From) {
            $at = $text.IndexOf($readme.From)
            $next = $text.IndexOf("`n## ", $at + 1)
            $text = $text.Substring($at, $next - $at)
        }
        foreach ($block in [regex]::Matches($text, '(?ms)^```powershell\r?\n(.*?)^```')) {
            # An assignment line sets up the lines after it in its block.
            $setup = ''
            foreach ($line in $block.Groups[1].Value.Split([char]10)) {
                $code = $line.TrimEnd()
                if (-not $code -or $code.TrimStart().StartsWith('#')) { continue }
                if ($code -match '^\$[\w:]+\s*=') { $setup += $code + [char]10; continue }
                $Examples.Add(@{ Name = ('{0}: {1}' -f $leaf, $code.Trim()); Code = $setup + $code })
            }
        }
    }
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    $script:HaveReal = Test-Path -LiteralPath $RealCli
    $script:SkipReason = 'apps/cli/dist/winerr.js is missing: build the CLI (pnpm run build) to run this case'
    if ($HaveReal) { $env:WINERR_CLI = $RealCli }
    $script:Saved = Get-Location
    Set-Location -LiteralPath $TestDrive

    # Codes in the forms logs use. winerror.h: ERROR_IPSEC_IKE_GETSPIFAIL 13857L
    # (0x80073621 is its HRESULT_FROM_WIN32), E_ACCESSDENIED _HRESULT_TYPEDEF_(0x80070005L);
    # ntstatus.h: STATUS_ACCESS_VIOLATION 0xC0000005L.
    $sample = "2026-01-02 10:00:01, Info  install started`r`n2026-01-02 10:00:02, Error install failed: 0x80073621`r`n2026-01-02 10:00:03, Error exit code -1073741819`r`n2026-01-02 10:00:04, Error hr = 0x80070005`r`n"
    $script:log = Join-Path $TestDrive 'CBS.log'
    [System.IO.File]::WriteAllText($log, $sample)
    $script:logDir = (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'logs') -Force).FullName
    [System.IO.File]::WriteAllText((Join-Path $logDir 'a.log'), $sample)
    [System.IO.File]::WriteAllText((Join-Path $logDir 'b.log'), $sample, [System.Text.Encoding]::Unicode)
    Set-Content -LiteralPath (Join-Path $TestDrive 'codes.txt') -Value @('5', '0xC0000005', 'NOT_A_NAME')
    # A failed logon (Security 4625): Status STATUS_LOGON_FAILURE 0xC000006D,
    # SubStatus STATUS_WRONG_PASSWORD 0xC000006A (ntstatus.h).
    $script:events = @([pscustomobject]@{
            Id           = 4625
            ProviderName = 'Microsoft-Windows-Security-Auditing'
            Message      = "An account failed to log on.`r`n`tStatus:`t`t0xC000006D`r`n`tSub Status:`t`t0xC000006A"
            Properties   = @([pscustomobject]@{ Value = [uint32]3221225581 }, [pscustomobject]@{ Value = [uint32]3221225578 })
        })

    # -System off Windows: a System32-like folder from Wine's kernelbase.dll
    # (run-pester.mjs passes Wine's PE folder, or why it is missing).
    $script:IsWin = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
    $script:SystemRoot = $null
    $script:SystemReason = $env:WINERR_TEST_WINE_MISSING
    if (-not $SystemReason) { $script:SystemReason = "Wine's PE folder was not given (run the suite with run-pester.mjs)" }
    if ($env:WINERR_TEST_WINE_DIR) {
        $script:SystemRoot = Join-Path $TestDrive 'System32'
        $mui = Join-Path (Join-Path $SystemRoot 'en-US') 'kernelbase.dll.mui'
        $null = New-Item -ItemType Directory -Path (Split-Path -Parent $mui) -Force
        Copy-Item -LiteralPath (Join-Path $env:WINERR_TEST_WINE_DIR 'kernelbase.dll') -Destination $mui
    }
}

AfterAll {
    Set-Location -LiteralPath $Saved
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Examples' {
    It '<Name>' -ForEach $Examples {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $run = $Code
        if ($run -match '-System\b|WINERR_SYSTEM_ROOT' -and -not $IsWin) {
            if (-not $SystemRoot) {
                if ($env:CI -eq 'true') { throw "$SystemReason [CI=true: a missing tool fails]" }
                Set-ItResult -Skipped -Because $SystemReason
                return
            }
            # The README's example root stands for a mounted Windows folder.
            $run = $run.Replace('/mnt/win/Windows/System32', $SystemRoot)
            $env:WINERR_SYSTEM_ROOT = $SystemRoot
        }
        # As at a prompt (run-pester.mjs runs the suite under 'Stop'; a module's
        # functions see the global preference, not this scope's).
        $savedPreference = $global:ErrorActionPreference
        $global:ErrorActionPreference = 'Continue'
        $ErrorActionPreference = 'Continue'
        try {
            $out = @(& ([scriptblock]::Create($run)) 2>&1)
        }
        finally {
            $global:ErrorActionPreference = $savedPreference
            Remove-Item Env:WINERR_SYSTEM_ROOT -ErrorAction SilentlyContinue
        }
        $objects = @($out | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
        $objects.Count | Should -BeGreaterThan 0 -Because "the example should write something: $Code"
        # Non-terminating errors only where the example asks for them (an input that is not a name).
        $errors = @($out | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        if ($Code -notmatch 'NOT_A_NAME') { $errors | Should -BeNullOrEmpty -Because $Code }
    }
}
