# Conventions: -Verbose and -Debug say what ran, one terminating error for a
# node that is too old, loading under ConstrainedLanguage, and Tab
# completion capped on short words.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    $script:IsWin = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Verbose and Debug' {
    BeforeAll { Use-Stub good }

    It '-Verbose names node, the CLI and the batch sizes; each batch says how many inputs' {
        # FastFirstMs 0: the first batch is answered on its own, 256 first,
        # then the rest (the second batch may hold up to 16384).
        & (Get-Module WinErr) { $script:FastFirstMs = 0 }
        try { $out = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError -Verbose 4>&1) }
        finally { & (Get-Module WinErr) { $script:FastFirstMs = 50 } }
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message })
        $verbose[0] | Should -BeLike ('WinErr: node ' + $NodePath + ' (*), CLI ' + $env:WINERR_CLI + '; batches of 256 inputs, growing x64 up to 65536')
        @($verbose | Where-Object { $_ -like '* decode --stdin --ndjson --no-readings --flat (* inputs on stdin)' }) | Should -Be @(
            ('WinErr: {0} {1} decode --stdin --ndjson --no-readings --flat (256 inputs on stdin)' -f $NodePath, $env:WINERR_CLI),
            ('WinErr: {0} {1} decode --stdin --ndjson --no-readings --flat (344 inputs on stdin)' -f $NodePath, $env:WINERR_CLI))
        @($out | Where-Object { $_.PSObject.TypeNames -contains 'WinErr.ErrorInfo' }).Count | Should -Be 600
    }

    It '-Verbose says when a first batch that came fast goes on with the second' {
        & (Get-Module WinErr) { $script:FastFirstMs = 60000 }
        try { $out = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError -Verbose 4>&1) }
        finally { & (Get-Module WinErr) { $script:FastFirstMs = 50 } }
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message })
        $verbose | Should -Contain 'WinErr: the first 256 inputs came within 60000 ms: they go on with the next 16384 on the same node'
        @($verbose | Where-Object { $_ -like '* decode --stdin --ndjson --no-readings --flat (* inputs on stdin)' }) | Should -Be @(
            ('WinErr: {0} {1} decode --stdin --ndjson --no-readings --flat (600 inputs on stdin)' -f $NodePath, $env:WINERR_CLI))
        @($out | Where-Object { $_.PSObject.TypeNames -contains 'WinErr.ErrorInfo' }).Count | Should -Be 600
    }

    It '-Debug adds exit codes and line counts' {
        $DebugPreference = 'SilentlyContinue'
        $debug = @(Get-WinError 1, 'NO_SUCH_STUB' -Debug -ErrorAction SilentlyContinue 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object { $_.Message })
        $debug | Should -Contain 'WinErr: decode exit code 2, 2 result lines, 0 stderr lines'
        @($debug | Where-Object { $_ -like 'WinErr: * --version: *' }).Count | Should -BeLessOrEqual 1
    }

    It 'Find-WinError and Get-WinErrorPage are verbose too' {
        $v = @(Find-WinError 'STUB_WIN32_7' -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $v[0].Message | Should -BeLike 'WinErr: node *, CLI *, search --stdin --ndjson --limit 100000'
    }
}

Describe 'Node.js too old' {
    It 'is one terminating WinErr.NodeTooOld naming the version' {
        if ($IsWin) { Set-ItResult -Skipped -Because 'the fake node is a shell script'; return }
        Use-Stub good
        $fake = Join-Path $TestDrive 'old-node'
        Set-Content -LiteralPath $fake -Value "#!/bin/sh`necho v16.20.2"
        & chmod +x $fake
        $env:WINERR_NODE = $fake
        try {
            $caught = $null
            try { 1..600 | Get-WinError -ErrorVariable ev } catch { $caught = $_ }
            $caught.FullyQualifiedErrorId | Should -Be 'WinErr.NodeTooOld,Get-WinError'
            $caught.Exception.Message | Should -BeLike "*needs Node.js 20 or later*is version 16.20.2*"
            $caught.ErrorDetails.RecommendedAction | Should -BeLike 'Install Node.js 20 or later*'
            $ev.Count | Should -Be 1
            { Select-WinError -InputObject 'x' } | Should -Throw -ErrorId 'WinErr.NodeTooOld,Select-WinError'
        }
        finally { Use-Stub good }
    }
}

