# Shared by the smoke scripts (sourced, not run: build/test.sh runs only build/smoke/*.sh).
# smoke_begin NAME RESULTS_DIR  - starts the clock and a log at RESULTS_DIR/NAME.log
# smoke_end STATUS              - writes RESULTS_DIR/NAME.trx with one test (passed or failed) so build/test.sh
#                                 counts it, prints the duration, and on failure the end of the log.

smoke_begin() {
  smoke_name="$1"
  smoke_results="$2"
  mkdir -p "$smoke_results"
  smoke_results="$(cd "$smoke_results" && pwd)"
  smoke_log="$smoke_results/$smoke_name.log"
  : > "$smoke_log"
  smoke_started=$(date +%s)
  smoke_started_iso=$(date -u +%Y-%m-%dT%H:%M:%SZ)
}

smoke_end() {
  local status="$1" passed=1 failed=0 outcome="Completed" result="Passed" elapsed
  elapsed=$(( $(date +%s) - smoke_started ))
  if [ "$status" -ne 0 ]; then
    passed=0; failed=1; outcome="Failed"; result="Failed"
  fi
  cat > "$smoke_results/$smoke_name.trx" <<TRX
<?xml version="1.0" encoding="UTF-8"?>
<TestRun id="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo 00000000-0000-0000-0000-000000000000)" name="$smoke_name" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times start="$smoke_started_iso" finish="$(date -u +%Y-%m-%dT%H:%M:%SZ)" />
  <Results>
    <UnitTestResult testName="$smoke_name" outcome="$result" duration="$(printf '%02d:%02d:%02d' $((elapsed / 3600)) $((elapsed % 3600 / 60)) $((elapsed % 60)))" />
  </Results>
  <ResultSummary outcome="$outcome">
    <Counters total="1" executed="1" passed="$passed" failed="$failed" error="0" timeout="0" aborted="0" inconclusive="0" notExecuted="0" />
  </ResultSummary>
</TestRun>
TRX
  if [ "$status" -ne 0 ]; then
    echo "smoke $smoke_name: FAILED after ${elapsed}s (full log: $smoke_log); last lines:" >&2
    tail -n 40 "$smoke_log" >&2
  else
    echo "smoke $smoke_name: passed in ${elapsed}s"
  fi
}
