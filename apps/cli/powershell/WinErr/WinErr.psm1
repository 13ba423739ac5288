# WinErr: decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check)
# offline, through the winerr node CLI. Windows PowerShell 5.1 and PowerShell 7.
# User data goes to the CLI as lines on stdin; argv holds only fixed flags.

$script:TypeName = 'WinErr.ErrorInfo'
$script:LineBreaks = [char[]]@([char]10, [char]13)
# One node process per batch. The first batch is small so results show at
# once; later ones grow (x BatchGrowth, up to BatchMax) so big pipelines pay
# for few node starts: a node start costs about as much as decoding 2,000
# inputs, so 10,000 inputs go in two batches (256, then the rest).
$script:BatchSize = 256
$script:BatchGrowth = 64
$script:BatchMax = 65536
# A batch after the first goes to its node's stdin in chunks of this many
# inputs as they come. Each write costs PowerShell about a millisecond, and
# the last chunk (half a chunk on average) is decoded after the input ends,
# about 25 us an input in a warm node: for 10,000 inputs, about 1,000 (the
# square root of 10,000 x 1 ms / 12.5 us) costs least.
$script:SendChunk = 1024
# A first batch that came within FastFirstMs (1..10000's first 256 take 2
# to 17 ms) is not answered on its own: it goes on as the start of the
# second batch, on the same node, its stdout read in the background, so
# node decodes while PowerShell binds the pipeline instead of PowerShell
# waiting for node's first answers (a process's first 1..10000 took about
# 80 ms less than with its answers read as they came, polled meanwhile: six
# alternating pairs). A slower producer's first batch is answered at once,
# its results written before the next input is read.
$script:FastFirstMs = 50
# At the end of a pipeline, a batch's results are written as node's lines
# come, at least this many at a time (Write-WinErrBatchAsItComes).
$script:WriteAsItComes = 256
# Find-WinError asks the CLI for this many hits per pattern, then filters and limits.
$script:SearchCap = 100000
# Max characters of NDJSON parsed by one ConvertFrom-Json call (5.1 has a
# limit of about 2 MB).
$script:ParseChunkChars = 1000000
# PowerShell 6 and later have no such limit: one call per batch is fastest.
if ($PSVersionTable.PSVersion.Major -ge 6) { $script:ParseChunkChars = [int]::MaxValue }
# A blank (empty or white-space) line in text without CR, as
# IsNullOrWhiteSpace sees white space (\s is the same set of characters).
$script:BlankLine = New-Object System.Text.RegularExpressions.Regex -ArgumentList '(?m)^[^\S\n]*$'
$script:NotAnObjectLine = New-Object System.Text.RegularExpressions.Regex -ArgumentList '^\[(?!\{)|\n(?!\{)'
$script:Names = $null
$script:JsonSerializer = $null
$script:DecodedArrayType = $null
$script:ScanArrayType = $null
$script:NamesSource = $null
$script:FullLanguage = $ExecutionContext.SessionState.LanguageMode -eq [System.Management.Automation.PSLanguageMode]::FullLanguage
# PowerShell 7 parses CLI results with System.Text.Json into these types:
# about 15 times faster than ConvertFrom-Json. Only the fields the module
# reads. They are made from text, and only in FullLanguage, so the module
# also loads under ConstrainedLanguage (no class keyword in this file);
# there, and on Windows PowerShell 5.1 (no System.Text.Json),
# ConvertFrom-Json parses.
$script:TypeSource = @'
class WinErrDecodedSource { [string]$file; [int]$lang }
class WinErrDecodedParts { [string]$as; [string]$severity; [int]$facility; [string[]]$facilityNames; [int]$code }
class WinErrDecodedMatch { [string]$name; [string]$kind; [long]$value; [string]$hex; [string]$message; [string]$header; [string]$via; [WinErrDecodedSource]$messageSource; [WinErrDecodedParts]$parts }
class WinErrDecodedError { [string]$code; [string]$message }
class WinErrDecoded { [bool]$ok; [string]$input; [string]$hex; [WinErrDecodedMatch[]]$matches; [WinErrDecodedError]$error }
class WinErrScanRecord { [int]$line; [int]$column; [string]$text; [string]$how; [string]$lineText; [WinErrDecoded]$result }
[WinErrDecoded[]]
[WinErrScanRecord[]]
'@
$script:Serializer = 'System.Text.Json.JsonSerializer' -as [type]
if ($script:FullLanguage -and $null -ne $script:Serializer) {
    $types = @(. ([scriptblock]::Create($script:TypeSource)))
    $script:JsonSerializer = $script:Serializer
    $script:DecodedArrayType = $types[0]
    $script:ScanArrayType = $types[1]
}

# The objects the commands write (WinErr.ErrorInfo, WinErr.ScanMatch) are
# instances of small .NET types made with System.Reflection.Emit: a
# public field per property and one constructor that sets them all, in
# order. Building one costs a few microseconds, where a [pscustomobject]
# of as many properties cost 40 to 100 (the largest cost per result of
# Get-WinError and Select-WinError). The types keep the documented type
# names (PSTypeNames[0]), so the format views, Export-Csv, ConvertTo-Json
# and Select-Object see the same properties. Made only in FullLanguage (the
# commands refuse to run in ConstrainedLanguage), once per process: a
# reimport finds them again by their assembly's name. Without them the
# commands build [pscustomobject]s.
# WinErr.ErrorInfo's fields are typed (string, [uint32] Value, [int]
# Signed, [int] or $null Facility, [long] Code), so that System.Text.Json
# fills them straight from `decode --flat` rows (Add-WinErrFlatItem); a
# field typed [object] would get a JsonElement. Its constructor takes
# [object] for a string field and keeps $null as $null (PowerShell would
# turn $null into '' for a [string] parameter). WinErr.ScanMatch's fields
# are typed the same way, for `scan --flat` rows (Invoke-WinErrScanFile);
# three of them have other names in the rows (ScanJsonNames).
$script:InfoFields = @('Input', 'InputHex', 'Name', 'Kind', 'Value', 'Hex', 'Signed', 'Severity', 'Facility', 'FacilityName', 'Code', 'Message', 'Header', 'Via', 'MessageSource', 'Source')
$script:InfoFieldTypes = @([string], [string], [string], [string], [uint32], [string], [int], [string], [System.Nullable[int]], [string], [long], [string], [string], [string], [object], [object])
$script:ScanFields = @('Path', 'LineNumber', 'Line', 'Match', 'Column', 'InputHex', 'Name', 'Kind', 'Value', 'Hex', 'Signed', 'Severity', 'Facility', 'FacilityName', 'Code', 'Message', 'Header', 'Via')
$script:ScanFieldTypes = @([string], [int], [string], [string], [int]) + $script:InfoFieldTypes[1..13]
$script:ScanJsonNames = @{ LineNumber = 'line'; Line = 'lineText'; Match = 'text' }
$script:InfoType = $null
$script:ScanType = $null
# Get-WinError's rows: WinErr.ErrorInfo[] as System.Text.Json reads
# `decode --flat` (FlatOptions: public fields, camelCase names), and
# Select-WinError's: WinErr.ScanMatch[] from `scan --flat`.
$script:FlatArrayType = $null
$script:FlatScanArrayType = $null
$script:FlatOptions = $null

function New-WinErrObjectType {
    param([System.Reflection.Emit.ModuleBuilder]$Module, [string]$Name, [string[]]$Field, [type[]]$FieldType, [hashtable]$JsonName)
    $builder = $Module.DefineType($Name, [System.Reflection.TypeAttributes]'Public, Class, Sealed')
    $null = $builder.DefineDefaultConstructor([System.Reflection.MethodAttributes]::Public)
    $fields = New-Object 'System.Collections.Generic.List[System.Reflection.FieldInfo]'
    $argumentTypes = New-Object 'type[]' $Field.Count
    for ($i = 0; $i -lt $Field.Count; $i++) {
        $type = [object]
        if ($null -ne $FieldType) { $type = $FieldType[$i] }
        $fieldBuilder = $builder.DefineField($Field[$i], $type, [System.Reflection.FieldAttributes]::Public)
        if ($null -ne $JsonName -and $JsonName.ContainsKey($Field[$i])) {
            # The field's name in System.Text.Json's rows ([JsonPropertyName]).
            $attribute = ('System.Text.Json.Serialization.JsonPropertyNameAttribute' -as [type]).GetConstructor([type[]]@([string]))
            $fieldBuilder.SetCustomAttribute((New-Object System.Reflection.Emit.CustomAttributeBuilder -ArgumentList $attribute, ([object[]]@($JsonName[$Field[$i]]))))
        }
        $fields.Add($fieldBuilder)
        $argumentTypes[$i] = $type
        if ($type -eq [string]) { $argumentTypes[$i] = [object] }
    }
    $constructor = $builder.DefineConstructor([System.Reflection.MethodAttributes]::Public, [System.Reflection.CallingConventions]::Standard, $argumentTypes)
    $il = $constructor.GetILGenerator()
    $il.Emit([System.Reflection.Emit.OpCodes]::Ldarg_0)
    $il.Emit([System.Reflection.Emit.OpCodes]::Call, [object].GetConstructor([type[]]@()))
    for ($i = 0; $i -lt $Field.Count; $i++) {
        $il.Emit([System.Reflection.Emit.OpCodes]::Ldarg_0)
        $il.Emit([System.Reflection.Emit.OpCodes]::Ldarg_S, [byte]($i + 1))
        # A string field from an [object] argument: the string, or $null.
        if ($fields[$i].FieldType -eq [string]) { $il.Emit([System.Reflection.Emit.OpCodes]::Isinst, [string]) }
        $il.Emit([System.Reflection.Emit.OpCodes]::Stfld, $fields[$i])
    }
    $il.Emit([System.Reflection.Emit.OpCodes]::Ret)
    $builder.CreateTypeInfo().AsType()
}

# Makes the types on the first command that writes objects (not at import:
# the first use of Reflection.Emit in a process costs about 100 ms).
# (Not $false: a boolean assigned at the top of the module while a
# ConstrainedLanguage runspace imports it would mark PowerShell's shared
# boxed $false untrusted for New-Object -ArgumentList in every runspace.)
$script:TypesTried = $null
function Initialize-WinErrObjectType {
    if ($script:TypesTried -or -not $script:FullLanguage) { return }
    $script:TypesTried = $true
    try {
        # The assembly's name says which fields (and types) its types have.
        $jsonNames = $null
        if ($null -ne $script:JsonSerializer) { $jsonNames = $script:ScanJsonNames }
        $assemblyName = 'WinErr.Objects.' + ('{0}|{1}|{2}|{3}|{4}' -f ($script:InfoFields -join ','), ($script:InfoFieldTypes -join ','), ($script:ScanFields -join ','), ($script:ScanFieldTypes -join ','), (($jsonNames.Keys | Sort-Object | ForEach-Object { $_ + '=' + $jsonNames[$_] }) -join ',')).GetHashCode().ToString('X8')
        $made = $null
        foreach ($assembly in [System.AppDomain]::CurrentDomain.GetAssemblies()) {
            if ($assembly.IsDynamic -and $assembly.GetName().Name -eq $assemblyName) { $made = $assembly; break }
        }
        if ($null -eq $made) {
            $name = New-Object System.Reflection.AssemblyName -ArgumentList $assemblyName
            $made = [System.Reflection.Emit.AssemblyBuilder]::DefineDynamicAssembly($name, [System.Reflection.Emit.AssemblyBuilderAccess]::Run)
            $module = $made.DefineDynamicModule($assemblyName)
            $null = New-WinErrObjectType -Module $module -Name 'WinErr.ErrorInfo' -Field $script:InfoFields -FieldType $script:InfoFieldTypes
            $null = New-WinErrObjectType -Module $module -Name 'WinErr.ScanMatch' -Field $script:ScanFields -FieldType $script:ScanFieldTypes -JsonName $jsonNames
        }
        $script:InfoType = $made.GetType('WinErr.ErrorInfo')
        $script:ScanType = $made.GetType('WinErr.ScanMatch')
        if ($null -ne $script:JsonSerializer) {
            $options = New-Object System.Text.Json.JsonSerializerOptions
            $options.IncludeFields = $true
            $options.PropertyNamingPolicy = [System.Text.Json.JsonNamingPolicy]::CamelCase
            $script:FlatOptions = $options
            $script:FlatArrayType = $script:InfoType.MakeArrayType()
            $script:FlatScanArrayType = $script:ScanType.MakeArrayType()
        }
    }
    catch {
        Write-Debug ('WinErr: the object types could not be made ({0}); [pscustomobject]s instead' -f $_.Exception.Message)
        $script:InfoType = $null
        $script:ScanType = $null
        $script:FlatArrayType = $null
        $script:FlatScanArrayType = $null
    }
}

# The message file a match took its text from (the CLI's messageSource:
# file and LANGID), shown as "file (LANGID)" inside a table or list.
function ConvertTo-WinErrMessageSource {
    param($Source)
    if ($null -eq $Source) { return $null }
    $info = New-Object psobject -Property @{ File = [string]$Source.file; Lang = [int]$Source.lang }
    $info.PSObject.TypeNames.Insert(0, 'WinErr.MessageSource')
    $info | Add-Member -MemberType ScriptMethod -Name ToString -Value { '{0} (0x{1})' -f $this.File, $this.Lang.ToString('X4') } -Force -PassThru
}

