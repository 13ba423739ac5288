#!/usr/bin/env bash
# Installs the pinned PowerShell (as a .NET tool) and Pester (from its NuGet
# package) into .tools/, for the @winerr/powershell Pester suite. Idempotent:
# a second run only checks. Downloads nothing but these two NuGet packages.
set -euo pipefail
cd "$(dirname "$0")/.."

PWSH_VERSION=7.6.9
PESTER_VERSION=5.7.1
TOOLS="$PWD/.tools"
PWSH="$TOOLS/pwsh/pwsh"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-powershell: dotnet SDK not found; it is needed to install PowerShell $PWSH_VERSION" >&2
  exit 1
fi

# PowerShell
have=""
if [ -x "$PWSH" ]; then
  have="$("$PWSH" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null || true)"
fi
if [ "$have" = "$PWSH_VERSION" ]; then
  echo "install-powershell: PowerShell $PWSH_VERSION already in .tools/pwsh"
else
  if [ -n "$have" ]; then
    echo "install-powershell: replacing PowerShell $have in .tools/pwsh"
    dotnet tool uninstall --tool-path "$TOOLS/pwsh" PowerShell >/dev/null || rm -rf "$TOOLS/pwsh"
  fi
  echo "install-powershell: installing PowerShell $PWSH_VERSION as a .NET tool into .tools/pwsh"
  dotnet tool install --tool-path "$TOOLS/pwsh" PowerShell --version "$PWSH_VERSION"
  "$PWSH" -NoProfile -NonInteractive -Command '"install-powershell: pwsh " + $PSVersionTable.PSVersion'
fi

# Pester
pester_have=""
if [ -f "$TOOLS/Pester/Pester.psd1" ]; then
  pester_have="$(sed -n "s/^ *ModuleVersion *= *'\([^']*\)'.*/\1/p" "$TOOLS/Pester/Pester.psd1" | head -n1)"
fi
if [ "$pester_have" = "$PESTER_VERSION" ]; then
  echo "install-powershell: Pester $PESTER_VERSION already in .tools/Pester"
else
  echo "install-powershell: restoring the Pester $PESTER_VERSION NuGet package"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cat >"$work/pester-download.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$PESTER_VERSION]" />
  </ItemGroup>
</Project>
CSPROJ
  dotnet restore "$work/pester-download.csproj" --packages "$work/packages" >/dev/null
  src="$work/packages/pester/$PESTER_VERSION/tools"
  if [ ! -f "$src/Pester.psd1" ]; then
    echo "install-powershell: Pester.psd1 not found under tools/ in the Pester package" >&2
    exit 1
  fi
  rm -rf "$TOOLS/Pester.tmp"
  mkdir -p "$TOOLS/Pester.tmp"
  cp -R "$src/." "$TOOLS/Pester.tmp/"
  rm -rf "$TOOLS/Pester"
  mv "$TOOLS/Pester.tmp" "$TOOLS/Pester"
  echo "install-powershell: Pester $PESTER_VERSION copied to .tools/Pester"
fi
