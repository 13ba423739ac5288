# WinErr: decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check)
# offline, through the winerr node CLI. Windows PowerShell 5.1 and PowerShell 7.
# User data goes to the CLI as lines on stdin; argv holds only fixed flags.

$script:TypeName = 'WinErr.ErrorInfo'
$script:LineBreaks = [char[]]@([char]10, [char]13)
# One node process per batch. The first batch is small so results show at
# once; later ones grow (x BatchGrowth, up to BatchMax) so big pipelines pay
# for few node starts.
$script:BatchSize = 256
$script:BatchGrowth = 4
$script:BatchMax = 4096
# Max characters of NDJSON parsed by one ConvertFrom-Json call (5.1 has a
# limit of about 2 MB).
$script:ParseChunkChars = 1000000
# PowerShell 6 and later have no such limit: one call per batch is fastest.
if ($PSVersionTable.PSVersion.Major -ge 6) { $script:ParseChunkChars = [int]::MaxValue }
$script:NotAnObjectLine = New-Object System.Text.RegularExpressions.Regex -ArgumentList '^\[(?!\{)|\n(?!\{)'
$script:Names = $null
# PowerShell 7 parses decode results with System.Text.Json into these types:
# about 15 times faster than ConvertFrom-Json. Only the fields the module
# reads; Windows PowerShell 5.1 (no System.Text.Json) uses ConvertFrom-Json.
class WinErrDecodedSource { [string]$file; [int]$lang }
class WinErrDecodedMatch { [string]$name; [string]$kind; [long]$value; [string]$hex; [string]$message; [string]$header; [string]$via; [WinErrDecodedSource]$messageSource }
class WinErrDecodedError { [string]$code; [string]$message }
class WinErrDecoded { [bool]$ok; [string]$hex; [WinErrDecodedMatch[]]$matches; [WinErrDecodedError]$error }
$script:JsonSerializer = 'System.Text.Json.JsonSerializer' -as [type]
$script:NamesSource = $null

# The message file a match took its text from (the CLI's messageSource:
# file and LANGID), shown as "file (LANGID)" inside a table or list.
class WinErrMessageSource {
    [string]$File
    [int]$Lang
    [string] ToString() { return ('{0} (0x{1})' -f $this.File, $this.Lang.ToString('X4')) }
}

# A WinErrMessageSource, or $null when the text is the catalog's.
function ConvertTo-WinErrMessageSource {
    param($Source)
    if ($null -eq $Source) { return $null }
    $info = [WinErrMessageSource]::new()
    $info.File = [string]$Source.file
    $info.Lang = [int]$Source.lang
    $info
}

function Test-WinErrIsWindows {
    [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
}

function New-WinErrErrorRecord {
    param(
        [string]$Message,
        [string]$ErrorId,
        [System.Management.Automation.ErrorCategory]$Category,
        [object]$TargetObject,
        [string]$RecommendedAction
    )
    $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($Message), $ErrorId, $Category, $TargetObject)
    if ($RecommendedAction) {
        $record.ErrorDetails = New-Object System.Management.Automation.ErrorDetails -ArgumentList $Message
        $record.ErrorDetails.RecommendedAction = $RecommendedAction
    }
    $record
}

# Resolves node and the CLI script. Returns @{ Node; Cli } or an ErrorRecord
# for the caller to throw (one terminating error, not one per item).
function Resolve-WinErrRuntime {
    $nodeName = 'node'
    if (Test-WinErrIsWindows) { $nodeName = 'node.exe' }
    $install = 'Install Node.js 20 or later (https://nodejs.org) so that node is on PATH, or set WINERR_NODE to the full path of node.'
    $node = $null
    if ($env:WINERR_NODE) {
        $cmd = Get-Command -Name $env:WINERR_NODE -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $cmd) {
            return New-WinErrErrorRecord -Message ("WinErr needs Node.js: WINERR_NODE is set to '{0}', which is not a program. {1}" -f $env:WINERR_NODE, $install) -ErrorId 'WinErr.NodeNotFound' -Category ObjectNotFound -TargetObject $env:WINERR_NODE -RecommendedAction $install
        }
        $node = $cmd.Path
    }
    else {
        $cmd = Get-Command -Name $nodeName -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $cmd) {
            return New-WinErrErrorRecord -Message ("WinErr needs Node.js, and '{0}' was not found. {1}" -f $nodeName, $install) -ErrorId 'WinErr.NodeNotFound' -Category ObjectNotFound -TargetObject $nodeName -RecommendedAction $install
        }
        $node = $cmd.Path
    }

    $candidates = @()
    if ($env:WINERR_CLI) {
        $candidates = @($env:WINERR_CLI)
    }
    else {
        $candidates = @(
            (Join-Path (Join-Path $PSScriptRoot 'cli') 'winerr.js'),
            (Join-Path (Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') 'dist') 'winerr.js')
        )
    }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) {
            return @{ Node = $node; Cli = (Resolve-Path -LiteralPath $candidate).ProviderPath }
        }
    }
    $hint = 'Reinstall the WinErr module (its cli folder is missing), set WINERR_CLI to winerr.js, or build the CLI (pnpm run build).'
    New-WinErrErrorRecord -Message ("The winerr CLI was not found (looked for {0}). {1}" -f ($candidates -join ', '), $hint) -ErrorId 'WinErr.CliNotFound' -Category ObjectNotFound -TargetObject ($candidates -join ', ') -RecommendedAction $hint
}