function Test-WinErrIsWindows {
    [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
}

# Off Windows, the codes .NET and native commands report are the
# platform's errno values, not Windows codes: a Win32Exception's
# NativeErrorCode, a plain IOException's HResult (a positive number) and a
# native command's ExitCode. They are decoded by their name on this system
# (node's os.constants.errno) in the catalog's errno family.
# $null: decided by the platform (Test-WinErrErrnoHost); tests set it.
$script:ErrnoHost = $null
function Test-WinErrErrnoHost {
    if ($null -ne $script:ErrnoHost) { return [bool]$script:ErrnoHost }
    -not (Test-WinErrIsWindows)
}
$script:HostErrno = @{}
$script:HostErrnoScript = 'const os=require("os"),u=require("util");const m={};for(const[n,v]of Object.entries(os.constants.errno)){if(!(v in m))m[v]=n}for(const v of Object.keys(m)){try{const n=u.getSystemErrorName(-v);if(os.constants.errno[n]===Number(v))m[v]=n}catch(e){}}process.stdout.write(JSON.stringify({platform:process.platform,names:m}))'

# This system's errno names by value, from the node WinErr runs (its
# os.constants.errno, built from the system's errno.h; of two names for one
# value, the one util.getSystemErrorName gives). Asked once per node path.
# Returns @{ Platform; Names = @{ value = name } }, or $null.
function Get-WinErrHostErrno {
    param([string]$Node)
    if ($script:HostErrno.ContainsKey($Node)) { return $script:HostErrno[$Node] }
    $table = $null
    try {
        $text = Invoke-WinErrNodeOutput -Node $Node -Arguments @('-e', $script:HostErrnoScript)
        $parsed = ConvertFrom-Json -InputObject $text -ErrorAction Stop
        $names = @{}
        foreach ($p in $parsed.names.PSObject.Properties) { $names[[long]$p.Name] = [string]$p.Value }
        $table = @{ Platform = [string]$parsed.platform; Names = $names }
    }
    catch {
        $table = $null
    }
    Write-Debug ('WinErr: errno names from {0}: {1}' -f $Node, $(if ($table) { '{0} on {1}' -f $table.Names.Count, $table.Platform } else { 'none' }))
    $script:HostErrno[$Node] = $table
    $table
}

# Turns an input descriptor that holds this system's errno into the input
# `errno:NAME` (the catalog entry of that name), keeping the number as the
# input shown; a number this system has no name for gets a Problem.
function Resolve-WinErrErrno {
    param([hashtable]$Runtime, [hashtable]$Item)
    if (-not $Item.Errno -or $null -ne $Item.Input) { return }
    $number = 0L
    if (-not [long]::TryParse([string]$Item.Text, [System.Globalization.NumberStyles]::AllowLeadingSign, [System.Globalization.CultureInfo]::InvariantCulture, [ref]$number)) { return }
    $Item.Input = [string]$Item.Text
    $Item.InputHex = '0x' + ([uint32]($number -band 0xFFFFFFFFL)).ToString('X8')
    $table = Get-WinErrHostErrno $Runtime.Node
    if ($null -eq $table) {
        $Item.Problem = ('{0} is an errno value of this system (read from {1}), and node ({2}) did not list the system''s errno names.' -f $number, $Item.Source, $Runtime.Node)
        return
    }
    $name = $table.Names[$number]
    if (-not $name) {
        $Item.Problem = ('{0} is an errno value on {1} (read from {2}), and node''s errno names for {1} (os.constants.errno) have no {0}.' -f $number, $table.Platform, $Item.Source)
        return
    }
    $Item.Text = 'errno:' + $name
    $Item.ErrnoName = $name
    $Item.Source = '{0}, errno {1} on {2}' -f $Item.Source, $name, $table.Platform
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

$script:NodeMajor = 20
$script:NodeVersions = @{}

# Runs node itself with fixed arguments (no user data) and returns what it
# wrote on stdout; throws when it cannot be started.
function Invoke-WinErrNodeOutput {
    param([string]$Node, [string[]]$Arguments)
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $Node
    if ($null -ne $psi.PSObject.Properties['ArgumentList']) { foreach ($a in $Arguments) { $psi.ArgumentList.Add($a) } }
    else { $psi.Arguments = ($Arguments | ForEach-Object { ConvertTo-WinErrArgument $_ }) -join ' ' }
    $psi.UseShellExecute = $false
    $psi.CreateNoWindow = $true
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.RedirectStandardInput = $true
    $process = [System.Diagnostics.Process]::Start($psi)
    $process.StandardInput.Close()
    $errors = $process.StandardError.ReadToEndAsync()
    $text = $process.StandardOutput.ReadToEnd()
    $null = $errors.GetAwaiter().GetResult()
    $process.WaitForExit()
    $process.Dispose()
    $text
}

# The version `node --version` prints (v20.11.1), or $null; cached per path.
function Get-WinErrNodeVersion {
    param([string]$Node)
    if ($script:NodeVersions.ContainsKey($Node)) { return $script:NodeVersions[$Node] }
    $version = $null
    try {
        $text = Invoke-WinErrNodeOutput -Node $Node -Arguments @('--version')
        if ($text -match '^\s*v?([0-9]+)\.([0-9]+)\.([0-9]+)') { $version = New-Object System.Version -ArgumentList ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[3]) }
    }
    catch {
        $version = $null
    }
    Write-Debug ('WinErr: {0} --version: {1}' -f $Node, $version)
    $script:NodeVersions[$Node] = $version
    $version
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

    # Node.js 20 or later (the CLI's engines); asked once per node path.
    $version = Get-WinErrNodeVersion $node
    if ($null -eq $version -or $version.Major -lt $script:NodeMajor) {
        $said = 'did not say its version'
        if ($null -ne $version) { $said = 'is version ' + $version }
        $upgrade = 'Install Node.js {0} or later (https://nodejs.org), or set WINERR_NODE to the full path of a newer node.' -f $script:NodeMajor
        return New-WinErrErrorRecord -Message ("WinErr needs Node.js {0} or later, and '{1}' {2}. {3}" -f $script:NodeMajor, $node, $said, $upgrade) -ErrorId 'WinErr.NodeTooOld' -Category NotInstalled -TargetObject $node -RecommendedAction $upgrade
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
            return @{ Node = $node; NodeVersion = $version; Cli = (Resolve-Path -LiteralPath $candidate).ProviderPath }
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
        [System.Collections.Generic.IList[string]]$Line,
        # The caller reads stdout line by line (Process.StandardOutput).
        [switch]$Streaming,
        # Stdin stays open and stdout unread: a decode run (Open-WinErrRun).
        [switch]$Open
    )
    $utf8 = [System.Text.UTF8Encoding]::new($false)
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
    $handle = @{ Process = $process; Stdout = $null; Stderr = $process.StandardError.ReadToEndAsync() }
    if ($Open) { return $handle }
    if (-not $Streaming) { $handle.Stdout = $process.StandardOutput.ReadToEndAsync() }
    try {
        if ($null -ne $Line -and $Line.Count -gt 0) {
            $bytes = $utf8.GetBytes([string]::Join("`n", [string[]]$Line) + "`n")
            $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        }
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
    if ($null -ne $Handle.Queue) {
        # Read line by line (Start-WinErrRunRead): WaitForExit also waits
        # for the last line's event.
        $Handle.Process.WaitForExit()
        Receive-WinErrRunLine $Handle
        $stdout = $Handle.Lines
    }
    else { $stdout = Split-WinErrLines $Handle.Stdout.GetAwaiter().GetResult() }
    $stderr = Split-WinErrLines $Handle.Stderr.GetAwaiter().GetResult()
    $Handle.Process.WaitForExit()
    $exitCode = $Handle.Process.ExitCode
    $Handle.Process.Dispose()
    @{ ExitCode = $exitCode; Stdout = $stdout; Stderr = $stderr; StartError = $null }
}

# Get-WinError's decode runs: a `winerr decode --stdin` process that inputs
# are written to as the pipeline brings them, so node starts and decodes
# while PowerShell still reads the pipeline. The first batch's answers are
# read as soon as node writes them (the CLI answers each chunk of stdin as
# it reads it), and the same process goes on with the second batch; every
# later batch has a process of its own. A run is a Start-WinErrNative handle
# whose stdin stays open: Stdout is read in the background once nothing is
# read at once (ReadToEndAsync), so node never waits on a full stdout pipe
# while PowerShell writes to its stdin. Open runs are listed in OpenRuns
# with the command that owns them, so a pipeline stopped while Get-WinError
# was not running (Ctrl+C upstream) has its node ended by the next call.
# (Both made on first use: New-Object of them is refused under
# ConstrainedLanguage, where the commands do not run.)
$script:OpenRuns = $null
$script:Utf8 = $null
# How long the first answers may take before the CLI is taken for one that
# answers only at the end of its input: its stdin is then closed (the
# batches go on with a process each, as they did before runs).
$script:HeadWaitMs = 2000

function Open-WinErrRun {
    param([hashtable]$Runtime, [string[]]$Arguments, [System.Management.Automation.PSCmdlet]$Owner, [switch]$Head)
    if ($null -eq $script:OpenRuns) {
        $script:OpenRuns = New-Object 'System.Collections.Generic.List[hashtable]'
        $script:Utf8 = New-Object System.Text.UTF8Encoding -ArgumentList $false
    }
    Stop-WinErrStoppedRun
    $run = Start-WinErrNative -Runtime $Runtime -Arguments $Arguments -Line $null -Open
    if ($run.Done) { $run.Closed = $true; return $run }
    $run.Owner = $Owner
    $run.Closed = $false
    $run.Broken = $false
    # Without -Head, nothing is read at once: stdout is read in the background.
    if (-not $Head) { Start-WinErrRunRead $run -Lines }
    $script:OpenRuns.Add($run)
    $run
}

# A run opened with -Head that will not be read at once (its first batch
# was not sent there): its stdout is read in the background from now on,
# so node never waits on a full stdout pipe while its stdin is written.
# With -Lines (a batch of 256 inputs or more) and the line queue
# (Initialize-WinErrLineQueue, made then), each line goes to the run's
# Queue as node writes it (Process.OutputDataReceived), and
# Receive-WinErrRunLine copies them to its Lines: a batch's results can be
# written while node still decodes (Write-WinErrBatchAsItComes); else
# stdout is read whole (ReadToEndAsync), as a single call's is: making the
# queue's handler costs a process 10 to 20 ms once.
function Start-WinErrRunRead {
    param([hashtable]$Run, [switch]$Lines)
    if ($Run.Done) { return }
    if ($Lines) { Initialize-WinErrLineQueue }
    if (-not $Lines -or $null -eq $script:EnqueueLine) {
        $Run.Stdout = $Run.Process.StandardOutput.ReadToEndAsync()
        return
    }
    # ::new, not New-Object: this runs first in a process's first big
    # pipeline, where a cmdlet's first call costs milliseconds.
    $Run.Queue = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
    $Run.Lines = [System.Collections.Generic.List[string]]::new()
    $Run.Ended = $false
    $Run.Process.add_OutputDataReceived($script:EnqueueLine.CreateDelegate([System.Diagnostics.DataReceivedEventHandler], $Run.Queue))
    $Run.Process.BeginOutputReadLine()
}

# Adds the lines node wrote since the last call to a run's Lines; Ended
# once the end of its stdout came. The Queue keeps every line: a copy of
# it (ConcurrentQueue.ToArray, a snapshot) gives the new ones in a few
# calls, where dequeuing would be a call per line.
function Receive-WinErrRunLine {
    param([hashtable]$Run)
    if ($Run.Ended) { return }
    $all = $Run.Queue.ToArray()
    $count = $all.Length
    # The handler's $null (the end of stdout) is the last line once it came.
    if ($count -gt 0 -and $null -eq $all[$count - 1]) {
        $Run.Ended = $true
        $count--
    }
    $have = $Run.Lines.Count
    if ($count -gt $have) { $Run.Lines.AddRange([System.ArraySegment[string]]::new($all, $have, $count - $have)) }
}

# Makes the line queue's handler, once per module load, with
# System.Reflection.Emit (as the object types): EnqueueLine, an
# OutputDataReceived handler bound to a queue that adds each line (and, at
# the end of stdout, $null). Without it (an error, or ConstrainedLanguage)
# stdout is read whole.
$script:LineQueueTried = $null
$script:EnqueueLine = $null
function Initialize-WinErrLineQueue {
    if ($script:LineQueueTried -or -not $script:FullLanguage) { return }
    $script:LineQueueTried = $true
    try {
        $queueType = [System.Collections.Concurrent.ConcurrentQueue[string]]
        $eventType = [System.Diagnostics.DataReceivedEventArgs]
        $op = [System.Reflection.Emit.OpCodes]
        $enqueue = New-Object System.Reflection.Emit.DynamicMethod -ArgumentList 'WinErrEnqueueLine', ([void]), ([type[]]@($queueType, [object], $eventType)), $true
        $il = $enqueue.GetILGenerator()
        $il.Emit($op::Ldarg_0)
        $il.Emit($op::Ldarg_2)
        $il.Emit($op::Callvirt, $eventType.GetProperty('Data').GetGetMethod())
        $il.Emit($op::Callvirt, $queueType.GetMethod('Enqueue'))
        $il.Emit($op::Ret)
        $script:EnqueueLine = $enqueue
    }
    catch {
        Write-Debug ('WinErr: the line queue could not be made ({0}); stdout is read whole' -f $_.Exception.Message)
        $script:EnqueueLine = $null
    }
}

# Ends the nodes of runs whose pipeline was stopped or failed while
# Get-WinError was not running (Ctrl+C, or an error upstream): their command
# never comes back to close them. PowerShell takes a command's
# CommandRuntime away when its pipeline is torn down.
function Stop-WinErrStoppedRun {
    if ($null -eq $script:OpenRuns) { return }
    for ($i = $script:OpenRuns.Count - 1; $i -ge 0; $i--) {
        $old = $script:OpenRuns[$i]
        if ($old.Closed -or $null -eq $old.Owner.CommandRuntime -or $old.Owner.Stopping) {
            $script:OpenRuns.RemoveAt($i)
            if (-not $old.Closed) { Stop-WinErrRun $old }
        }
    }
}

# Writes lines $From.. of $Line to a run's stdin (its stdout is being read).
function Write-WinErrRun {
    param([hashtable]$Run, [System.Collections.Generic.List[string]]$Line, [int]$From)
    if ($Run.Closed -or $Run.Broken -or $From -ge $Line.Count) { return }
    $bytes = $script:Utf8.GetBytes([string]::Join("`n", $Line.GetRange($From, $Line.Count - $From).ToArray()) + "`n")
    try {
        $stream = $Run.Process.StandardInput.BaseStream
        $stream.Write($bytes, 0, $bytes.Length)
        $stream.Flush()
    }
    catch {
        # Node went away: its exit code and output say why (Complete-WinErrNative).
        $Run.Broken = $true
    }
}

# Ends a run's input; Complete-WinErrNative then collects what followed.
function Close-WinErrRun {
    param([hashtable]$Run)
    if ($Run.Closed) { return }
    $Run.Closed = $true
    $null = $script:OpenRuns.Remove($Run)
    try { $Run.Process.StandardInput.Close() } catch { $Run.Broken = $true }
}

# Ends a run's node at once (the pipeline stopped or failed).
function Stop-WinErrRun {
    param([hashtable]$Run)
    if ($null -eq $Run -or $null -eq $Run.Process) { return }
    $Run.Closed = $true
    $null = $script:OpenRuns.Remove($Run)
    try { if (-not $Run.Process.HasExited) { $Run.Process.Kill() } } catch { $null = $_ }
}

# Sends the first batch's lines to a run opened with -Head and reads their
# answers at once, leaving stdin open for the next batch. Returns
# @{ ExitCode; Stdout; Stderr; StartError } like Complete-WinErrNative;
# ExitCode is $null while node goes on (it is checked with the next batch).
# When node ended, or wrote nothing within HeadWaitMs (a CLI that answers
# only at the end of its input), its input is closed and every answer read
# at its exit: the run is then Closed.
function Read-WinErrRunHead {
    param([hashtable]$Run, [System.Collections.Generic.List[string]]$Line)
    if ($Run.Done) { return $Run.Done }
    $process = $Run.Process
    $bytes = $script:Utf8.GetBytes([string]::Join("`n", $Line.ToArray()) + "`n")
    $stream = $process.StandardInput.BaseStream
    # Written in the background: node may answer (and fill its stdout pipe)
    # before it has read all of it, so stdout is read meanwhile.
    $write = $null
    try {
        $write = $stream.WriteAsync($bytes, 0, $bytes.Length)
        # A buffered stdin (Windows) keeps a short write until it is flushed.
        if ($write.IsCompleted) { $stream.Flush() }
    }
    catch {
        $Run.Broken = $true
    }
    $reader = $process.StandardOutput
    $lines = New-Object 'System.Collections.Generic.List[string]'
    $next = $reader.ReadLineAsync()
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    while (-not $next.Wait(20) -and $clock.ElapsedMilliseconds -lt $script:HeadWaitMs) { }
    $ended = $false
    if ($next.IsCompleted) {
        $text = $next.Result
        while ($null -ne $text) {
            $lines.Add($text)
            if ($lines.Count -ge $Line.Count) { break }
            $text = $reader.ReadLine()
        }
        $ended = $null -eq $text
    }
    else {
        Write-Debug ('WinErr: no answer from the CLI within {0} ms: its input is closed, the next batches get a process each' -f $script:HeadWaitMs)
    }
    if ($null -ne $write) {
        try { $write.GetAwaiter().GetResult(); if (-not $ended) { $stream.Flush() } }
        catch { $Run.Broken = $true }
    }
    if ($lines.Count -ge $Line.Count -and -not $ended) {
        # Every answer is in: node goes on with the next batch's lines.
        $Run.Stdout = $reader.ReadToEndAsync()
        return @{ ExitCode = $null; Stdout = $lines; Stderr = (New-Object 'System.Collections.Generic.List[string]'); StartError = $null }
    }
    Close-WinErrRun $Run
    if (-not $next.IsCompleted) {
        $text = $next.GetAwaiter().GetResult()
        if ($null -ne $text) { $lines.Add($text) }
    }
    $Run.Stdout = $reader.ReadToEndAsync()
    $rest = Complete-WinErrNative $Run
    $lines.AddRange($rest.Stdout)
    $rest.Stdout = $lines
    $rest
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
# Returns @{ Objects } (a list, or the typed array System.Text.Json made)
# or @{ Problem }.
function ConvertFrom-WinErrNdjson {
    param([System.Collections.Generic.List[string]]$Line, [type]$Type)
    if ($Line.Count -gt 0 -and $script:ParseChunkChars -eq [int]::MaxValue -and $null -ne $Type -and $null -ne $script:JsonSerializer) {
        # PowerShell 7: the whole batch in one typed array, without the loop
        # below (it runs once a call, and PowerShell compiled it after a
        # few calls, 9 KB of IL, in the first big pipeline of a process).
        return ConvertFrom-WinErrNdjsonChunk -Line $Line -Start 0 -End $Line.Count -Type $Type -Into $null
    }
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
        $parsed = ConvertFrom-WinErrNdjsonChunk -Line $Line -Start $start -End $end -Type $Type -Into $objects
        if ($parsed.Problem) { return $parsed }
        $start = $end
    }
    @{ Objects = $objects }
}

# Parses lines Start to End - 1 as one JSON array document. With Into, its
# objects are added to Into (returned as Objects); without, the typed array
# System.Text.Json made is Objects. Or @{ Problem }.
function ConvertFrom-WinErrNdjsonChunk {
    param([System.Collections.Generic.List[string]]$Line, [int]$Start, [int]$End, [type]$Type, [System.Collections.Generic.List[object]]$Into)
    $parsed = $null
    $chunk = $Line.GetRange($Start, $End - $Start)
    # One array document, a line per element; every line must start an
    # object (checked by one regex over the text, not a loop).
    $document = '[' + [string]::Join(",`n", $chunk.ToArray()) + ']'
    $bad = $script:NotAnObjectLine.IsMatch($document)
    if (-not $bad) {
        try {
            if ($null -ne $Type -and $null -ne $script:JsonSerializer) {
                if ($Type -eq $script:FlatArrayType -or $Type -eq $script:FlatScanArrayType) { $parsed = $script:JsonSerializer::Deserialize($document, $Type, $script:FlatOptions) }
                else { $parsed = $script:JsonSerializer::Deserialize($document, $Type) }
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
        if ($null -eq $Into) {
            # The typed array of the whole batch serves as it is.
            if ($null -eq $parsed -or $parsed.Length -ne $chunk.Count) { $bad = $true }
        }
        else {
            $count = 0
            foreach ($item in $parsed) { $Into.Add($item); $count++ }
            if ($count -ne $chunk.Count) { $bad = $true }
            $parsed = $Into
        }
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
                return @{ Problem = ("output line {0} is not a JSON object: {1}" -f ($Start + $i + 1), $shown) }
            }
        }
        return @{ Problem = 'the output is not one JSON object per line' }
    }
    @{ Objects = $parsed }
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

# One output object (WinErr.ErrorInfo) for a match of an input. Facility,
# FacilityName, Severity and Code come from the match's parts (the HRESULT
# or NTSTATUS fields the CLI read it through); a Win32 code or bug check
# taken as itself has no facility or severity, and its Code is its value.
# $Item is the input's descriptor (Source, and Id/ProviderName of an event
# record), or $null for plain input.
# Facility, FacilityName, Severity and Code of a match, from the CLI's
# `parts` (the HRESULT or NTSTATUS fields it read the value through); without
# parts, the value is its own Code. Decode's per-result loop keeps an inlined
# copy of this for speed (Add-WinErrPlainItem).
function Get-WinErrPartFields {
    param([uint32]$Value, $Parts)
    if ($null -eq $Parts) { return , @($null, $null, $null, [long]$Value) }
    $facilityName = $null
    $names = @($Parts.facilityNames)
    if ($names.Count -gt 0) { $facilityName = [string]($names -join ', ') }
    , @([int]$Parts.facility, $facilityName, [string]$Parts.severity, [long]$Parts.code)
}

function New-WinErrInfo {
    param([string]$InputText, $Match, [string]$InputHex, $Item)
    $value = [uint32]$Match.value
    $fields = Get-WinErrPartFields $value (Get-WinErrProperty $Match 'parts')
    $facility = $fields[0]; $facilityName = $fields[1]; $severity = $fields[2]; $code = $fields[3]
    $source = $null
    if ($null -ne $Item -and $Item -isnot [string]) { $source = $Item.Source }
    $messageSource = $null
    if ($null -ne $Match.messageSource) { $messageSource = ConvertTo-WinErrMessageSource $Match.messageSource }
    $record = $null
    if ($null -ne $Item -and $Item -isnot [string]) { $record = $Item.Record }
    if ($null -ne $script:InfoType -and $null -eq $record) {
        return $script:InfoType::new($InputText, $InputHex, [string]$Match.name, [string]$Match.kind, $value, '0x' + $value.ToString('X8'), [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($value), 0), $severity, $facility, $facilityName, $code, $Match.message, [string]$Match.header, [string]$Match.via, $messageSource, $source)
    }
    $info = [ordered]@{
        PSTypeName    = $script:TypeName
        Input         = $InputText
        InputHex      = $InputHex
        Name          = [string]$Match.name
        Kind          = [string]$Match.kind
        Value         = $value
        Hex           = '0x' + $value.ToString('X8')
        Signed        = [System.BitConverter]::ToInt32([System.BitConverter]::GetBytes($value), 0)
        Severity      = $severity
        Facility      = $facility
        FacilityName  = $facilityName
        Code          = $code
        Message       = $Match.message
        Header        = [string]$Match.header
        Via           = [string]$Match.via
        MessageSource = $messageSource
        Source        = $source
    }
    if ($null -ne $record) {
        # Event records: the record's Id and ProviderName too.
        $info['Id'] = $record.Id
        $info['ProviderName'] = $record.ProviderName
    }
    [pscustomobject]$info
}

# The text of a code value: numbers in decimal (an enum as its number,
# never its name), strings as they are.
function ConvertTo-WinErrCodeText {
    param($Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [System.Enum]) { $Value = [System.Convert]::ToInt64($Value, [System.Globalization.CultureInfo]::InvariantCulture) }
    if ($Value -is [string]) { return $Value }
    [System.Convert]::ToString($Value, [System.Globalization.CultureInfo]::InvariantCulture)
}

# The code an exception carries in the property its type keeps it in, or
# $null: @{ Value; Property }. HResult is not read here (it is the last resort).
function Get-WinErrExceptionCode {
    param($Exception)
    $names = $Exception.PSObject.TypeNames
    if ($names -contains 'System.ComponentModel.Win32Exception') { return @{ Value = $Exception.NativeErrorCode; Property = 'NativeErrorCode'; Errno = (Test-WinErrErrnoHost) } }
    if ($names -contains 'System.Management.Automation.NativeCommandExitException') { return @{ Value = $Exception.ExitCode; Property = 'ExitCode'; Errno = (Test-WinErrErrnoHost) } }
    if ($names -contains 'System.Management.Automation.Remoting.PSRemotingTransportException') {
        if ($Exception.ErrorCode -ne 0) { return @{ Value = $Exception.ErrorCode; Property = 'ErrorCode' } }
        return $null
    }
    if ($names -contains 'Microsoft.Management.Infrastructure.CimException') {
        # StatusCode: the operation's own code; NativeErrorCode: the CIM
        # status (an enum), taken as its number.
        $status = Get-WinErrProperty $Exception 'StatusCode'
        if ($null -ne $status -and [long]$status -ne 0) { return @{ Value = $status; Property = 'StatusCode' } }
        $native = Get-WinErrProperty $Exception 'NativeErrorCode'
        if ($null -ne $native) {
            $number = [System.Convert]::ToInt64($native, [System.Globalization.CultureInfo]::InvariantCulture)
            # 0 (Ok) says nothing: the HResult is read instead.
            if ($number -ne 0) { return @{ Value = $number; Property = 'NativeErrorCode' } }
        }
        return $null
    }
    if ($names -contains 'System.Runtime.InteropServices.ExternalException') { return @{ Value = $Exception.ErrorCode; Property = 'ErrorCode' } }
    $null
}

# The codes of an exception: its InnerException chain is walked to the
# innermost exception; the innermost type-specific code wins (Win32Exception
# NativeErrorCode, native command ExitCode, ...), else the innermost
# HResult. An AggregateException with several inner exceptions gives one
# code per inner exception. Returns descriptors @{ Text; Source }.
function Get-WinErrExceptionInput {
    param($Exception, [string]$Path)
    $chain = New-Object 'System.Collections.Generic.List[object]'
    $paths = New-Object 'System.Collections.Generic.List[string]'
    $current = $Exception
    $at = $Path
    while ($null -ne $current -and $chain.Count -lt 64) {
        $chain.Add($current)
        $paths.Add($at)
        $inner = Get-WinErrProperty $current 'InnerExceptions'
        if ($current -is [System.AggregateException] -and $null -ne $inner -and $inner.Count -gt 1) {
            $all = New-Object 'System.Collections.Generic.List[object]'
            for ($i = 0; $i -lt $inner.Count; $i++) {
                foreach ($d in (Get-WinErrExceptionInput -Exception $inner[$i] -Path ('{0}.InnerExceptions[{1}]' -f $at, $i))) { $all.Add($d) }
            }
            return $all
        }
        $current = $current.InnerException
        $at = $at + '.InnerException'
    }
    for ($i = $chain.Count - 1; $i -ge 0; $i--) {
        $code = Get-WinErrExceptionCode $chain[$i]
        if ($null -ne $code -and $null -ne $code.Value) {
            return , @{ Text = (ConvertTo-WinErrCodeText $code.Value); Source = ('{0}.{1} ({2})' -f $paths[$i], $code.Property, $chain[$i].GetType().FullName); Errno = [bool]$code.Errno }
        }
    }
    $last = $chain.Count - 1
    # Off Windows, an IOException's positive HResult is the errno .NET got
    # (failure HRESULTs are negative).
    $errno = $chain[$last] -is [System.IO.IOException] -and $chain[$last].HResult -gt 0 -and (Test-WinErrErrnoHost)
    , @{ Text = (ConvertTo-WinErrCodeText $chain[$last].HResult); Source = ('{0}.HResult ({1})' -f $paths[$last], $chain[$last].GetType().FullName); Errno = $errno }
}

# Lines `winerr scan` looks for codes in, for an event record: its message,
# its string properties, and its integer properties that have the error bit
# of an HRESULT or NTSTATUS set (written as hex; smaller integers in event
# data are mostly counts, types and ids, not codes).
function Get-WinErrRecordLine {
    param($Record)
    $lines = New-Object 'System.Collections.Generic.List[string]'
    $message = Get-WinErrProperty $Record 'Message'
    if ($message) {
        foreach ($l in ([string]$message).Split($script:LineBreaks)) { if ($l.Trim()) { $lines.Add($l) } }
    }
    $properties = Get-WinErrProperty $Record 'Properties'
    foreach ($p in @($properties)) {
        if ($null -eq $p) { continue }
        $v = $p
        $valueProperty = $p.PSObject.Properties['Value']
        if ($null -ne $valueProperty) { $v = $valueProperty.Value }
        if ($v -is [string]) {
            foreach ($l in $v.Split($script:LineBreaks)) { if ($l.Trim()) { $lines.Add($l) } }
        }
        elseif ($v -is [uint32] -or $v -is [int] -or $v -is [long] -or $v -is [uint64]) {
            $n = [long]$v
            if ($n -lt 0) { $n = $n + 4294967296 }
            if ($n -ge 2147483648 -and $n -le 4294967295) { $lines.Add('0x' + $n.ToString('X8')) }
        }
    }
    , $lines
}

# Pipeline objects are taken whole (an [object[]] parameter) and read here:
# a [string[]] parameter would bind them by value through ToString() before
# binding by property name could happen. Returns the inputs an object
# stands for: strings (plain input), or descriptors @{ Text; Source } and,
# for event records, @{ Scan = lines; Record; Source }.
$script:CodeProperties = @('NativeErrorCode', 'ErrorCode', 'ExitCode', 'LastTaskResult', 'ReturnValue', 'HResult', 'Code')
function Resolve-WinErrInput {
    param($Item)
    if ($null -eq $Item) { return , '' }
    if ($Item -is [string]) { return , $Item }
    if ($Item -is [System.ValueType]) { return , (ConvertTo-WinErrCodeText $Item) }
    $names = $Item.PSObject.TypeNames
    # WinErr's own objects: the entry they name.
    if ($names -contains 'WinErr.ErrorInfo' -or $names -contains 'WinErr.ScanMatch') {
        return , @{ Text = [string]$Item.Name; Source = 'Name' }
    }
    if ($names -contains 'WinErr.Page') {
        return , @{ Text = [string]$Item.entry.name; Source = 'Entry.Name' }
    }
    if ($Item -is [System.Management.Automation.ErrorRecord]) {
        return Get-WinErrExceptionInput -Exception $Item.Exception -Path 'Exception'
    }
    if ($Item -is [System.Exception]) {
        return Get-WinErrExceptionInput -Exception $Item -Path 'Exception'
    }
    # An event record (EventLogRecord, or an object shaped like one): the
    # codes in its message and properties, found by winerr scan.
    if ($null -ne $Item.PSObject.Properties['ProviderName'] -and $null -ne $Item.PSObject.Properties['Id'] -and
        ($null -ne $Item.PSObject.Properties['Message'] -or $null -ne $Item.PSObject.Properties['Properties'])) {
        return , @{ Scan = (Get-WinErrRecordLine $Item); Record = $Item; Source = 'EventRecord' }
    }
    foreach ($name in $script:CodeProperties) {
        $property = $Item.PSObject.Properties[$name]
        if ($property -and $null -ne $property.Value) {
            return , @{ Text = (ConvertTo-WinErrCodeText $property.Value); Source = $name }
        }
    }
    # Logon failure data: Status, and SubStatus when it says more (not 0).
    $found = New-Object 'System.Collections.Generic.List[object]'
    foreach ($name in 'Status', 'SubStatus') {
        $property = $Item.PSObject.Properties[$name]
        if (-not $property -or $null -eq $property.Value) { continue }
        $text = ConvertTo-WinErrCodeText $property.Value
        # Only codes: Status is also a word property of many objects (Running, Stopped).
        if ($text -notmatch '^\s*(0[xX][0-9A-Fa-f]{1,8}|-?[0-9]{1,10})\s*$') { continue }
        if ($name -eq 'SubStatus' -and $text -match '^\s*(0[xX]0+|0+)\s*$') { continue }
        $found.Add(@{ Text = $text.Trim(); Source = $name })
    }
    if ($found.Count -gt 0) { return $found }
    , [string]$Item
}

# The text an object stands for, for commands that take one code per input.
# With -Runtime, this system's errno (off Windows) becomes `errno:NAME`, or
# an ErrorRecord when the system has no name for it.
function ConvertTo-WinErrInputText {
    param($Item, [hashtable]$Runtime)
    $first = @(Resolve-WinErrInput $Item)[0]
    if ($first -is [string]) { return $first }
    if ($null -ne $Runtime -and $first.Errno) {
        Resolve-WinErrErrno -Runtime $Runtime -Item $first
        if ($first.Problem) { return New-WinErrErrorRecord -Message $first.Problem -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $first.Input }
    }
    if ($null -ne $first.Text) { return [string]$first.Text }
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

# The state of one batch: its inputs, which of them go to `winerr decode`
# (Valid, Send) or to `winerr scan` (ScanLines), and how they are being
# decoded (Handle: a Start-WinErrNative handle or a run; Result: answers
# read already). A batch holds strings (plain input) and descriptors from
# Resolve-WinErrInput: @{ Text; Source } go to `winerr decode` with the
# strings, @{ Scan } lines go to `winerr scan`.
function New-WinErrDecodeState {
    param(
        [hashtable]$Runtime,
        [System.Collections.Generic.List[object]]$Batch,
        [switch]$All,
        [string[]]$Kind,
        [switch]$AsJson,
        [switch]$System,
        [string]$Language
    )
    # Objects do not use the bit-level readings: --no-readings leaves them
    # out (a quarter of the output to read and parse). -AsJson keeps all.
    $arguments = @('decode', '--stdin', '--ndjson', '--no-readings')
    # The best match alone when that is all the objects show (a quarter
    # less to read and parse on 1..10000, far less for codes like 5 with
    # many matches); as flat rows, read straight into the objects, when
    # System.Text.Json can (not with -System: a row's messageSource is an
    # object the module makes).
    $flat = -not ($All -or $Kind -or $AsJson -or $System) -and $null -ne $script:FlatArrayType
    if ($flat) { $arguments += '--flat' }
    elseif (-not ($All -or $Kind)) { $arguments += '--best' }
    if ($AsJson) { $arguments = @('decode', '--stdin', '--ndjson') }
    # Fixed flags; -Language is a validated locale name, never user data.
    if ($System) { $arguments += '--system' }
    if ($Language) { $arguments += @('--lang', $Language) }
    if ($null -eq $Batch) { $Batch = New-Object 'System.Collections.Generic.List[object]' }
    @{
        Runtime = $Runtime; Batch = $Batch; Arguments = $arguments; All = $All; Kind = $Kind; AsJson = $AsJson; Flat = $flat
        # The type its answers are parsed into: flat rows, or full records.
        RowType = $(if ($flat) { $script:FlatArrayType } else { $script:DecodedArrayType })
        Valid = (New-Object 'System.Collections.Generic.List[bool]'); Send = (New-Object 'System.Collections.Generic.List[string]')
        ScanLines = (New-Object 'System.Collections.Generic.List[string]'); Classified = 0; Sent = 0
        # Mixed: the batch may hold descriptors (objects), not only strings.
        Mixed = $true
        Handle = $null; ScanHandle = $null; Result = $null; Written = 0
    }
}

# Sorts the inputs of a batch that came since the last call: a decode
# line (Send), lines to scan, or neither (Valid false: never sent).
function Add-WinErrDecodeInput {
    param([hashtable]$State)
    $Batch = $State.Batch
    $from = $State.Classified
    $count = $Batch.Count - $from
    if ($count -gt 0 -and -not $State.Mixed) {
        # Strings only (the usual pipeline): checked all at once. Joined by
        # line breaks, they are the lines of the text when it has no CR, as
        # many lines as strings, and no blank line.
        $text = [string]::Join("`n", $Batch.GetRange($from, $count).ToArray())
        $lines = $text.Split([char]10)
        if ($lines.Length -eq $count -and $text.IndexOf([char]13) -lt 0 -and -not $script:BlankLine.IsMatch($text)) {
            $State.Send.AddRange($lines)
            $State.Valid.AddRange([bool[]](, $true * $count))
            $State.Classified = $Batch.Count
            return
        }
    }
    Add-WinErrDecodeInputEach $State
}

# Add-WinErrDecodeInput's inputs one by one: objects, and strings the
# check of all at once did not pass. Apart, so that the function called
# for every chunk stays small when PowerShell compiles it.
function Add-WinErrDecodeInputEach {
    param([hashtable]$State)
    $Batch = $State.Batch
    $send = $State.Send
    $valid = $State.Valid
    $scanLines = $State.ScanLines
    for ($b = $State.Classified; $b -lt $Batch.Count; $b++) {
        $item = $Batch[$b]
        $text = $item
        if ($item -isnot [string]) {
            if ($null -ne $item.Scan) {
                # Event records: their lines go to scan; no decode line.
                $valid.Add($true)
                $item.ScanFirst = $scanLines.Count + 1
                foreach ($l in $item.Scan) { $scanLines.Add($l.Replace("`t", ' ')) }
                $item.ScanLast = $scanLines.Count
                continue
            }
            if ($item.Errno) {
                Resolve-WinErrErrno -Runtime $State.Runtime -Item $item
                if ($item.Problem) { $valid.Add($false); continue }
            }
            $text = [string]$item.Text
        }
        $good = -not ([string]::IsNullOrWhiteSpace($text) -or $text.IndexOfAny($script:LineBreaks) -ge 0)
        $valid.Add($good)
        if ($good) { $send.Add($text) }
    }
    $State.Classified = $Batch.Count
}

function Write-WinErrDecodeVerbose {
    param([hashtable]$State)
    if ($State.Send.Count -gt 0) {
        Write-Verbose ('WinErr: {0} {1} {2} ({3} inputs on stdin)' -f $State.Runtime.Node, $State.Runtime.Cli, ($State.Arguments -join ' '), $State.Send.Count)
    }
}

# Event records' lines go to `winerr scan`, one process per batch.
function Start-WinErrScanBatch {
    param([hashtable]$State)
    if ($State.ScanLines.Count -eq 0) { return }
    $scanArguments = @('scan', '-', '--ndjson', '--no-readings')
    # The best match of each code alone when that is all the objects show.
    if (-not ($State.All -or $State.Kind -or $State.AsJson)) { $scanArguments += '--best' }
    Write-Verbose ('WinErr: {0} {1} {2} ({3} lines of event records on stdin)' -f $State.Runtime.Node, $State.Runtime.Cli, ($scanArguments -join ' '), $State.ScanLines.Count)
    $State.ScanHandle = Start-WinErrNative -Runtime $State.Runtime -Arguments $scanArguments -Line $State.ScanLines
}

# Starts decoding one whole batch (a New-WinErrDecodeState): node runs
# while the caller goes on. Complete-WinErrDecodeBatch collects it.
function Start-WinErrDecodeBatch {
    param([hashtable]$State, [hashtable]$Run)
    Add-WinErrDecodeInput $State
    if ($State.Send.Count -gt 0) {
        Write-WinErrDecodeVerbose $State
        if ($null -ne $Run) {
            # A run opened with -Head (nothing read yet): its stdout is read
            # in the background before its input is written and closed.
            Start-WinErrRunRead $Run
            Write-WinErrRun $Run $State.Send 0
            Close-WinErrRun $Run
            $State.Handle = $Run
        }
        else { $State.Handle = Start-WinErrNative -Runtime $State.Runtime -Arguments $State.Arguments -Line $State.Send }
        $State.Sent = $State.Send.Count
    }
    elseif ($null -ne $Run) { Stop-WinErrRun $Run }
    Start-WinErrScanBatch $State
    $State
}

# Decodes one batch. Returns @{ Items = objects, JSON lines and ErrorRecords in
# input order } or @{ Fatal = ErrorRecord }.
function Invoke-WinErrDecodeBatch {
    param(
        [hashtable]$Runtime,
        [System.Collections.Generic.List[object]]$Batch,
        [switch]$All,
        [string[]]$Kind,
        [switch]$AsJson,
        [switch]$System,
        [string]$Language
    )
    Complete-WinErrDecodeBatch (Start-WinErrDecodeBatch (New-WinErrDecodeState -Runtime $Runtime -Batch $Batch -All:$All -Kind $Kind -AsJson:$AsJson -System:$System -Language $Language))
}

# Checks a finished CLI run: @{ Fatal } for a failure, else $null.
function Test-WinErrRun {
    param([hashtable]$Runtime, $Run, [int]$Expected)
    if ($Run.StartError) {
        return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("node could not be started: " + $Run.StartError) -Result $Run) }
    }
    # ExitCode $null: node goes on (a run's first batch); checked later.
    if ($null -ne $Run.ExitCode -and @(0, 1, 2) -notcontains $Run.ExitCode) {
        return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("exit code {0}" -f $Run.ExitCode) -Result $Run) }
    }
    if ($Run.ExitCode -eq 2 -and $Run.Stdout.Count -eq 0 -and $Run.Stderr.Count -gt 0) {
        # Exit 2 with no result lines: the CLI refused the flags (for
        # example --system off Windows without WINERR_SYSTEM_ROOT). Its
        # one-line message is the error.
        $said = ($Run.Stderr | Where-Object { $_ } | Select-Object -First 3) -join ' '
        return @{ Fatal = (New-WinErrErrorRecord -Message $said -ErrorId 'WinErr.CliRefused' -Category InvalidOperation -TargetObject $Runtime.Cli) }
    }
    if ($Expected -ge 0 -and $Run.Stdout.Count -ne $Expected) {
        return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem ("sent {0} inputs, got {1} result lines (exit code {2})" -f $Expected, $Run.Stdout.Count, $Run.ExitCode) -Result $Run) }
    }
    $null
}

