# The module over the real CLI (apps/cli/dist/winerr.js) and the packaged,
# self-contained module folder. Real-CLI cases skip, saying why, when the CLI
# has not been built.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    $script:HaveReal = Test-Path -LiteralPath $RealCli
    $script:CoreCatalog = Join-Path $RepoRoot 'packages/core/data/catalog.json'
    $script:SkipReason = 'apps/cli/dist/winerr.js is missing: build the CLI (pnpm run build) to run this case'
    # run-pester.mjs says which pwsh runs the suite ($PID may be a dotnet host).
    $script:Pwsh = $env:WINERR_TEST_PWSH
    if (-not $Pwsh) { $script:Pwsh = (Get-Command -Name pwsh -CommandType Application | Select-Object -First 1).Path }

    # Runs a script in a fresh pwsh (so a copied module loads under its own name).
    function Invoke-ChildPwsh {
        param([string]$Script)
        $out = & $Pwsh -NoProfile -NonInteractive -Command $Script
        if ($LASTEXITCODE -ne 0) { throw "child pwsh failed ($LASTEXITCODE): $out" }
        $out
    }
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Real CLI' {
    BeforeAll {
        Clear-WinErrEnv
        if ($HaveReal) { $env:WINERR_CLI = $RealCli }
    }
    AfterAll { Clear-WinErrEnv }

    It 'decodes four inputs to three objects and one non-terminating error, in order' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $all = @('13857', '0x80073621', '-1073741819', 'NOT_A_NAME' | Get-WinError -ErrorAction Continue 2>&1)
        $all.Count | Should -Be 4
        foreach ($i in 0..2) { $all[$i].PSObject.TypeNames[0] | Should -Be 'WinErr.ErrorInfo' }
        @($all[0..2].Input) | Should -Be @('13857', '0x80073621', '-1073741819')
        # winerror.h: #define ERROR_IPSEC_IKE_GETSPIFAIL 13857L
        $all[0].Name | Should -Be 'ERROR_IPSEC_IKE_GETSPIFAIL'
        $all[0].Value | Should -Be ([uint32]13857)
        $all[0].Header | Should -BeLike '*winerror.h'
        # The same code wrapped by HRESULT_FROM_WIN32 (facility 7), per winerror.h.
        $all[1].Name | Should -Be 'ERROR_IPSEC_IKE_GETSPIFAIL'
        $all[1].Via | Should -Be 'HRESULT_FROM_WIN32'
        # ntstatus.h: #define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L)
        $all[2].Name | Should -Be 'STATUS_ACCESS_VIOLATION'
        $all[2].Kind | Should -Be 'ntstatus'
        $all[2].Signed | Should -Be -1073741819
        $all[2].Value | Should -BeOfType [uint32]
        $all[3] | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $all[3].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $all[3].TargetObject | Should -Be 'NOT_A_NAME'
    }

    It 'the objects read from flat rows (decode --flat) equal the best of -All (decode''s full records), property by property' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        # Inputs of every shape: Win32 (no parts), HRESULT_FROM_WIN32, a native
        # HRESULT with facility names, NTSTATUS (negative decimal too), a
        # name, bug check and mingw-only cases, one nothing matches and one
        # not understood.
        $inputs = @('5', '13857', '0x80073621', '0x80070005', '0x8024402C', '0xC0000005', '-1073741819', 'E_ACCESSDENIED', '0x0000007E', '0x7FFF1234', 'NOT_A_NAME')
        $flat = @($inputs | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable flatErrors)
        & (Get-Module WinErr) { (New-WinErrDecodeState -Runtime @{}).Arguments } | Should -Contain '--flat'
        $best = @(foreach ($i in $inputs) { Get-WinError $i -All -ErrorAction SilentlyContinue | Select-Object -First 1 })
        $flat.Count | Should -Be 9
        $best.Count | Should -Be 9
        for ($i = 0; $i -lt $flat.Count; $i++) {
            foreach ($p in $best[$i].PSObject.Properties) {
                $flat[$i].($p.Name) | Should -Be $p.Value -Because ('{0} of {1}' -f $p.Name, $best[$i].Input)
            }
        }
        @($flat | Where-Object { $null -eq $_.Severity }).Count | Should -BeGreaterThan 0
        @($flat | Where-Object { $_.Facility -is [int] -and $_.FacilityName }).Count | Should -BeGreaterThan 0
        @($flatErrors.FullyQualifiedErrorId) | Should -Be @('WinErr.NotFound,Get-WinError', 'WinErr.NotFound,Get-WinError')
        @($flatErrors.Exception.Message) | Should -Be @("No catalog entry matches '0x7FFF1234' (0x7FFF1234).", "No error code is named 'NOT_A_NAME': No catalog entry is named NOT_A_NAME.")
        # An error is about the input as given: a lone surrogate reaches the
        # CLI as U+FFFD (UTF-8), and stays itself in TargetObject.
        $odd = 'NOT_A_CODE' + [char]0xD800
        $null = @($odd, '5' | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable oddErrors)
        $oddErrors.Count | Should -Be 1
        $oddErrors[0].TargetObject | Should -BeExactly $odd
    }

    It 'Get-WinErrorPage gives the page of each input as objects, errors in order' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $all = @('13857', 'NOT_A_NAME', '0xC0000005' | Get-WinErrorPage -ErrorAction Continue 2>&1)
        $all.Count | Should -Be 3
        $all[0].PSObject.TypeNames[0] | Should -Be 'WinErr.Page'
        $all[0].Input | Should -Be '13857'
        # winerror.h: ERROR_IPSEC_IKE_SRVQUERYCRED 13856L, ERROR_IPSEC_IKE_INVALID_FILTER 13858L.
        $all[0].Entry.Name | Should -Be 'ERROR_IPSEC_IKE_GETSPIFAIL'
        $neighbours = @($all[0].Related | Where-Object { $_.Relation -eq 'group-neighbour' } | ForEach-Object { $_.Name })
        $neighbours | Should -Contain 'ERROR_IPSEC_IKE_SRVQUERYCRED'
        $neighbours | Should -Contain 'ERROR_IPSEC_IKE_INVALID_FILTER'
        @($all[0].Conversions | Where-Object { $_.Via -eq 'HRESULT_FROM_WIN32' }).Hex | Should -Be '0x80073621'
        $all[0].Guidance.Label | Should -BeLike '*not by Microsoft*'
        $all[1] | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $all[1].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinErrorPage'
        # ntstatus.h: #define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L)
        $all[2].Entry.Name | Should -Be 'STATUS_ACCESS_VIOLATION'
    }

    It 'decodes 1000 numbers in order with the real CLI' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $json = @(1..1000 | Get-WinError -AsJson)
        $json.Count | Should -Be 1000
        @($json | ForEach-Object { ($_ | ConvertFrom-Json).input }) | Should -Be @(1..1000 | ForEach-Object { [string]$_ })
    }

    It 'passes the real JSON through with -AsJson (pure ASCII)' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $line = Get-WinError '-1073741819' -AsJson
        $o = $line | ConvertFrom-Json
        $o.ok | Should -BeTrue
        $o.hex | Should -Be (Get-WinError '-1073741819').Hex
        ($line.ToCharArray() | Where-Object { [int]$_ -gt 127 }) | Should -BeNullOrEmpty
    }
}

