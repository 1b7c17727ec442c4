#!/usr/bin/env bash
# Packs every packable project under src/ into artifacts/packages: a .nupkg and a .snupkg each, with the
# README, license expression, tags and SourceLink from Directory.Build.props; package validation runs on each.
# Extra arguments go to dotnet pack, e.g.
#   build/pack.sh -p:VersionSuffix=rc.1        (a pre-release label)
#   build/pack.sh --no-build                   (after a Release build of the same sources)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CONFIGURATION:-Release}"
out="artifacts/packages"
mkdir -p "$out"

packed=0
for project in src/*/*.csproj; do
  if [ "$(dotnet msbuild "$project" -getProperty:IsPackable)" != "true" ]; then
    echo "skip (not packable): $project"
    continue
  fi
  dotnet pack "$project" -c "$configuration" -o "$out" "$@"
  packed=$((packed + 1))
done

missing=0
for nupkg in "$out"/*.nupkg; do
  [ -e "$nupkg" ] || continue
  if [ ! -f "${nupkg%.nupkg}.snupkg" ]; then
    echo "no symbols package beside $nupkg" >&2
    missing=1
  fi
done

ls -1 "$out"
echo "packed $packed projects into $out"
exit "$missing"
