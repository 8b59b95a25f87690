#!/usr/bin/env bash
# Runs every PaperGen benchmark on this machine and leaves the tables in BenchmarkDotNet.Artifacts/
# (BenchmarkDotNet suites) and BenchmarkDotNet.Artifacts/processes.md (whole-process measurements).
#
#   tests/PaperGen.Benchmarks/run.sh            # everything (~25 minutes on 2 cores)
#   tests/PaperGen.Benchmarks/run.sh lookup     # one part: generator | lookup | search | build | startup | verify
#
# "verify" (a real project with 100,000 papers, built and read back) is not part of "everything":
# it takes several minutes and several GB; run it by hand.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The consumer projects reference the Release binaries of the generator and runtime.
dotnet build -c Release -v q PaperGen.Benchmarks.csproj
bench() { dotnet bin/Release/net10.0/PaperGen.Benchmarks.dll "$@"; }
mkdir -p BenchmarkDotNet.Artifacts
report=BenchmarkDotNet.Artifacts/processes.md

part="${1:-all}"
{ echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(dotnet --version)"; } >> "$report"
case "$part" in
  generator|all) bench --filter '*GeneratorBenchmarks*' ;;&
  lookup|all)    bench --filter '*LookupBenchmarks*' ;;&
  search|all)    bench --filter '*SearchBenchmarks*' ; bench search-startup 20000 21 | tee -a "$report" ; bench search-startup 20000 21 synthetic | tee -a "$report" ; bench search-startup 54 21 shipped | tee -a "$report" ;;&
  build|all)     bench build 20000 3 | tee -a "$report" ; bench shape 20000 3 | tee -a "$report" ; bench floor 20000 3 | tee -a "$report" ;;&
  startup|all)   bench startup 20000 21 | tee -a "$report" ;;&
  verify)        bench verify 100000 | tee -a "$report" ;;
  generator|lookup|search|build|startup|all) ;;
  *) echo "unknown part: $part" >&2; exit 2 ;;
esac
