#!/usr/bin/env bash
# Trimming smoke test: publishes samples/MemberCards.Samples.TrimCheck self-contained for linux-x64 with
# PublishTrimmed, fails on any trim warning (ILxxxx) that names a MemberCards assembly, then runs the trimmed
# binary, which exercises Core and exits 0 only when every check passed.
# Usage: build/smoke/trim.sh [results-dir]   (writes trim-smoke.trx and trim-smoke.log there)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source build/smoke/lib/smoke-result.bash
smoke_begin trim-smoke "${1:-artifacts/test-results}"
trap 'smoke_end $?' EXIT

rid="linux-x64"
sample="samples/MemberCards.Samples.TrimCheck"
out="artifacts/trim-check/$rid"
rm -rf "$out"

# Warnings are collected, not turned into errors, so that they can be sorted by origin; one line per warning.
status=0
dotnet publish "$sample" -c Release -r "$rid" --self-contained -p:PublishTrimmed=true \
  -p:TrimmerSingleWarn=false -p:TreatWarningsAsErrors=false -o "$out" >> "$smoke_log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  if grep -qE "Microsoft\.NETCore\.App\.Runtime\.$rid|Microsoft\.AspNetCore\.App\.Runtime\.$rid|Microsoft\.NET\.ILLink\.Tasks|NETSDK1094|NETSDK1112|NU1101|NU1102" "$smoke_log"; then
    echo "trim smoke: the $rid runtime pack or the ILLink package could not be restored on this machine;" \
         "a trimmed self-contained publish is impossible here (see $smoke_log)." | tee -a "$smoke_log" >&2
  fi
  exit "$status"
fi

# MSBuild appends the project path ("[.../MemberCards.Samples.TrimCheck.csproj]") to every line; drop it so that
# only the warning text itself (file, member, assembly) decides whether it is ours.
warnings=$(grep -E "warning IL[0-9]{4}" "$smoke_log" | sed -E 's/ \[[^]]*\.csproj\]$//' | sort -u || true)
ours=$(echo "$warnings" | grep -i "MemberCards" || true)
others=$(echo "$warnings" | grep -Evic "MemberCards|^$" || true)
echo "trim smoke: $others trim warning(s) from other assemblies (not ours)" | tee -a "$smoke_log"
if [ -n "$ours" ]; then
  echo "trim smoke: trim warnings from MemberCards assemblies:" | tee -a "$smoke_log" >&2
  echo "$ours" | tee -a "$smoke_log" >&2
  exit 1
fi

"$out/MemberCards.Samples.TrimCheck" 2>&1 | tee -a "$smoke_log" | tail -n 1
