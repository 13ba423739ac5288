# What admins hold: exceptions (inner chains, AggregateException, each
# type's own code property), WinErr objects, task results, CIM method
# results, logon failure Status/SubStatus and event records. Stub cases use
# invented entries (STUB_WIN32_n, STUB_HRESULT_n = 0x8007000n, n in 1..40);
# event records need `winerr scan`, so they run on the real CLI.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
    Set-WinErrWindowsReading $true
    $script:HaveReal = Test-Path -LiteralPath $RealCli
    $script:SkipReason = 'apps/cli/dist/winerr.js is missing: build the CLI (pnpm run build) to run this case'
    # HRESULT_FROM_WIN32(n) of the stub: 0x80070000 | n, as a signed int (an exception's HResult).
    function Get-StubHResult {
        param([int]$N)
        [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes([uint32](2147942400 + $N)), 0)
    }
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Exceptions' {
    BeforeAll { Use-Stub good }

    It 'decodes the innermost HResult, not the wrapper''s' {
        $inner = [System.IO.IOException]::new('inner', (Get-StubHResult 7))
        $outer = [System.Management.Automation.MethodInvocationException]::new('outer', $inner)
        $r = @($outer | Get-WinError)
        $r.Count | Should -Be 1
        $r[0].Name | Should -Be 'STUB_HRESULT_7'
        $r[0].Source | Should -Be 'Exception.InnerException.HResult (System.IO.IOException)'
        try { throw $outer } catch { (@($_ | Get-WinError))[0].Name | Should -Be 'STUB_HRESULT_7' }
    }

    It 'prefers a type''s own code property anywhere in the chain over any HResult' {
        $win32 = [System.ComponentModel.Win32Exception]::new(12)
        $r = [System.Exception]::new('outer', $win32) | Get-WinError
        $r.Name | Should -Be 'STUB_WIN32_12'
        $r.Source | Should -Be 'Exception.InnerException.NativeErrorCode (System.ComponentModel.Win32Exception)'
        # An outer Win32Exception around an inner exception with only an HResult.
        $wrapped = [System.ComponentModel.Win32Exception]::new(11, 'outer')
        $field = [System.Exception].GetField('_innerException', [System.Reflection.BindingFlags]'NonPublic,Instance')
        $field.SetValue($wrapped, [System.IO.IOException]::new('inner', (Get-StubHResult 9)))
        $wrapped.InnerException | Should -Not -BeNullOrEmpty
        ($wrapped | Get-WinError).Name | Should -Be 'STUB_WIN32_11'
    }

    It 'gives one result per inner exception of an AggregateException, and follows a single one' {
        $agg = [System.AggregateException]::new([System.Exception[]]@([System.ComponentModel.Win32Exception]::new(3), [System.IO.IOException]::new('x', (Get-StubHResult 4))))
        $r = @($agg | Get-WinError)
        @($r.Name) | Should -Be @('STUB_WIN32_3', 'STUB_HRESULT_4')
        @($r.Source) | Should -Be @('Exception.InnerExceptions[0].NativeErrorCode (System.ComponentModel.Win32Exception)', 'Exception.InnerExceptions[1].HResult (System.IO.IOException)')
        $one = [System.AggregateException]::new([System.Exception[]]@([System.ComponentModel.Win32Exception]::new(5)))
        ($one | Get-WinError).Name | Should -Be 'STUB_WIN32_5'
    }

    It 'reads COMException and ExternalException ErrorCode' {
        ([System.Runtime.InteropServices.COMException]::new('com', (Get-StubHResult 8)) | Get-WinError).Source | Should -Be 'Exception.ErrorCode (System.Runtime.InteropServices.COMException)'
        ([System.Runtime.InteropServices.ExternalException]::new('ext', 6) | Get-WinError).Name | Should -Be 'STUB_WIN32_6'
    }

    It 'reads a native command''s ExitCode under $PSNativeCommandUseErrorActionPreference' {
        $PSNativeCommandUseErrorActionPreference = $true
        $caught = $null
        $ErrorActionPreference = 'Stop'
        try { & $NodePath -e 'process.exitCode = 13' } catch { $caught = $_ }
        $ErrorActionPreference = 'Continue'
        $caught.Exception.GetType().Name | Should -Be 'NativeCommandExitException'
        $r = $caught | Get-WinError
        $r.Name | Should -Be 'STUB_WIN32_13'
        $r.Source | Should -Be 'Exception.ExitCode (System.Management.Automation.NativeCommandExitException)'
    }

    It 'reads PSRemotingTransportException ErrorCode, not its HResult' {
        $e = [System.Management.Automation.Remoting.PSRemotingTransportException]::new('WinRM cannot complete the operation')
        $e.ErrorCode = 14
        $record = [System.Management.Automation.ErrorRecord]::new($e, 'PSSessionOpenFailed', 'OpenError', $null)
        ($record | Get-WinError).Name | Should -Be 'STUB_WIN32_14'
    }

    It 'reads a CimException''s codes as numbers, never the enum name' {
        # NativeErrorCode is an enum (Microsoft.Management.Infrastructure.NativeErrorCode).
        $fake = [pscustomobject]@{ NativeErrorCode = [Microsoft.Management.Infrastructure.NativeErrorCode]::AccessDenied; StatusCode = [uint32]0 }
        $fake.PSObject.TypeNames.Insert(0, 'Microsoft.Management.Infrastructure.CimException')
        $code = & (Get-Module WinErr) { param($e) Get-WinErrExceptionCode $e } $fake
        $code.Value | Should -Be ([long][Microsoft.Management.Infrastructure.NativeErrorCode]::AccessDenied)
        $code.Value | Should -BeOfType [long]
        $fake.StatusCode = [uint32]15
        (& (Get-Module WinErr) { param($e) Get-WinErrExceptionCode $e } $fake).Property | Should -Be 'StatusCode'
        # A real one without details: NativeErrorCode Ok (0) is no code, so the HResult is read.
        $real = [Microsoft.Management.Infrastructure.CimException]::new('no details')
        $json = $real | Get-WinError -AsJson -ErrorAction SilentlyContinue
        ($json | ConvertFrom-Json).input | Should -Be ([string]$real.HResult)
    }

    It 'reads an enum-valued code property as its number' {
        ([pscustomobject]@{ NativeErrorCode = [System.IO.FileAccess]::Write } | Get-WinError).Name | Should -Be ('STUB_WIN32_' + [int][System.IO.FileAccess]::Write)
    }
}