# Collects a batch's results: @{ Items = objects, JSON lines and
# ErrorRecords in input order } or @{ Fatal = ErrorRecord }. With -Cmdlet,
# the items of a plain batch (Add-WinErrPlainItem) are written by it at
# once, and Items holds none of them.
function Complete-WinErrDecodeBatch {
    param([hashtable]$State, [System.Management.Automation.PSCmdlet]$Cmdlet)
    $Runtime = $State.Runtime
    $Batch = $State.Batch
    $send = $State.Send
    $All = $State.All
    $Kind = $State.Kind
    $AsJson = $State.AsJson
    $results = $null
    $lines = $null
    if ($send.Count -gt 0) {
        # Answers read at once (a run's first batch), or at node's exit.
        $run = $State.Result
        if ($null -eq $run) { $run = Complete-WinErrNative $State.Handle }
        $bad = Test-WinErrRun -Runtime $Runtime -Run $run -Expected $send.Count
        if ($bad) { return $bad }
        $exit = $run.ExitCode
        if ($null -eq $exit) { $exit = '(running on)' }
        Write-Debug ('WinErr: decode exit code {0}, {1} result lines, {2} stderr lines' -f $exit, $run.Stdout.Count, $run.Stderr.Count)
        $lines = $run.Stdout
        if (-not $AsJson) {
            # Results written already as they came (Write-WinErrBatchAsItComes) are not parsed again.
            $unread = $lines
            if ($State.Written -gt 0) { $unread = $lines.GetRange($State.Written, $lines.Count - $State.Written) }
            $parsed = ConvertFrom-WinErrNdjson -Line $unread -Type $State.RowType
            if ($parsed.Problem) {
                return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem $parsed.Problem -Result $run) }
            }
            $results = $parsed.Objects
        }
    }
    # Scan records of event records, by line number.
    $scanned = $null
    if ($null -ne $State.ScanHandle) {
        $run = Complete-WinErrNative $State.ScanHandle
        $bad = Test-WinErrRun -Runtime $Runtime -Run $run -Expected -1
        if ($bad) { return $bad }
        Write-Debug ('WinErr: scan exit code {0}, {1} records' -f $run.ExitCode, $run.Stdout.Count)
        $parsed = ConvertFrom-WinErrNdjson -Line $run.Stdout -Type $script:ScanArrayType
        if ($parsed.Problem) {
            return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem $parsed.Problem -Result $run) }
        }
        $scanned = $parsed.Objects
        $scanOut = $run.Stdout
    }

    $items = New-Object 'System.Collections.Generic.List[object]'
    if (Test-WinErrPlainBatch $State) {
        $rest = $Batch
        if ($State.Written -gt 0) { $rest = $Batch.GetRange($State.Written, $Batch.Count - $State.Written) }
        if ($State.Flat) { Add-WinErrFlatItem -Into $items -Batch $rest -Row $results -Line $unread -Cmdlet $Cmdlet }
        else { Add-WinErrPlainItem -Into $items -Batch $rest -Decoded $results -Kind $Kind -All:$All -Cmdlet $Cmdlet }
    }
    else {
        Add-WinErrBatchItem -Into $items -State $State -Decoded $results -Json $lines -Scans $scanned -ScanJson $scanOut
    }
    @{ Items = $items }
}

