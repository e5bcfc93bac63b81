#!/usr/bin/env bash
# Whole-process timing of the robustness sweep on the shipped baseline, for the sweep as shipped (memoized) and
# for the engine run on every scenario (--no-cache). Each case runs REPEAT times and the fastest run is kept;
# wall and CPU time are both shown because the machine is shared. Start-up (load and compile the rules, one
# scenario, write the files) is timed the same way and subtracted.
# Usage: bench/PolicyAdvisor.Benchmarks/SweepTiming.sh [samples]   (from the repository root; it uses ./rules
# and ./seeds). POLICY_ADVISOR_CLI=path/to/policy-advisor.dll skips the build; REPEAT (default 3).
set -euo pipefail
samples=${1:-1000000}
repeat=${REPEAT:-3}
cli=${POLICY_ADVISOR_CLI:-src/PolicyAdvisor.Cli/bin/Release/net10.0/policy-advisor.dll}
if [ -z "${POLICY_ADVISOR_CLI:-}" ]; then
  dotnet build -c Release src/PolicyAdvisor.Cli -v q -nologo
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fastest() { # samples, extra args... -> "wall cpu rss_kb" of the fastest (by wall) of $repeat runs
  local n=$1; shift
  for _ in $(seq "$repeat"); do
    /usr/bin/time -f '%e %U %S %M' -o "$out/t" dotnet "$cli" sweep --samples "$n" --out "$out/sweep" "$@" >/dev/null
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$out/t"
  done | sort -n | head -1
}
read -r w0 c0 _ <<<"$(fastest 1 --no-cache)"
echo "start-up (load, compile, one scenario, write files): ${w0} s wall, ${c0} s CPU"
report() { # label, samples, extra args...
  local label=$1 n=$2; shift 2
  read -r w c m <<<"$(fastest "$n" "$@")"
  awk -v l="$label" -v n="$n" -v w="$w" -v c="$c" -v m="$m" -v w0="$w0" -v c0="$c0" 'BEGIN {
    dw = w - w0; dc = c - c0; if (dw < 0.01) dw = 0.01; if (dc < 0.01) dc = 0.01
    printf "%s: %d scenarios, %.2f s wall (%.2f after start-up), %.2f s CPU (%.2f after start-up): %.0f scenarios/s wall, %.0f per CPU-second; peak RSS %.0f MB\n", l, n, w, dw, c, dc, n / dw, n / dc, m / 1024 }'
}
report "memoized (as shipped)" "$samples"
report "engine on every scenario (--no-cache)" 5000 --no-cache