# Quotes one argument for a Windows command line (CommandLineToArgvW rules),
# for .NET Framework, whose ProcessStartInfo has no ArgumentList.
function ConvertTo-WinErrArgument {
    param([string]$Text)
    if ($Text -and $Text -notmatch '[\s"]') { return $Text }
    '"' + ($Text -replace '(\\*)"', '$1$1\"' -replace '(\\+)$', '$1$1') + '"'
}

# Starts the CLI once with fixed flags and feeds it the lines on stdin; its
# stdout and stderr are read in the background, so node decodes a batch
# while PowerShell goes on (Complete-WinErrNative collects the result).
# Returns a handle, or a finished result when node could not be started.
function Start-WinErrNative {
    param(
        [hashtable]$Runtime,
        [string[]]$Arguments,
        [System.Collections.Generic.IList[string]]$Line
    )
    $utf8 = New-Object System.Text.UTF8Encoding -ArgumentList $false
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $Runtime.Node
    if ($null -ne $psi.PSObject.Properties['ArgumentList']) {
        $psi.ArgumentList.Add($Runtime.Cli)
        foreach ($a in $Arguments) { $psi.ArgumentList.Add($a) }
    }
    else {
        $psi.Arguments = (@($Runtime.Cli) + $Arguments | ForEach-Object { ConvertTo-WinErrArgument $_ }) -join ' '
    }
    $psi.UseShellExecute = $false
    $psi.CreateNoWindow = $true
    $psi.RedirectStandardInput = $true
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.StandardOutputEncoding = $utf8
    $psi.StandardErrorEncoding = $utf8
    $psi.EnvironmentVariables['NODE_NO_WARNINGS'] = '1'
    try {
        $process = [System.Diagnostics.Process]::Start($psi)
    }
    catch {
        return @{ Done = @{ ExitCode = $null; Stdout = (New-Object 'System.Collections.Generic.List[string]'); Stderr = (New-Object 'System.Collections.Generic.List[string]'); StartError = $_.Exception.Message } }
    }
    $handle = @{ Process = $process; Stdout = $process.StandardOutput.ReadToEndAsync(); Stderr = $process.StandardError.ReadToEndAsync() }
    try {
        $bytes = $utf8.GetBytes(($Line -join "`n") + "`n")
        $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        $process.StandardInput.Close()
    }
    catch {
        # The CLI went away before reading everything: its exit code and
        # output tell the caller what happened.
        $null = $_
    }
    $handle
}

function Split-WinErrLines {
    param([string]$Text)
    $list = New-Object 'System.Collections.Generic.List[string]'
    if ($Text.Length -gt 0) {
        $list.AddRange($Text.Replace("`r`n", "`n").Split([char]10))
        if ($list[$list.Count - 1] -eq '') { $list.RemoveAt($list.Count - 1) }
    }
    , $list
}

# Waits for a run that Start-WinErrNative began.
# Returns @{ ExitCode; Stdout; Stderr; StartError }.
function Complete-WinErrNative {
    param([hashtable]$Handle)
    if ($Handle.Done) { return $Handle.Done }
    $stdout = Split-WinErrLines $Handle.Stdout.GetAwaiter().GetResult()
    $stderr = Split-WinErrLines $Handle.Stderr.GetAwaiter().GetResult()
    $Handle.Process.WaitForExit()
    $exitCode = $Handle.Process.ExitCode
    $Handle.Process.Dispose()
    @{ ExitCode = $exitCode; Stdout = $stdout; Stderr = $stderr; StartError = $null }
}

# Runs the CLI once with fixed flags, feeding the lines on stdin, and waits.
function Invoke-WinErrNative {
    param(
        [hashtable]$Runtime,
        [string[]]$Arguments,
        [System.Collections.Generic.IList[string]]$Line
    )
    Complete-WinErrNative (Start-WinErrNative -Runtime $Runtime -Arguments $Arguments -Line $Line)
}

function New-WinErrProtocolError {
    param([hashtable]$Runtime, [string]$Problem, $Result)
    $detail = ''
    if ($Result -and $Result.Stderr.Count -gt 0) {
        $detail = ' The CLI said: ' + (($Result.Stderr | Select-Object -First 3) -join ' | ')
    }
    $message = "winerr CLI protocol failure ({0}): {1}.{2}" -f $Runtime.Cli, $Problem, $detail
    New-WinErrErrorRecord -Message $message -ErrorId 'WinErr.ProtocolError' -Category ProtocolError -TargetObject $Runtime.Cli -RecommendedAction 'Check that WINERR_CLI and the module come from the same WinErr version; run the CLI by hand with --debug.'
}

