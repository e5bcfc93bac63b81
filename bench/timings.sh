#!/usr/bin/env bash
# Whole-process cold start: `policy-advisor memo` against a hello-world .NET app and against the "floor" (one
# small use of each library a memo needs, NRules included, none of our code: peers/floor), side by side in one run.
# All are published Release + ReadyToRun (framework-dependent, linux-x64). Uses hyperfine when present (installed
# from apt if missing and we are root), else a bash loop. Hyperfine times each command's runs consecutively, so on a
# loaded machine ROUNDS=n repeats the whole comparison n times and averages. Mean wall and user+sys CPU are printed.
# Usage: bench/timings.sh    (env: RUNS=20 WARMUP=2 ROUNDS=1 MEMO_ARGS="memo" HELLO_ONLY=1 NO_HYPERFINE=1 KEEP=dir)
# A second CLI build is timed beside ours with OLD_CLI_DIR=dir (a folder holding a built policy-advisor, e.g. one
# published from another checkout) or OLD_ROOT=checkout (published here from that checkout's src/PolicyAdvisor.Cli).
# The memos run from this repository root, so the default rules/, seeds/ and templates/ are found.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${RUNS:-20}"
warmup="${WARMUP:-2}"
rounds="${ROUNDS:-1}"
memo_args="${MEMO_ARGS:-memo}"
work="${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/timings.XXXXXX")}"
mkdir -p "$work"

publish() { # publish PROJECT OUTDIR
  dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v q -o "$2" >/dev/null
}

echo "publishing hello (Release, ReadyToRun)..." >&2
publish "$here/peers/hello/hello.csproj" "$work/hello"
names=(hello); commands=("$work/hello/hello")
echo "publishing floor (Release, ReadyToRun)..." >&2
publish "$here/peers/floor/floor.csproj" "$work/floor"
names+=(floor); commands+=("$work/floor/floor memo")

if [[ -z "${HELLO_ONLY:-}" ]]; then
  echo "publishing policy-advisor (Release, ReadyToRun)..." >&2
  publish "$root/src/PolicyAdvisor.Cli/PolicyAdvisor.Cli.csproj" "$work/cli"
  # Refuse to time a command that fails: a fast error is not a cold start.
  if (cd "$root" && "$work/cli/policy-advisor" $memo_args >/dev/null 2>"$work/memo.err" </dev/null); then
    memo_i=${#names[@]}; names+=("policy-advisor $memo_args"); commands+=("$work/cli/policy-advisor $memo_args")
  else
    echo "policy-advisor $memo_args does not run yet (exit $?): $(head -1 "$work/memo.err"); timing hello alone" >&2
  fi
  old_dir="${OLD_CLI_DIR:-}"
  if [[ -z "$old_dir" && -n "${OLD_ROOT:-}" ]]; then
    echo "publishing the old policy-advisor from $OLD_ROOT (Release, ReadyToRun)..." >&2
    publish "$OLD_ROOT/src/PolicyAdvisor.Cli/PolicyAdvisor.Cli.csproj" "$work/cli-old"
    old_dir="$work/cli-old"
  fi
  if [[ -n "$old_dir" ]]; then
    if (cd "$root" && "$old_dir/policy-advisor" $memo_args >/dev/null 2>"$work/memo-old.err" </dev/null); then
      old_i=${#names[@]}; names+=("old policy-advisor $memo_args"); commands+=("$old_dir/policy-advisor $memo_args")
    else
      echo "the old policy-advisor $memo_args fails (exit $?): $(head -1 "$work/memo-old.err"); not timed" >&2
    fi
  fi
fi

echo "Whole-process timings, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), .NET $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds x $runs runs after $warmup warm-up"
if ! command -v hyperfine >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi

declare -a means cpus
if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null 2>&1; then
  hyperfine_args=()
  for i in "${!commands[@]}"; do hyperfine_args+=(-n "${names[$i]}" "${commands[$i]}"); done
  # ROUNDS hyperfine runs one after the other, each timing every command, so that a change in the machine's load
  # falls on all commands alike; the means below are over all rounds.
  for r in $(seq "$rounds"); do
    (cd "$root" && hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$work/timings-$r.json" "${hyperfine_args[@]}")
  done
  mapfile -t means < <(jq -s -r '[.[].results] | transpose[] | (map(.mean) | add / length) * 1000' "$work"/timings-*.json)
  mapfile -t cpus < <(jq -s -r '[.[].results] | transpose[] | (map(.user + .system) | add / length) * 1000' "$work"/timings-*.json)
else
  for i in "${!commands[@]}"; do
    total=0
    for r in $(seq $((warmup + runs))); do
      t0=$(date +%s%N); (cd "$root" && ${commands[$i]} >/dev/null </dev/null); t1=$(date +%s%N)
      if (( r > warmup )); then total=$(( total + t1 - t0 )); fi
    done
    means+=("$(awk -v t="$total" -v n="$runs" 'BEGIN { printf "%.1f", t / n / 1e6 }')")
    cpus+=("n/a")
    echo "${names[$i]}: mean ${means[$i]} ms"
  done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!names[@]}"; do printf '%-34s mean %8.1f ms wall, CPU %8s ms\n' "${names[$i]}" "${means[$i]}" "${cpus[$i]%.*}"; done
echo "ratio floor/hello cold start: $(ratio "${means[1]}" "${means[0]}")"
if [[ -n "${old_i:-}" ]]; then
  echo "ratio old memo/floor cold start: $(ratio "${means[$old_i]}" "${means[1]}")"
fi
if [[ -n "${old_i:-}" && -n "${memo_i:-}" ]]; then
  echo "ratio memo new/old cold start: $(ratio "${means[$memo_i]}" "${means[$old_i]}")"
fi
if [[ -n "${memo_i:-}" ]]; then
  echo "ratio memo/floor cold start: $(ratio "${means[$memo_i]}" "${means[1]}")"
  echo "ratio memo/hello cold start: $(ratio "${means[$memo_i]}" "${means[0]}")"
else
  echo "ratio memo/hello cold start: n/a (memo not runnable yet)"
fi
