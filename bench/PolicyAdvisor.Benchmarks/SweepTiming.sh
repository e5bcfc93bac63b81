#!/usr/bin/env bash
# Whole-process timing of the robustness sweep on the shipped baseline: wall time, scenarios per second and
# peak memory, for the sweep as shipped (memoized) and for the engine run on every scenario (--no-cache).
# Usage: bench/PolicyAdvisor.Benchmarks/SweepTiming.sh [samples]   (from the repository root; the rules and
# seeds used are ./rules and ./seeds). POLICY_ADVISOR_CLI=path/to/policy-advisor.dll skips the build.
set -euo pipefail
samples=${1:-1000000}
cli=${POLICY_ADVISOR_CLI:-src/PolicyAdvisor.Cli/bin/Release/net10.0/policy-advisor.dll}
if [ -z "${POLICY_ADVISOR_CLI:-}" ]; then
  dotnet build -c Release src/PolicyAdvisor.Cli -v q -nologo
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
measure() { # label, samples, extra args...
  local label=$1 n=$2; shift 2
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$out/rss" dotnet "$cli" sweep --samples "$n" --out "$out/sweep" "$@" >/dev/null
  end=$(date +%s.%N)
  # Start-up (loading and compiling the rules) is measured separately and subtracted.
  python3 -c "import sys; w=$end-$start; s=$startup; n=$n; print(f'{sys.argv[1]}: {n} scenarios, {w:.2f} s wall, {max(w-s,1e-9):.2f} s after start-up, {n/max(w-s,1e-9):,.0f} scenarios/s, peak RSS {int(open(sys.argv[2]).read())/1024:.0f} MB')" "$label" "$out/rss"
}
s0=$(date +%s.%N); dotnet "$cli" sweep --samples 1 --no-cache --out "$out/one" >/dev/null; s1=$(date +%s.%N)
startup=$(python3 -c "print($s1-$s0)")
echo "start-up (load, compile, one scenario, write files): $(python3 -c "print(f'{$startup:.2f}')") s"
measure "memoized (as shipped)" "$samples"
measure "engine on every scenario (--no-cache)" 5000 --no-cache