Describe 'Objects and records' {
    BeforeAll { Use-Stub good }

    It 'takes its own objects back: Get-WinError 5 | Get-WinError' {
        $first = Get-WinError 5
        $again = $first | Get-WinError
        $again.Name | Should -Be $first.Name
        $again.Source | Should -Be 'Name'
        @(Get-WinError 7 -All | Get-WinError).Name | Should -Be @('STUB_WIN32_7', 'STUB_HRESULT_7')
    }

    It 'reads LastTaskResult (Get-ScheduledTaskInfo) and ReturnValue (CIM method results)' {
        # The shape of MSFT_TaskDynamicInfo (Get-ScheduledTaskInfo) and of a CIM method's result.
        $task = [pscustomobject]@{ LastRunTime = [datetime]'2026-01-02'; LastTaskResult = [uint32]15; NextRunTime = $null; NumberOfMissedRuns = [uint32]0; TaskName = 'Backup'; TaskPath = '\' }
        $r = $task | Get-WinError
        $r.Name | Should -Be 'STUB_WIN32_15'
        $r.Source | Should -Be 'LastTaskResult'
        $result = [pscustomobject]@{ ReturnValue = [uint32]16; PSComputerName = $null }
        ($result | Get-WinError).Name | Should -Be 'STUB_WIN32_16'
        (Get-WinError -LastTaskResult 17).Name | Should -Be 'STUB_WIN32_17'
    }

    It 'decodes Status and SubStatus (logon failure data); SubStatus 0x0 and word statuses are not codes' {
        $r = @([pscustomobject]@{ TargetUserName = 'bob'; Status = '0x80070011'; SubStatus = '0x80070012' } | Get-WinError)
        @($r.Name) | Should -Be @('STUB_HRESULT_17', 'STUB_HRESULT_18')
        @($r.Source) | Should -Be @('Status', 'SubStatus')
        @([pscustomobject]@{ Status = '0x80070011'; SubStatus = '0x0' } | Get-WinError).Count | Should -Be 1
        $service = [pscustomobject]@{ Name = 'svc'; Status = 'Running' }
        @($service | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable ev).Count | Should -Be 0
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.InvalidInput,Get-WinError'
    }

    It 'batches objects with plain inputs, in order' {
        $log = Join-Path $TestDrive 'starts.log'
        $env:WINERR_STUB_LOG = $log
        try {
            $r = @('1', [System.ComponentModel.Win32Exception]::new(2), [pscustomobject]@{ Status = '3'; SubStatus = '4' }, 5 | Get-WinError)
            @($r.Name) | Should -Be @('STUB_WIN32_1', 'STUB_WIN32_2', 'STUB_WIN32_3', 'STUB_WIN32_4', 'STUB_WIN32_5')
            Get-StartCount $log | Should -Be 1
        }
        finally { Remove-Item Env:WINERR_STUB_LOG }
    }
}

Describe 'Real CLI: exceptions and event records' {
    BeforeAll {
        Clear-WinErrEnv
        if ($HaveReal) { $env:WINERR_CLI = $RealCli }
        # The shape of an EventLogRecord for a failed logon (Security 4625):
        # Status and SubStatus in its message and, as UInt32, in Properties.
        # ntstatus.h: STATUS_LOGON_FAILURE ((NTSTATUS)0xC000006DL),
        # STATUS_WRONG_PASSWORD ((NTSTATUS)0xC000006AL).
        $script:Logon = [pscustomobject]@{
            Id           = 4625
            ProviderName = 'Microsoft-Windows-Security-Auditing'
            Message      = "An account failed to log on.`r`n`r`nFailure Information:`r`n`tFailure Reason:`t`tUnknown user name or bad password.`r`n`tStatus:`t`t`t0xC000006D`r`n`tSub Status:`t`t0xC000006A"
            Properties   = @(
                [pscustomobject]@{ Value = 'S-1-0-0' }, [pscustomobject]@{ Value = [uint32]3221225581 },
                [pscustomobject]@{ Value = [uint32]3 }, [pscustomobject]@{ Value = [uint32]3221225578 }
            )
        }
    }
    AfterAll { Clear-WinErrEnv }

    It 'decodes the inner 0x80070003 of [IO.File]::ReadAllText on a missing folder, not the wrapper' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $caught = $null
        try { [System.IO.File]::ReadAllText('/nope-winerr/x') } catch { $caught = $_ }
        $caught.Exception.GetType().Name | Should -Be 'MethodInvocationException'
        $r = $caught | Get-WinError
        # .NET: DirectoryNotFoundException's HResult is COR_E_DIRECTORYNOTFOUND, 0x80070003
        # (HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND), winerror.h).
        $r.InputHex | Should -Be '0x80070003'
        $r.Source | Should -BeLike '*.InnerException.HResult (System.IO.DirectoryNotFoundException)'
        $r.Facility | Should -Be 7
        $r.Code | Should -Be 3
    }

    It 'finds the codes of an event record once each, keeping its Id and ProviderName' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $r = @($Logon | Get-WinError)
        @($r.Name) | Should -Be @('STATUS_LOGON_FAILURE', 'STATUS_WRONG_PASSWORD')
        @($r.Id) | Should -Be @(4625, 4625)
        @($r.ProviderName | Select-Object -Unique) | Should -Be 'Microsoft-Windows-Security-Auditing'
        @($r.Input) | Should -Be @('0xC000006D', '0xC000006A')
        @($r.Source | Select-Object -Unique) | Should -Be 'EventRecord'
        # Properties alone (no message): only the values with the error bit set.
        $bare = [pscustomobject]@{ Id = 4625; ProviderName = 'p'; Properties = $Logon.Properties }
        @(($bare | Get-WinError).Name) | Should -Be @('STATUS_LOGON_FAILURE', 'STATUS_WRONG_PASSWORD')
    }

    It 'keeps records in order with other inputs; a record without codes is a NotFound error' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $empty = [pscustomobject]@{ Id = 7036; ProviderName = 'Service Control Manager'; Message = 'The service entered the running state.'; Properties = @() }
        $all = @('13857', $Logon, $empty, 'STATUS_ACCESS_VIOLATION' | Get-WinError -ErrorAction Continue 2>&1)
        $all.Count | Should -Be 5
        # winerror.h: ERROR_IPSEC_IKE_GETSPIFAIL 13857L; ntstatus.h: STATUS_ACCESS_VIOLATION 0xC0000005L.
        $all[0].Name | Should -Be 'ERROR_IPSEC_IKE_GETSPIFAIL'
        $all[1].Name | Should -Be 'STATUS_LOGON_FAILURE'
        $all[2].Name | Should -Be 'STATUS_WRONG_PASSWORD'
        $all[3] | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $all[3].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $all[3].TargetObject.Id | Should -Be 7036
        $all[4].Name | Should -Be 'STATUS_ACCESS_VIOLATION'
    }

    It 'gives Facility, Severity and Code on every object' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $r = @(Get-WinError '0x80070643', '5', '0xC0000005')
        foreach ($o in $r) { foreach ($p in 'Facility', 'FacilityName', 'Severity', 'Code', 'InputHex', 'Source') { $o.PSObject.Properties.Name | Should -Contain $p } }
        # 0x80070643: HRESULT_FROM_WIN32(ERROR_INSTALL_FAILURE 1603L), winerror.h.
        $r[0].InputHex | Should -Be '0x80070643'
        $r[0].Severity | Should -Be 'failure'
        $r[0].FacilityName | Should -Be 'FACILITY_WIN32'
        $r[0].Code | Should -Be 1603
        # A Win32 code taken as itself has no facility or severity; Code is its value.
        $r[1].Facility | Should -BeNullOrEmpty
        $r[1].Severity | Should -BeNullOrEmpty
        $r[1].Code | Should -Be 5
        # STATUS_ACCESS_VIOLATION: NTSTATUS severity error (bits 30-31 = 3), code 5.
        $r[2].Severity | Should -Be 'error'
        $r[2].Code | Should -Be 5
    }
}

