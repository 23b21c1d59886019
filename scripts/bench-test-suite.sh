#!/usr/bin/env bash
# The test suite as CI meets it: RUNS fresh clones of this repository's HEAD, one after the other,
# each running the README's set-up and test command (`bash scripts/setup.sh && npm test`) and timed
# from the clone on. With --beside N, run N has a second CPU-heavy process beside it for its whole
# length: the same command in another fresh clone, started with it and stopped when it ends.
# One line per run (its number, seconds, exit status); each run's output stays in the log folder.
#
#   bash scripts/bench-test-suite.sh [--runs 5] [--beside 5] [--logs DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
beside=0
logs=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --beside) beside="$2"; shift 2 ;;
    --logs) logs="$2"; shift 2 ;;
    *) echo "usage: bash scripts/bench-test-suite.sh [--runs N] [--beside N] [--logs DIR]" >&2; exit 2 ;;
  esac
done
case "$runs$beside" in *[!0-9]*) echo "--runs and --beside take whole numbers" >&2; exit 2 ;; esac

repo="$(pwd)"
# Clones sit beside this checkout, as CI's does (git clone . ../ci-check).
parent="$(dirname "$repo")"
[ -n "$logs" ] || logs="$(mktemp -d)"
mkdir -p "$logs"
# Each clone in a folder of its own beside this checkout, all removed at the end.
bench="$(mktemp -d "$parent/akrida-bench-XXXXXX")"
trap 'rm -rf "$bench"' EXIT

fresh_clone() {
  local dir="$bench/$1"
  git clone -q "$repo" "$dir"
  printf '%s\n' "$dir"
}

echo "test suite: $runs fresh clone(s) of $(git rev-parse --short HEAD)$([ "$beside" -gt 0 ] && echo ", run $beside with another npm test beside it"); logs in $logs"
failed=0
for i in $(seq 1 "$runs"); do
  other_pid=""
  if [ "$i" -eq "$beside" ]; then
    other="$(fresh_clone "run-$i-beside")"
    # A process group of its own, so its whole tree (npm, jest's workers, Locust, moto) stops with it.
    # shellcheck disable=SC2016 # $1 is expanded by the inner bash, the clone's folder.
    setsid bash -c 'cd "$1" && bash scripts/setup.sh && npm test' bash "$other" > "$logs/run-$i-beside.log" 2>&1 &
    other_pid=$!
  fi
  start=$(date +%s)
  status=0
  dir="$(fresh_clone "run-$i")"
  (cd "$dir" && bash scripts/setup.sh && npm test) > "$logs/run-$i.log" 2>&1 || status=$?
  seconds=$(( $(date +%s) - start ))
  if [ -n "$other_pid" ]; then
    kill -TERM -- "-$other_pid" 2>/dev/null || true
    wait "$other_pid" 2>/dev/null || true
  fi
  # Each jest run's line (the main run's and the pass on this machine's Node), in one.
  tests="$(grep -E '^Tests:' "$logs/run-$i.log" | tr -s ' ' | paste -sd ';' - || true)"
  echo "run $i: ${seconds} s, exit ${status}$([ -n "$other_pid" ] && echo ', another npm test beside it') (${tests:-no jest summary})"
  [ "$status" -eq 0 ] || failed=$((failed + 1))
  rm -rf "$dir" "$bench/run-$i-beside"
done
[ "$failed" -eq 0 ] || { echo "$failed of $runs run(s) failed; see $logs" >&2; exit 1; }
