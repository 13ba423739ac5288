// The WinErr nupkg as a PowerShell user gets it: Install-PSResource from a
// folder repository into a fresh HOME, then Import-Module WinErr by name in
// a new session, Get-WinError 5, and the about_WinErr topic. Needs pwsh
// (bash scripts/install-powershell.sh); @winerr/host/testing's policy:
// without it these skip, loudly; under CI=true they fail.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, expect, it } from "vitest";
import { NUPKG, VERSION, freshDir, packed, removeFreshDirs, run } from "./helpers.js";

const pwsh = optionalTool("pwsh");
afterAll(removeFreshDirs);

/** pwsh in a HOME of its own, so nothing of the user's PowerShell setup is seen or changed. */
function inHome(home: string, script: string) {
  return run(pwsh.need(), ["-NoProfile", "-NonInteractive", "-Command", `$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue'\n${script}`], {
    cwd: home,
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: home,
      USERPROFILE: home,
      XDG_DATA_HOME: join(home, ".local", "share"),
      XDG_CONFIG_HOME: join(home, ".config"),
      XDG_CACHE_HOME: join(home, ".cache"),
      POWERSHELL_TELEMETRY_OPTOUT: "1",
      POWERSHELL_UPDATECHECK: "Off",
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      NO_COLOR: "1",
    },
  });
}

// pack.mjs makes the nupkg only where pwsh is: both tests need it.
pwsh.describe("the WinErr nupkg", () => {
  it("Install-PSResource from a folder repository, Import-Module WinErr by name, Get-WinError 5", () => {
    const home = freshDir("pshome");
    for (const d of [".local/share", ".config", ".cache"]) mkdirSync(join(home, d), { recursive: true });
    const repo = freshDir("psrepo");
    copyFileSync(packed(NUPKG), join(repo, `WinErr.${VERSION}.nupkg`));
    const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const install = inHome(
      home,
      `Register-PSResourceRepository -Name WinErrLocal -Uri ${quote(repo)} -Trusted
Install-PSResource -Name WinErr -Repository WinErrLocal -Scope CurrentUser
$r = Get-InstalledPSResource -Name WinErr
'{0}|{1}|{2}|{3}' -f $r.Version, $r.ProjectUri, $r.LicenseUri, ($r.InstalledLocation -like (Join-Path $HOME '*'))`,
    );
    expect(install.stderr).toBe("");
    expect(install.status).toBe(0);
    const [version, project, license, inHomeFolder] = install.stdout.trim().split("|");
    expect(version).toBe(VERSION);
    // No public project URL exists yet, so the manifest names none.
    expect(project).toBe("");
    expect(license).toBe("");
    expect(inHomeFolder).toBe("True");

    // A new session finds the module by name alone, as after a user's install.
    const use = inHome(
      home,
      `Import-Module WinErr
$m = Get-Module WinErr
$e = Get-WinError 5 | Select-Object -First 1
$about = Get-Help about_WinErr | Out-String
'{0}|{1}|{2}|{3}|{4}' -f $m.Version, ($m.ModuleBase -like (Join-Path $HOME '*')), $e.Name, $e.Header, ($about -match 'Get-WinErrorPage')`,
    );
    expect(use.stderr).toBe("");
    expect(use.status).toBe(0);
    // winerror.h: #define ERROR_ACCESS_DENIED 5L
    expect(use.stdout.trim()).toBe(`${VERSION}|True|ERROR_ACCESS_DENIED|winerror.h|True`);
  });

  it("carries the module, its help topic, the bundled CLI and catalog, and the manifest metadata", () => {
    const files = unzipSync(new Uint8Array(readFileSync(packed(NUPKG))));
    for (const f of ["WinErr.psd1", "WinErr.psm1", "WinErr.format.ps1xml", "en-US/about_WinErr.help.txt", "LICENSE", "NOTICE", "names.txt", "cli/winerr.js", "cli/catalog.json", "cli/winerr-show.js", "cli/winerr-tui.js", "cli/package.json", "cli/winerr-export.mjs", "cli/THIRD-PARTY-LICENSES.txt"]) {
      expect(files[f], f).toBeDefined();
    }
    const nuspec = strFromU8(files["WinErr.nuspec"] as Uint8Array);
    expect(nuspec).toContain(`<version>${VERSION}</version>`);
    for (const tag of ["releaseNotes", "tags"]) expect(nuspec).toMatch(new RegExp(`<${tag}>[^<]+</${tag}>`));
    // No public project URL exists yet, so none is made up.
    for (const tag of ["projectUrl", "licenseUrl"]) expect(nuspec).not.toContain(`<${tag}>`);
    expect(strFromU8(files["WinErr.psd1"] as Uint8Array)).toMatch(new RegExp(`ModuleVersion\\s*=\\s*'${VERSION.replace(/\./g, "\\.")}'`));
  });
});
