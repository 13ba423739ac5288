# Behaviour over stub CLIs (tests/stubs): binding, batching, order, errors,
# protocol failures, and data that must travel as plain stdin lines. The
# stubs invent their entries (STUB_WIN32_n, STUB_HRESULT_n for n in 1..40).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    Set-WinErrWindowsReading $true
    $script:StubHr7 = [uint32]::Parse('80070007', [System.Globalization.NumberStyles]::HexNumber)
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Get-WinError output' {
    BeforeAll { Use-Stub good }

    It 'returns the best match as a typed WinErr.ErrorInfo' {
        $r = @(Get-WinError 7)
        $r.Count | Should -Be 1
        $r[0].PSObject.TypeNames[0] | Should -Be 'WinErr.ErrorInfo'
        $r[0].Name | Should -Be 'STUB_WIN32_7'
        $r[0].Input | Should -Be '7'
        $r[0].Value | Should -BeOfType [uint32]
        $r[0].Signed | Should -BeOfType [int]
        foreach ($p in 'Input', 'Name', 'Kind', 'Value', 'Hex', 'Signed', 'Message', 'Header', 'Via', 'MessageSource') { $r[0].PSObject.Properties.Name | Should -Contain $p }
        $r[0].MessageSource | Should -BeNullOrEmpty -Because 'the text is the catalog''s'
    }

    It 'builds the same objects with its compiled type as with [pscustomobject]s' {
        $fast = @(Get-WinError 7, ([string]$StubHr7) -All)
        $fast[0].GetType().FullName | Should -Be 'WinErr.ErrorInfo'
        $slow = Invoke-WithoutObjectType { @(Get-WinError 7, ([string]$StubHr7) -All) }
        $slow[0] | Should -BeOfType [System.Management.Automation.PSCustomObject]
        $slow[0].PSObject.TypeNames[0] | Should -Be 'WinErr.ErrorInfo'
        $fast.Count | Should -Be 4
        ($fast | ConvertTo-Json) | Should -Be ($slow | ConvertTo-Json)
        ($fast | ConvertTo-Csv) | Should -Be ($slow | ConvertTo-Csv)
        ($fast | Format-List * | Out-String) | Should -Be ($slow | Format-List * | Out-String)
        ($fast | Out-String -Width 80) | Should -Be ($slow | Out-String -Width 80)
        $fast[1].Value | Should -BeOfType [uint32]
        $fast[1].Signed | Should -BeOfType [int]
    }

    It 'types Value as [uint32] and Signed as [int] above 0x7FFFFFFF' {
        $r = Get-WinError ([string]$StubHr7)
        $r.Value | Should -BeOfType [uint32]
        $r.Value | Should -Be $StubHr7
        $r.Signed | Should -BeOfType [int]
        $r.Signed | Should -Be ([System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($StubHr7), 0))
        $r.Hex | Should -Be ('0x' + $StubHr7.ToString('X8'))
    }

    It 'returns every match, best first, with -All; -Kind filters' {
        $all = @(Get-WinError 7 -All)
        @($all.Name) | Should -Be @('STUB_WIN32_7', 'STUB_HRESULT_7')
        @($all.Via) | Should -Be @('exact', 'HRESULT_FROM_WIN32')
        $h = @(Get-WinError 7 -All -Kind hresult)
        @($h.Name) | Should -Be @('STUB_HRESULT_7')
        { Get-WinError 7 -Kind nonsense } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Get-WinError'
    }

    It 'formats with the table view' {
        $text = Get-WinError 7 | Out-String
        $text | Should -Match 'STUB_WIN32_7'
        $text | Should -Match 'Kind'
    }

    It '-AsJson passes the CLI JSON lines through' {
        $json = @(Get-WinError 7, 8 -AsJson)
        $json.Count | Should -Be 2
        $json[0] | Should -BeOfType [string]
        ($json[0] | ConvertFrom-Json).input | Should -Be '7'
        ($json[1] | ConvertFrom-Json).matches[0].name | Should -Be 'STUB_WIN32_8'
    }
}

