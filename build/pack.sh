#!/usr/bin/env bash
# Packs every packable project under src/ into artifacts/packages: a .nupkg and a .snupkg each, with the
# README, license expression, tags and SourceLink from Directory.Build.props; package validation runs on each.
# Every src project must be in MemberCards.Sdk.sln (one solution-filter invocation packs them all).
# Extra arguments go to dotnet pack, e.g.
#   build/pack.sh -p:VersionSuffix=rc.1        (a pre-release label)
#   build/pack.sh --no-build                   (after a Release build of the same sources)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source build/lib/src-projects.bash
configuration="${CONFIGURATION:-Release}"
out="$(pwd)/artifacts/packages"
mkdir -p "$out"

filter="$(write_src_filter)"
dotnet pack "$filter" -c "$configuration" -p:PackageOutputPath="$out" "$@"

missing=0
for nupkg in "$out"/*.nupkg; do
  [ -e "$nupkg" ] || continue
  if [ ! -f "${nupkg%.nupkg}.snupkg" ]; then
    echo "no symbols package beside $nupkg" >&2
    missing=1
  fi
done

ls -1 "$out"
exit "$missing"
