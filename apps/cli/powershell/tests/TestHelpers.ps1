# Shared setup for the WinErr Pester suite: dot-source in BeforeAll.
$script:PowerShellRoot = Split-Path -Parent $PSScriptRoot
$script:RepoRoot = (Resolve-Path (Join-Path $script:PowerShellRoot (Join-Path '..' (Join-Path '..' '..')))).ProviderPath
$script:ManifestPath = Join-Path (Join-Path $script:PowerShellRoot 'WinErr') 'WinErr.psd1'
$script:StubDir = Join-Path $PSScriptRoot 'stubs'
$script:NodePath = (Get-Command -Name node -CommandType Application | Select-Object -First 1).Path
$script:RealCli = Join-Path $script:RepoRoot (Join-Path 'apps' (Join-Path 'cli' (Join-Path 'dist' 'winerr.js')))

function Use-Stub {
    param([string]$Name)
    $env:WINERR_NODE = $script:NodePath
    $env:WINERR_CLI = Join-Path $script:StubDir ($Name + '.mjs')
}

function Clear-WinErrEnv {
    Remove-Item Env:WINERR_NODE, Env:WINERR_CLI, Env:WINERR_NAMES, Env:WINERR_STUB_LOG, Env:WINERR_SYSTEM_ROOT -ErrorAction SilentlyContinue
}

function Get-StartCount {
    param([string]$Log)
    if (-not (Test-Path -LiteralPath $Log)) { return 0 }
    @(Get-Content -LiteralPath $Log).Count
}

# Which reading the module gives the codes of Win32Exception, IOException and
# native commands: Windows codes ($true, as on Windows), or this system's
# errno values ($false, what the module does off Windows). Stub cases use
# the Windows reading on every system; the errno reading is tested on the
# real CLI.
function Set-WinErrWindowsReading {
    param([bool]$Windows)
    & (Get-Module WinErr) { param($w) $script:ErrnoHost = -not $w } $Windows
}

# Runs a script block with the module building [pscustomobject]s (as it
# does when its compiled object types cannot be made), then makes the
# types again.
function Invoke-WithoutObjectType {
    param([scriptblock]$Script)
    & (Get-Module WinErr) { $script:TypesTried = $true; $script:InfoType = $null; $script:ScanType = $null }
    try { & $Script }
    finally { & (Get-Module WinErr) { $script:TypesTried = $false; Initialize-WinErrObjectType } }
}
