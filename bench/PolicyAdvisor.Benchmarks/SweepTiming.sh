#!/usr/bin/env bash
# Whole-process timing of the robustness sweep on the shipped baseline, for the sweep as shipped (memoized) and
# for the rules run on every scenario (--no-cache). Each case runs REPEAT times and the fastest run is kept;
# wall and CPU time are both shown because the machine is shared, with peak RSS (what /usr/bin/time -v calls
# "Maximum resident set size"). Start-up (load and compile the rules, one scenario, write the files) is timed the
# same way and subtracted.
# Usage: bench/PolicyAdvisor.Benchmarks/SweepTiming.sh [samples] [unmemoized-samples]   (from the repository root;
# it uses ./rules and ./seeds). POLICY_ADVISOR_CLI=path/to/policy-advisor.dll skips the build; REPEAT (default 3).
# OLD_CLI=path/to/another/policy-advisor.dll times a second build beside it: every repetition runs one, then the
# other, so both see the same load; each line is labelled new or old.
set -euo pipefail
samples=${1:-1000000}
unmemoized=${2:-5000}
repeat=${REPEAT:-3}
cli=${POLICY_ADVISOR_CLI:-src/PolicyAdvisor.Cli/bin/Release/net10.0/policy-advisor.dll}
if [ -z "${POLICY_ADVISOR_CLI:-}" ]; then
  dotnet build -c Release src/PolicyAdvisor.Cli -v q -nologo
fi
declare -A dll=([new]="$cli")
builds=(new)
if [ -n "${OLD_CLI:-}" ]; then dll[old]=$OLD_CLI; builds+=(old); fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
measure() { # samples, extra args... -> for each build, "build wall cpu rss_kb" of its fastest (by wall) run
  local n=$1; shift
  for _ in $(seq "$repeat"); do
    for b in "${builds[@]}"; do
      /usr/bin/time -f '%e %U %S %M' -o "$out/t" dotnet "${dll[$b]}" sweep --samples "$n" --out "$out/sweep-$b" "$@" >/dev/null
      awk -v b="$b" '{ printf "%s %s %.2f %s\n", b, $1, $2 + $3, $4 }' "$out/t"
    done
  done | sort -k1,1 -k2,2n | awk '!seen[$1]++'
}
declare -A w0 c0
while read -r b w c _; do w0[$b]=$w; c0[$b]=$c; done < <(measure 1 --no-cache)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for b in "${builds[@]}"; do
  echo "$b start-up (load, compile, one scenario, write files): ${w0[$b]} s wall, ${c0[$b]} s CPU"
done
report() { # label, samples, extra args...
  local label=$1 n=$2; shift 2
  measure "$n" "$@" | while read -r b w c m; do
    awk -v l="$b $label" -v n="$n" -v w="$w" -v c="$c" -v m="$m" -v w0="${w0[$b]}" -v c0="${c0[$b]}" 'BEGIN {
      dw = w - w0; dc = c - c0; if (dw < 0.01) dw = 0.01; if (dc < 0.01) dc = 0.01
      printf "%s: %d scenarios, %.2f s wall (%.2f after start-up), %.2f s CPU (%.2f after start-up): %.0f scenarios/s wall, %.0f per CPU-second; peak RSS %.0f MB\n", l, n, w, dw, c, dc, n / dw, n / dc, m / 1024 }'
  done
}
report "memoized (as shipped)" "$samples"
report "rules run on every scenario (--no-cache)" "$unmemoized" --no-cache
