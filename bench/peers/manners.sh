#!/usr/bin/env bash
# Miss Manners, our engine against CLIPS 6.30, on the same generated guests, in one run.
# For each size: generate data (our text + CLIPS deffacts), run CLIPS, run ours, validate both seatings,
# and time whole processes. Start-up is measured with an empty run of each and subtracted ("net").
# Each process runs REPEAT times; the fastest run counts (the machine is shared and noisy).
# Usage: bench/peers/manners.sh            (env: SIZES="16 32 64 128" REPEAT=3 SEED=1991 KEEP=dir)
# Last line: "ratio ours/CLIPS at 128 guests: X.XX" (net whole-process time; >1 means CLIPS is faster).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${SIZES:-16 32 64 128}"
repeat="${REPEAT:-3}"
seed="${SEED:-1991}"
work="${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/manners.XXXXXX")}"
mkdir -p "$work"

if ! command -v clips >/dev/null 2>&1; then
  echo "installing clips..." >&2
  apt-get update -qq && apt-get install -y -qq clips >/dev/null
fi

echo "building ours (Release)..." >&2
dotnet build "$root/bench/PolicyAdvisor.Benchmarks" -c Release -nologo -v q >/dev/null
ours="$root/bench/PolicyAdvisor.Benchmarks/bin/Release/net10.0/PolicyAdvisor.Benchmarks"

now_ns() { date +%s%N; }

# best_ms OUTFILE CMD...: runs CMD $repeat times (stdin closed), keeps the fastest run's stdout in OUTFILE,
# prints that run's wall time in ms.
best_ms() {
  local out="$1"; shift
  local best="" t0 t1 ms
  for _ in $(seq "$repeat"); do
    t0=$(now_ns)
    "$@" </dev/null >"$out.tmp"
    t1=$(now_ns)
    ms=$(( (t1 - t0) / 1000 ))
    if [[ -z "$best" || "$ms" -lt "$best" ]]; then best=$ms; mv "$out.tmp" "$out"; fi
  done
  rm -f "$out.tmp"
  awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }'
}

field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else printf "%.2f", a / b }'; }
net() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = 0; printf "%.1f", d }'; }

echo '(exit)' >"$work/empty.clp"
clips_start=$(best_ms "$work/empty.out" clips -f2 "$work/empty.clp")
ours_start=$(best_ms "$work/noop.out" "$ours" noop)

echo "Miss Manners: ours vs CLIPS $(dpkg-query -W -f='${Version}' clips 2>/dev/null || echo '?'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), best of $repeat"
echo "start-up (empty run): CLIPS ${clips_start} ms, ours ${ours_start} ms"
printf '%-6s | %-10s %-10s | %-10s %-10s | %-12s %-12s | %-8s %-8s | %-9s %-9s\n' \
  guests clips_ms ours_ms clips_net ours_net clips_solve ours_solve fired valid ratio_net ratio_solve
status=0
last_ratio="n/a"
for n in $sizes; do
  data="$work/manners-$n"
  "$ours" manners-gen --guests "$n" --seed "$seed" --out "$data" >/dev/null
  cat "$here/manners.clp" "$data.clp" "$here/manners-driver.clp" >"$data.run.clp"

  clips_ms=$(best_ms "$data.clips.out" clips -f2 "$data.run.clp")
  ours_ms=$(best_ms "$data.ours.out" "$ours" manners --data "$data.txt")

  valid="yes"
  for who in clips ours; do
    if ! "$ours" manners-check --data "$data.txt" --output "$data.$who.out" >"$data.$who.check"; then
      valid="NO($who)"; status=1
      sed 's/^/  /' "$data.$who.check" | head -5 >&2
    fi
  done

  clips_net=$(net "$clips_ms" "$clips_start"); ours_net=$(net "$ours_ms" "$ours_start")
  clips_solve=$(field ELAPSED_MS "$data.clips.out"); ours_solve=$(field ELAPSED_MS "$data.ours.out")
  last_ratio=$(ratio "$ours_net" "$clips_net")
  printf '%-6s | %-10s %-10s | %-10s %-10s | %-12s %-12s | %-8s %-8s | %-9s %-9s\n' \
    "$n" "$clips_ms" "$ours_ms" "$clips_net" "$ours_net" "$clips_solve" "$ours_solve" \
    "$(field FIRED "$data.ours.out")" "$valid" "$last_ratio" "$(ratio "$ours_solve" "$clips_solve")"
done
echo "(net = whole process minus the empty run; solve = each engine's own clock around reset+run /"
echo " create+insert+fire, ours including first-call JIT; data and outputs in $work)"
echo "ratio ours/CLIPS at $(echo "$sizes" | awk '{print $NF}') guests: $last_ratio"
exit $status
