#!/usr/bin/env bash
# Runs the BenchmarkDotNet suites. Arguments go to BenchmarkDotNet, e.g.
#   build/bench.sh --filter '*Signing*'      build/bench.sh --filter '*' --job short
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$#" -eq 0 ]; then set -- --filter '*'; fi
dotnet run -c Release --project benchmarks/MemberCards.Sdk.Benchmarks -- "$@"