# Parses NDJSON lines into objects, a chunk of lines per ConvertFrom-Json call.
# Returns @{ Objects } or @{ Problem }.
function ConvertFrom-WinErrNdjson {
    param([System.Collections.Generic.List[string]]$Line, [switch]$Decoded)
    $objects = New-Object 'System.Collections.Generic.List[object]'
    $start = 0
    while ($start -lt $Line.Count) {
        $end = $start
        $chars = 0
        if ($script:ParseChunkChars -eq [int]::MaxValue) { $end = $Line.Count }
        while ($end -lt $Line.Count -and ($end -eq $start -or ($chars + $Line[$end].Length) -lt $script:ParseChunkChars)) {
            $chars += $Line[$end].Length + 1
            $end++
        }
        $parsed = $null
        $chunk = $Line.GetRange($start, $end - $start)
        # One array document, a line per element; every line must start an
        # object (checked by one regex over the text, not a loop).
        $document = '[' + ($chunk -join ",`n") + ']'
        $bad = $script:NotAnObjectLine.IsMatch($document)
        if (-not $bad) {
            try {
                if ($Decoded -and $null -ne $script:JsonSerializer) {
                    $parsed = $script:JsonSerializer::Deserialize($document, [WinErrDecoded[]])
                }
                else {
                    $parsed = ConvertFrom-Json -InputObject $document -ErrorAction Stop
                }
            }
            catch {
                $bad = $true
            }
        }
        if (-not $bad) {
            $count = 0
            foreach ($item in $parsed) { $objects.Add($item); $count++ }
            if ($count -ne $chunk.Count) { $bad = $true }
        }
        if ($bad) {
            # Find the first line that is not a JSON object, for the message.
            for ($i = 0; $i -lt $chunk.Count; $i++) {
                $ok = $false
                try {
                    $one = ConvertFrom-Json -InputObject $chunk[$i] -ErrorAction Stop
                    $ok = $one -is [System.Management.Automation.PSCustomObject]
                }
                catch {
                    $ok = $false
                }
                if (-not $ok) {
                    $shown = $chunk[$i]
                    if ($shown.Length -gt 80) { $shown = $shown.Substring(0, 80) + '...' }
                    return @{ Problem = ("output line {0} is not a JSON object: {1}" -f ($start + $i + 1), $shown) }
                }
            }
            return @{ Problem = 'the output is not one JSON object per line' }
        }
        $start = $end
    }
    @{ Objects = $objects }
}

function Get-WinErrProperty {
    param($Object, [string]$Name)
    $property = $Object.PSObject.Properties[$Name]
    if ($property) { $property.Value }
}

function ConvertTo-WinErrInt32 {
    param([uint32]$Value)
    [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($Value), 0)
}

function New-WinErrInfo {
    param([string]$InputText, $Match)
    $value = [uint32]$Match.value
    $hex = $Match.hex
    if (-not $hex) { $hex = '0x' + $value.ToString('X8') }
    [pscustomobject]@{
        PSTypeName = $script:TypeName
        Input      = $InputText
        Name       = [string]$Match.name
        Kind       = [string]$Match.kind
        Value      = $value
        Hex        = [string]$hex
        Signed     = [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($value), 0)
        Message    = $Match.message
        Header     = [string]$Match.header
        Via        = [string]$Match.via
        MessageSource = ConvertTo-WinErrMessageSource (Get-WinErrProperty $Match 'messageSource')
    }
}

# Pipeline objects are taken whole (an [object[]] parameter) and read here:
# a [string[]] parameter would bind them by value through ToString() before
# binding by property name could happen. Strings and numbers are the input
# itself; other objects give their first code property, so exceptions,
# ErrorRecords and processes can be piped.
$script:CodeProperties = @('NativeErrorCode', 'HResult', 'ErrorCode', 'Code', 'ExitCode')
function ConvertTo-WinErrInputText {
    param($Item)
    if ($null -eq $Item) { return '' }
    if ($Item -is [string]) { return $Item }
    if ($Item -is [System.ValueType]) { return [System.Convert]::ToString($Item, [System.Globalization.CultureInfo]::InvariantCulture) }
    if ($Item -is [System.Management.Automation.ErrorRecord]) { $Item = $Item.Exception }
    foreach ($name in $script:CodeProperties) {
        $property = $Item.PSObject.Properties[$name]
        if ($property -and $null -ne $property.Value) {
            return [System.Convert]::ToString($property.Value, [System.Globalization.CultureInfo]::InvariantCulture)
        }
    }
    [string]$Item
}

# An input that cannot travel as one stdin line never reaches the CLI.
function Test-WinErrLine {
    param([string]$Text)
    -not ([string]::IsNullOrWhiteSpace($Text) -or $Text.IndexOf("`n") -ge 0 -or $Text.IndexOf("`r") -ge 0)
}

function New-WinErrInvalidInput {
    param([string]$Text, [string]$CommandName)
    $shown = $Text
    if ($null -eq $shown) { $shown = '' }
    New-WinErrErrorRecord -Message ("'{0}' is not a code or a name: give one code or name per input, without line breaks." -f ($shown -replace "`r?`n", ' ')) -ErrorId 'WinErr.InvalidInput' -Category InvalidArgument -TargetObject $Text
}

# Starts decoding one batch: node runs while the caller goes on.
# Complete-WinErrDecodeBatch collects it.
function Start-WinErrDecodeBatch {
    param(
        [hashtable]$Runtime,
        [System.Collections.Generic.List[string]]$Batch,
        [switch]$All,
        [string[]]$Kind,
        [switch]$AsJson,
        [switch]$System,
        [string]$Language
    )
    $send = New-Object 'System.Collections.Generic.List[string]'
    $valid = New-Object 'System.Collections.Generic.List[bool]'
    foreach ($text in $Batch) {
        $good = -not ([string]::IsNullOrWhiteSpace($text) -or $text.IndexOfAny($script:LineBreaks) -ge 0)
        $valid.Add($good)
        if ($good) { $send.Add($text) }
    }
    $handle = $null
    if ($send.Count -gt 0) {
        # Objects do not use the bit-level readings: --no-readings leaves them
        # out (a quarter of the output to read and parse). -AsJson keeps all.
        $arguments = @('decode', '--stdin', '--ndjson', '--no-readings')
        if ($AsJson) { $arguments = @('decode', '--stdin', '--ndjson') }
        # Fixed flags; -Language is a validated locale name, never user data.
        if ($System) { $arguments += '--system' }
        if ($Language) { $arguments += @('--lang', $Language) }
        $handle = Start-WinErrNative -Runtime $Runtime -Arguments $arguments -Line $send
    }
    @{ Runtime = $Runtime; Batch = $Batch; Valid = $valid; Send = $send; Handle = $handle; All = $All; Kind = $Kind; AsJson = $AsJson }
}