Describe 'Binding' {
    BeforeAll { Use-Stub good }

    It 'binds arguments, strings and numbers by value' {
        @((Get-WinError 1, 2).Name) | Should -Be @('STUB_WIN32_1', 'STUB_WIN32_2')
        @(('3', '4' | Get-WinError).Name) | Should -Be @('STUB_WIN32_3', 'STUB_WIN32_4')
        @((5, 6 | Get-WinError).Name) | Should -Be @('STUB_WIN32_5', 'STUB_WIN32_6')
    }

    It 'binds by property name: <Property>' -ForEach @(
        @{ Property = 'HResult' }, @{ Property = 'Code' }, @{ Property = 'NativeErrorCode' }, @{ Property = 'ErrorCode' }, @{ Property = 'ExitCode' }
    ) {
        $o = New-Object psobject
        $o | Add-Member -NotePropertyName $Property -NotePropertyValue 9
        ($o | Get-WinError).Name | Should -Be 'STUB_WIN32_9'
        $named = @{ $Property = '10' }
        (Get-WinError @named).Name | Should -Be 'STUB_WIN32_10'
    }

    It 'binds [pscustomobject]@{HResult=...} and exceptions, and ErrorRecords' {
        ([pscustomobject]@{ HResult = [int][System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($StubHr7), 0) } | Get-WinError).Name | Should -Be 'STUB_HRESULT_7'
        $ex = New-Object System.ComponentModel.Win32Exception -ArgumentList 11
        ($ex | Get-WinError).Name | Should -Be 'STUB_WIN32_11'
        try { throw $ex } catch { ($_ | Get-WinError).Name | Should -Be 'STUB_WIN32_11'; ($_.Exception | Get-WinError).Name | Should -Be 'STUB_WIN32_11' }
    }
}

