#!/usr/bin/env bash
# Packs every project under src/ into artifacts/packages (.nupkg + .snupkg).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="artifacts/packages"
mkdir -p "$out"
for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$out" "$@"
done
ls -1 "$out"
