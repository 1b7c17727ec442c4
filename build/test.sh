#!/usr/bin/env bash
# Restore, build and test the whole solution, then print the totals over all test projects on the
# last line: "N passed, N failed, N skipped". Exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

configuration="${CONFIGURATION:-Release}"
results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Real Redis and MQTT servers for the fleet and transport tests (installed when missing and root).
source build/lib/services.bash
services_start

dotnet restore MemberCards.Sdk.sln
dotnet build MemberCards.Sdk.sln -c "$configuration" --no-restore

status=0
# One run per test project, each with its own named trx file (the default trx names carry only a
# timestamp and can collide when several projects finish in the same instant).
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  # A test that hangs aborts its project's run after 10 minutes, naming the test (the blame collector's
  # "was running" line), instead of holding the whole run until CI's own limit.
  dotnet test "$project" -c "$configuration" --no-build \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

# Extra suites (package and trimming smoke tests) append their trx files to the same folder.
for extra in build/smoke/*.sh; do
  [ -e "$extra" ] || continue
  bash "$extra" "$results" || status=$?
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx "$results"/**/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  # xUnit's trx leaves notExecuted at 0 for a skipped test; what was not executed is total - executed.
  notrun=$(( $(value total) - $(value executed) ))
  [ "$notrun" -ge "$(value notExecuted)" ] || notrun=$(value notExecuted)
  skipped=$((skipped + notrun))
done

if [ "$files" -eq 0 ]; then
  echo "no test results were written" >&2
  status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "a test run or smoke test failed without a test result (see the output above)" >&2
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