# Decodes one batch. Returns @{ Items = objects, JSON lines and ErrorRecords in
# input order } or @{ Fatal = ErrorRecord }.
function Invoke-WinErrDecodeBatch {
    param(
        [hashtable]$Runtime,
        [System.Collections.Generic.List[string]]$Batch,
        [switch]$All,
        [string[]]$Kind,
        [switch]$AsJson,
        [switch]$System,
        [string]$Language
    )
    Complete-WinErrDecodeBatch (Start-WinErrDecodeBatch -Runtime $Runtime -Batch $Batch -All:$All -Kind $Kind -AsJson:$AsJson -System:$System -Language $Language)
}

function Complete-WinErrDecodeBatch {
    param([hashtable]$State)
    $Runtime = $State.Runtime
    $Batch = $State.Batch
    $valid = $State.Valid
    $send = $State.Send
    $All = $State.All
    $Kind = $State.Kind
    $AsJson = $State.AsJson
    $results = $null
    $lines = $null
    if ($send.Count -gt 0) {
        $run = Complete-WinErrNative $State.Handle
        if ($run.StartError) {
            return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("node could not be started: " + $run.StartError) -Result $run) }
        }
        if (@(0, 1, 2) -notcontains $run.ExitCode) {
            return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("exit code {0}" -f $run.ExitCode) -Result $run) }
        }
        $lines = $run.Stdout
        if ($run.ExitCode -eq 2 -and $lines.Count -eq 0 -and $run.Stderr.Count -gt 0) {
            # Exit 2 with no result lines: the CLI refused the flags (for
            # example --system off Windows without WINERR_SYSTEM_ROOT). Its
            # one-line message is the error.
            $said = ($run.Stderr | Where-Object { $_ } | Select-Object -First 3) -join ' '
            return @{ Fatal = (New-WinErrErrorRecord -Message $said -ErrorId 'WinErr.CliRefused' -Category InvalidOperation -TargetObject $Runtime.Cli) }
        }
        if ($lines.Count -ne $send.Count) {
            return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("sent {0} inputs, got {1} result lines (exit code {2})" -f $send.Count, $lines.Count, $run.ExitCode) -Result $run) }
        }
        if (-not $AsJson) {
            $parsed = ConvertFrom-WinErrNdjson -Line $lines -Decoded
            if ($parsed.Problem) {
                return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem $parsed.Problem -Result $run) }
            }
            $results = $parsed.Objects
        }
    }

    $items = New-Object 'System.Collections.Generic.List[object]'
    $next = 0
    for ($b = 0; $b -lt $Batch.Count; $b++) {
        $text = $Batch[$b]
        if (-not $valid[$b]) {
            $items.Add((New-WinErrInvalidInput -Text $text))
            continue
        }
        $index = $next
        $next++
        if ($AsJson) {
            $items.Add($lines[$index])
            continue
        }
        $result = $results[$index]
        if (-not $result.ok) {
            # Error records are built inline: this runs once per failed input.
            $why = [string]$result.error.message
            if (-not $why) { $why = 'not understood' }
            if ($result.error.code -eq 'unknown-name') {
                $items.Add([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No error code is named '$text': $why"), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $text))
            }
            else {
                $items.Add([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("'$text' is not an error code or a name: $why"), 'WinErr.InvalidInput', [System.Management.Automation.ErrorCategory]::InvalidArgument, $text))
            }
            continue
        }
        $hits = $result.matches
        if ($Kind) {
            $hits = @($hits | Where-Object { $Kind -contains $_.kind })
        }
        if ($null -eq $hits -or @($hits).Count -eq 0) {
            $scope = ''
            if ($Kind) { $scope = ' of kind ' + ($Kind -join ', ') }
            $items.Add([System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No catalog entry$scope matches '$text' ($($result.hex))."), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $text))
            continue
        }
        if (-not $All) { $hits = @($hits[0]) }
        foreach ($match in $hits) {
            # Inlined New-WinErrInfo: this loop runs once per result.
            $value = [uint32]$match.value
            $items.Add([pscustomobject]@{
                    PSTypeName = $script:TypeName
                    Input      = $text
                    Name       = [string]$match.name
                    Kind       = [string]$match.kind
                    Value      = $value
                    Hex        = '0x' + $value.ToString('X8')
                    Signed     = [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($value), 0)
                    Message    = $match.message
                    Header     = [string]$match.header
                    Via        = [string]$match.via
                    MessageSource = $(if ($null -eq $match.messageSource) { $null } else { ConvertTo-WinErrMessageSource $match.messageSource })
                })
        }
    }
    @{ Items = $items }
}

function Write-WinErrItem {
    param([System.Management.Automation.PSCmdlet]$Cmdlet, $Outcome)
    if ($Outcome.Fatal) { $Cmdlet.ThrowTerminatingError($Outcome.Fatal) }
    foreach ($item in $Outcome.Items) {
        if ($item -is [System.Management.Automation.ErrorRecord]) {
            $Cmdlet.WriteError($item)
        }
        else {
            $Cmdlet.WriteObject($item)
        }
    }
}

# Names for Tab completion: the names file shipped with the module, else
# (in the repository) the names read from the core catalog, whose entries
# are tuples starting with the name. Cached; no node.
function Get-WinErrName {
    if ($null -ne $script:Names) { return , $script:Names }
    $names = New-Object 'System.Collections.Generic.List[string]'
    $file = Join-Path $PSScriptRoot 'names.txt'
    if ($env:WINERR_NAMES) { $file = $env:WINERR_NAMES }
    if (Test-Path -LiteralPath $file -PathType Leaf) {
        foreach ($line in [System.IO.File]::ReadAllLines($file)) {
            $name = $line.Trim()
            if ($name) { $names.Add($name) }
        }
        $script:NamesSource = $file
    }
    else {
        # In the repository (WinErr -> powershell -> cli -> apps -> root).
        $repo = Join-Path (Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') '..') '..'
        $catalogs = @(Join-Path (Join-Path (Join-Path $repo 'packages') 'core') (Join-Path 'data' 'catalog.json'))
        foreach ($catalog in $catalogs) {
            if (Test-Path -LiteralPath $catalog -PathType Leaf) {
                $text = [System.IO.File]::ReadAllText($catalog)
                $seen = New-Object 'System.Collections.Generic.HashSet[string]'
                # Entries are tuples whose first element is the name.
                foreach ($m in [regex]::Matches($text, '\[\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*,\s*"[a-z0-9]+"\s*,\s*\d')) {
                    if ($seen.Add($m.Groups[1].Value)) { $names.Add($m.Groups[1].Value) }
                }
                $names.Sort([System.StringComparer]::Ordinal)
                $script:NamesSource = $catalog
                break
            }
        }
    }
    $script:Names = $names.ToArray()
    , $script:Names
}

function Get-WinErrNameCompletion {
    param([string]$WordToComplete)
    $word = $WordToComplete
    if ($null -eq $word) { $word = '' }
    $word = $word.Trim("'", '"')
    foreach ($name in (Get-WinErrName)) {
        if ($name.StartsWith($word, [System.StringComparison]::OrdinalIgnoreCase)) {
            New-Object System.Management.Automation.CompletionResult -ArgumentList $name, $name, 'ParameterValue', $name
        }
    }
}

function Get-WinError {
    <#
    .SYNOPSIS
    Decodes Windows error codes and names (Win32, HRESULT, NTSTATUS, bug check).

    .DESCRIPTION
    Get-WinError reads each input as a number (decimal, negative 32-bit,
    unsigned 32-bit, hex with 0x or &H, bare hex) or as an error name, and
    returns the catalog entries it can mean, best first, with the official
    message and the header the entry comes from. By default you get the best
    match of each input; -All returns every match.

    Input can come from arguments or the pipeline, by value or by property
    name (HResult, Code, NativeErrorCode, ErrorCode, ExitCode), so
    $_.Exception | Get-WinError works. Pipeline input is decoded in batches,
    one node process per batch, and results keep the input order.

    An input that is not understood, or that matches nothing, is a
    non-terminating error (FullyQualifiedErrorId WinErr.NotFound or
    WinErr.InvalidInput, with the input as TargetObject), so the pipeline
    goes on. A missing Node.js or a failing CLI is a terminating error.

    Node.js is found through the WINERR_NODE environment variable, then on
    PATH. The CLI is the one shipped in the module's cli folder, unless
    WINERR_CLI names another winerr.js.

    .PARAMETER InputObject
    The codes or names to decode. Accepts pipeline input by value and by the
    property names HResult, Code, NativeErrorCode, ErrorCode and ExitCode.
    Tab completes error names.

    .PARAMETER All
    Return every match of each input, best first, instead of the best one.

    .PARAMETER Kind
    Keep only matches of these families: win32, hresult, ntstatus, bugcheck.

    .PARAMETER AsJson
    Return the CLI's JSON, one line (one JSON object) per input, unchanged.

    .PARAMETER System
    Take messages from Windows' own message files (kernelbase.dll, ntdll.dll,
    netmsg.dll, wininet.dll and winhttp.dll .mui files in System32) in the
    user's UI language, falling back to en-US, then to the catalog's text.
    A match whose text came from a file has MessageSource set (the file and
    its LANGID). Off Windows, set WINERR_SYSTEM_ROOT to a folder laid out
    like System32 (<root>/<language>/<name>.dll.mui); without it the CLI's
    one-line error is a terminating error (WinErr.CliRefused).

    .PARAMETER Language
    With -System: the language folder to read instead of the UI language, a
    locale name such as de-DE (en-US remains the fallback).

    .EXAMPLE
    Get-WinError 5

    Decodes the number 5 and shows the best matching entry.

    .EXAMPLE
    Get-WinError 0x80070005 -All

    Shows every entry the HRESULT can mean, including the Win32 code it wraps.

    .EXAMPLE
    try { Get-Item C:\nope -ErrorAction Stop } catch { $_.Exception | Get-WinError }

    Decodes the HResult of an exception, bound by property name.

    .EXAMPLE
    Get-Content codes.txt | Get-WinError -Kind ntstatus -ErrorAction SilentlyContinue

    Decodes a file of codes in batches, keeping only NTSTATUS matches and
    ignoring inputs that match nothing.

    .EXAMPLE
    Get-WinError -2147024891 -AsJson

    Returns the CLI's JSON result line for the input.

    .EXAMPLE
    Get-WinError 5 -System -Language de-DE | Format-List Name, Message, MessageSource

    Shows the message Windows itself has for code 5, from the de-DE message
    files (else en-US, else the catalog), and the file it came from.

    .INPUTS
    System.String or a number: the code or name itself.
    System.Object: an exception, ErrorRecord, process or any object with a
    NativeErrorCode, HResult, ErrorCode, Code or ExitCode property (the
    first one present is decoded).

    .OUTPUTS
    WinErr.ErrorInfo. Input, Name, Kind, Value ([uint32]), Hex, Signed
    ([int]), Message, Header, Via (exact, or the unwrap rule used) and
    MessageSource (with -System: File and Lang, the LANGID, of the message
    file the text came from; $null for the catalog's text).
    System.String with -AsJson.

    .LINK
    Find-WinError
    #>
    [CmdletBinding(DefaultParameterSetName = 'Object')]
    [OutputType('WinErr.ErrorInfo', ParameterSetName = 'Object')]
    [OutputType([string], ParameterSetName = 'Json')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('HResult', 'Code', 'NativeErrorCode', 'ErrorCode', 'ExitCode')]
        [AllowEmptyString()]
        [object[]]$InputObject,

        [Parameter(ParameterSetName = 'Object')]
        [switch]$All,

        [Parameter(ParameterSetName = 'Object')]
        [ValidateSet('win32', 'hresult', 'ntstatus', 'bugcheck', 'event', 'ldap', 'errno', 'mci', 'mmsys', 'tapi', 'cderr', 'netmon')]
        [string[]]$Kind,

        [Parameter(Mandatory = $true, ParameterSetName = 'Json')]
        [switch]$AsJson,

        [switch]$System,

        # A locale name (de-DE, sr-Latn-RS), safe as one argv element; \z,
        # not $, which would also match before a final line break.
        [ValidatePattern('^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\z')]
        [string]$Language
    )
    begin {
        if ($Language -and -not $System) {
            $PSCmdlet.ThrowTerminatingError((New-WinErrErrorRecord -Message ("-Language '{0}' picks the language folder of -System's message files: add -System." -f $Language) -ErrorId 'WinErr.LanguageNeedsSystem' -Category InvalidArgument -TargetObject $Language))
        }
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        $pending = New-Object 'System.Collections.Generic.List[string]'
        $limit = $script:BatchSize
        $options = @{ All = $All; Kind = $Kind; AsJson = $AsJson; System = $System; Language = $Language }
        # The batch whose node is still running while the next one fills:
        # node decodes one batch while PowerShell reads input and writes the
        # objects of another. The first batch is waited for, so its results
        # show at once.
        $inFlight = $null
        $first = $true
    }
    process {
        foreach ($item in $InputObject) {
            if ($item -is [string]) { $pending.Add($item) }
            elseif ($item -is [int]) { $pending.Add($item.ToString([System.Globalization.CultureInfo]::InvariantCulture)) }
            else { $pending.Add((ConvertTo-WinErrInputText $item)) }
            if ($pending.Count -ge $limit) {
                $started = Start-WinErrDecodeBatch -Runtime $runtime -Batch $pending @options
                $pending = New-Object 'System.Collections.Generic.List[string]'
                $limit = [Math]::Min($limit * $script:BatchGrowth, [Math]::Max($script:BatchMax, $script:BatchSize))
                if ($null -ne $inFlight) { Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $inFlight) }
                $inFlight = $started
                if ($first) {
                    $first = $false
                    $inFlight = $null
                    Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $started)
                }
            }
        }
    }
    end {
        $last = $null
        if ($pending.Count -gt 0) { $last = Start-WinErrDecodeBatch -Runtime $runtime -Batch $pending @options }
        if ($null -ne $inFlight) { Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $inFlight) }
        if ($null -ne $last) { Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $last) }
    }
}

