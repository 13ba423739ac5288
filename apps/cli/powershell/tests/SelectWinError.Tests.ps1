# Select-WinError over the real CLI's `winerr scan`: paths, wildcards,
# literal paths, FileInfo and string input, encodings, errors, streaming.
# Expected entries, from the Windows SDK headers:
#   winerror.h: #define ERROR_IPSEC_IKE_GETSPIFAIL 13857L (0x80073621 is its HRESULT_FROM_WIN32)
#   ntstatus.h: #define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L) (-1073741819 signed)
#   winerror.h: #define ERROR_ACCESS_DENIED 5L
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    $script:HaveReal = Test-Path -LiteralPath $RealCli
    $script:SkipReason = 'apps/cli/dist/winerr.js is missing: build the CLI (pnpm run build) to run this case'
    if ($HaveReal) { $env:WINERR_CLI = $RealCli }
    $script:Text = "start`r`ninstall failed: 0x80073621 (caf" + [char]0xE9 + ")`r`nnothing here`r`nexit code -1073741819 and ERROR_ACCESS_DENIED`r`n"
    $script:Expected = @(
        @{ LineNumber = 2; Match = '0x80073621'; Name = 'ERROR_IPSEC_IKE_GETSPIFAIL' },
        @{ LineNumber = 4; Match = '-1073741819'; Name = 'STATUS_ACCESS_VIOLATION' },
        @{ LineNumber = 4; Match = 'ERROR_ACCESS_DENIED'; Name = 'ERROR_ACCESS_DENIED' }
    )
    function Write-Log {
        param([string]$Name, [System.Text.Encoding]$Encoding, [switch]$Bom)
        $file = Join-Path $TestDrive $Name
        $bytes = $Encoding.GetBytes($Text)
        if ($Bom) { $bytes = $Encoding.GetPreamble() + $bytes }
        [System.IO.File]::WriteAllBytes($file, [byte[]]$bytes)
        $file
    }
    function Get-Summary {
        param($Objects)
        @($Objects | ForEach-Object { '{0}|{1}|{2}' -f $_.LineNumber, $_.Match, $_.Name })
    }
    $script:ExpectedSummary = @($Expected | ForEach-Object { '{0}|{1}|{2}' -f $_.LineNumber, $_.Match, $_.Name })
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Select-WinError' {
    BeforeEach {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It 'returns WinErr.ScanMatch objects with Path, LineNumber, Line, Match and the entry' {
        if (-not $HaveReal) { return }
        $file = Write-Log 'plain.log' ([System.Text.UTF8Encoding]::new($false))
        $r = @(Select-WinError -Path $file)
        Get-Summary $r | Should -Be $ExpectedSummary
        $r[0].PSObject.TypeNames[0] | Should -Be 'WinErr.ScanMatch'
        $r[0].Path | Should -Be $file
        $r[0].Line | Should -Be ('install failed: 0x80073621 (caf' + [char]0xE9 + ')')
        $r[0].Column | Should -Be 17
        $r[0].InputHex | Should -Be '0x80073621'
        $r[0].Via | Should -Be 'HRESULT_FROM_WIN32'
        $r[0].FacilityName | Should -Be 'FACILITY_WIN32'
        $r[1].Kind | Should -Be 'ntstatus'
        foreach ($p in 'Severity', 'Facility', 'Code', 'Message', 'Header', 'Value', 'Hex', 'Signed') { $r[0].PSObject.Properties.Name | Should -Contain $p }
        ($r | Out-String -Width 80) | Should -Match 'ERROR_IPSEC_IKE_GETSPIFAIL'
    }

    It 'builds the same objects with its compiled type as with [pscustomobject]s' {
        if (-not $HaveReal) { return }
        $file = Write-Log 'same.log' ([System.Text.UTF8Encoding]::new($false))
        $fast = @(Select-WinError -Path $file -All)
        $fast[0].GetType().FullName | Should -Be 'WinErr.ScanMatch'
        $slow = Invoke-WithoutObjectType { @(Select-WinError -Path $file -All) }
        $slow[0] | Should -BeOfType [System.Management.Automation.PSCustomObject]
        $fast.Count | Should -BeGreaterThan 3
        ($fast | ConvertTo-Json) | Should -Be ($slow | ConvertTo-Json)
        ($fast | ConvertTo-Csv) | Should -Be ($slow | ConvertTo-Csv)
        ($fast | Out-String -Width 80) | Should -Be ($slow | Out-String -Width 80)
    }

    It 'detects UTF-16 LE and BE with a BOM and UTF-8 with or without one: <Name>' -ForEach @(
        @{ Name = 'utf16le'; Encoding = 'Unicode'; Bom = $true },
        @{ Name = 'utf16be'; Encoding = 'BigEndianUnicode'; Bom = $true },
        @{ Name = 'utf8bom'; Encoding = 'UTF8'; Bom = $true },
        @{ Name = 'utf8'; Encoding = 'UTF8'; Bom = $false }
    ) {
        if (-not $HaveReal) { return }
        $file = Write-Log "$Name.log" ([System.Text.Encoding]::$Encoding) -Bom:$Bom
        $r = @(Select-WinError -LiteralPath $file)
        Get-Summary $r | Should -Be $ExpectedSummary
        $r[0].Line | Should -Be ('install failed: 0x80073621 (caf' + [char]0xE9 + ')')
    }

    It 'reads the OEM code page when -Encoding says so' {
        if (-not $HaveReal) { return }
        $oem = [System.Text.Encoding]::GetEncoding([System.Globalization.CultureInfo]::CurrentCulture.TextInfo.OEMCodePage)
        $file = Write-Log 'oem.log' $oem
        $expectedLine = $oem.GetString($oem.GetBytes('install failed: 0x80073621 (caf' + [char]0xE9 + ')'))
        $r = @(Select-WinError -Path $file -Encoding OEM)
        Get-Summary $r | Should -Be $ExpectedSummary
        $r[0].Line | Should -Be $expectedLine
        # Code page 437 by number: 0x82 is e-acute there (and not valid UTF-8 alone).
        $cp437 = Join-Path $TestDrive 'cp437.log'
        [System.IO.File]::WriteAllBytes($cp437, [byte[]](@([System.Text.Encoding]::ASCII.GetBytes('failed: 0x80073621 caf')) + @(0x82) + @(13, 10)))
        (Select-WinError -LiteralPath $cp437 -Encoding 437).Line | Should -Be ('failed: 0x80073621 caf' + [char]0xE9)
        (Select-WinError -LiteralPath $cp437).Line | Should -Not -Be ('failed: 0x80073621 caf' + [char]0xE9)
        { Select-WinError -Path $file -Encoding 'no-such-encoding' } | Should -Throw -ErrorId 'WinErr.BadEncoding,Select-WinError'
    }

    It 'expands wildcards over several files and paths; -LiteralPath takes brackets as they are' {
        if (-not $HaveReal) { return }
        $dir = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'many') -Force
        $utf8 = [System.Text.UTF8Encoding]::new($false)
        foreach ($n in 'a.log', 'b.log', 'c.txt', 'd[1].log', '-dash.log') { [System.IO.File]::WriteAllText((Join-Path $dir $n), $Text, $utf8) }
        $r = @(Select-WinError -Path (Join-Path $dir '*.log'), (Join-Path $dir 'c.txt'))
        # d[1].log matches *.log too; files in the order the provider lists them.
        @($r.Path | Select-Object -Unique | ForEach-Object { Split-Path -Leaf $_ }) | Should -Be @('-dash.log', 'a.log', 'b.log', 'd[1].log', 'c.txt')
        $r.Count | Should -Be 15
        $literal = @(Select-WinError -LiteralPath (Join-Path $dir 'd[1].log'))
        Get-Summary $literal | Should -Be $ExpectedSummary
    }

    It 'reads FileInfo objects from the pipeline (Get-ChildItem)' {
        if (-not $HaveReal) { return }
        $dir = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'gci') -Force
        foreach ($n in 'x.log', 'y.log') { [System.IO.File]::WriteAllText((Join-Path $dir $n), $Text) }
        $r = @(Get-ChildItem -LiteralPath $dir.FullName -Filter *.log | Select-WinError)
        $r.Count | Should -Be 6
        @($r.Path | Select-Object -Unique | ForEach-Object { Split-Path -Leaf $_ }) | Should -Be @('x.log', 'y.log')
    }

    It 'scans strings from the pipeline, LineNumber counting the strings, Path InputStream' {
        if (-not $HaveReal) { return }
        $lines = $Text.Split([string[]]@("`r`n"), [System.StringSplitOptions]::None)
        $r = @($lines | Select-WinError)
        Get-Summary $r | Should -Be $ExpectedSummary
        @($r.Path | Select-Object -Unique) | Should -Be 'InputStream'
        $r[0].Line | Should -Be $lines[1]
        # Get-Content gives the same as the file.
        $file = Write-Log 'gc.log' ([System.Text.Encoding]::Unicode) -Bom
        Get-Summary @(Get-Content -LiteralPath $file | Select-WinError) | Should -Be $ExpectedSummary
    }

    It '-Kind filters in any case; -All returns every entry of a code' {
        if (-not $HaveReal) { return }
        $file = Write-Log 'kind.log' ([System.Text.UTF8Encoding]::new($false))
        @((Select-WinError -Path $file -Kind NTSTATUS).Name) | Should -Be @('STATUS_ACCESS_VIOLATION')
        # 0x80070005 is several entries (winerror.h E_ACCESSDENIED and others); the CLI says how many.
        $many = Join-Path $TestDrive 'many.log'
        Set-Content -LiteralPath $many -Value 'failed hr=0x80070005'
        $count = @((& $NodePath $RealCli decode 0x80070005 --json | Out-String | ConvertFrom-Json).matches).Count
        $count | Should -BeGreaterThan 1
        @(Select-WinError -Path $many -All).Count | Should -Be $count
        @(Select-WinError -Path $many).Count | Should -Be 1
    }

    It 'asks scan for flat rows of the best matches (--flat; --best for pipeline strings) unless -All or -Kind needs every match; -Verbose shows the command' {
        if (-not $HaveReal) { return }
        $many = Join-Path $TestDrive 'best.log'
        Set-Content -LiteralPath $many -Value 'failed hr=0x80070005'
        $verbose = { param($r) @($r | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message } | Where-Object { $_ -like '* scan *' }) }
        $best = @(Select-WinError -Path $many -Verbose 4>&1)
        & $verbose $best | Should -Be @(('WinErr: {0} {1} scan --ndjson --no-readings --line-text --flat -- {2}' -f $NodePath, $RealCli, $many))
        @($best | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Name | Should -Be @((& $NodePath $RealCli decode 0x80070005 --json | Out-String | ConvertFrom-Json).matches[0].name)
        & $verbose @(Select-WinError -Path $many -All -Verbose 4>&1) | Should -Be @(('WinErr: {0} {1} scan --ndjson --no-readings --line-text -- {2}' -f $NodePath, $RealCli, $many))
        & $verbose @('hr=0x80070005' | Select-WinError -Verbose 4>&1) | Should -Be @(('WinErr: {0} {1} scan - --ndjson --no-readings --best (1 lines on stdin)' -f $NodePath, $RealCli))
        & $verbose @('hr=0x80070005' | Select-WinError -Kind hresult -Verbose 4>&1) | Should -Be @(('WinErr: {0} {1} scan - --ndjson --no-readings (1 lines on stdin)' -f $NodePath, $RealCli))
    }

    It 'the objects read from flat rows (scan --flat) equal the best of -All (scan''s full records) for each code found, property by property' {
        if (-not $HaveReal) { return }
        # Every scan rule (hex, negative decimal, name, a number after a
        # keyword), codes with many matches, an NTSTATUS, and a hex code no
        # entry has (no object: as before).
        $log = Join-Path $TestDrive 'flat.log'
        Set-Content -LiteralPath $log -Value @('open failed (0x80070005)', 'exit -1073741819 seen', 'got ERROR_FILE_NOT_FOUND here, then 0x8024402C', 'installer error 1603', 'hr 0x7FFF1234', 'status 0xC0000005 and 5')
        $flat = @(Select-WinError -LiteralPath $log)
        $all = @(Select-WinError -LiteralPath $log -All)
        $best = @($all | Group-Object -Property LineNumber, Column | ForEach-Object { $_.Group[0] })
        $flat.Count | Should -Be $best.Count
        $flat.Count | Should -BeGreaterThan 5
        for ($i = 0; $i -lt $flat.Count; $i++) {
            $flat[$i].PSObject.TypeNames[0] | Should -Be 'WinErr.ScanMatch'
            foreach ($p in $best[$i].PSObject.Properties) {
                $flat[$i].($p.Name) | Should -Be $p.Value -Because ('{0} of {1} at line {2}' -f $p.Name, $best[$i].Match, $best[$i].LineNumber)
            }
        }
        @($flat.Match) | Should -Not -Contain '0x7FFF1234'
        @($flat | Where-Object { $null -eq $_.Severity }).Count | Should -BeGreaterThan 0
    }

    It 'writes one non-terminating error per missing file and goes on; a wildcard matching nothing is silent' {
        if (-not $HaveReal) { return }
        $file = Write-Log 'ok.log' ([System.Text.UTF8Encoding]::new($false))
        $r = @(Select-WinError -LiteralPath (Join-Path $TestDrive 'missing.log'), $file -ErrorVariable ev -ErrorAction SilentlyContinue)
        Get-Summary $r | Should -Be $ExpectedSummary
        $ev.Count | Should -Be 1
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.PathNotFound,Select-WinError'
        @(Select-WinError -Path (Join-Path $TestDrive 'none-*.log') -ErrorVariable ev2).Count | Should -Be 0
        $ev2.Count | Should -Be 0
        Select-WinError -LiteralPath $TestDrive -ErrorVariable ev3 -ErrorAction SilentlyContinue
        $ev3[0].FullyQualifiedErrorId | Should -Be 'WinErr.NotAFile,Select-WinError'
    }

    It 'streams: the first object comes while the CLI still reads, and stopping ends the scan' {
        if (-not $HaveReal) { return }
        $big = Join-Path $TestDrive 'big.log'
        $writer = [System.IO.StreamWriter]::new($big)
        for ($i = 0; $i -lt 50000; $i++) { if ($i % 100 -eq 0) { $writer.WriteLine("line $i hr=0x80073621") } else { $writer.WriteLine("line $i fine") } }
        $writer.Dispose()
        $first = @(Select-WinError -Path $big | Select-Object -First 1)
        $first.Count | Should -Be 1
        $first[0].LineNumber | Should -Be 1
        @(Select-WinError -Path $big).Count | Should -Be 500
    }
}
