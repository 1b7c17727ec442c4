#!/usr/bin/env bash
# Package smoke test: packs every src project with a unique version, then a project outside the solution
# (tests/PackageSmoke, copied to artifacts/package-smoke) adds the packages from the local feed with
# `dotnet add package --version`, registers services.AddMemberCards() and makes a real HTTP call to an emulator.
# Usage: build/smoke/package.sh [results-dir]   (writes package-smoke.trx and package-smoke.log there)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source build/smoke/lib/smoke-result.bash
smoke_begin package-smoke "${1:-artifacts/test-results}"
trap 'smoke_end $?' EXIT

# A version never used before: the global NuGet cache would otherwise serve a stale package of the same version.
suffix="smoke.$(date +%s)"
version="$(dotnet msbuild src/MemberCards.Sdk.Core -getProperty:Version -p:VersionSuffix="$suffix")"
packages=(MemberCards.Sdk.Core MemberCards.Sdk.Erp MemberCards.Sdk.Iot.Mqtt MemberCards.Sdk.Redis MemberCards.Sdk.Testing)
echo "package smoke: version $version" | tee -a "$smoke_log"

# Build once (incremental: nothing to do after build/test.sh's build), then pack without rebuilding, so the new
# version label does not recompile every assembly.
# Earlier smoke versions are of no further use, in the local feed or in the global package cache.
rm -f artifacts/packages/*-smoke.*.nupkg artifacts/packages/*-smoke.*.snupkg
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/membercards.*/*-smoke.*
source build/lib/src-projects.bash
dotnet build "$(write_src_filter)" -c Release >> "$smoke_log" 2>&1
bash build/pack.sh --no-build -p:VersionSuffix="$suffix" >> "$smoke_log" 2>&1

consumer="artifacts/package-smoke"
rm -rf "$consumer"
mkdir -p "$consumer"
cp tests/PackageSmoke/*.cs tests/PackageSmoke/*.csproj tests/PackageSmoke/Directory.Build.props tests/PackageSmoke/nuget.config "$consumer/"
cd "$consumer"
for package in "${packages[@]}"; do
  dotnet add package "$package" --version "$version" >> "$smoke_log" 2>&1
done
grep -q "Include=\"MemberCards.Sdk.Testing\" Version=\"$version\"" PackageSmoke.csproj
grep -q "Include=\"MemberCards.Sdk.Iot.Mqtt\" Version=\"$version\"" PackageSmoke.csproj
grep -q "Include=\"MemberCards.Sdk.Redis\" Version=\"$version\"" PackageSmoke.csproj
dotnet run -c Release 2>&1 | tee -a "$smoke_log" | grep -E "^(answer|emulator saw|package smoke):" || true
grep -q "^package smoke: OK" "$smoke_log"
cd "$root"