Describe 'ConstrainedLanguage' {
    It 'loads in a ConstrainedLanguage runspace: Tab completion works, commands give one clear error' {
        $names = Join-Path $TestDrive 'cl-names.txt'
        # Invented names: the completer only reads the names file.
        Set-Content -LiteralPath $names -Value @('WINERR_CL_ONE', 'WINERR_CL_TWO', 'WINERR_OTHER')
        $env:WINERR_NAMES = $names
        Use-Stub good
        $iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
        $iss.LanguageMode = 'ConstrainedLanguage'
        $ps = [powershell]::Create($iss)
        try {
            $null = $ps.AddScript({
                    param($Manifest)
                    $mode = $ExecutionContext.SessionState.LanguageMode
                    Import-Module $Manifest
                    $exported = @((Get-Module WinErr).ExportedCommands.Keys | Sort-Object)
                    $line = 'Get-WinError WINERR_CL_'
                    $completions = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { $_.CompletionText })
                    $errorId = $null
                    try { Get-WinError 5 -ErrorAction Stop } catch { $errorId = $_.FullyQualifiedErrorId; $message = $_.Exception.Message }
                    @{ Mode = [string]$mode; Exported = $exported; Completions = $completions; ErrorId = $errorId; Message = $message }
                }).AddArgument($ManifestPath)
            $result = $ps.Invoke()
            @($ps.Streams.Error) | Should -BeNullOrEmpty
            $r = $result[0]
            $r.Mode | Should -Be 'ConstrainedLanguage'
            $r.Exported | Should -Be @('Find-WinError', 'Get-WinError', 'Get-WinErrorPage', 'Select-WinError')
            $r.Completions | Should -Be @('WINERR_CL_ONE', 'WINERR_CL_TWO')
            $r.ErrorId | Should -Be 'WinErr.ConstrainedLanguage,Get-WinError'
            $r.Message | Should -BeLike '*ConstrainedLanguage*FullLanguage*'
        }
        finally {
            $ps.Dispose()
            Remove-Item Env:WINERR_NAMES
        }
    }

    It 'still runs in this FullLanguage session after a ConstrainedLanguage runspace imported it' {
        # A value the module's top level gives a variable while a
        # ConstrainedLanguage runspace imports it is marked untrusted; a shared
        # boxed $true or $false must not reach New-Object -ArgumentList here.
        Use-Stub good
        $iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
        $iss.LanguageMode = 'ConstrainedLanguage'
        $ps = [powershell]::Create($iss)
        # Strings of their own for each side: a value given to that runspace is marked untrusted.
        $manifest = Join-Path (Join-Path $PowerShellRoot 'WinErr') 'WinErr.psd1'
        try { $null = $ps.AddScript({ param($Manifest) Import-Module $Manifest }).AddArgument((Join-Path (Join-Path $PowerShellRoot 'WinErr') 'WinErr.psd1')).Invoke() }
        finally { $ps.Dispose() }
        Import-Module $manifest -Force
        (Get-WinError 5).Name | Should -Be 'STUB_WIN32_5'
        $log = Join-Path $TestDrive 'oem.log'
        [System.IO.File]::WriteAllText($log, "x`r`n")
        Clear-WinErrEnv
        @(Select-WinError -LiteralPath $log -Encoding utf-8 -ErrorAction Stop).Count | Should -Be 0
    }
}

Describe 'Tab completion on short words' {
    BeforeAll {
        $names = Join-Path $TestDrive 'many-names.txt'
        # 250 invented names, written unsorted and in mixed case.
        Set-Content -LiteralPath $names -Value (@(250..1 | ForEach-Object { 'WINERR_N{0:D3}' -f $_ }) + @('winerr_lower'))
        $env:WINERR_NAMES = $names
        & (Get-Module WinErr) { $script:Names = $null }
    }
    AfterAll {
        Remove-Item Env:WINERR_NAMES -ErrorAction SilentlyContinue
        & (Get-Module WinErr) { $script:Names = $null }
    }

    It 'offers the first 100 names for an empty word, each tooltip saying how many matched' {
        $line = 'Get-WinError '
        $m = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches)
        $m.Count | Should -Be 100
        # Sorted ignoring case: WINERR_LOWER comes before WINERR_N001.
        $m[0].CompletionText | Should -Be 'winerr_lower'
        $m[1].CompletionText | Should -Be 'WINERR_N001'
        $m[99].CompletionText | Should -Be 'WINERR_N099'
        $m[1].ToolTip | Should -Be "WINERR_N001 (the first 100 of 251 names that start with ''; type more letters)"
    }

    It 'offers every match, case-insensitively, when there are few' {
        $line = 'Get-WinError winerr_n24'
        $m = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches)
        @($m.CompletionText) | Should -Be @('WINERR_N240', 'WINERR_N241', 'WINERR_N242', 'WINERR_N243', 'WINERR_N244', 'WINERR_N245', 'WINERR_N246', 'WINERR_N247', 'WINERR_N248', 'WINERR_N249')
        $m[0].ToolTip | Should -Be 'WINERR_N240'
        $line = 'Find-WinError WINERR_L'
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText) | Should -Be @('winerr_lower')
        $line = 'Get-WinError ZZZ'
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches).Count | Should -Be 0
    }
}