# Names-only search, for a CLI without `search --stdin --ndjson`: match the
# names list, then decode the names found.
function Find-WinErrByName {
    param([hashtable]$Runtime, [string]$Pattern, [string[]]$Kind, [int]$Limit)
    $wildcard = $Pattern
    if (-not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($Pattern)) {
        $wildcard = '*' + [System.Management.Automation.WildcardPattern]::Escape($Pattern) + '*'
    }
    $matcher = New-Object System.Management.Automation.WildcardPattern -ArgumentList $wildcard, ([System.Management.Automation.WildcardOptions]::IgnoreCase)
    $found = New-Object 'System.Collections.Generic.List[string]'
    foreach ($name in (Get-WinErrName)) {
        if ($matcher.IsMatch($name)) { $found.Add($name) }
    }
    if ($found.Count -eq 0) { return @{ Items = (New-Object 'System.Collections.Generic.List[object]') } }
    $outcome = Invoke-WinErrDecodeBatch -Runtime $Runtime -Batch $found -All -Kind $Kind
    if ($outcome.Fatal) { return $outcome }
    $items = New-Object 'System.Collections.Generic.List[object]'
    foreach ($item in $outcome.Items) {
        if ($item -is [System.Management.Automation.ErrorRecord]) { continue }
        if ($item.Name -ne $item.Input) { continue }
        if ($items.Count -ge $Limit) { break }
        $item.Input = $Pattern
        $items.Add($item)
    }
    @{ Items = $items }
}