Describe 'Batching and order' {
    BeforeAll {
        Use-Stub good
        $script:Log = Join-Path $TestDrive 'starts.log'
        $env:WINERR_STUB_LOG = $Log
    }
    BeforeEach { Remove-Item -LiteralPath $Log -ErrorAction SilentlyContinue }
    AfterAll {
        Remove-Item Env:WINERR_STUB_LOG -ErrorAction SilentlyContinue
        & (Get-Module WinErr) { $script:BatchGrowth = 64 }
    }

    It 'batches of 256 (fixed): the first node takes the first two batches, each later one its own: 600 items -> 2 starts' {
        & (Get-Module WinErr) { $script:BatchGrowth = 1 }
        try {
            $items = 1..600 | ForEach-Object { (($_ - 1) % 40) + 1 }
            $r = @($items | Get-WinError)
        }
        finally { & (Get-Module WinErr) { $script:BatchGrowth = 64 } }
        # 256 and 256 on the first node, 88 on the second.
        Get-StartCount $Log | Should -Be 2
        $r.Count | Should -Be 600
        @($r.Input) | Should -Be @($items | ForEach-Object { [string]$_ })
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
    }

    It 'grows batches by default: 600 items -> 1 start, 10000 items -> 1 start, 20000 -> 2' {
        # 256 + 344 on one node
        $r = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError)
        $r.Count | Should -Be 600
        Get-StartCount $Log | Should -Be 1
        Remove-Item -LiteralPath $Log
        # 256 + 9744
        $n = @(1..10000 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError).Count
        $n | Should -Be 10000
        Get-StartCount $Log | Should -Be 1
        Remove-Item -LiteralPath $Log
        # 256 + 16384 on the first node, 3360 on the second, in order
        $items = 1..20000 | ForEach-Object { (($_ - 1) % 40) + 1 }
        $r = @($items | Get-WinError)
        Get-StartCount $Log | Should -Be 2
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
    }

    It 'starts the first node at the first input and keeps it when the first batch has nothing to decode: 256 blanks, then 300 codes -> 1 start, in order' {
        $codes = 1..300 | ForEach-Object { (($_ - 1) % 40) + 1 }
        $r = @(@(@('') * 256) + $codes | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable bad)
        Get-StartCount $Log | Should -Be 1
        $bad.Count | Should -Be 256
        @($r.Value) | Should -Be @($codes | ForEach-Object { [uint32]$_ })
    }

    It 'starts no node for no input, and sends only fixed flags on argv: --flat unless -All or -Kind need every match' {
        @() | Get-WinError
        Get-StartCount $Log | Should -Be 0
        1 | Get-WinError | Out-Null
        (Get-Content -LiteralPath $Log) | Should -Match ' decode --stdin --ndjson --no-readings --flat$'
        Remove-Item -LiteralPath $Log
        @(1 | Get-WinError -All).Count | Should -Be 2
        @(1 | Get-WinError -Kind hresult).Name | Should -Be 'STUB_HRESULT_1'
        @(Get-Content -LiteralPath $Log) | Should -Match ' decode --stdin --ndjson --no-readings$'
    }

    It 'passes -System and -Language as fixed flags after --no-readings, batching as before' {
        & (Get-Module WinErr) { $script:BatchGrowth = 1 }
        try { $r = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError -System -Language de-DE) }
        finally { & (Get-Module WinErr) { $script:BatchGrowth = 64 } }
        $r.Count | Should -Be 600
        $argv = @(Get-Content -LiteralPath $Log)
        $argv.Count | Should -Be 2
        foreach ($line in $argv) { $line | Should -Match ' decode --stdin --ndjson --no-readings --best --system --lang de-DE$' }
        Remove-Item -LiteralPath $Log
        Get-WinError 1 -System | Out-Null
        (Get-Content -LiteralPath $Log) | Should -Match ' decode --stdin --ndjson --no-readings --best --system$'
    }

    It 'rejects a -Language that is not a plain locale name, and -Language without -System, before starting node' {
        foreach ($bad in @('de-DE' + [char]10, 'de DE', '--help', 'de_DE', 'x', '')) {
            { Get-WinError 1 -System -Language $bad } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Get-WinError' -Because "'$bad'"
        }
        { Get-WinError 1 -Language de-DE } | Should -Throw -ErrorId 'WinErr.LanguageNeedsSystem,Get-WinError'
        Get-StartCount $Log | Should -Be 0
    }

    It 'writes a batch''s results once its node is done, before the next batch is full' {
        # BatchGrowth 1, SendChunk 16: the first node's batch (512 inputs)
        # closes at the 512th; inputs then come every 5 ms, and its results
        # are written at a look (every 16 inputs) once its node is done,
        # long before the next batch is full (1024).
        & (Get-Module WinErr) { $script:FastFirstMs = 60000; $script:BatchGrowth = 1; $script:SendChunk = 16 }
        try {
            $seen = New-Object 'System.Collections.Generic.List[int]'
            1..1200 | ForEach-Object { if ($_ -gt 512) { Start-Sleep -Milliseconds 5 }; $seen.Add($_); (($_ - 1) % 40) + 1 } | Get-WinError | Select-Object -First 1 | ForEach-Object { $atFirst = $seen.Count }
        }
        finally { & (Get-Module WinErr) { $script:FastFirstMs = 50; $script:BatchGrowth = 64; $script:SendChunk = 1024 } }
        $atFirst | Should -BeGreaterThan 512
        $atFirst | Should -BeLessThan 1024
        ($atFirst - 512) % 16 | Should -Be 0
    }

    It 'writes the last batch''s results as node''s lines come, not only once node is done' {
        # The stub answers 599 of 600 at the end of the input and the last
        # 5 s later: the first result comes at once, and stopping the
        # pipeline there ends the node.
        Use-Stub slow-end
        & (Get-Module WinErr) { $script:FastFirstMs = 60000 }
        try {
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $r = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError | Select-Object -First 1)
            $clock.Stop()
        }
        finally {
            & (Get-Module WinErr) { $script:FastFirstMs = 50 }
            Use-Stub good
        }
        $r.Name | Should -Be 'STUB_WIN32_1'
        $clock.ElapsedMilliseconds | Should -BeLessThan 4000
        & (Get-Module WinErr) { @($script:OpenRuns | Where-Object { -not $_.Closed }).Count } | Should -Be 0
    }

    It 'reads a CLI that answers only at the end of its input: after HeadWaitMs, each batch on a node of its own' {
        # FastFirstMs 0: the first batch is answered at once, however fast it came.
        Use-Stub buffered
        & (Get-Module WinErr) { $script:HeadWaitMs = 300; $script:FastFirstMs = 0 }
        try {
            $items = 1..600 | ForEach-Object { (($_ - 1) % 40) + 1 }
            $r = @($items | Get-WinError)
        }
        finally {
            & (Get-Module WinErr) { $script:HeadWaitMs = 2000; $script:FastFirstMs = 50 }
            Use-Stub good
        }
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
        # The first node's input was closed to read its answers: 344 on a second node.
        Get-StartCount $Log | Should -Be 2
    }

    It 'gives every result, in order, on one node, when the first batch came fast and the CLI answers late: <Stub> (<Why>)' -ForEach @(
        @{ Stub = 'slow-end'; Why = 'the last answer 5 s after the rest' },
        @{ Stub = 'buffered'; Why = 'every answer at the end of the input: nothing is read before then' }
    ) {
        Use-Stub $Stub
        & (Get-Module WinErr) { $script:FastFirstMs = 60000 }
        try {
            $items = 1..600 | ForEach-Object { (($_ - 1) % 40) + 1 }
            $r = @($items | Get-WinError)
        }
        finally {
            & (Get-Module WinErr) { $script:FastFirstMs = 50 }
            Use-Stub good
        }
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
        Get-StartCount $Log | Should -Be 1
    }

    It 'ends the node that waits for the next batch when the pipeline stops downstream' {
        $r = @(1..600 | ForEach-Object { (($_ - 1) % 40) + 1 } | Get-WinError | Select-Object -First 1)
        $r.Count | Should -Be 1
        $nodeId = [int](@(Get-Content -LiteralPath $Log)[0] -split ' ')[0]
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        while ((Test-Path -LiteralPath "/proc/$nodeId") -and $clock.ElapsedMilliseconds -lt 5000) {
            if ($IsWindows) { break }
            Start-Sleep -Milliseconds 50
        }
        if (-not $IsWindows) { Test-Path -LiteralPath "/proc/$nodeId" | Should -BeFalse }
        & (Get-Module WinErr) { @($script:OpenRuns | Where-Object { -not $_.Closed }).Count } | Should -Be 0
    }

    It 'ends, on the next call, the node of a pipeline stopped while it waited for input (Ctrl+C upstream)' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript('param($m) Import-Module $m; & { 1..300; Start-Sleep -Seconds 60 } | Get-WinError | Out-Null').AddArgument($ManifestPath)
            $async = $ps.BeginInvoke()
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            while ((Get-StartCount $Log) -lt 1 -and $clock.ElapsedMilliseconds -lt 10000) { Start-Sleep -Milliseconds 50 }
            # Time to answer the first batch; the node then waits for the next one.
            Start-Sleep -Milliseconds 1000
            $ps.Stop()
            $nodeId = [int](@(Get-Content -LiteralPath $Log)[0] -split ' ')[0]
            $ps.Commands.Clear()
            $left = $ps.AddScript('@(& (Get-Module WinErr) { $script:OpenRuns | Where-Object { -not $_.Closed } }).Count').Invoke()
            $left | Should -Be 1 -Because 'the stopped pipeline left its node waiting for input'
            $ps.Commands.Clear()
            $null = $ps.AddScript('Get-WinError 5 | Out-Null; @(& (Get-Module WinErr) { $script:OpenRuns | Where-Object { -not $_.Closed } }).Count').Invoke()
            $ps.Commands.Clear()
            $ps.AddScript('@(& (Get-Module WinErr) { $script:OpenRuns | Where-Object { -not $_.Closed } }).Count').Invoke() | Should -Be 0
            if (-not $IsWindows) {
                $clock.Restart()
                while ((Test-Path -LiteralPath "/proc/$nodeId") -and $clock.ElapsedMilliseconds -lt 5000) { Start-Sleep -Milliseconds 50 }
                Test-Path -LiteralPath "/proc/$nodeId" | Should -BeFalse
            }
        }
        finally { $ps.Dispose() }
    }

    It 'leaves the node of a pipeline that goes on alone when another Get-WinError runs meanwhile' {
        $items = @(1..300 | ForEach-Object { (($_ - 1) % 40) + 1 })
        $inner = New-Object 'System.Collections.Generic.List[object]'
        # The inner call runs while the outer one's first node waits for its second batch.
        $r = @(& { $items[0..279]; $inner.AddRange(@(Get-WinError 7 -All)); $items[280..299] } | Get-WinError)
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
        $inner.Count | Should -Be 2
        Get-StartCount $Log | Should -Be 2
    }

    It 'answers a first batch that came slowly at once, before the 257th input is read' {
        # 255 inputs at once, then a pause longer than FastFirstMs.
        $seen = New-Object 'System.Collections.Generic.List[int]'
        1..300 | ForEach-Object { if ($_ -eq 256) { Start-Sleep -Milliseconds 200 }; $seen.Add($_); (($_ - 1) % 40) + 1 } | Get-WinError | Select-Object -First 1 | ForEach-Object { $atFirst = $seen.Count }
        $atFirst | Should -Be 256
    }

    It 'sends a first batch that came fast on as the start of the second, answered as a later batch is' {
        # (FastFirstMs raised: on a loaded machine even 1..1200 could take
        # 50 ms to bring 256 inputs.) BatchGrowth 1: the first node's batch
        # is 256 + 256 inputs; as every later batch, its answers are
        # written when the next batch (512 more) is full, at the 1024th.
        & (Get-Module WinErr) { $script:FastFirstMs = 60000; $script:BatchGrowth = 1 }
        try {
            $seen = New-Object 'System.Collections.Generic.List[int]'
            1..1200 | ForEach-Object { $seen.Add($_); (($_ - 1) % 40) + 1 } | Get-WinError | Select-Object -First 1 | ForEach-Object { $atFirst = $seen.Count }
            $atFirst | Should -Be 1024
            Remove-Item -LiteralPath $Log
            $items = 1..600 | ForEach-Object { (($_ - 1) % 40) + 1 }
            $r = @($items | Get-WinError)
        }
        finally { & (Get-Module WinErr) { $script:FastFirstMs = 50; $script:BatchGrowth = 64 } }
        @($r.Value) | Should -Be @($items | ForEach-Object { [uint32]$_ })
        # 512 on the first node, 88 on the second.
        Get-StartCount $Log | Should -Be 2
    }
}

