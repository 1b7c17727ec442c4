#!/usr/bin/env bash
# NativeAOT smoke test: publishes samples/MemberCards.Samples.AotCheck (a host using every client: WeChat, WeChat Pay,
# Youzan, ERP, IoT) with PublishAot for linux-x64, fails on any AOT or trim warning (ILxxxx) that names a MemberCards
# assembly, runs the native binary against the in-process emulators (it exits 0 only when every call succeeded), and
# records its size and start-to-first-call time next to the same host as a self-contained JIT build.
# Needs clang and lld (installed here when missing and root). The ILCompiler package is the one the SDK picks.
# Usage: build/smoke/aot.sh [results-dir]   (writes aot-smoke.trx and aot-smoke.log there)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source build/smoke/lib/smoke-result.bash
smoke_begin aot-smoke "${1:-artifacts/test-results}"
trap 'smoke_end $?' EXIT

rid="linux-x64"
sample="samples/MemberCards.Samples.AotCheck"
binary="MemberCards.Samples.AotCheck"
native="artifacts/aot-check/$rid/native"
jit="artifacts/aot-check/$rid/jit"
runs=3

say() { echo "aot smoke: $*" | tee -a "$smoke_log"; }

# The native linker needs clang and lld.
if ! command -v clang > /dev/null || ! command -v ld.lld > /dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
    say "installing clang and lld"
    apt-get update >> "$smoke_log" 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang lld >> "$smoke_log" 2>&1
  else
    say "clang and lld are needed for a NativeAOT publish; install them (apt-get install -y clang lld) or run as root." >&2
    exit 1
  fi
fi

rm -rf "$native" "$jit"

# Warnings are collected, not turned into errors, so that they can be sorted by origin; one line per warning.
status=0
dotnet publish "$sample" -c Release -r "$rid" -p:PublishAot=true -p:TrimmerSingleWarn=false \
  -p:TreatWarningsAsErrors=false -o "$native" >> "$smoke_log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  if grep -qE "ILCompiler|Microsoft\.NETCore\.App\.Runtime\.$rid|NETSDK1094|NU1101|NU1102" "$smoke_log"; then
    say "the NativeAOT compiler package or the $rid runtime pack could not be restored on this machine (see $smoke_log)." >&2
  fi
  exit "$status"
fi

# MSBuild appends the project path ("[.../X.csproj]") to every line; drop it so that only the warning text itself
# (file, member, assembly) decides whether it is ours.
warnings=$(grep -E "warning IL[0-9]{4}" "$smoke_log" | sed -E 's/ \[[^]]*\.csproj\]$//' | sort -u || true)
ours=$(echo "$warnings" | grep -i "MemberCards" || true)
others=$(echo "$warnings" | grep -Evic "MemberCards|^$" || true)
say "$others AOT/trim warning(s) from other assemblies (not ours)"
if [ -n "$ours" ]; then
  say "AOT/trim warnings from MemberCards assemblies:" >&2
  echo "$ours" | tee -a "$smoke_log" >&2
  exit 1
fi

# The same host, JIT-compiled and self-contained, for comparison.
dotnet publish "$sample" -c Release -r "$rid" --self-contained -p:PublishAot=false -o "$jit" >> "$smoke_log" 2>&1

# Runs a build $runs times; each run must exit 0. Prints the median start-to-first-call in ms.
first_call_median() {
  local exe="$1" label="$2" times=() i line
  for i in $(seq 1 "$runs"); do
    local output
    if ! output=$("$exe" 2>&1); then
      echo "$output" >> "$smoke_log"
      say "$label run $i failed (exit code not 0)" >&2
      return 1
    fi
    echo "--- $label run $i" >> "$smoke_log"
    echo "$output" >> "$smoke_log"
    line=$(echo "$output" | grep -E '^start-to-first-call: [0-9]+ ms' || true)
    if [ -z "$line" ] || ! echo "$output" | grep -qE '^aot check: 5 passed, 0 failed$'; then
      say "$label run $i did not report 5 passed checks and a start-to-first-call time" >&2
      return 1
    fi
    times+=("$(echo "$line" | grep -oE '[0-9]+' | head -n 1)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

native_ms=$(first_call_median "$native/$binary" native)
jit_ms=$(first_call_median "$jit/$binary" JIT)
native_bytes=$(stat -c %s "$native/$binary")
jit_bytes=$(du -sb --exclude='*.pdb' "$jit" | cut -f1)

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
say "native: binary $(mib "$native_bytes") ($native_bytes bytes, one file), start-to-first-call ${native_ms} ms (median of $runs)"
say "JIT:    self-contained folder $(mib "$jit_bytes") ($jit_bytes bytes, without .pdb), start-to-first-call ${jit_ms} ms (median of $runs)"
