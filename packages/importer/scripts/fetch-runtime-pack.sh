#!/usr/bin/env bash
# Restores the .NET runtime pack for Windows x64 (NuGet microsoft.netcore.app.runtime.win-x64)
# in the version the installed .NET SDK picks for a self-contained win-x64 app (not pinned
# here; the catalog's source row names it), and prints the pack's version folder.
# Its runtimes/win-x64/native/mscorrc.dll holds the .NET HRESULT texts (importer --dotnet-runtime)
# and is the msgtable string-table tests' real file. Needs: the dotnet SDK.
set -euo pipefail

NUGET_ROOT="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A throwaway project whose only job is to make `dotnet restore` download the pack.
cat > "$work/runtime.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net$(dotnet --version | cut -d. -f1).0</TargetFramework>
    <RuntimeIdentifier>win-x64</RuntimeIdentifier>
    <SelfContained>true</SelfContained>
  </PropertyGroup>
</Project>
XML
dotnet restore "$work/runtime.csproj" >&2

root="$NUGET_ROOT/microsoft.netcore.app.runtime.win-x64"
version="$(ls "$root" 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$version" ] || [ ! -f "$root/$version/runtimes/win-x64/native/mscorrc.dll" ]; then
  echo "fetch-runtime-pack: expected mscorrc.dll under $root/<version>/runtimes/win-x64/native after restore, not found" >&2
  exit 1
fi
echo "$root/$version"