Describe 'Errors' {
    BeforeAll { Use-Stub good }

    It 'writes a non-terminating ObjectNotFound for an unknown name and goes on, in order' {
        $all = @('1', 'NO_SUCH_STUB', '2' | Get-WinError -ErrorAction Continue 2>&1)
        $all.Count | Should -Be 3
        $all[0].Name | Should -Be 'STUB_WIN32_1'
        $all[1] | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $all[1].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $all[1].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $all[1].TargetObject | Should -Be 'NO_SUCH_STUB'
        $all[2].Name | Should -Be 'STUB_WIN32_2'
    }

    It 'writes ObjectNotFound for a number that matches nothing and InvalidArgument for garbage' {
        $r = @('65535', '12!', "a`nb", '' | Get-WinError -ErrorVariable ev -ErrorAction SilentlyContinue)
        $r.Count | Should -Be 0
        $ev.Count | Should -Be 4
        @($ev.FullyQualifiedErrorId) | Should -Be @('WinErr.NotFound,Get-WinError', 'WinErr.InvalidInput,Get-WinError', 'WinErr.InvalidInput,Get-WinError', 'WinErr.InvalidInput,Get-WinError')
        @($ev.TargetObject) | Should -Be @('65535', '12!', "a`nb", '')
        $ev[1].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'fills -ErrorVariable and keeps the output' {
        $r = @('3', 'NO_SUCH_STUB' | Get-WinError -ErrorVariable ev -ErrorAction SilentlyContinue)
        $r.Count | Should -Be 1
        $ev.Count | Should -Be 1
        $ev[0].TargetObject | Should -Be 'NO_SUCH_STUB'
    }

    It 'stops on the first error under -ErrorAction Stop, keeping the id' {
        $out = New-Object 'System.Collections.Generic.List[object]'
        $caught = $null
        try { '4', 'NO_SUCH_STUB', '5' | Get-WinError -ErrorAction Stop | ForEach-Object { $out.Add($_) } } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $caught.TargetObject | Should -Be 'NO_SUCH_STUB'
        @($out.Name) | Should -Be @('STUB_WIN32_4')
    }

    It 'is unaffected by $PSNativeCommandUseErrorActionPreference = $true in the caller' {
        $PSNativeCommandUseErrorActionPreference = $true
        $ErrorActionPreference = 'Stop'
        # The stub exits 2 here (one input not understood).
        $r = @('6', 'NO_SUCH_STUB' | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable ev)
        $r.Count | Should -Be 1
        $ev.Count | Should -Be 1
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
    }

    It 'turns no native stderr into error records' {
        Use-Stub stderr-noise
        try {
            $Error.Clear()
            $r = @(Get-WinError 7, 8 -ErrorAction Stop -ErrorVariable ev)
            $r.Count | Should -Be 2
            $ev.Count | Should -Be 0
            $Error.Count | Should -Be 0
        }
        finally { Use-Stub good }
    }
}

Describe 'Terminating failures' {
    AfterEach { Use-Stub good }

    It 'throws ONE NodeNotFound when WINERR_NODE names no program' {
        Use-Stub good
        $env:WINERR_NODE = Join-Path $TestDrive 'no-such-node'
        $caught = $null
        try { 1..600 | Get-WinError -ErrorVariable ev } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'WinErr.NodeNotFound,Get-WinError'
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $caught.Exception.Message | Should -Match 'Node\.js'
        $caught.ErrorDetails.RecommendedAction | Should -Match 'Install Node\.js'
        $ev.Count | Should -Be 1
    }

    It 'throws NodeNotFound when node is not on PATH' {
        Use-Stub good
        Remove-Item Env:WINERR_NODE
        $savedPath = $env:PATH
        try {
            $env:PATH = (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'empty-path') -Force).FullName
            { Get-WinError 1 } | Should -Throw -ErrorId 'WinErr.NodeNotFound,Get-WinError'
            { Find-WinError x } | Should -Throw -ErrorId 'WinErr.NodeNotFound,Find-WinError'
        }
        finally { $env:PATH = $savedPath }
    }

    It 'throws CliNotFound when WINERR_CLI names no file' {
        Use-Stub good
        $env:WINERR_CLI = Join-Path $TestDrive 'no-such-cli.js'
        { Get-WinError 1 } | Should -Throw -ErrorId 'WinErr.CliNotFound,Get-WinError'
    }

    It 'throws a ProtocolError on bad JSON' {
        Use-Stub bad-json
        $caught = $null
        try { Get-WinError 1, 2 } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'WinErr.ProtocolError,Get-WinError'
        $caught.Exception.Message | Should -Match 'not a JSON object'
    }

    It 'throws a ProtocolError on exit code 3, with the CLI stderr line' {
        Use-Stub exit3
        $caught = $null
        try { Get-WinError 1 -ErrorAction SilentlyContinue } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'WinErr.ProtocolError,Get-WinError'
        $caught.Exception.Message | Should -Match 'exit code 3'
        $caught.Exception.Message | Should -Match 'stub failure'
    }

    It 'throws a ProtocolError when -AsJson gets the wrong number of lines' {
        Use-Stub exit3
        { Get-WinError 1 -AsJson } | Should -Throw -ErrorId 'WinErr.ProtocolError,Get-WinError'
    }
}