Describe 'Real CLI: off Windows, an errno is an errno' {
    # What .NET and native commands report off Windows: the platform's errno
    # values. The expected names are this system's (Linux asm-generic/errno.h
    # and errno-base.h, macOS sys/errno.h); the catalog's errno family is the
    # Windows C runtime's errno.h, where the same names have its values
    # (Windows SDK 10.0.28000 ucrt errno.h: ENOENT 2 at line 40, EACCES 13 at
    # line 51, ENOTEMPTY 41 at line 73; the catalog's provenance).
    BeforeAll {
        Clear-WinErrEnv
        if ($HaveReal) { $env:WINERR_CLI = $RealCli }
        Set-WinErrWindowsReading $false
        $script:OffWindowsReason = 'on Windows these codes are Windows codes (the stub cases above)'
    }
    AfterAll {
        Set-WinErrWindowsReading $true
        Clear-WinErrEnv
    }

    It 'decodes a real IOException''s errno HResult (Directory.Delete of a folder that is not empty) as its errno' {
        if ($IsWindows) { Set-ItResult -Skipped -Because $OffWindowsReason; return }
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $dir = Join-Path $TestDrive 'full'
        $null = New-Item -ItemType Directory -Path $dir
        Set-Content -LiteralPath (Join-Path $dir 'file.txt') -Value 'x'
        $caught = $null
        try { [System.IO.Directory]::Delete($dir) } catch { $caught = $_ }
        $errno = $caught.Exception.InnerException.HResult
        $caught.Exception.InnerException.GetType().FullName | Should -Be 'System.IO.IOException'
        $errno | Should -BeGreaterThan 0
        $r = $caught | Get-WinError
        $r.Name | Should -Be 'ENOTEMPTY'
        $r.Kind | Should -Be 'errno'
        $r.Value | Should -Be 41
        $r.Input | Should -Be ([string]$errno)
        $r.InputHex | Should -Be ('0x{0:X8}' -f $errno)
        $r.Source | Should -BeLike 'Exception.InnerException.HResult (System.IO.IOException), errno ENOTEMPTY on *'
        ($caught | Get-WinErrorPage).entry.name | Should -Be 'ENOTEMPTY'
    }

    It 'decodes a real Win32Exception''s NativeErrorCode (Process.Start of a missing program) as its errno' {
        if ($IsWindows) { Set-ItResult -Skipped -Because $OffWindowsReason; return }
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $caught = $null
        try { $null = [System.Diagnostics.Process]::Start((Join-Path $TestDrive 'no-such-program')) } catch { $caught = $_ }
        $caught.Exception.InnerException.GetType().FullName | Should -Be 'System.ComponentModel.Win32Exception'
        $r = $caught | Get-WinError
        $r.Name | Should -Be 'ENOENT'
        $r.Kind | Should -Be 'errno'
        $r.Source | Should -BeLike 'Exception.InnerException.NativeErrorCode (System.ComponentModel.Win32Exception), errno ENOENT on *'
    }

    It 'decodes a native command''s ExitCode as an errno, and an exit code with no errno name is a NotFound error' {
        if ($IsWindows) { Set-ItResult -Skipped -Because $OffWindowsReason; return }
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $PSNativeCommandUseErrorActionPreference = $true
        $ErrorActionPreference = 'Stop'
        $caught = $null
        try { & $NodePath -e 'process.exitCode = require("os").constants.errno.EACCES' } catch { $caught = $_ }
        $none = $null
        try { & $NodePath -e 'process.exitCode = 255' } catch { $none = $_ }
        $ErrorActionPreference = 'Continue'
        $r = $caught | Get-WinError
        $r.Name | Should -Be 'EACCES'
        $r.Value | Should -Be 13
        $r.Source | Should -BeLike 'Exception.ExitCode (System.Management.Automation.NativeCommandExitException), errno EACCES on *'
        # 255 is no errno on Linux or macOS.
        @($none | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable ev).Count | Should -Be 0
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $ev[0].TargetObject | Should -Be '255'
        $ev[0].Exception.Message | Should -BeLike '255 is an errno value on *os.constants.errno*'
    }

    It 'says so when this system''s errno has no entry in the catalog''s errno family' {
        if ($IsWindows) { Set-ItResult -Skipped -Because $OffWindowsReason; return }
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        # EDQUOT (disk quota exceeded) is on Linux and macOS, not in the Windows C runtime's errno.h.
        $edquot = [int](& $NodePath -p 'require("os").constants.errno.EDQUOT')
        $e = [System.IO.IOException]::new('Disk quota exceeded', $edquot)
        @($e | Get-WinError -ErrorAction SilentlyContinue -ErrorVariable ev).Count | Should -Be 0
        $ev[0].FullyQualifiedErrorId | Should -Be 'WinErr.NotFound,Get-WinError'
        $ev[0].Exception.Message | Should -BeLike "$edquot is errno EDQUOT here*has no EDQUOT."
    }

    It 'keeps HRESULTs and typed codes Windows codes off Windows' {
        if ($IsWindows) { Set-ItResult -Skipped -Because $OffWindowsReason; return }
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        # A failure HRESULT (negative) is no errno: DirectoryNotFoundException's
        # COR_E_DIRECTORYNOTFOUND 0x80070003 (HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND), winerror.h).
        $caught = $null
        try { [System.IO.File]::ReadAllText((Join-Path $TestDrive 'no/such/file')) } catch { $caught = $_ }
        ($caught | Get-WinError).InputHex | Should -Be '0x80070003'
        # A plain number is what the user typed: winerror.h ERROR_ACCESS_DENIED 5L.
        (Get-WinError 5).Name | Should -Be 'ERROR_ACCESS_DENIED'
        ([pscustomobject]@{ LastTaskResult = 5 } | Get-WinError).Kind | Should -Be 'win32'
    }
}

