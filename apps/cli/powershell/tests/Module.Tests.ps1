# The module's shape: manifest, exports, help, completion, and static checks
# that keep every script parseable by Windows PowerShell 5.1.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Clear-WinErrEnv
    Import-Module $ManifestPath -Force
}

AfterAll {
    Clear-WinErrEnv
    Remove-Module WinErr -ErrorAction SilentlyContinue
}

Describe 'Manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'declares 5.1, Desktop and Core, a fixed GUID and the format file' {
        $data = Import-PowerShellDataFile -Path $ManifestPath
        $data.PowerShellVersion | Should -Be '5.1'
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $data.GUID | Should -Be '9c6ebece-2133-41ef-acf9-1acf394ab916'
        $data.FormatsToProcess | Should -Be @('WinErr.format.ps1xml')
        $data.PrivateData.PSData | Should -Not -BeNullOrEmpty
    }

    It 'has ModuleVersion equal to the release version (the root package.json)' {
        $package = Get-Content -Raw -LiteralPath (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json
        (Import-PowerShellDataFile -Path $ManifestPath).ModuleVersion | Should -Be $package.version
    }

    It 'lists its exports explicitly and exports nothing else' {
        $data = Import-PowerShellDataFile -Path $ManifestPath
        $data.FunctionsToExport | Should -Be @('Get-WinError', 'Find-WinError', 'Get-WinErrorPage', 'Select-WinError')
        @($data.CmdletsToExport).Count | Should -Be 0
        @($data.VariablesToExport).Count | Should -Be 0
        @($data.AliasesToExport).Count | Should -Be 0
        $module = Get-Module WinErr
        @($module.ExportedCommands.Keys | Sort-Object) | Should -Be @('Find-WinError', 'Get-WinError', 'Get-WinErrorPage', 'Select-WinError')
        @($module.ExportedAliases.Keys).Count | Should -Be 0
        @($module.ExportedVariables.Keys).Count | Should -Be 0
    }

    It 'keeps its helpers private' {
        Get-Command -Name Invoke-WinErrNative -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Get-Command -Name Resolve-WinErrRuntime -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'uses approved verbs and singular nouns' {
        $verbs = (Get-Verb).Verb
        foreach ($command in (Get-Module WinErr).ExportedCommands.Values) {
            $verbs | Should -Contain $command.Verb
            $command.Noun | Should -Not -Match 's$'
        }
    }

    It 'has a table view for WinErr.ErrorInfo' {
        $format = Get-FormatData -TypeName 'WinErr.ErrorInfo'
        $format | Should -Not -BeNullOrEmpty
        $format.FormatViewDefinition[0].Control.GetType().Name | Should -Be 'TableControl'
    }
}

Describe 'Help' -ForEach @(@{ Name = 'Get-WinError' }, @{ Name = 'Find-WinError' }, @{ Name = 'Get-WinErrorPage' }, @{ Name = 'Select-WinError' }) {
    It '<Name> has a synopsis, a description, two or more examples, inputs and outputs' {
        $help = Get-Help -Name $Name -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$Name"
        ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        ($help.inputTypes | Out-String).Trim() | Should -Not -BeNullOrEmpty
        ($help.returnValues | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It '<Name> documents every parameter' {
        $help = Get-Help -Name $Name -Full
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters
        $declared = (Get-Command $Name).Parameters.Keys | Where-Object { $common -notcontains $_ }
        foreach ($parameter in $declared) {
            $entry = $help.parameters.parameter | Where-Object { $_.name -eq $parameter }
            ($entry.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a .PARAMETER"
        }
    }
}

Describe 'Parameters' {
    It '<_> takes pipeline input by value and by property name, with the aliases' -ForEach @('Get-WinError', 'Get-WinErrorPage') {
        $p = (Get-Command $_).Parameters['InputObject']
        $p.Attributes.ValueFromPipeline | Should -Contain $true
        $p.Attributes.ValueFromPipelineByPropertyName | Should -Contain $true
        foreach ($alias in 'HResult', 'Code', 'NativeErrorCode', 'ErrorCode', 'ExitCode') { $p.Aliases | Should -Contain $alias }
    }

    It '-Kind is a ValidateSet of the families (docs/contracts.md, "Families")' {
        foreach ($command in 'Get-WinError', 'Find-WinError') {
            $set = (Get-Command $command).Parameters['Kind'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
            @($set.ValidValues | Sort-Object) | Should -Be @('bugcheck', 'cderr', 'dhcp', 'errno', 'event', 'hresult', 'ldap', 'mci', 'mmsys', 'netmon', 'ntstatus', 'tapi', 'usbd', 'win32')
        }
    }

    It 'Find-WinError -Pattern supports wildcards' {
        $p = (Get-Command Find-WinError).Parameters['Pattern']
        @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count | Should -Be 1
    }
}

Describe 'Tab completion' {
    BeforeAll {
        $log = Join-Path $TestDrive 'starts.log'
        $names = Join-Path $TestDrive 'names.txt'
        # Invented names: the completer only reads the names file.
        Set-Content -LiteralPath $names -Value @('WINERR_TEST_ALPHA', 'WINERR_TEST_ALPINE', 'WINERR_TEST_BETA')
        Use-Stub good
        $env:WINERR_NAMES = $names
        $env:WINERR_STUB_LOG = $log
        & (Get-Module WinErr) { $script:Names = $null }
    }

    AfterAll {
        Clear-WinErrEnv
        & (Get-Module WinErr) { $script:Names = $null }
    }

    It 'completes names for Get-WinError from the names file' {
        $line = 'Get-WinError WINERR_TEST_AL'
        $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        @($result.CompletionMatches.CompletionText) | Should -Be @('WINERR_TEST_ALPHA', 'WINERR_TEST_ALPINE')
    }

    It 'reads a names file with CRLF line ends, blank lines and spaces around names as one name a line' {
        $crlf = Join-Path $TestDrive 'names-crlf.txt'
        # Invented names, written as an editor on Windows might leave the file.
        [System.IO.File]::WriteAllText($crlf, "WINERR_TEST_GAMMA`r`n`r`n  WINERR_TEST_GAMUT `r`n`tWINERR_TEST_DELTA`r`n")
        $env:WINERR_NAMES = $crlf
        & (Get-Module WinErr) { $script:Names = $null }
        try {
            $line = 'Get-WinError WINERR_TEST_GAM'
            $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            @($result.CompletionMatches.CompletionText) | Should -Be @('WINERR_TEST_GAMMA', 'WINERR_TEST_GAMUT')
            (& (Get-Module WinErr) { $script:Names.Count }) | Should -Be 3
        }
        finally {
            $env:WINERR_NAMES = $names
            & (Get-Module WinErr) { $script:Names = $null }
        }
    }

    It 'completes case-insensitively, for Find-WinError too' {
        $line = 'Find-WinError winerr_test_b'
        $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        @($result.CompletionMatches.CompletionText) | Should -Be @('WINERR_TEST_BETA')
    }

    It 'starts no node process and caches the names' {
        Get-StartCount $log | Should -Be 0
        & (Get-Module WinErr) { $script:Names.Count } | Should -Be 3
    }
}

Describe 'Static checks (Windows PowerShell 5.1 compatibility and style)' {
    BeforeDiscovery {
        $root = Split-Path -Parent $PSScriptRoot
        # Every folder but node_modules (it links to the whole workspace).
        $dirs = @(Get-Item -LiteralPath $root) + @(Get-ChildItem -LiteralPath $root -Directory | Where-Object { $_.Name -ne 'node_modules' })
        $files = foreach ($dir in $dirs) {
            $recurse = $dir.FullName -ne $root
            Get-ChildItem -LiteralPath $dir.FullName -File -Recurse:$recurse | Where-Object { @('.ps1', '.psm1', '.psd1', '.ps1xml') -contains $_.Extension }
        }
        $script:SourceFiles = @($files | ForEach-Object { @{ Path = $_.FullName; Name = $_.FullName.Substring($root.Length + 1) } })
    }

    It '<Name> is ASCII, or UTF-8 with a BOM' -ForEach $SourceFiles {
        $bytes = [System.IO.File]::ReadAllBytes($Path)
        $hasBom = $bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF
        $nonAscii = @($bytes | Where-Object { $_ -gt 127 }).Count
        ($hasBom -or $nonAscii -eq 0) | Should -BeTrue -Because 'Windows PowerShell 5.1 reads BOM-less files as ANSI'
    }

    It '<Name> parses and uses no syntax newer than 5.1, no aliases, Write-Host or Invoke-Expression' -ForEach ($SourceFiles | Where-Object { $_.Name -notlike '*.ps1xml' }) {
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        @($errors).Count | Should -Be 0
        # Types that exist only in PowerShell 7: compare by name, so the check also loads on 5.1.
        $newer = @($ast.FindAll({ param($n) @('TernaryExpressionAst', 'PipelineChainAst') -contains $n.GetType().Name }, $true))
        $newer.Count | Should -Be 0 -Because 'ternaries and && / || pipeline chains do not parse on 5.1'
        $nullOps = @($tokens | Where-Object { @('QuestionQuestion', 'QuestionQuestionEquals', 'QuestionDot', 'QuestionLBracket') -contains $_.Kind.ToString() })
        $nullOps.Count | Should -Be 0 -Because '?? and ?. do not parse on 5.1'
        $commands = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true) |
                ForEach-Object { $_.GetCommandName() } | Where-Object { $_ })
        $aliases = @($commands | Where-Object { Get-Alias -Name $_ -ErrorAction SilentlyContinue })
        $aliases | Should -BeNullOrEmpty -Because 'aliases are for the console, not for scripts'
        $commands | Should -Not -Contain 'Write-Host'
        $commands | Should -Not -Contain 'Invoke-Expression'
        $commands | Should -Not -Contain 'iex'
    }
}