Describe 'User data is plain stdin data' {
    BeforeAll {
        Use-Stub echo
        $script:Inputs = @(
            'say "hi"', "it's", 'a & b', '$(Get-Date)', '`n', '--help', '%PATH%', 'a;b|c>d',
            ('caf' + [char]0xE9), ([string][char]0x4E2D + [char]0x6587), ('x' + [char]0xD83D + [char]0xDE00 + 'y'), ' padded '
        )
    }
    AfterAll { Use-Stub good }

    It 'reaches the CLI unchanged on stdin, with only fixed flags on argv' {
        $json = @($Inputs | Get-WinError -AsJson)
        $json.Count | Should -Be $Inputs.Count
        for ($i = 0; $i -lt $Inputs.Count; $i++) {
            $o = $json[$i] | ConvertFrom-Json
            @($o.argv) | Should -Be @('decode', '--stdin', '--ndjson')
            $expected = @()
            for ($j = 0; $j -lt $Inputs[$i].Length; $j++) {
                if ([char]::IsHighSurrogate($Inputs[$i][$j])) { $expected += [char]::ConvertToUtf32($Inputs[$i][$j], $Inputs[$i][$j + 1]); $j++ } else { $expected += [int]$Inputs[$i][$j] }
            }
            @($o.codepoints) | Should -Be $expected -Because "input $i"
            $o.input | Should -BeExactly $Inputs[$i]
        }
    }

    It 'keeps the objects'' Input as given' {
        $r = @($Inputs | Get-WinError)
        @($r.Input) | Should -Be $Inputs
    }

    It 'reads pure-ASCII JSON from the CLI' {
        foreach ($line in @($Inputs | Get-WinError -AsJson)) {
            ($line.ToCharArray() | Where-Object { [int]$_ -gt 127 }) | Should -BeNullOrEmpty
        }
    }
}

