#!/usr/bin/env bash
# Gets the three pinned header sources the importer reads (SDK, mingw-w64, Wine),
# and the .NET runtime pack whose mscorrc.dll holds the .NET HRESULT texts, and
# prints their paths.
# Needs: dotnet SDK (for the NuGet packages) and apt (Debian/Ubuntu) for mingw-w64 and Wine.
set -euo pipefail

SDK_ID="Microsoft.Windows.SDK.CPP"
SDK_VERSION="10.0.28000.2957"
SDK_INCLUDE_VERSION="10.0.28000.0"
NUGET_ROOT="${NUGET_PACKAGES:-$HOME/.nuget/packages}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A throwaway project whose only job is to make `dotnet restore` download the package.
cat > "$work/fetch.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$SDK_ID" Version="[$SDK_VERSION]" />
  </ItemGroup>
</Project>
XML
dotnet restore "$work/fetch.csproj" >&2

# The .NET runtime pack (its mscorrc.dll holds the .NET HRESULT texts).
runtime_dir="$(bash "$(dirname "$0")/fetch-runtime-pack.sh")"

# mingw-w64 headers from the distribution's package manager.
if ! dpkg -s mingw-w64-common >/dev/null 2>&1; then
  apt-get install -y mingw-w64-common >&2
fi
echo "mingw-w64-common $(dpkg-query -W -f='${Version}' mingw-w64-common) (the catalog pins 10.0.0-3)" >&2

# Wine's headers (windows/ and msvcrt/) from the distribution's package manager.
if ! dpkg -s libwine-dev >/dev/null 2>&1; then
  apt-get install -y libwine-dev >&2
fi
echo "libwine-dev $(dpkg-query -W -f='${Version}' libwine-dev) (the catalog pins 8.0~repack-4)" >&2

sdk_dir="$NUGET_ROOT/$(echo "$SDK_ID" | tr '[:upper:]' '[:lower:]')/$SDK_VERSION/c/Include/$SDK_INCLUDE_VERSION"
mingw_dir="/usr/share/mingw-w64/include"
wine_dir="/usr/include/wine/wine"
for d in "$sdk_dir" "$mingw_dir" "$wine_dir"; do
  [ -d "$d" ] || { echo "fetch-sources: expected $d after download, not found" >&2; exit 1; }
done
echo "--sdk $sdk_dir"
echo "--mingw $mingw_dir"
echo "--wine $wine_dir"
echo "--dotnet-runtime $runtime_dir"