Describe 'Real CLI: -System over a System32-like folder' {
    BeforeAll {
        Clear-WinErrEnv
        if ($HaveReal) { $env:WINERR_CLI = $RealCli }
        # Debian's Wine ships PE files with message tables; its kernelbase.dll
        # stands in for en-US/kernelbase.dll.mui (one of the file names
        # msgtable.ts's systemSources looks for).
        # run-pester.mjs finds Wine's PE folder with @winerr/host (WINE_PE_DIR, libwine's
        # folders; WINERR_HIDE_TOOLS hides it) and passes it, or why it is missing.
        $script:HaveWine = [bool]$env:WINERR_TEST_WINE_DIR
        $script:WineFile = if ($HaveWine) { Join-Path $env:WINERR_TEST_WINE_DIR 'kernelbase.dll' } else { $null }
        $script:WineReason = if ($env:WINERR_TEST_WINE_MISSING) { $env:WINERR_TEST_WINE_MISSING } else { 'run the suite with run-pester.mjs (pnpm --filter @winerr/powershell test)' }
        $script:EnUs = 1033
        $script:Code = 5
        $script:Root = Join-Path $TestDrive 'System32'
        $script:Mui = Join-Path (Join-Path $Root 'en-US') 'kernelbase.dll.mui'
        if ($HaveWine) {
            $null = New-Item -ItemType Directory -Path (Split-Path -Parent $Mui) -Force
            Copy-Item -LiteralPath $WineFile -Destination $Mui
        }
        # Skip without the CLI; without Wine's file, skip loudly, or fail when CI=true.
        function Test-SystemCase {
            if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return $false }
            if (-not $HaveWine) {
                if ($env:CI -eq 'true') { throw "$WineReason [CI=true: a missing tool fails]" }
                Write-Warning "SKIPPED: $WineReason"
                Set-ItResult -Skipped -Because $WineReason
                return $false
            }
            $true
        }
    }
    AfterAll { Clear-WinErrEnv }
    AfterEach { Remove-Item Env:WINERR_SYSTEM_ROOT -ErrorAction SilentlyContinue }

    It 'takes the message from the file, with MessageSource naming it; without -System the catalog''s' {
        if (-not (Test-SystemCase)) { return }
        # The file's own text, as the CLI's msgtable reads it (trailing line end dropped, as decode does).
        $rows = @(& node $RealCli msgtable $Mui --json --lang ([string]$EnUs) | Out-String | ConvertFrom-Json)
        $row = @($rows | Where-Object { $_.id -eq $Code -and $_.lang -eq $EnUs })
        $row.Count | Should -Be 1
        $fileText = $row[0].text -replace '[\r\n]+$', ''
        $catalogText = ((([string]$Code) | & node $RealCli decode --stdin --ndjson --no-readings) | ConvertFrom-Json).matches[0].message
        $fileText | Should -Not -BeNullOrEmpty
        $fileText | Should -Not -Be $catalogText -Because 'otherwise the case could not tell the two apart'

        $env:WINERR_SYSTEM_ROOT = $Root
        $r = Get-WinError $Code -System
        $r.Message | Should -BeExactly $fileText
        $r.MessageSource | Should -Not -BeNullOrEmpty
        $r.MessageSource.File | Should -Be $Mui
        $r.MessageSource.Lang | Should -Be $EnUs
        $r.MessageSource.ToString() | Should -BeLike ('*kernelbase.dll.mui (0x' + $EnUs.ToString('X4') + ')')

        # A -Language with no folder falls back to en-US.
        (Get-WinError $Code -System -Language de-DE).MessageSource.File | Should -Be $Mui

        $plain = Get-WinError $Code
        $plain.Message | Should -BeExactly $catalogText
        $plain.MessageSource | Should -BeNullOrEmpty

        $json = Get-WinError $Code -System -AsJson | ConvertFrom-Json
        $json.matches[0].messageSource.file | Should -Be $Mui
    }

    It '-System off Windows without WINERR_SYSTEM_ROOT is the CLI''s one-line error, terminating' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) { Set-ItResult -Skipped -Because 'Windows has System32'; return }
        Remove-Item Env:WINERR_SYSTEM_ROOT -ErrorAction SilentlyContinue
        $said = @(([string]$Code) | & node $RealCli decode --stdin --ndjson --no-readings --system 2>&1 | ForEach-Object { [string]$_ })
        $LASTEXITCODE | Should -Be 2
        $said.Count | Should -Be 1
        $caught = $null
        $after = @()
        try { $after = @(Get-WinError $Code, $Code -System; 'not reached') } catch { $caught = $_ }
        $after | Should -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Be 'WinErr.CliRefused,Get-WinError'
        $caught.Exception.Message | Should -BeExactly $said[0]
    }
}