Describe 'Real CLI: views' {
    BeforeAll {
        Clear-WinErrEnv
        if ($HaveReal) { $env:WINERR_CLI = $RealCli }
    }
    AfterAll { Clear-WinErrEnv }

    It 'shows the input''s hex in the default table and gives the message the rest of 80 columns' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        # 0x80070643: HRESULT_FROM_WIN32(ERROR_INSTALL_FAILURE 1603L), winerror.h,
        # message "Fatal error during installation."
        $r = Get-WinError '0x80070643'
        $lines = @(($r | Out-String -Width 80).Split([char]10) | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^InputHex\s+Kind\s+Name\s+Message'
        $row = $lines[2]
        $row | Should -Match '^0x80070643 '
        $row | Should -Match 'ERROR_INSTALL_FAILURE'
        $row.Length | Should -BeLessOrEqual 80
        # What is left of the line after the fixed columns (10, 8 and 30, with spaces).
        $shown = $row.Substring($lines[0].IndexOf('Message')).TrimEnd()
        $shown.Length | Should -BeGreaterOrEqual 25
        $r.Message | Should -BeLike ($shown.TrimEnd([char]0x2026, '.') + '*')
    }

    It 'has a list view with every field, the facility with its name' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        @((Get-FormatData -TypeName 'WinErr.ErrorInfo').FormatViewDefinition | ForEach-Object { $_.Control.GetType().Name }) | Should -Be @('TableControl', 'ListControl')
        $text = Get-WinError '0x80070643' | Format-List | Out-String -Width 120
        foreach ($field in 'Input', 'InputHex', 'Name', 'Kind', 'Hex', 'Signed', 'Severity', 'Facility', 'Code', 'Message', 'Header', 'Via', 'Source') { $text | Should -Match ("(?m)^{0}\s+:" -f $field) }
        $text | Should -Match '(?m)^Facility\s+: FACILITY_WIN32 \(7\)'
    }

    It 'shows a page as a list, with no nested @{...}' {
        if (-not $HaveReal) { Set-ItResult -Skipped -Because $SkipReason; return }
        $text = Get-WinErrorPage 13857 | Out-String -Width 120
        $text | Should -Not -Match '@\{'
        # winerror.h: ERROR_IPSEC_IKE_GETSPIFAIL 13857L
        $text | Should -Match '(?m)^Name\s+: ERROR_IPSEC_IKE_GETSPIFAIL'
        $text | Should -Match '(?m)^Related\s+: '
        $text | Should -Match '(?m)^GuidanceLabel\s+: '
    }
}