function Find-WinError {
    <#
    .SYNOPSIS
    Searches the catalog of Windows error codes by name and message text.

    .DESCRIPTION
    Find-WinError looks for catalog entries whose name or official message
    matches each pattern. A pattern with wildcards (* and ?) must match the
    whole name or the whole message; a pattern without wildcards is searched
    as text and the best-ranked entries come first.

    Patterns travel to the winerr CLI on stdin (winerr search --stdin
    --ndjson), never on its command line. With a CLI that has no such search,
    Find-WinError warns and searches names only, from the names list shipped
    with the module.

    A pattern without wildcards that finds nothing is a non-terminating
    error (WinErr.NotFound); a wildcard pattern that finds nothing returns
    nothing, as Get-Command does.

    .PARAMETER Pattern
    Text or wildcard patterns to look for in names and messages. Matching is
    case-insensitive. Tab completes error names.

    .PARAMETER Kind
    Keep only entries of these families: win32, hresult, ntstatus, bugcheck.

    .PARAMETER Limit
    The most entries to return per pattern (default 20).

    .EXAMPLE
    Find-WinError 'access is denied'

    Finds the entries whose message contains the text, best first.

    .EXAMPLE
    Find-WinError 'ERROR_SHARING*' -Kind win32

    Finds the Win32 codes whose name starts with ERROR_SHARING.

    .EXAMPLE
    'disk full', '*TIMEOUT*' | Find-WinError -Limit 5

    Searches for two patterns from the pipeline, five entries each.

    .INPUTS
    System.String. Patterns, by value or by the property name Pattern.

    .OUTPUTS
    WinErr.ErrorInfo. Input is the pattern that found the entry.

    .LINK
    Get-WinError
    #>
    [CmdletBinding()]
    [OutputType('WinErr.ErrorInfo')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [SupportsWildcards()]
        [string[]]$Pattern,

        [ValidateSet('win32', 'hresult', 'ntstatus', 'bugcheck', 'event', 'ldap', 'errno', 'mci', 'mmsys', 'tapi', 'cderr', 'netmon')]
        [string[]]$Kind,

        [ValidateRange(1, 100000)]
        [int]$Limit = 20
    )
    begin {
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        $pending = New-Object 'System.Collections.Generic.List[string]'
        $namesOnly = $false
        $arguments = @('search', '--stdin', '--ndjson', '--limit', [string]$Limit)
        # The CLI takes one --kind; with several, filter here.
        if ($Kind -and $Kind.Count -eq 1) { $arguments += @('--kind', $Kind[0]) }

        $flush = {
            $batch = $pending
            $pending = New-Object 'System.Collections.Generic.List[string]'
            $send = New-Object 'System.Collections.Generic.List[string]'
            foreach ($text in $batch) {
                if (Test-WinErrLine $text) { $send.Add($text) }
            }
            $results = $null
            if (-not $namesOnly -and $send.Count -gt 0) {
                $run = Invoke-WinErrNative -Runtime $runtime -Arguments $arguments -Line $send
                if ($run.StartError) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem ("node could not be started: " + $run.StartError) -Result $run))
                }
                if (@(0, 1, 2) -notcontains $run.ExitCode) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem ("exit code {0}" -f $run.ExitCode) -Result $run))
                }
                $parsed = $null
                if ($run.Stdout.Count -eq $send.Count) { $parsed = ConvertFrom-WinErrNdjson -Line $run.Stdout }
                if ($parsed -and $parsed.Objects -and -not @($parsed.Objects | Where-Object { $null -eq $_.PSObject.Properties['entries'] }).Count) {
                    $results = $parsed.Objects
                }
                elseif ($parsed -and $parsed.Problem -and $run.ExitCode -ne 2) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem $parsed.Problem -Result $run))
                }
                else {
                    $namesOnly = $true
                    Write-Warning ("The winerr CLI at {0} has no 'search --stdin --ndjson'; Find-WinError searches names only." -f $runtime.Cli)
                }
            }
            $next = 0
            foreach ($text in $batch) {
                if (-not (Test-WinErrLine $text)) {
                    $PSCmdlet.WriteError((New-WinErrInvalidInput -Text $text))
                    continue
                }
                $found = New-Object 'System.Collections.Generic.List[object]'
                if ($namesOnly) {
                    $outcome = Find-WinErrByName -Runtime $runtime -Pattern $text -Kind $Kind -Limit $Limit
                    if ($outcome.Fatal) { $PSCmdlet.ThrowTerminatingError($outcome.Fatal) }
                    foreach ($info in $outcome.Items) { $found.Add($info) }
                }
                else {
                    $entries = @(Get-WinErrProperty $results[$next] 'entries')
                    $next++
                    $isWildcard = [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($text)
                    foreach ($entry in $entries) {
                        if ($Kind -and $Kind -notcontains $entry.kind) { continue }
                        # Wildcards mean a whole-name or whole-message match, whatever the CLI ranked.
                        if ($isWildcard -and -not ($entry.name -like $text -or [string]$entry.message -like $text)) { continue }
                        $found.Add((New-WinErrInfo -InputText $text -Match $entry))
                    }
                }
                if ($found.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($text)) {
                    $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("No catalog entry name or message contains '{0}'." -f $text) -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $text))
                }
                foreach ($info in $found) {
                    if ($null -ne $info) { $PSCmdlet.WriteObject($info) }
                }
            }
        }
    }
    process {
        foreach ($text in $Pattern) {
            $pending.Add($text)
            if ($pending.Count -ge $script:BatchSize) { . $flush }
        }
    }
    end {
        if ($pending.Count -gt 0) { . $flush }
    }
}

