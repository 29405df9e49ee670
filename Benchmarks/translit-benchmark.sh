#!/usr/bin/env bash
# Transliteration benchmark (not a test): Ukrainian news-like text under KMU 2010, side by side
# in one run:
#   triglot   `triglot translit --standard kmu-2010` (release build), reading standard input
#   translitua  the PyPI package's UkrainianKMU table (translit() on the whole input)
#   uconv     ICU's uconv -x with the very same rule file, Rules/uk-kmu-2010.txt (uncached ICU)
# Reports MB/s (input megabytes over wall time, and over CPU time = user + system, which a busy
# shared machine disturbs less) and peak memory (/usr/bin/time -v), best of RUNS runs each, and
# checks that triglot's output is byte-identical to uconv's, i.e. to uncached ICU. It does so on
# two inputs: news-like text with a small vocabulary (which favours triglot's per-word cache) and
# the same with half its sentences naming rare people and places (hundreds of thousands of
# distinct words, the cache's hard case).
#
# Usage: Benchmarks/translit-benchmark.sh [MEGABYTES [RUNS]]   (default 32 MB, 5 runs; or
# `make bench`). SKIP_BUILD=1 uses the existing release build.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-32}
runs=${2:-5}
bin=.build/release/triglot
rules=Rules/uk-kmu-2010.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need_apt=()
command -v uconv >/dev/null || need_apt+=(icu-devtools)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v bc >/dev/null || need_apt+=(bc)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (apt-get)…" >&2
  sudo_cmd=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
if ! python3 -c 'import translitua' 2>/dev/null; then
  echo "Installing translitua (pip)…" >&2
  python3 -m pip install --quiet translitua
fi
if [ ! -x "$bin" ] || [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product triglot >&2
fi

# run NAME COMMAND…: runs COMMAND RUNS times with input.txt on stdin and out.NAME as stdout,
# under time -v, and prints the best wall time, the best CPU time and the largest peak memory.
run() {
  local name=$1
  shift
  local best_wall="" best_cpu="" rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time.$name" "$@" <"$work/input.txt" >"$work/out.$name"
    local wall cpu peak
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.$name" |
      awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$work/time.$name")
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.$name")
    if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
    if [ "$peak" -gt "$rss" ]; then rss=$peak; fi
  done
  # /usr/bin/time counts in hundredths of a second.
  best_wall=$(echo "if ($best_wall < 0.01) 0.01 else $best_wall" | bc -l)
  best_cpu=$(echo "if ($best_cpu < 0.01) 0.01 else $best_cpu" | bc -l)
  local speed cpu_speed
  speed=$(echo "$bytes / 1048576 / $best_wall" | bc -l)
  cpu_speed=$(echo "$bytes / 1048576 / $best_cpu" | bc -l)
  printf '%-11s %7.2f s %9.1f MB/s %7.2f s %9.1f MB/s %8.1f MB\n' "$name" "$best_wall" \
    "$speed" "$best_cpu" "$cpu_speed" "$(echo "$rss / 1024" | bc -l)"
  echo "$speed" >"$work/speed.$name"
  echo "$cpu_speed" >"$work/cpuspeed.$name"
}

# bench LABEL RARE_SHARE: generates the input and runs the three tools on it.
bench() {
  local label=$1 rare=$2
  python3 Benchmarks/generate-news-text.py "$megabytes" 2024 "$rare" >"$work/input.txt"
  bytes=$(stat -c %s "$work/input.txt")
  words=$(wc -w <"$work/input.txt")
  distinct=$(tr -s '[:space:][:punct:]' '\n' <"$work/input.txt" | sort -u | wc -l)
  printf '== %s\n' "$label"
  printf 'input: %.1f MB of Ukrainian news-like text, %d lines, %d words, %d distinct\n' \
    "$(echo "$bytes / 1048576" | bc -l)" "$(wc -l <"$work/input.txt")" "$words" "$distinct"
  printf '%-11s %9s %14s %9s %14s %11s\n' tool wall 'wall speed' cpu 'cpu speed' 'peak memory'
  run triglot "$bin" translit --standard kmu-2010
  run translitua python3 -c '
import sys
from translitua import translit, UkrainianKMU
sys.stdout.write(translit(sys.stdin.read(), UkrainianKMU))'
  run uconv uconv -f utf-8 -t utf-8 -x "$(cat "$rules")"

  echo
  if cmp -s "$work/out.triglot" "$work/out.uconv"; then
    echo "triglot output is byte-identical to uncached ICU (uconv -x $rules)"
  else
    echo "MISMATCH: triglot output differs from uncached ICU:" >&2
    cmp "$work/out.triglot" "$work/out.uconv" >&2 || true
    exit 1
  fi
  for kind in speed cpuspeed; do
    peer=$(sort -g "$work/$kind.translitua" "$work/$kind.uconv" | tail -1)
    basis=$([ "$kind" = speed ] && echo "wall-clock" || echo "CPU-time")
    printf 'triglot is %.1fx the faster peer by %s MB/s (goal: 10x)\n' \
      "$(echo "$(cat "$work/$kind.triglot") / $peer" | bc -l)" "$basis"
  done
}

printf 'ICU %s; %s\n\n' "$(uconv --version | awk '{print $NF}' | head -1)" \
  "$(python3 -c 'import importlib.metadata as m; print("translitua " + m.version("translitua"))')"
bench "small vocabulary (news-like, frequent words repeat)" 0
echo
bench "large vocabulary (half the sentences name rare people and places)" 0.5