Describe 'Packaged module' {
    It 'package.mjs writes a self-contained folder that works when copied elsewhere (stub CLI)' {
        $dist = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'fake-dist') -Force
        Copy-Item -LiteralPath (Join-Path $StubDir 'winerr-stub.mjs') -Destination (Join-Path $dist 'winerr.js')
        Set-Content -LiteralPath (Join-Path $dist 'catalog.json') -Value '{}'
        $catalog = Join-Path $TestDrive 'catalog.json'
        # Invented entries in the core catalog's tuple shape; one name twice.
        Set-Content -LiteralPath $catalog -Value '{"entries":[["STUB_WIN32_2","win32",2,null,"stub.h",0,1],["STUB_WIN32_1","win32",1,null,"stub.h",0,2],["STUB_WIN32_2","win32",2,null,"stub.h",0,3]]}'
        $out = Join-Path $TestDrive 'pkg/WinErr'
        & node (Join-Path $PowerShellRoot 'package.mjs') --out $out --cli-dist $dist.FullName --catalog $catalog | Out-Null
        $LASTEXITCODE | Should -Be 0
        foreach ($f in 'WinErr.psd1', 'WinErr.psm1', 'WinErr.format.ps1xml', 'names.txt', 'cli/winerr.js', 'cli/catalog.json') {
            Join-Path $out $f | Should -Exist
        }
        @(Get-Content -LiteralPath (Join-Path $out 'names.txt')) | Should -Be @('STUB_WIN32_1', 'STUB_WIN32_2')
        @(Get-ChildItem -LiteralPath (Join-Path $TestDrive 'pkg') -Force).Name | Should -Be @('WinErr')

        $elsewhere = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'elsewhere') -Force
        Copy-Item -LiteralPath $out -Destination $elsewhere -Recurse
        $copied = Join-Path $elsewhere.FullName 'WinErr'
        Remove-Item -LiteralPath (Join-Path $TestDrive 'pkg') -Recurse -Force
        $child = "Set-Location '$($elsewhere.FullName)'; Remove-Item Env:WINERR_CLI -ErrorAction SilentlyContinue; Import-Module '$copied/WinErr.psd1'; " +
            "`$cli = & (Get-Module WinErr) { (Resolve-WinErrRuntime).Cli }; `$r = Get-WinError 3; " +
            "`$l = 'Get-WinError STUB_WIN32_'; `$c = (TabExpansion2 -inputScript `$l -cursorColumn `$l.Length).CompletionMatches.CompletionText; " +
            "[pscustomobject]@{ Cli = `$cli; Name = `$r.Name; Completions = (`$c -join ',') } | ConvertTo-Json -Compress"
        $result = (Invoke-ChildPwsh $child) | ConvertFrom-Json
        $result.Cli | Should -Be (Join-Path (Join-Path $copied 'cli') 'winerr.js')
        $result.Name | Should -Be 'STUB_WIN32_3'
        $result.Completions | Should -Be 'STUB_WIN32_1,STUB_WIN32_2'
    }

    It 'package.mjs fails clearly when the CLI is not built' {
        $out = & node (Join-Path $PowerShellRoot 'package.mjs') --out (Join-Path $TestDrive 'x/WinErr') --cli-dist (Join-Path $TestDrive 'no-dist') 2>&1
        $LASTEXITCODE | Should -Not -Be 0
        ($out | Out-String) | Should -Match 'build the CLI'
        Join-Path $TestDrive 'x/WinErr' | Should -Not -Exist
    }

    It 'the packaged real CLI works from a copy, with names.txt from the catalog' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $out = Join-Path $TestDrive 'real/WinErr'
        & node (Join-Path $PowerShellRoot 'package.mjs') --out $out | Out-Null
        $LASTEXITCODE | Should -Be 0
        $copy = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'copy') -Force
        Copy-Item -LiteralPath $out -Destination $copy -Recurse
        $copied = Join-Path $copy.FullName 'WinErr'
        $names = @(Get-Content -LiteralPath (Join-Path $copied 'names.txt'))
        $names.Count | Should -BeGreaterThan 1000
        ($names | Sort-Object -Unique -CaseSensitive).Count | Should -Be $names.Count
        $prefix = $names[[int]($names.Count / 2)]
        $child = "Set-Location '$($copy.FullName)'; Import-Module '$copied/WinErr.psd1'; " +
            "`$r = Get-WinError '$prefix'; `$l = 'Get-WinError $prefix'; `$c = @((TabExpansion2 -inputScript `$l -cursorColumn `$l.Length).CompletionMatches.CompletionText); " +
            "`$cli = & (Get-Module WinErr) { (Resolve-WinErrRuntime).Cli }; " +
            "[pscustomobject]@{ Name = `$r.Name; First = `$c[0]; Cli = `$cli } | ConvertTo-Json -Compress"
        $result = (Invoke-ChildPwsh $child) | ConvertFrom-Json
        $result.Name | Should -Be $prefix
        $result.First | Should -Be $prefix
        $result.Cli | Should -Be (Join-Path (Join-Path $copied 'cli') 'winerr.js')
    }
}
