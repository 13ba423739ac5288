@{
    RootModule           = 'WinErr.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '9c6ebece-2133-41ef-acf9-1acf394ab916'
    Author               = 'the WinErr authors'
    CompanyName          = 'WinErr'
    Copyright            = 'Copyright (c) 2026 the WinErr authors. MIT License.'
    Description          = 'Decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check) offline, through the winerr Node.js CLI.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('WinErr.format.ps1xml')
    FunctionsToExport    = @('Get-WinError', 'Find-WinError', 'Get-WinErrorPage', 'Select-WinError')
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Windows', 'ErrorCode', 'HRESULT', 'NTSTATUS', 'Win32', 'BugCheck', 'GetLastError', 'Decode', 'Offline', 'PSEdition_Desktop', 'PSEdition_Core', 'Linux', 'MacOS')
            ReleaseNotes = 'Get-WinError, Find-WinError, Get-WinErrorPage and Select-WinError over the bundled winerr CLI and its catalog (read from the Windows SDK, mingw-w64 and Wine headers). Needs Node.js 20.19 or later on PATH. Changes: CHANGELOG.md in the project.'
        }
    }
}
