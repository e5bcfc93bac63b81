#!/usr/bin/env bash
# Cold load of the shipped rule base, each load in a fresh process of the benchmark published Release + ReadyToRun
# (framework-dependent, linux-x64), variants alternated so all see the same load: NRules with its own expression
# compiler ("default"), NRules with FastExpressionCompiler ("fec"), and with OLD_ROOT=checkout the `load` of another
# checkout's benchmark on that checkout's own rule base ("old", e.g. the last commit before NRules). Prints every process's line, then per variant
# the median and best of the cold loads, wall and CPU. Run from the repository root (it loads ./rules and ./seeds).
# Usage: bench/PolicyAdvisor.Benchmarks/Loading/LoadTiming.sh   (env: ROUNDS=8 VARIANTS="default fec" OLD_ROOT= KEEP=dir)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-8}"
variants=(${VARIANTS:-default fec})
work="${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/load.XXXXXX")}"
mkdir -p "$work"
publish() { # PROJECT OUTDIR
  dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v q -o "$2" >/dev/null
}
echo "publishing the benchmark (Release, ReadyToRun)..." >&2
publish "$here/PolicyAdvisor.Benchmarks.csproj" "$work/new"
if [[ -n "${OLD_ROOT:-}" ]]; then
  echo "publishing the old benchmark from $OLD_ROOT..." >&2
  publish "$OLD_ROOT/bench/PolicyAdvisor.Benchmarks/PolicyAdvisor.Benchmarks.csproj" "$work/old"
  variants+=(old)
fi
echo "cold load, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds"
: >"$work/cold.txt"
for round in $(seq "$rounds"); do
  for v in "${variants[@]}"; do
    # The old build loads its own checkout's rule base: a later rule base may use keys its loader predates.
    if [[ "$v" == old ]]; then line=$(cd "$OLD_ROOT" && "$work/old/PolicyAdvisor.Benchmarks" load --runs 2 | tr '\n' ' ')
    else line=$("$work/new/PolicyAdvisor.Benchmarks" load --runs 2 --compiler "$v" | tr '\n' ' '); fi
    echo "round $round $v: $line"
    awk -v v="$v" '{ for (i = 1; i < NF; i++) { if ($i == "wall_ms" && !w) w = $(i + 1); if ($i == "cpu_ms" && !c) c = $(i + 1) } } END { print v, w, c }' <<<"$line" >>"$work/cold.txt"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stat() { # VARIANT COLUMN -> "median best" of that column (2 wall, 3 CPU)
  awk -v v="$1" -v k="$2" '$1 == v { print $k }' "$work/cold.txt" | sort -n | awk '{ x[NR] = $1 } END { printf "%s %s", x[int((NR + 1) / 2)], x[1] }'
}
for v in "${variants[@]}"; do
  read -r wm wb <<<"$(stat "$v" 2)"; read -r cm cb <<<"$(stat "$v" 3)"
  printf '%-8s cold load: median %s ms wall, %s ms CPU; best %s ms wall, %s ms CPU (%s processes)\n' "$v" "$wm" "$cm" "$wb" "$cb" "$rounds"
done