# Whether a batch holds plain strings only, every one sent (the usual
# pipeline), and gives objects: Add-WinErrPlainItem writes its results.
function Test-WinErrPlainBatch {
    param([hashtable]$State)
    $null -ne $script:InfoType -and -not ($State.Mixed -or $State.AsJson) -and $State.Send.Count -eq $State.Batch.Count
}

# A closed plain batch whose node still decodes: its results are written
# as node's lines come, a few hundred at a time, while PowerShell would
# otherwise wait for node's last line (the end of a pipeline); Written
# counts them, and Complete-WinErrDecodeBatch writes the rest and checks
# the run. Other batches are left to Complete-WinErrDecodeBatch whole.
function Write-WinErrBatchAsItComes {
    param([hashtable]$Decode, [hashtable]$State)
    $run = $State.Handle
    if ($null -eq $run -or $null -eq $run.Queue -or -not (Test-WinErrPlainBatch $State)) { return }
    while ($true) {
        Receive-WinErrRunLine $run
        if ($run.Ended) { return }
        $ready = [Math]::Min($run.Lines.Count, $State.Send.Count) - $State.Written
        if ($ready -ge $script:WriteAsItComes) {
            $lines = $run.Lines.GetRange($State.Written, $ready)
            $parsed = ConvertFrom-WinErrNdjson -Line $lines -Type $State.RowType
            # A line that is not a result: Complete-WinErrDecodeBatch says so.
            if ($parsed.Problem) { return }
            $inputs = $State.Batch.GetRange($State.Written, $ready)
            if ($State.Flat) { Add-WinErrFlatItem -Into $null -Batch $inputs -Row $parsed.Objects -Line $lines -Cmdlet $Decode.Cmdlet }
            else { Add-WinErrPlainItem -Into $null -Batch $inputs -Decoded $parsed.Objects -Kind $State.Kind -All:$State.All -Cmdlet $Decode.Cmdlet }
            $State.Written += $ready
        }
        elseif ($run.Process.WaitForExit(5)) { return }
    }
}