Describe 'Find-WinError' {
    BeforeAll {
        Use-Stub good
        $script:Log = Join-Path $TestDrive 'find.log'
        $env:WINERR_STUB_LOG = $Log
    }
    AfterAll { Remove-Item Env:WINERR_STUB_LOG, Env:WINERR_NAMES -ErrorAction SilentlyContinue; & (Get-Module WinErr) { $script:Names = $null } }

    It 'finds by wildcard over `winerr search --stdin --ndjson`, the pattern on stdin' {
        Remove-Item -LiteralPath $Log -ErrorAction SilentlyContinue
        $r = @(Find-WinError 'STUB_WIN32_1*' -Limit 5 -WarningAction SilentlyContinue)
        $r.Count | Should -Be 5
        foreach ($o in $r) { $o.Name | Should -BeLike 'STUB_WIN32_1*'; $o.PSObject.TypeNames[0] | Should -Be 'WinErr.ErrorInfo'; $o.Input | Should -Be 'STUB_WIN32_1*' }
        $argv = @(Get-Content -LiteralPath $Log)
        # Every hit is asked for: -Limit is applied after the filters. Then
        # the entries shown are decoded by name (one more process, names on stdin).
        $argv.Count | Should -Be 2
        $argv[0] | Should -Match ' search --stdin --ndjson --limit 100000$'
        $argv[1] | Should -Match ' decode --stdin --ndjson --no-readings$'
        $argv | Should -Not -Match 'STUB'
    }

    It 'searches message text, filters -Kind, and batches patterns into one search and one decode' {
        Remove-Item -LiteralPath $Log -ErrorAction SilentlyContinue
        $r = @('message for STUB_HRESULT_12', '*STUB_WIN32_3 (*' | Find-WinError -Kind hresult, win32)
        @($r.Name) | Should -Be @('STUB_HRESULT_12', 'STUB_WIN32_3')
        Get-StartCount $Log | Should -Be 2
        @(Find-WinError 'STUB_*_2' -Kind hresult).Name | Should -Be @('STUB_HRESULT_2')
    }

    It 'takes -Kind in any case and sends it to the CLI in lower case' {
        Remove-Item -LiteralPath $Log -ErrorAction SilentlyContinue
        $r = @(Find-WinError 'STUB_*_3' -Kind HRESULT -WarningAction SilentlyContinue)
        @($r.Name) | Should -Be @('STUB_HRESULT_3')
        (Get-Content -LiteralPath $Log)[0] | Should -Match ' --kind hresult$'
        @(Find-WinError 'STUB_*_3' -Kind Win32, NtStatus).Name | Should -Be @('STUB_WIN32_3')
    }

    It 'applies -Limit after every filter and warns with the count found when it caps' {
        # Stub catalog: STUB_WIN32_n and STUB_HRESULT_n, n in 1..40, interleaved.
        $r = @(Find-WinError 'STUB_*_1*' -Kind hresult, ntstatus -Limit 3 -WarningVariable wv -WarningAction SilentlyContinue)
        @($r.Name) | Should -Be @('STUB_HRESULT_1', 'STUB_HRESULT_10', 'STUB_HRESULT_11')
        $wv.Count | Should -Be 1
        # n = 1 and 10..19: 11 entries of kind hresult.
        $wv[0].Message | Should -Match "11 entries found, the first 3 shown"
        $all = @(Find-WinError 'STUB_*' -Limit 100 -WarningVariable wv2)
        $all.Count | Should -Be 80
        $wv2.Count | Should -Be 0
        @(Find-WinError 'STUB_*' -WarningAction SilentlyContinue).Count | Should -Be 20
    }

    It 'errors for plain text with no hit, stays silent for a wildcard with none' {
        $r = @(Find-WinError 'zzqq', 'zz*qq' -ErrorVariable ev -ErrorAction SilentlyContinue)
        $r.Count | Should -Be 0
        $ev.Count | Should -Be 1
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Find-WinError'
        $ev[0].TargetObject | Should -Be 'zzqq'
    }

    It 'falls back to the names list, with a warning, when the CLI has no search' {
        Use-Stub decode-only
        try {
            $names = Join-Path $TestDrive 'stub-names.txt'
            Set-Content -LiteralPath $names -Value @('STUB_HRESULT_4', 'STUB_WIN32_14', 'STUB_WIN32_4')
            $env:WINERR_NAMES = $names
            & (Get-Module WinErr) { $script:Names = $null }
            $r = @(Find-WinError '*WIN32_*4' -WarningVariable wv -WarningAction SilentlyContinue)
            @($r.Name) | Should -Be @('STUB_WIN32_14', 'STUB_WIN32_4')
            $wv.Count | Should -Be 1
            $wv[0].Message | Should -Match 'searches names only'
        }
        finally { Use-Stub good }
    }

    It 'throws a ProtocolError when search exits 3' {
        Use-Stub exit3
        try { { Find-WinError 'x' } | Should -Throw -ErrorId 'WinErr.ProtocolError,Find-WinError' }
        finally { Use-Stub good }
    }
}