function Get-WinErrorPage {
    <#
    .SYNOPSIS
    Gets the reference page of Windows error codes: message, guidance, related codes.

    .DESCRIPTION
    Get-WinErrorPage returns, for each code or name, the reference page of its
    best match (as Get-WinError ranks them): the entry and its official
    message, the guidance of its reviewed group (written by the WinErr
    authors, not by Microsoft, and labelled so in the Label property), the
    conversions (HRESULT_FROM_WIN32 and the others), the related codes with
    their relation, questions answered from the catalog, and provenance.
    It is the JSON of 'winerr show', as objects.

    Inputs travel to the winerr CLI on stdin (winerr show --stdin --ndjson),
    never on its command line. An input that is not a code or a name, or a
    number no entry has, is a non-terminating error.

    .PARAMETER InputObject
    Codes or names: decimal, negative int32, hex, or an error name. Objects
    with a NativeErrorCode, HResult, ErrorCode, Code or ExitCode property
    give that property, as with Get-WinError.

    .EXAMPLE
    Get-WinErrorPage 0x80073621

    The page of ERROR_IPSEC_IKE_GETSPIFAIL, reached through HRESULT_FROM_WIN32.

    .EXAMPLE
    (Get-WinErrorPage 13857).Related | Format-Table Name, Hex, Relation

    The related codes of 13857, each with how it relates.

    .EXAMPLE
    (Get-WinErrorPage 0xC0000005).Guidance.Check

    What to check first for an access violation, from the group's guidance.

    .INPUTS
    System.Object. Codes or names, or objects with a code property.

    .OUTPUTS
    WinErr.Page. The properties of 'winerr show --json' (input, entry, hex,
    signed, guidance, conversions, related, sameMessageTotal, questions,
    provenance, otherMatches); PowerShell reads them in any case.

    .LINK
    Get-WinError
    #>
    [CmdletBinding()]
    [OutputType('WinErr.Page')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('HResult', 'Code', 'NativeErrorCode', 'ErrorCode', 'ExitCode')]
        [AllowEmptyString()]
        [AllowNull()]
        [object[]]$InputObject
    )
    begin {
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        $pending = New-Object 'System.Collections.Generic.List[string]'
        $flush = {
            $batch = $pending
            $pending = New-Object 'System.Collections.Generic.List[string]'
            $send = New-Object 'System.Collections.Generic.List[string]'
            foreach ($text in $batch) {
                if (Test-WinErrLine $text) { $send.Add($text) }
            }
            $results = $null
            if ($send.Count -gt 0) {
                $run = Invoke-WinErrNative -Runtime $runtime -Arguments @('show', '--stdin', '--ndjson') -Line $send
                if ($run.StartError) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem ("node could not be started: " + $run.StartError) -Result $run))
                }
                if (@(0, 1, 2) -notcontains $run.ExitCode) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem ("exit code {0}" -f $run.ExitCode) -Result $run))
                }
                if ($run.Stdout.Count -ne $send.Count) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem ("{0} inputs gave {1} result lines (a CLI without 'show --stdin'?)" -f $send.Count, $run.Stdout.Count) -Result $run))
                }
                $parsed = ConvertFrom-WinErrNdjson -Line $run.Stdout
                if ($parsed.Problem) {
                    $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem $parsed.Problem -Result $run))
                }
                $results = $parsed.Objects
            }
            $next = 0
            foreach ($text in $batch) {
                if (-not (Test-WinErrLine $text)) {
                    $PSCmdlet.WriteError((New-WinErrInvalidInput -Text $text))
                    continue
                }
                $page = $results[$next]
                $next++
                if (-not $page.ok) {
                    $why = [string]$page.error.message
                    if (-not $why) { $why = 'not understood' }
                    if ($page.error.code -eq 'unknown-name') {
                        $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("No error code is named '{0}': {1}" -f $text, $why) -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $text))
                    }
                    else {
                        $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("'{0}' is not an error code or a name: {1}" -f $text, $why) -ErrorId 'WinErr.InvalidInput' -Category InvalidArgument -TargetObject $text))
                    }
                    continue
                }
                if ($null -eq $page.entry) {
                    $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("No catalog entry matches '{0}' ({1})." -f $text, $page.hex) -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $text))
                    continue
                }
                $page.PSObject.TypeNames.Insert(0, 'WinErr.Page')
                $PSCmdlet.WriteObject($page)
            }
        }
    }
    process {
        foreach ($item in $InputObject) {
            $pending.Add((ConvertTo-WinErrInputText $item))
            if ($pending.Count -ge $script:BatchSize) { . $flush }
        }
    }
    end {
        if ($pending.Count -gt 0) { . $flush }
    }
}

Export-ModuleMember -Function 'Get-WinError', 'Find-WinError', 'Get-WinErrorPage'

# Tab completion of names for both commands, from the shipped names file; a
# script block made here runs in the module's scope, so it sees the helper.
$nameCompleter = {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
    Get-WinErrNameCompletion -WordToComplete $wordToComplete
}
Register-ArgumentCompleter -CommandName 'Get-WinError' -ParameterName 'InputObject' -ScriptBlock $nameCompleter
Register-ArgumentCompleter -CommandName 'Find-WinError' -ParameterName 'Pattern' -ScriptBlock $nameCompleter
Register-ArgumentCompleter -CommandName 'Get-WinErrorPage' -ParameterName 'InputObject' -ScriptBlock $nameCompleter
