#!/usr/bin/env bash
# Miss Manners, NRules (the benchmark's fluent rules) against CLIPS 6.30, on the same generated guests, in one run.
# For each size: generate data (our text + CLIPS deffacts), run CLIPS, run ours, validate both seatings,
# and time whole processes. Start-up is measured with an empty run of each and subtracted ("net").
# Each process runs REPEAT times; the fastest run counts (the machine is shared and noisy).
# Usage: bench/peers/manners.sh            (env: SIZES="16 32 64 128" REPEAT=3 SEED=1991 LIMIT=600 KEEP=dir)
# "ours" is NRules running our rules. Last line: "ratio ours/CLIPS at 128 guests: X.XX" (whole-process user+sys CPU time minus the empty run's;
# CPU rather than wall time because wall time on a shared machine includes waiting for a core; >1 = CLIPS faster).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${SIZES:-16 32 64 128}"
repeat="${REPEAT:-3}"
seed="${SEED:-1991}"
limit="${LIMIT:-600}"
work="${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/manners.XXXXXX")}"
mkdir -p "$work"

if ! command -v clips >/dev/null 2>&1; then
  echo "installing clips..." >&2
  apt-get update -qq && apt-get install -y -qq clips >/dev/null
fi

echo "building ours (Release)..." >&2
dotnet build "$root/bench/PolicyAdvisor.Benchmarks" -c Release -nologo -v q >/dev/null
ours="$root/bench/PolicyAdvisor.Benchmarks/bin/Release/net10.0/PolicyAdvisor.Benchmarks"

# best OUTFILE CMD...: runs CMD $repeat times (stdin closed, killed after $limit s), keeps the fastest run's
# stdout in OUTFILE and prints "WALL_MS CPU_MS": the fastest wall time and the least user+sys CPU time.
# CPU time is reported too because on a shared 2-core machine wall time also counts waiting for a core.
best() {
  local out="$1"; shift
  local wall="" cpu="" w c
  for _ in $(seq "$repeat"); do
    /usr/bin/time -f '%e %U %S' -o "$out.time" timeout "$limit" "$@" </dev/null >"$out.tmp" || true
    read -r w c < <(awk '{ printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000 }' "$out.time")
    if [[ -z "$wall" || "$w" -lt "$wall" ]]; then wall=$w; mv "$out.tmp" "$out"; fi
    if [[ -z "$cpu" || "$c" -lt "$cpu" ]]; then cpu=$c; fi
  done
  rm -f "$out.tmp" "$out.time"
  echo "$wall $cpu"
}

field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else printf "%.2f", a / b }'; }
net() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = 0; printf "%.1f", d }'; }

echo '(exit)' >"$work/empty.clp"
read -r clips_start clips_start_cpu < <(best "$work/empty.out" clips -f2 "$work/empty.clp")
read -r ours_start ours_start_cpu < <(best "$work/noop.out" "$ours" noop)

echo "Miss Manners: ours (NRules $(awk -F\" '/"NRules"/ { print $4 }' "$root/Directory.Packages.props")) vs CLIPS $(dpkg-query -W -f='${Version}' clips 2>/dev/null || echo '?'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d" " -f1-3 /proc/loadavg), best of $repeat"
echo "start-up (empty run), wall/cpu ms: CLIPS ${clips_start}/${clips_start_cpu}, ours ${ours_start}/${ours_start_cpu}"
printf '%-6s | %-11s %-11s | %-9s %-9s | %-11s %-11s | %-6s %-5s | %-9s %-9s %-9s\n' \
  guests clips_wall ours_wall clips_net ours_net clips_solve ours_solve fired valid ratio_net ratio_cpu ratio_solve
status=0
last_ratio="n/a"
for n in $sizes; do
  data="$work/manners-$n"
  "$ours" manners-gen --guests "$n" --seed "$seed" --out "$data" >/dev/null
  cat "$here/manners.clp" "$data.clp" "$here/manners-driver.clp" >"$data.run.clp"

  read -r clips_ms clips_cpu < <(best "$data.clips.out" clips -f2 "$data.run.clp")
  read -r ours_ms ours_cpu < <(best "$data.ours.out" "$ours" manners --data "$data.txt")

  valid="yes"
  for who in clips ours; do
    if ! "$ours" manners-check --data "$data.txt" --output "$data.$who.out" >"$data.$who.check"; then
      valid="NO($who)"; status=1
      sed 's/^/  /' "$data.$who.check" | head -5 >&2
    fi
  done

  clips_net=$(net "$clips_ms" "$clips_start"); ours_net=$(net "$ours_ms" "$ours_start")
  clips_solve=$(field ELAPSED_MS "$data.clips.out"); ours_solve=$(field ELAPSED_MS "$data.ours.out")
  last_ratio=$(ratio "$(net "$ours_cpu" "$ours_start_cpu")" "$(net "$clips_cpu" "$clips_start_cpu")")
  printf '%-6s | %-11s %-11s | %-9s %-9s | %-11s %-11s | %-6s %-5s | %-9s %-9s %-9s\n' \
    "$n" "$clips_ms/$clips_cpu" "$ours_ms/$ours_cpu" "$clips_net" "$ours_net" "$clips_solve" "$ours_solve" \
    "$(field FIRED "$data.ours.out")" "$valid" "$(ratio "$ours_net" "$clips_net")" "$last_ratio" "$(ratio "$ours_solve" "$clips_solve")"
done
echo "(wall/cpu = whole process, ms of wall clock / user+sys CPU; net = wall minus the empty run;"
echo " ratio_cpu = the same with CPU time; solve = each engine's own clock around reset+run /"
echo " create+insert+fire, ours including first-call JIT; data and outputs in $work)"
echo "ratio ours/CLIPS at $(echo "$sizes" | awk '{print $NF}') guests: $last_ratio"
exit $status