# The items of plain strings, every one sent (the usual pipeline), their
# results from Decoded[At] on, without -AsJson: an object (with -All, an
# object a match) or an error per input, in order, added to Into, or
# written by Cmdlet when given. Apart from Add-WinErrBatchItem and small on
# purpose: its loop is what runs once per result, and PowerShell compiles
# it in the first big pipeline of a process, at a cost that grows with the
# loop's code (so one loop over inputs and matches, not a loop in a loop,
# which PowerShell would compile twice: alone and in the outer one).
function Add-WinErrPlainItem {
    param([System.Collections.Generic.List[object]]$Into, [System.Collections.Generic.List[object]]$Batch, $Decoded, [int]$At, [string[]]$Kind, [switch]$All, [System.Management.Automation.PSCmdlet]$Cmdlet)
    $infoType = $script:InfoType
    # Input $b, its match $m (0 to $last).
    $b = 0
    $m = 0
    $last = 0
    while ($b -lt $Batch.Count) {
        if ($m -eq 0) {
            $result = $Decoded[$At + $b]
            $hits = $result.matches
            if ($Kind -and $result.ok) { $hits = Select-WinErrKindMatch $hits $Kind }
            if ($null -eq $hits -or $hits.Count -eq 0 -or -not $result.ok) {
                # The usual error inline (an input no entry has), others by
                # New-WinErrDecodeError.
                if ($result.ok -and -not $Kind) {
                    $failed = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('No catalog entry matches ''' + $Batch[$b] + ''' (' + $result.hex + ').'), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Batch[$b])
                }
                else { $failed = New-WinErrDecodeError -Text $Batch[$b] -Result $result -Kind $Kind }
                if ($null -eq $Cmdlet) { $Into.Add($failed) } else { $Cmdlet.WriteError($failed) }
                $b++
                continue
            }
            if ($All) { $last = $hits.Count - 1 }
        }
        # New-WinErrInfo inlined.
        $match = $hits[$m]
        $value = [uint32]$match.value
        $parts = $match.parts
        $facility = $null
        $facilityName = $null
        $severity = $null
        $code = [long]$value
        if ($null -ne $parts) {
            $facility = [int]$parts.facility
            $names = $parts.facilityNames
            if ($null -ne $names -and $names.Count -gt 0) { $facilityName = [string]($names -join ', ') }
            $severity = [string]$parts.severity
            $code = [long]$parts.code
        }
        if ($value -ge 2147483648) { $signed = [int]($value - 4294967296) } else { $signed = [int]$value }
        $messageSource = $null
        if ($null -ne $match.messageSource) { $messageSource = ConvertTo-WinErrMessageSource $match.messageSource }
        $info = $infoType::new($Batch[$b], [string]$result.hex, [string]$match.name, [string]$match.kind, $value, [string]$match.hex, $signed, $severity, $facility, $facilityName, $code, $match.message, [string]$match.header, [string]$match.via, $messageSource, $null)
        if ($null -eq $Cmdlet) { $Into.Add($info) } else { $Cmdlet.WriteObject($info) }
        if ($m -lt $last) { $m++ }
        else {
            $m = 0
            $b++
        }
    }
}

# The items of plain strings (Batch) from their `decode --flat` rows (Row[At]
# on; their JSON lines Line): a row with a match is the output object itself
# (System.Text.Json made it), the others are errors about the input as it
# was given, in order, added to Into, or written by Cmdlet when given. Small
# on purpose, as Add-WinErrPlainItem: its loop runs once per result; the
# usual error (an input no entry has) is made inline, the others by
# New-WinErrFlatError.
function Add-WinErrFlatItem {
    param([System.Collections.Generic.List[object]]$Into, [System.Collections.Generic.List[object]]$Batch, $Row, [System.Collections.Generic.List[string]]$Line, [int]$At, [System.Management.Automation.PSCmdlet]$Cmdlet)
    for ($b = 0; $b -lt $Batch.Count; $b++) {
        $info = $Row[$At + $b]
        if ($null -ne $info.Name) {
            if ($null -eq $Cmdlet) { $Into.Add($info) } else { $Cmdlet.WriteObject($info) }
            continue
        }
        if ($null -ne $info.InputHex) {
            $failed = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('No catalog entry matches ''' + $Batch[$b] + ''' (' + $info.InputHex + ').'), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Batch[$b])
        }
        else { $failed = New-WinErrFlatError -Text $Batch[$b] -Row $info -Line $Line[$At + $b] }
        if ($null -eq $Cmdlet) { $Into.Add($failed) } else { $Cmdlet.WriteError($failed) }
    }
}

# The error of a flat row without a match: no entry has its value, or (no
# InputHex) the input was not understood, said by its JSON line's error.
function New-WinErrFlatError {
    param([string]$Text, $Row, [string]$Line)
    $result = @{ ok = $true; hex = $Row.InputHex }
    if ($null -eq $Row.InputHex) {
        try { $result = $script:JsonSerializer::Deserialize($Line, $script:DecodedArrayType.GetElementType()) }
        catch { $result = $null }
    }
    New-WinErrDecodeError -Text $Text -Result $result
}

# The matches of the families in Kind, as an array (empty when none).
function Select-WinErrKindMatch {
    param($Match, [string[]]$Kind)
    , @($Match | Where-Object { $Kind -contains $_.kind })
}

# The error of a decode result without a match: not understood, no such
# name, or no entry (of the -Kind asked for).
function New-WinErrDecodeError {
    param([string]$Text, $Result, [string[]]$Kind)
    if (-not $Result.ok) {
        $why = [string]$Result.error.message
        if (-not $why) { $why = 'not understood' }
        if ($Result.error.code -eq 'unknown-name') {
            return [System.Management.Automation.ErrorRecord]::new([System.Exception]::new("No error code is named '$Text': $why"), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Text)
        }
        return [System.Management.Automation.ErrorRecord]::new([System.Exception]::new("'$Text' is not an error code or a name: $why"), 'WinErr.InvalidInput', [System.Management.Automation.ErrorCategory]::InvalidArgument, $Text)
    }
    $scope = ''
    if ($Kind) { $scope = ' of kind ' + ($Kind -join ', ') }
    [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('No catalog entry' + $scope + ' matches ''' + $Text + ''' (' + $Result.hex + ').'), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Text)
}

# The items of a batch, in input order (objects, JSON lines and
# ErrorRecords), added to Into: from its decode results (Decoded, or the
# JSON lines Json with -AsJson) and the scan records of its event records
# (Scans, their lines ScanJson). Any input, -All and -AsJson.
function Add-WinErrBatchItem {
    param([System.Collections.Generic.List[object]]$Into, [hashtable]$State, $Decoded, $Json, $Scans, $ScanJson)
    $Batch = $State.Batch
    $valid = $State.Valid
    $All = $State.All
    $Kind = $State.Kind
    $AsJson = $State.AsJson
    $next = 0
    $nextScan = 0
    for ($b = 0; $b -lt $Batch.Count; $b++) {
        $item = $Batch[$b]
        $text = $item
        if ($item -is [string] -and $valid[$b] -and -not $AsJson -and $null -ne $script:InfoType) {
            # A run of plain inputs: Add-WinErrPlainItem's loop (Add-WinErrFlatItem's for flat rows).
            $end = $b + 1
            while ($end -lt $Batch.Count -and $Batch[$end] -is [string] -and $valid[$end]) { $end++ }
            $inputs = $Batch.GetRange($b, $end - $b)
            if ($State.Flat) { Add-WinErrFlatItem -Into $Into -Batch $inputs -Row $Decoded -Line $Json -At $next }
            else { Add-WinErrPlainItem -Into $Into -Batch $inputs -Decoded $Decoded -At $next -Kind $Kind -All:$All }
            $next += $end - $b
            $b = $end - 1
            continue
        }
        if ($item -isnot [string]) {
            if ($null -ne $item.Scan) {
                # The codes found in this record's lines, each once.
                $seen = New-Object 'System.Collections.Generic.HashSet[string]'
                $any = $false
                while ($null -ne $Scans -and $nextScan -lt $Scans.Count -and $Scans[$nextScan].line -le $item.ScanLast) {
                    $record = $Scans[$nextScan]
                    $nextScan++
                    if ($record.line -lt $item.ScanFirst) { continue }
                    $result = $record.result
                    if ($AsJson) {
                        if ($seen.Add([string]$result.hex)) { $Into.Add($ScanJson[$nextScan - 1]); $any = $true }
                        continue
                    }
                    $hits = @($result.matches)
                    if ($Kind) { $hits = Select-WinErrKindMatch $hits $Kind }
                    if ($hits.Count -eq 0) { continue }
                    if (-not $seen.Add([string]$result.hex)) { continue }
                    if (-not $All) { $hits = @($hits[0]) }
                    foreach ($match in $hits) { $Into.Add((New-WinErrInfo -InputText ([string]$record.text) -Match $match -InputHex ([string]$result.hex) -Item $item)); $any = $true }
                }
                if (-not $any) {
                    $Into.Add([System.Management.Automation.ErrorRecord]::new([System.Exception]::new(('No error code was found in the event record (Id {0}, {1}).' -f $item.Record.Id, $item.Record.ProviderName)), 'WinErr.NotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $item.Record))
                }
                continue
            }
            $text = [string]$item.Text
            if ($item.Problem) {
                $Into.Add((New-WinErrErrorRecord -Message $item.Problem -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $item.Input))
                continue
            }
        }
        if (-not $valid[$b]) {
            $Into.Add((New-WinErrInvalidInput -Text $text))
            continue
        }
        $index = $next
        $next++
        if ($AsJson) {
            $Into.Add($Json[$index])
            continue
        }
        $result = $Decoded[$index]
        $plain = $item -is [string]
        if ($State.Flat) { $found = $null -ne $result.Name }
        else { $found = $result.ok -and @($result.matches).Count -gt 0 }
        if (-not $plain -and $null -ne $item.ErrnoName -and -not $found) {
            # This system's errno has a name the catalog's errno family
            # (Windows' C runtime errno.h) does not have.
            $Into.Add((New-WinErrErrorRecord -Message ('{0} is errno {1} here ({2}), and the catalog''s errno family (errno.h of the Windows C runtime) has no {1}.' -f $item.Input, $item.ErrnoName, $item.Source) -ErrorId 'WinErr.NotFound' -Category ObjectNotFound -TargetObject $item.Input))
            continue
        }
        if ($State.Flat) {
            # A flat row: the object of the input's best match, as the input
            # was shown and where it was read; or why there is none.
            if (-not $found) {
                $Into.Add((New-WinErrFlatError -Text $text -Row $result -Line $Json[$index]))
                continue
            }
            if (-not $plain) {
                if ($null -ne $item.Input) { $result.Input = $item.Input; $result.InputHex = $item.InputHex }
                $result.Source = $item.Source
            }
            $Into.Add($result)
            continue
        }
        if (-not $result.ok) {
            $Into.Add((New-WinErrDecodeError -Text $text -Result $result -Kind $Kind))
            continue
        }
        $hits = $result.matches
        if ($Kind) {
            $hits = Select-WinErrKindMatch $hits $Kind
        }
        if ($null -eq $hits -or $hits.Count -eq 0) {
            $Into.Add((New-WinErrDecodeError -Text $text -Result $result -Kind $Kind))
            continue
        }
        if (-not $All) { $hits = @($hits[0]) }
        if (-not $plain) {
            $inputHex = [string]$result.hex
            if ($null -ne $item.Input) { $text = $item.Input; $inputHex = $item.InputHex }
            foreach ($match in $hits) { $Into.Add((New-WinErrInfo -InputText $text -Match $match -InputHex $inputHex -Item $item)) }
            continue
        }
        # (Without the object types: [pscustomobject]s.)
        foreach ($match in $hits) { $Into.Add((New-WinErrInfo -InputText $text -Match $match -InputHex ([string]$result.hex))) }
    }
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
# What separates names in names.txt: line breaks, and white space around a name.
$script:NameSeparators = [char[]]@([char]10, [char]13, [char]9, [char]32)

function Get-WinErrName {
    if ($null -ne $script:Names) { return , $script:Names }
    $file = Join-Path $PSScriptRoot 'names.txt'
    if ($env:WINERR_NAMES) { $file = $env:WINERR_NAMES }
    $names = @()
    if (Test-Path -LiteralPath $file -PathType Leaf) {
        if ($script:FullLanguage) {
            # One read and one split (a name a line, no blanks): piping
            # names.txt's 26,000 lines through Get-Content, ForEach-Object
            # and Where-Object made a process's first Tab take about a second.
            $names = [System.IO.File]::ReadAllText($file).Split($script:NameSeparators, [System.StringSplitOptions]::RemoveEmptyEntries)
        }
        else {
            # Get-Content: also allowed under ConstrainedLanguage.
            $names = @(Get-Content -LiteralPath $file | ForEach-Object { $_.Trim() } | Where-Object { $_ })
        }
        $script:NamesSource = $file
    }
    elseif ($script:FullLanguage) {
        # In the repository (WinErr -> powershell -> cli -> apps -> root).
        $repo = Join-Path (Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') '..') '..'
        $catalog = Join-Path (Join-Path (Join-Path $repo 'packages') 'core') (Join-Path 'data' 'catalog.json')
        if (Test-Path -LiteralPath $catalog -PathType Leaf) {
            $text = [System.IO.File]::ReadAllText($catalog)
            $seen = New-Object 'System.Collections.Generic.HashSet[string]'
            $list = New-Object 'System.Collections.Generic.List[string]'
            # Entries are tuples whose first element is the name.
            foreach ($m in [regex]::Matches($text, '\[\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*,\s*"[a-z0-9]+"\s*,\s*\d')) {
                if ($seen.Add($m.Groups[1].Value)) { $list.Add($m.Groups[1].Value) }
            }
            $names = $list.ToArray()
            $script:NamesSource = $catalog
        }
    }
    # Sorted without regard to case, so a prefix is a binary search away.
    $sorted = [string[]]$names
    [System.Array]::Sort($sorted, [System.StringComparer]::OrdinalIgnoreCase)
    $script:Names = $sorted
    , $script:Names
}

# The most names one Tab offers: an empty or very short word would match
# thousands (20,000 names took seconds to list), so the first
# $script:CompletionCap are offered and each one's tooltip says how many
# matched.
$script:CompletionCap = 100

function Get-WinErrNameCompletion {
    param([string]$WordToComplete)
    $word = $WordToComplete
    if ($null -eq $word) { $word = '' }
    $word = $word.Trim("'", '"')
    $names = Get-WinErrName
    if ($names.Count -eq 0) { return }
    $comparer = [System.StringComparer]::OrdinalIgnoreCase
    # First name >= the word, and first name past every name starting with it.
    $first = [System.Array]::BinarySearch($names, $word, $comparer)
    if ($first -lt 0) { $first = -bnot $first }
    $last = $names.Count
    if ($word.Length -gt 0) {
        $last = [System.Array]::BinarySearch($names, $word + [char]0xFFFF, $comparer)
        if ($last -lt 0) { $last = -bnot $last }
    }
    while ($first -gt 0 -and $names[$first - 1].StartsWith($word, [System.StringComparison]::OrdinalIgnoreCase)) { $first-- }
    $total = $last - $first
    $end = $first + $script:CompletionCap
    if ($end -gt $last) { $end = $last }
    for ($i = $first; $i -lt $end; $i++) {
        $name = $names[$i]
        if (-not $name.StartsWith($word, [System.StringComparison]::OrdinalIgnoreCase)) { continue }
        if (-not $script:FullLanguage) { $name; continue }
        $tip = $name
        if ($total -gt $script:CompletionCap) { $tip = '{0} (the first {1} of {2} names that start with ''{3}''; type more letters)' -f $name, $script:CompletionCap, $total, $word }
        New-Object System.Management.Automation.CompletionResult -ArgumentList $name, $name, 'ParameterValue', $tip
    }
}

# Commands start node through System.Diagnostics.Process, which
# ConstrainedLanguage does not allow: one clear error instead of a
# stack of "cannot create type".
$script:ConstrainedMessage = 'WinErr runs the winerr CLI through System.Diagnostics.Process, which ConstrainedLanguage mode does not allow. Allow the WinErr module in your application control policy (WDAC or AppLocker, for example by signing it), so that it runs in FullLanguage.'

# Get-WinError's decode of its pipeline input, a hashtable: Runtime,
# Options (New-WinErrDecodeState's), Cmdlet (the command that writes),
# State (the batch being filled, a New-WinErrDecodeState), Run (the node
# the batch writes to, an Open-WinErrRun run), InFlight (the batch whose
# node is still running while the next one fills: node finishes one batch
# while PowerShell reads input and writes the objects of another; they are
# written once its node is done, looked at every SendChunk inputs, or when
# the next batch is full), First
# (no batch closed yet), Clock (time since the first input), Limit (the
# batch's size) and SendAt (how many inputs the batch holds when
# Step-WinErrDecode is next called).
# The first batch's node starts at the first input. A first batch that
# came slowly (FastFirstMs or more) is sent whole and its answers read as
# soon as node writes them, so its results show at once; one that came
# fast goes on as the start of the second batch. Either way its node goes
# on with the second batch (one node start, one warm-up); every later
# batch has a node of its own, and is sent a chunk of SendChunk at a time.

# The batch holds SendAt inputs: when full, it is closed and a new one
# begun, else its new inputs are sent. Objects are written (and node
# started) only here: when the pipeline stops downstream or this fails,
# the decode's nodes are ended.
function Step-WinErrDecode {
    param([hashtable]$Decode)
    $finished = $false
    try {
        if ($Decode.State.Batch.Count -ge $Decode.Limit -and $Decode.First -and $null -ne $Decode.Clock -and $Decode.Clock.ElapsedMilliseconds -lt $script:FastFirstMs -and $null -ne $Decode.Run -and -not $Decode.Run.Done) {
            # The first batch came fast: it goes on as the start of the second.
            $Decode.First = $false
            $grown = [Math]::Min($Decode.Limit * $script:BatchGrowth, [Math]::Max($script:BatchMax, $script:BatchSize))
            # (Only with -Verbose: a cmdlet's first call costs milliseconds here.)
            if ($VerbosePreference -ne 'SilentlyContinue') {
                Write-Verbose ('WinErr: the first {0} inputs came within {1} ms: they go on with the next {2} on the same node' -f $Decode.Limit, $script:FastFirstMs, $grown)
            }
            $Decode.Limit += $grown
            # Its inputs go to node before the reading starts (the line
            # queue's handler is made then, in a process's first big
            # pipeline), so node, still starting, has them at once.
            Send-WinErrDecodeInput $Decode
            Start-WinErrRunRead $Decode.Run -Lines
        }
        elseif ($Decode.State.Batch.Count -ge $Decode.Limit) {
            Close-WinErrDecodeBatch $Decode
            $options = $Decode.Options
            $Decode.State = New-WinErrDecodeState -Runtime $Decode.Runtime @options
            $Decode.State.Mixed = $false
            $Decode.Limit = [Math]::Min($Decode.Limit * $script:BatchGrowth, [Math]::Max($script:BatchMax, $script:BatchSize))
        }
        elseif ($Decode.First) {
            # The first input (SendAt starts at 1): the first batch's node
            # starts now, while the rest of the batch comes; the clock says
            # how fast it came (FastFirstMs).
            if ($null -eq $Decode.Run) { $Decode.Run = Open-WinErrRun -Runtime $Decode.Runtime -Arguments $Decode.State.Arguments -Owner $Decode.Cmdlet -Head }
            $Decode.Clock = [System.Diagnostics.Stopwatch]::StartNew()
        }
        else {
            Send-WinErrDecodeInput $Decode
            # The batch before this one, once its node is done: its results
            # are written now rather than when this batch is full.
            if ($null -ne $Decode.InFlight -and (Test-WinErrBatchDone $Decode.InFlight)) {
                $done = $Decode.InFlight
                $Decode.InFlight = $null
                Write-WinErrItem -Cmdlet $Decode.Cmdlet -Outcome (Complete-WinErrDecodeBatch $done -Cmdlet $Decode.Cmdlet)
            }
        }
        $finished = $true
    }
    finally {
        if (-not $finished) { Stop-WinErrDecode $Decode }
    }
    $Decode.SendAt = [Math]::Min($Decode.Limit, $Decode.State.Batch.Count + $script:SendChunk)
}

# Adds Get-WinError's inputs that are not a lone string or number: each
# item of an array, and objects (sorted one by one by
# Add-WinErrDecodeInput, as the descriptors Resolve-WinErrInput makes).
function Add-WinErrDecodeItem {
    param([hashtable]$Decode, [object[]]$Item)
    $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    foreach ($one in $Item) {
        $pending = $Decode.State.Batch
        if ($one -is [string]) { $pending.Add($one) }
        elseif ($one -is [int]) { $pending.Add($one.ToString($invariant)) }
        else {
            $Decode.State.Mixed = $true
            foreach ($d in (Resolve-WinErrInput $one)) { $pending.Add($d) }
        }
        if ($pending.Count -ge $Decode.SendAt) { Step-WinErrDecode $Decode }
    }
}

# Sends the batch's new decode lines to its node (started on the first).
function Send-WinErrDecodeInput {
    param([hashtable]$Decode)
    $state = $Decode.State
    Add-WinErrDecodeInput $state
    if ($state.Send.Count -gt $state.Sent) {
        if ($null -eq $Decode.Run) { $Decode.Run = Open-WinErrRun -Runtime $Decode.Runtime -Arguments $state.Arguments -Owner $Decode.Cmdlet }
        Write-WinErrRun $Decode.Run $state.Send $state.Sent
        $state.Sent = $state.Send.Count
    }
}

# The end of a later batch's input: the rest of its lines, then its node's
# stdin is closed (the first batch's node ends with the second).
function Close-WinErrDecodeInput {
    param([hashtable]$Decode)
    Send-WinErrDecodeInput $Decode
    $state = $Decode.State
    Write-WinErrDecodeVerbose $state
    $run = $Decode.Run
    if ($null -ne $run) {
        Close-WinErrRun $run
        if ($state.Send.Count -gt 0) { $state.Handle = $run }
        else { $null = Complete-WinErrNative $run }
        $Decode.Run = $null
    }
    Start-WinErrScanBatch $state
}

# A batch is full: the first is decoded and written at once, a later one's
# node gets the end of its input and finishes while the next batch fills.
function Close-WinErrDecodeBatch {
    param([hashtable]$Decode)
    $state = $Decode.State
    if ($Decode.First) {
        $Decode.First = $false
        Add-WinErrDecodeInput $state
        if ($state.Send.Count -gt 0) {
            Write-WinErrDecodeVerbose $state
            # Started early (pipeline input), else now.
            if ($null -eq $Decode.Run) { $Decode.Run = Open-WinErrRun -Runtime $Decode.Runtime -Arguments $state.Arguments -Owner $Decode.Cmdlet -Head }
            $state.Result = Read-WinErrRunHead $Decode.Run $state.Send
            $state.Sent = $state.Send.Count
            # Node ended, or answers only at the end of its input.
            if ($Decode.Run.Closed) { $Decode.Run = $null }
        }
        elseif ($null -ne $Decode.Run) {
            # Nothing to decode in the first batch: the early run goes on
            # with the next batch.
            Start-WinErrRunRead $Decode.Run -Lines
        }
        Start-WinErrScanBatch $state
        Write-WinErrItem -Cmdlet $Decode.Cmdlet -Outcome (Complete-WinErrDecodeBatch $state -Cmdlet $Decode.Cmdlet)
    }
    else {
        Close-WinErrDecodeInput $Decode
        if ($null -ne $Decode.InFlight) { Write-WinErrItem -Cmdlet $Decode.Cmdlet -Outcome (Complete-WinErrDecodeBatch $Decode.InFlight -Cmdlet $Decode.Cmdlet) }
        $Decode.InFlight = $state
    }
}

# Whether a closed batch's nodes have written all they will (stdout at its end).
function Test-WinErrBatchDone {
    param([hashtable]$State)
    foreach ($handle in @($State.Handle, $State.ScanHandle)) {
        if ($null -eq $handle -or $handle.Done) { continue }
        if ($null -ne $handle.Queue) {
            Receive-WinErrRunLine $handle
            if (-not $handle.Ended) { return $false }
        }
        elseif (-not $handle.Stdout.IsCompleted) { return $false }
    }
    $true
}

# The pipeline stopped (Select-Object -First, Ctrl+C) or failed while
# Get-WinError ran: end its nodes.
function Stop-WinErrDecode {
    param([hashtable]$Decode)
    Stop-WinErrRun $Decode.Run
    if ($null -ne $Decode.InFlight) { Stop-WinErrRun $Decode.InFlight.Handle }
    Stop-WinErrRun $Decode.State.Handle
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

    Input can come from arguments or the pipeline: codes and names, and the
    objects admins hold. An exception or ErrorRecord is walked down its
    InnerException chain and the most specific code is decoded: the
    innermost code kept in a type's own property (Win32Exception
    NativeErrorCode, COMException/ExternalException ErrorCode, a native
    command's ExitCode, PSRemotingTransportException ErrorCode,
    CimException StatusCode or NativeErrorCode, as numbers), else the
    innermost HResult; an AggregateException gives one result per inner
    exception. Objects with LastTaskResult (Get-ScheduledTaskInfo),
    ReturnValue (CIM method results), NativeErrorCode, ErrorCode, ExitCode,
    HResult or Code give that property; logon failure data gives Status and
    SubStatus. Event records (Get-WinEvent output, or objects with Id,
    ProviderName and Message or Properties) give every code in their message
    and properties, once each, with the record's Id and ProviderName on the
    output. WinErr's own objects give the entry they name. Source on the
    output says where the code was read. Off Windows, a Win32Exception's
    NativeErrorCode, a plain IOException's positive HResult and a native
    command's ExitCode are the system's errno values: they are named with
    the system's errno names (node's os.constants.errno) and decoded in the
    errno family. Pipeline input is decoded in
    batches, written to node as it comes: node starts at the first input;
    the first 256 inputs are answered at once when they took 50 ms or more
    to come, else they go on with the next 16,384 on the same node
    (answered with it); then each batch of up to 65,536 has a node of its
    own. A batch's results are written once its node is done, looked at
    every 1,024 inputs, or when the next batch is full; they keep the input
    order.

    An input that is not understood, or that matches nothing, is a
    non-terminating error (FullyQualifiedErrorId WinErr.NotFound or
    WinErr.InvalidInput, with the input as TargetObject), so the pipeline
    goes on. A missing Node.js or a failing CLI is a terminating error.

    Node.js is found through the WINERR_NODE environment variable, then on
    PATH. The CLI is the one shipped in the module's cli folder, unless
    WINERR_CLI names another winerr.js.

    .PARAMETER InputObject
    The codes or names to decode, or objects that hold codes (see the
    description). Accepts pipeline input by value and by the property names
    HResult, Code, NativeErrorCode, ErrorCode, ExitCode, LastTaskResult and
    ReturnValue. Tab completes error names (the first 100 on a short word).

    .PARAMETER All
    Return every match of each input, best first, instead of the best one.

    .PARAMETER Kind
    Keep only matches of these families: win32, hresult, ntstatus, bugcheck
    (any case).

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
    try { [IO.File]::ReadAllText('C:\no\such\file.txt') } catch { $_ | Get-WinError }

    Decodes the innermost code of an exception: the inner
    FileNotFoundException or DirectoryNotFoundException's HResult, not the
    wrapping MethodInvocationException's.

    .EXAMPLE
    [pscustomobject]@{ TaskName = 'Backup'; LastTaskResult = 267009 } | Get-WinError

    Decodes a scheduled task's last result; Get-ScheduledTaskInfo returns
    objects of this shape on Windows.

    .EXAMPLE
    $events | Get-WinError | Format-Table Id, ProviderName, Input, Name

    Decodes the codes in event records, for example failed logons from
    $events = Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4625 } -MaxEvents 10
    (Status and SubStatus).

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
    System.Object: an exception or ErrorRecord, an event record, a WinErr
    object, or any object with a NativeErrorCode, ErrorCode, ExitCode,
    LastTaskResult, ReturnValue, HResult or Code property (the first one
    present is decoded), or with Status and SubStatus.

    .OUTPUTS
    WinErr.ErrorInfo. Input, InputHex (the input's value in hex), Name,
    Kind, Value ([uint32]), Hex, Signed ([int]), Severity, Facility,
    FacilityName and Code (the HRESULT or NTSTATUS fields the match is read
    through; a Win32 code or bug check taken as itself has no severity or
    facility, and its Code is its value), Message, Header, Via (exact, or
    the unwrap rule used), MessageSource (with -System: File and Lang, the
    LANGID, of the message file the text came from; $null for the catalog's
    text) and Source (where the code was read in an object); Id and
    ProviderName for event records. System.String with -AsJson.

    .LINK
    Find-WinError
    #>
    [CmdletBinding(DefaultParameterSetName = 'Object')]
    [OutputType('WinErr.ErrorInfo', ParameterSetName = 'Object')]
    [OutputType([string], ParameterSetName = 'Json')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('HResult', 'Code', 'NativeErrorCode', 'ErrorCode', 'ExitCode', 'LastTaskResult', 'ReturnValue')]
        [AllowEmptyString()]
        [object[]]$InputObject,

        [Parameter(ParameterSetName = 'Object')]
        [switch]$All,

        [Parameter(ParameterSetName = 'Object')]
        [ValidateSet('win32', 'hresult', 'ntstatus', 'bugcheck', 'event', 'ldap', 'errno', 'mci', 'mmsys', 'tapi', 'cderr', 'netmon', 'usbd', 'dhcp')]
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
        if (-not $script:FullLanguage) {
            Write-Error -Message $script:ConstrainedMessage -ErrorId 'WinErr.ConstrainedLanguage' -Category PermissionDenied -ErrorAction Stop
        }
        Initialize-WinErrObjectType
        if ($Language -and -not $System) {
            $PSCmdlet.ThrowTerminatingError((New-WinErrErrorRecord -Message ("-Language '{0}' picks the language folder of -System's message files: add -System." -f $Language) -ErrorId 'WinErr.LanguageNeedsSystem' -Category InvalidArgument -TargetObject $Language))
        }
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        Stop-WinErrStoppedRun
        Write-Verbose ('WinErr: node {0} ({1}), CLI {2}; batches of {3} inputs, growing x{4} up to {5}' -f $runtime.Node, $runtime.NodeVersion, $runtime.Cli, $script:BatchSize, $script:BatchGrowth, $script:BatchMax)
        $options = @{ All = $All; Kind = $Kind; AsJson = $AsJson; System = $System; Language = $Language }
        # The decode of this pipeline (see Step-WinErrDecode): the batch
        # being filled, its decode lines sent to node's stdin as they come.
        $decode = @{
            Runtime = $runtime; Options = $options; Cmdlet = $PSCmdlet
            State = (New-WinErrDecodeState -Runtime $runtime @options); Run = $null; InFlight = $null
            First = $true; Clock = $null; Limit = $script:BatchSize; SendAt = 1
        }
        $decode.State.Mixed = $false
        $pending = $decode.State.Batch
        $sendAt = $decode.SendAt
        $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    }
    process {
        # Runs once per pipeline input: kept small and without a loop, as
        # PowerShell compiles it (and, apart, each loop in it) in the first
        # big pipeline of a process, at a cost that grows with its code.
        # Objects and arrays (Get-WinError 5, 6) go to Add-WinErrDecodeItem,
        # the rest to Step-WinErrDecode.
        $item = $InputObject[0]
        if ($InputObject.Length -ne 1 -or -not ($item -is [string] -or $item -is [int])) {
            Add-WinErrDecodeItem $decode $InputObject
            $pending = $decode.State.Batch
            $sendAt = $decode.SendAt
            return
        }
        if ($item -is [string]) { $pending.Add($item) }
        else { $pending.Add($item.ToString($invariant)) }
        # One comparison per input: $sendAt is the batch's end, or the end
        # of the next chunk to send (at first 1: the first input starts node).
        if ($pending.Count -ge $sendAt) {
            Step-WinErrDecode $decode
            $pending = $decode.State.Batch
            $sendAt = $decode.SendAt
        }
    }
    end {
        $finished = $false
        try {
            $last = $null
            $state = $decode.State
            if ($decode.First) {
                # Fewer inputs than a batch: one node (started early or now), its input written at once.
                # (The first input started the run: none without input.)
                if ($pending.Count -gt 0) { $last = Start-WinErrDecodeBatch $state -Run $decode.Run }
                $decode.Run = $null
            }
            else {
                # (With no input after the first batch, this ends its node.)
                Close-WinErrDecodeInput $decode
                if ($pending.Count -gt 0) { $last = $state }
            }
            if ($null -ne $decode.InFlight) {
                Write-WinErrBatchAsItComes $decode $decode.InFlight
                Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $decode.InFlight -Cmdlet $PSCmdlet)
            }
            $decode.InFlight = $null
            if ($null -ne $last) {
                Write-WinErrBatchAsItComes $decode $last
                Write-WinErrItem -Cmdlet $PSCmdlet -Outcome (Complete-WinErrDecodeBatch $last -Cmdlet $PSCmdlet)
            }
            $finished = $true
        }
        finally {
            if (-not $finished) { Stop-WinErrDecode $decode }
        }
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
    $found = New-Object 'System.Collections.Generic.List[object]'
    foreach ($name in (Get-WinErrName)) {
        if ($matcher.IsMatch($name)) { $found.Add($name) }
    }
    if ($found.Count -eq 0) { return @{ Items = (New-Object 'System.Collections.Generic.List[object]'); Total = 0 } }
    $outcome = Invoke-WinErrDecodeBatch -Runtime $Runtime -Batch $found -All -Kind $Kind
    if ($outcome.Fatal) { return $outcome }
    $items = New-Object 'System.Collections.Generic.List[object]'
    $total = 0
    foreach ($item in $outcome.Items) {
        if ($item -is [System.Management.Automation.ErrorRecord]) { continue }
        if ($item.Name -ne $item.Input) { continue }
        $total++
        if ($items.Count -ge $Limit) { continue }
        $item.Input = $Pattern
        $items.Add($item)
    }
    @{ Items = $items; Total = $total }
}

# WinErr.ErrorInfo objects for search entries: their names decoded in one
# CLI run, each entry's own match (same name and kind) taken.
function Get-WinErrEntryInfo {
    param([hashtable]$Runtime, [System.Collections.Generic.List[object]]$Entry, [System.Collections.Generic.List[string]]$InputText)
    $names = New-Object 'System.Collections.Generic.List[string]'
    foreach ($e in $Entry) { $names.Add([string]$e.name) }
    $run = Invoke-WinErrNative -Runtime $Runtime -Arguments @('decode', '--stdin', '--ndjson', '--no-readings') -Line $names
    $bad = Test-WinErrRun -Runtime $Runtime -Run $run -Expected $names.Count
    if ($bad) { return $bad }
    $parsed = ConvertFrom-WinErrNdjson -Line $run.Stdout -Type $script:DecodedArrayType
    if ($parsed.Problem) { return @{ Fatal = (New-WinErrProtocolError -Runtime $Runtime -Problem $parsed.Problem -Result $run) } }
    $items = New-Object 'System.Collections.Generic.List[object]'
    for ($i = 0; $i -lt $Entry.Count; $i++) {
        $e = $Entry[$i]
        $match = $null
        foreach ($m in @($parsed.Objects[$i].matches)) {
            if ($null -ne $m -and $m.name -eq $e.name -and $m.kind -eq $e.kind) { $match = $m; break }
        }
        if ($null -eq $match) { $match = $e }
        $items.Add((New-WinErrInfo -InputText $InputText[$i] -Match $match -InputHex ([string]$e.hex)))
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
    Keep only entries of these families: win32, hresult, ntstatus, bugcheck
    (any case).

    .PARAMETER Limit
    The most entries to return per pattern (default 20), counted after the
    -Kind and wildcard filters. When more were found, a warning says how
    many.

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

        [ValidateSet('win32', 'hresult', 'ntstatus', 'bugcheck', 'event', 'ldap', 'errno', 'mci', 'mmsys', 'tapi', 'cderr', 'netmon', 'usbd', 'dhcp')]
        [string[]]$Kind,

        [ValidateRange(1, 100000)]
        [int]$Limit = 20
    )
    begin {
        if (-not $script:FullLanguage) {
            Write-Error -Message $script:ConstrainedMessage -ErrorId 'WinErr.ConstrainedLanguage' -Category PermissionDenied -ErrorAction Stop
        }
        Initialize-WinErrObjectType
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        $pending = New-Object 'System.Collections.Generic.List[string]'
        $namesOnly = $false
        # -Kind in any case (ValidateSet ignores case; the CLI does not).
        if ($Kind) { $Kind = @($Kind | ForEach-Object { $_.ToLowerInvariant() }) }
        # Every hit comes back (up to the CLI's cap): -Limit is applied here,
        # after the -Kind and wildcard filters, so the count found is known.
        $arguments = @('search', '--stdin', '--ndjson', '--limit', [string]$script:SearchCap)
        # The CLI takes one --kind; with several, filter here.
        if ($Kind -and $Kind.Count -eq 1) { $arguments += @('--kind', $Kind[0]) }
        Write-Verbose ('WinErr: node {0}, CLI {1}, {2}' -f $runtime.Node, $runtime.Cli, ($arguments -join ' '))

        $flush = {
            $batch = $pending
            $pending = New-Object 'System.Collections.Generic.List[string]'
            $send = New-Object 'System.Collections.Generic.List[string]'
            foreach ($text in $batch) {
                if (Test-WinErrLine $text) { $send.Add($text) }
            }
            $results = $null
            if (-not $namesOnly -and $send.Count -gt 0) {
                Write-Verbose ('WinErr: {0} patterns on stdin' -f $send.Count)
                $run = Invoke-WinErrNative -Runtime $runtime -Arguments $arguments -Line $send
                Write-Debug ('WinErr: search exit code {0}, {1} result lines, {2} stderr lines' -f $run.ExitCode, $run.Stdout.Count, $run.Stderr.Count)
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
            # The hits of each pattern after -Kind and wildcard filters, the
            # first -Limit of them kept; those kept are decoded by name in one
            # CLI run, so the objects are Get-WinError's (Facility, Severity, Code).
            $plans = New-Object 'System.Collections.Generic.List[object]'
            $flat = New-Object 'System.Collections.Generic.List[object]'
            $flatText = New-Object 'System.Collections.Generic.List[string]'
            $next = 0
            foreach ($text in $batch) {
                if ($namesOnly -or -not (Test-WinErrLine $text)) { $plans.Add($null); continue }
                $entries = @(Get-WinErrProperty $results[$next] 'entries')
                $next++
                $isWildcard = [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($text)
                $plan = @{ First = $flat.Count; Count = 0; Total = 0 }
                foreach ($entry in $entries) {
                    if ($Kind -and $Kind -notcontains $entry.kind) { continue }
                    # Wildcards mean a whole-name or whole-message match, whatever the CLI ranked.
                    if ($isWildcard -and -not ($entry.name -like $text -or [string]$entry.message -like $text)) { continue }
                    $plan.Total++
                    if ($plan.Count -lt $Limit) { $flat.Add($entry); $flatText.Add($text); $plan.Count++ }
                }
                $plans.Add($plan)
            }
            $infos = $null
            if ($flat.Count -gt 0) {
                $decoded = Get-WinErrEntryInfo -Runtime $runtime -Entry $flat -InputText $flatText
                if ($decoded.Fatal) { $PSCmdlet.ThrowTerminatingError($decoded.Fatal) }
                $infos = $decoded.Items
            }
            for ($b = 0; $b -lt $batch.Count; $b++) {
                $text = $batch[$b]
                if (-not (Test-WinErrLine $text)) {
                    $PSCmdlet.WriteError((New-WinErrInvalidInput -Text $text))
                    continue
                }
                $found = New-Object 'System.Collections.Generic.List[object]'
                $total = 0
                if ($namesOnly) {
                    $outcome = Find-WinErrByName -Runtime $runtime -Pattern $text -Kind $Kind -Limit $Limit
                    if ($outcome.Fatal) { $PSCmdlet.ThrowTerminatingError($outcome.Fatal) }
                    foreach ($info in $outcome.Items) { $found.Add($info) }
                    $total = $outcome.Total
                }
                else {
                    $plan = $plans[$b]
                    $total = $plan.Total
                    for ($i = 0; $i -lt $plan.Count; $i++) { $found.Add($infos[$plan.First + $i]) }
                }
                if ($total -gt $found.Count) {
                    Write-Warning ("Find-WinError '{0}': {1} entries found, the first {2} shown; use -Limit {1} to see them all." -f $text, $total, $found.Count)
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
        if (-not $script:FullLanguage) {
            Write-Error -Message $script:ConstrainedMessage -ErrorId 'WinErr.ConstrainedLanguage' -Category PermissionDenied -ErrorAction Stop
        }
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
                Write-Verbose ('WinErr: {0} {1} show --stdin --ndjson ({2} inputs on stdin)' -f $runtime.Node, $runtime.Cli, $send.Count)
                $run = Invoke-WinErrNative -Runtime $runtime -Arguments @('show', '--stdin', '--ndjson') -Line $send
                Write-Debug ('WinErr: show exit code {0}, {1} result lines, {2} stderr lines' -f $run.ExitCode, $run.Stdout.Count, $run.Stderr.Count)
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
            $text = ConvertTo-WinErrInputText $item -Runtime $runtime
            if ($text -is [System.Management.Automation.ErrorRecord]) { $PSCmdlet.WriteError($text); continue }
            $pending.Add($text)
            if ($pending.Count -ge $script:BatchSize) { . $flush }
        }
    }
    end {
        if ($pending.Count -gt 0) { . $flush }
    }
}

# The encoding -Encoding names: a .NET encoding name or code page number,
# or one of PowerShell's names (OEM and ANSI: the code pages of the
# current culture).
function Get-WinErrEncoding {
    param([string]$Name)
    $culture = [System.Globalization.CultureInfo]::CurrentCulture
    switch ($Name.ToLowerInvariant()) {
        'oem' { return [System.Text.Encoding]::GetEncoding($culture.TextInfo.OEMCodePage) }
        'ansi' { return [System.Text.Encoding]::GetEncoding($culture.TextInfo.ANSICodePage) }
        'default' { return [System.Text.Encoding]::Default }
        'utf8' { return [System.Text.Encoding]::UTF8 }
        'utf8bom' { return [System.Text.Encoding]::UTF8 }
        'utf8nobom' { return [System.Text.Encoding]::UTF8 }
        'unicode' { return [System.Text.Encoding]::Unicode }
        'bigendianunicode' { return [System.Text.Encoding]::BigEndianUnicode }
        'utf32' { return [System.Text.Encoding]::UTF32 }
        'bigendianutf32' { return [System.Text.Encoding]::GetEncoding('utf-32BE') }
        'ascii' { return [System.Text.Encoding]::ASCII }
        'latin1' { return [System.Text.Encoding]::GetEncoding(28591) }
    }
    if ($Name -match '^[0-9]+$') { return [System.Text.Encoding]::GetEncoding([int]$Name) }
    [System.Text.Encoding]::GetEncoding($Name)
}

# A copy of a file as UTF-8 (no BOM), read with the given encoding (a BOM in
# the file still wins, as with Get-Content): `winerr scan` reads UTF-8 and
# UTF-16 with a BOM, not code pages.
function ConvertTo-WinErrUtf8File {
    param([string]$Path, [System.Text.Encoding]$Encoding)
    $temp = Join-Path ([System.IO.Path]::GetTempPath()) ('winerr-' + [guid]::NewGuid().ToString('N') + '.log')
    $reader = [System.IO.StreamReader]::new($Path, $Encoding, $true)
    try {
        $writer = [System.IO.StreamWriter]::new($temp, $false, [System.Text.UTF8Encoding]::new($false))
        try {
            $block = New-Object char[] 1048576
            while (($n = $reader.Read($block, 0, $block.Length)) -gt 0) { $writer.Write($block, 0, $n) }
        }
        finally { $writer.Dispose() }
    }
    finally { $reader.Dispose() }
    $temp
}

# The objects of the scan records of one batch (records parsed by
# ConvertFrom-WinErrNdjson): one per match kept (-All: every match, else the
# best; -Kind filters). Records whose code has no catalog entry give nothing.
function ConvertTo-WinErrScanMatch {
    param($Records, [string]$Path, [string[]]$LineText, [int]$LineOffset, [switch]$All, [string[]]$Kind, [hashtable]$Cache)
    $out = New-Object 'System.Collections.Generic.List[object]'
    $scanType = $script:ScanType
    if ($null -eq $Cache) { $Cache = @{} }
    foreach ($record in $Records) {
        $lineNumber = [int]$record.line
        $line = $record.lineText
        if ($null -ne $LineText) { $line = $LineText[$lineNumber - 1] }
        # The entry's fields depend only on the text matched (logs repeat
        # codes): made once per text, then given to each object.
        $text = [string]$record.text
        $templates = $Cache[$text]
        if ($null -eq $templates) {
            $templates = New-Object 'System.Collections.Generic.List[object]'
            $result = $record.result
            $hits = @($result.matches)
            if ($Kind) { $hits = @($hits | Where-Object { $Kind -contains $_.kind }) }
            if (-not $All -and $hits.Count -gt 1) { $hits = @($hits[0]) }
            foreach ($match in $hits) {
                if ($null -eq $match) { continue }
                $value = [uint32]$match.value
                $signed = [long]$value
                if ($signed -ge 2147483648) { $signed -= 4294967296 }
                $fields = Get-WinErrPartFields $value $match.parts
                $facility = $fields[0]; $facilityName = $fields[1]; $severity = $fields[2]; $code = $fields[3]
                if ($null -ne $scanType) {
                    # The entry's fields, in the type's order after Column.
                    $templates.Add(@([string]$result.hex, [string]$match.name, [string]$match.kind, $value, ('0x' + $value.ToString('X8')), [int]$signed, $severity, $facility, $facilityName, $code, $match.message, [string]$match.header, [string]$match.via))
                    continue
                }
                $templates.Add([pscustomobject][ordered]@{
                        PSTypeName   = 'WinErr.ScanMatch'
                        Path         = $null
                        LineNumber   = 0
                        Line         = $null
                        Match        = $text
                        Column       = 0
                        InputHex     = [string]$result.hex
                        Name         = [string]$match.name
                        Kind         = [string]$match.kind
                        Value        = $value
                        Hex          = '0x' + $value.ToString('X8')
                        Signed       = [int]$signed
                        Severity     = $severity
                        Facility     = $facility
                        FacilityName = $facilityName
                        Code         = $code
                        Message      = $match.message
                        Header       = [string]$match.header
                        Via          = [string]$match.via
                    })
            }
            $Cache[$text] = $templates
        }
        if ($null -ne $scanType) {
            foreach ($t in $templates) {
                $out.Add($scanType::new($Path, $lineNumber + $LineOffset, [string]$line, $text, [int]$record.column, $t[0], $t[1], $t[2], $t[3], $t[4], $t[5], $t[6], $t[7], $t[8], $t[9], $t[10], $t[11], $t[12]))
            }
            continue
        }
        foreach ($template in $templates) {
            $o = $template.PSObject.Copy()
            $o.Path = $Path
            $o.LineNumber = $lineNumber + $LineOffset
            $o.Line = [string]$line
            $o.Column = [int]$record.column
            $out.Add($o)
        }
    }
    , $out
}

# Scans one file with `winerr scan FILE --line-text`, writing objects as
# the records arrive (parsed a batch of lines at a time).
function Invoke-WinErrScanFile {
    param([System.Management.Automation.PSCmdlet]$Cmdlet, [hashtable]$Runtime, [string]$File, [string]$Shown, [switch]$All, [string[]]$Kind)
    # `--` ends the options: a file name starting with - is still a file.
    # --best: the best match of each code alone when that is all the objects
    # show (a log of 0x80070005: a ninth of the output); as flat rows,
    # System.Text.Json makes the objects themselves (the module sets Path).
    $arguments = @('scan', '--ndjson', '--no-readings', '--line-text')
    $flat = -not ($All -or $Kind) -and $null -ne $script:FlatScanArrayType
    if ($flat) { $arguments += '--flat' }
    elseif (-not ($All -or $Kind)) { $arguments += '--best' }
    $arguments += @('--', $File)
    Write-Verbose ('WinErr: {0} {1} {2}' -f $Runtime.Node, $Runtime.Cli, ($arguments -join ' '))
    $handle = Start-WinErrNative -Runtime $Runtime -Arguments $arguments -Line $null -Streaming
    if ($handle.Done) {
        $Cmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $Runtime -Problem ('node could not be started: ' + $handle.Done.StartError) -Result $handle.Done))
    }
    $process = $handle.Process
    $records = 0
    $cache = @{}
    try {
        $reader = $process.StandardOutput
        # Whatever the pipe holds, up to 1M characters a read: each read is a
        # batch of whole lines (the partial last line waits for the next), so
        # objects stream as the CLI writes and PowerShell does no per-line read.
        $chars = New-Object char[] 1048576
        $partial = ''
        while ($true) {
            $n = $reader.Read($chars, 0, $chars.Length)
            $buffer = New-Object 'System.Collections.Generic.List[string]'
            if ($n -gt 0) {
                $pieces = ($partial + [string]::new($chars, 0, $n)).Split([char]10)
                $partial = $pieces[$pieces.Length - 1]
                if ($pieces.Length -gt 1) { $buffer.AddRange([string[]]$pieces[0..($pieces.Length - 2)]) }
            }
            elseif ($partial.Length -gt 0) {
                $buffer.Add($partial)
                $partial = ''
            }
            if ($buffer.Count -gt 0) {
                $type = $script:ScanArrayType
                if ($flat) { $type = $script:FlatScanArrayType }
                $parsed = ConvertFrom-WinErrNdjson -Line $buffer -Type $type
                if ($parsed.Problem) {
                    $Cmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $Runtime -Problem $parsed.Problem -Result $null))
                }
                $records += $buffer.Count
                Write-Debug ('WinErr: {0} scan records parsed from {1}' -f $buffer.Count, $Shown)
                if ($flat) {
                    # A row without a match (a code no entry has) gives nothing.
                    foreach ($row in $parsed.Objects) {
                        if ($null -eq $row.Name) { continue }
                        $row.Path = $Shown
                        $Cmdlet.WriteObject($row)
                    }
                }
                else { foreach ($o in (ConvertTo-WinErrScanMatch -Records $parsed.Objects -Path $Shown -All:$All -Kind $Kind -Cache $cache)) { $Cmdlet.WriteObject($o) } }
            }
            if ($n -le 0) { break }
        }
        $stderr = Split-WinErrLines $handle.Stderr.GetAwaiter().GetResult()
        $process.WaitForExit()
        $exitCode = $process.ExitCode
        Write-Debug ('WinErr: scan of {0}: exit code {1}, {2} records' -f $Shown, $exitCode, $records)
        if ($exitCode -eq 2) {
            # The file could not be read: the CLI's one line says why.
            $said = ($stderr | Where-Object { $_ } | Select-Object -First 1)
            $Cmdlet.WriteError((New-WinErrErrorRecord -Message ('{0}: {1}' -f $Shown, $said) -ErrorId 'WinErr.ReadError' -Category ReadError -TargetObject $Shown))
        }
        elseif (@(0, 1) -notcontains $exitCode) {
            $Cmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $Runtime -Problem ('exit code {0}' -f $exitCode) -Result @{ Stderr = $stderr }))
        }
    }
    finally {
        # The pipeline may stop early (Select-Object -First): end the scan.
        if (-not $process.HasExited) {
            try { $process.Kill() } catch { $null = $_ }
        }
        $process.Dispose()
    }
}

function Select-WinError {
    <#
    .SYNOPSIS
    Finds and decodes the Windows error codes in log files and text, as Select-String finds text.

    .DESCRIPTION
    Select-WinError reads files or text line by line, finds the error codes
    in them (hex like 0x80070005, negative decimals like -1073741819, error
    names like ERROR_ACCESS_DENIED, as 'winerr scan' finds them) and returns
    one object per code found: the file, the line number, the line, the text
    that matched, and the decoded entry (name, kind, hex, facility, severity,
    code, message). Codes with no catalog entry are left out.

    Files are read by the winerr CLI itself, one node process per file, and
    objects stream as the CLI finds them. UTF-16 LE and BE files with a byte
    order mark and UTF-8 files with or without one are detected; -Encoding
    reads a file in another encoding, such as the OEM code page of console
    tools (-Encoding OEM). Strings from the pipeline are scanned in batches,
    each string as one line; FileInfo objects (Get-ChildItem) are read as
    files.

    .PARAMETER Path
    Files to read. Wildcards are allowed; several paths can be given.

    .PARAMETER LiteralPath
    Files to read, with no wildcard expansion.

    .PARAMETER InputObject
    Text to scan (each string is one line), or FileInfo objects to read.

    .PARAMETER Encoding
    The encoding of the files when it is not UTF-8 or UTF-16 with a BOM:
    OEM, ANSI, Unicode, BigEndianUnicode, UTF8, ASCII, Latin1, a code page
    number (437, 850) or a .NET encoding name. A byte order mark in a file
    still wins.

    .PARAMETER All
    Return every entry each code can mean, best first, instead of the best one.

    .PARAMETER Kind
    Keep only entries of these families: win32, hresult, ntstatus, bugcheck
    (any case).

    .EXAMPLE
    Select-WinError -Path $logDir/*.log

    Decodes every error code in the .log files of a folder (on Windows, for
    example C:\Windows\Logs\CBS\CBS.log).

    .EXAMPLE
    Select-WinError -LiteralPath $log -Kind hresult | Group-Object Name | Sort-Object Count -Descending

    The HRESULTs of a log, most frequent first.

    .EXAMPLE
    'setup failed: 0x80070643', 'exit code -1073741819' | Select-WinError

    Scans strings from the pipeline; LineNumber counts the strings.

    .EXAMPLE
    Select-WinError -Path $log -Encoding OEM | Select-Object LineNumber, Match, Name, Message

    Reads a log written in the console's OEM code page.

    .INPUTS
    System.String (lines of text) or System.IO.FileInfo (files to read).

    .OUTPUTS
    WinErr.ScanMatch. Path, LineNumber, Line, Match (the text found), Column,
    InputHex, then the entry's Name, Kind, Value, Hex, Signed, Severity,
    Facility, FacilityName, Code, Message, Header and Via.

    .LINK
    Get-WinError
    #>
    [CmdletBinding(DefaultParameterSetName = 'Object')]
    [OutputType('WinErr.ScanMatch')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ParameterSetName = 'Path')]
        [SupportsWildcards()]
        [string[]]$Path,

        [Parameter(Mandatory = $true, ParameterSetName = 'LiteralPath')]
        [Alias('PSPath', 'LP')]
        [string[]]$LiteralPath,

        [Parameter(Mandatory = $true, ParameterSetName = 'Object', ValueFromPipeline = $true)]
        [AllowEmptyString()]
        [AllowNull()]
        [object[]]$InputObject,

        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete)
                foreach ($name in 'OEM', 'ANSI', 'UTF8', 'Unicode', 'BigEndianUnicode', 'UTF32', 'ASCII', 'Latin1') {
                    if ($name -like ($wordToComplete + '*')) { New-Object System.Management.Automation.CompletionResult -ArgumentList $name, $name, 'ParameterValue', $name }
                }
            })]
        [string]$Encoding,

        [switch]$All,

        [ValidateSet('win32', 'hresult', 'ntstatus', 'bugcheck')]
        [string[]]$Kind
    )
    begin {
        if (-not $script:FullLanguage) {
            Write-Error -Message $script:ConstrainedMessage -ErrorId 'WinErr.ConstrainedLanguage' -Category PermissionDenied -ErrorAction Stop
        }
        Initialize-WinErrObjectType
        $runtime = Resolve-WinErrRuntime
        if ($runtime -is [System.Management.Automation.ErrorRecord]) {
            $PSCmdlet.ThrowTerminatingError($runtime)
        }
        Write-Verbose ('WinErr: node {0} ({1}), CLI {2}' -f $runtime.Node, $runtime.NodeVersion, $runtime.Cli)
        if ($Kind) { $Kind = @($Kind | ForEach-Object { $_.ToLowerInvariant() }) }
        $textEncoding = $null
        if ($Encoding) {
            try { $textEncoding = Get-WinErrEncoding $Encoding }
            catch {
                $PSCmdlet.ThrowTerminatingError((New-WinErrErrorRecord -Message ("-Encoding '{0}' is not an encoding: give OEM, ANSI, UTF8, Unicode, BigEndianUnicode, UTF32, ASCII, Latin1, a code page number or a .NET encoding name." -f $Encoding) -ErrorId 'WinErr.BadEncoding' -Category InvalidArgument -TargetObject $Encoding))
            }
            Write-Verbose ('WinErr: reading files as {0} (code page {1})' -f $textEncoding.WebName, $textEncoding.CodePage)
        }
        $pending = New-Object 'System.Collections.Generic.List[string]'
        $lineOffset = 0

        # One file: read by the CLI (or first copied to UTF-8 for -Encoding).
        $scanFile = {
            param([string]$File, [string]$Shown)
            if (Test-Path -LiteralPath $File -PathType Container) {
                $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("'{0}' is a folder, not a file." -f $Shown) -ErrorId 'WinErr.NotAFile' -Category InvalidArgument -TargetObject $Shown))
                return
            }
            $read = $File
            $temp = $null
            try {
                if ($null -ne $textEncoding) {
                    $temp = ConvertTo-WinErrUtf8File -Path $File -Encoding $textEncoding
                    $read = $temp
                }
                Invoke-WinErrScanFile -Cmdlet $PSCmdlet -Runtime $runtime -File $read -Shown $Shown -All:$All -Kind $Kind
            }
            finally {
                if ($temp) { Remove-Item -LiteralPath $temp -ErrorAction SilentlyContinue }
            }
        }

        # Pipeline strings: a batch of lines through `winerr scan -`.
        $flush = {
            $batch = $pending
            $pending = New-Object 'System.Collections.Generic.List[string]'
            $send = New-Object 'System.Collections.Generic.List[string]'
            # Line breaks inside a string become spaces, so columns still fit.
            foreach ($text in $batch) { $send.Add($text.Replace([char]13, ' ').Replace([char]10, ' ')) }
            $arguments = @('scan', '-', '--ndjson', '--no-readings')
            if (-not ($All -or $Kind)) { $arguments += '--best' }
            Write-Verbose ('WinErr: {0} {1} {2} ({3} lines on stdin)' -f $runtime.Node, $runtime.Cli, ($arguments -join ' '), $send.Count)
            $run = Invoke-WinErrNative -Runtime $runtime -Arguments $arguments -Line $send
            $bad = Test-WinErrRun -Runtime $runtime -Run $run -Expected -1
            if ($bad) { $PSCmdlet.ThrowTerminatingError($bad.Fatal) }
            $parsed = ConvertFrom-WinErrNdjson -Line $run.Stdout -Type $script:ScanArrayType
            if ($parsed.Problem) { $PSCmdlet.ThrowTerminatingError((New-WinErrProtocolError -Runtime $runtime -Problem $parsed.Problem -Result $run)) }
            foreach ($o in (ConvertTo-WinErrScanMatch -Records $parsed.Objects -Path 'InputStream' -LineText $batch.ToArray() -LineOffset $lineOffset -All:$All -Kind $Kind)) { $PSCmdlet.WriteObject($o) }
            $lineOffset += $batch.Count
        }
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Path') {
            foreach ($p in $Path) {
                $provider = $null
                $files = @()
                try { $files = @($PSCmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath($p, [ref]$provider)) }
                catch {
                    $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("Cannot find path '{0}'." -f $p) -ErrorId 'WinErr.PathNotFound' -Category ObjectNotFound -TargetObject $p))
                    continue
                }
                foreach ($f in $files) { . $scanFile $f $f }
            }
        }
        elseif ($PSCmdlet.ParameterSetName -eq 'LiteralPath') {
            foreach ($p in $LiteralPath) {
                $f = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($p)
                if (-not (Test-Path -LiteralPath $f)) {
                    $PSCmdlet.WriteError((New-WinErrErrorRecord -Message ("Cannot find path '{0}'." -f $p) -ErrorId 'WinErr.PathNotFound' -Category ObjectNotFound -TargetObject $p))
                    continue
                }
                . $scanFile $f $f
            }
        }
        else {
            foreach ($item in $InputObject) {
                if ($item -is [System.IO.FileInfo]) {
                    if ($pending.Count -gt 0) { . $flush }
                    . $scanFile $item.FullName $item.FullName
                    continue
                }
                if ($null -eq $item) { $pending.Add('') }
                else { $pending.Add([string]$item) }
                if ($pending.Count -ge $script:BatchMax) { . $flush }
            }
        }
    }
    end {
        if ($pending.Count -gt 0) { . $flush }
    }
}

Export-ModuleMember -Function 'Get-WinError', 'Find-WinError', 'Get-WinErrorPage', 'Select-WinError'

# Tab completion of names for both commands, from the shipped names file; a
# script block made here runs in the module's scope, so it sees the helper.
$nameCompleter = {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
    Get-WinErrNameCompletion -WordToComplete $wordToComplete
}
Register-ArgumentCompleter -CommandName 'Get-WinError' -ParameterName 'InputObject' -ScriptBlock $nameCompleter
Register-ArgumentCompleter -CommandName 'Find-WinError' -ParameterName 'Pattern' -ScriptBlock $nameCompleter
Register-ArgumentCompleter -CommandName 'Get-WinErrorPage' -ParameterName 'InputObject' -ScriptBlock $nameCompleter
