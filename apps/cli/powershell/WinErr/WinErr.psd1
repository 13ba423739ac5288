@{
    RootModule           = 'WinErr.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '9c6ebece-2133-41ef-acf9-1acf394ab916'
    Author               = 'WinErr contributors'
    CompanyName          = 'WinErr'
    Copyright            = '(c) WinErr contributors.'
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
            Tags         = @('Windows', 'ErrorCode', 'HRESULT', 'NTSTATUS', 'Win32', 'BugCheck', 'PSEdition_Desktop', 'PSEdition_Core')
            ReleaseNotes = 'Get-WinError, Find-WinError and Get-WinErrorPage over the winerr CLI. Needs Node.js 20 or later.'
        }
    }
}
