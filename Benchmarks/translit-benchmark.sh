#!/usr/bin/env bash
# Transliteration benchmark (not a test): Ukrainian news-like text under KMU 2010, side by side
# in one run:
#   triglot   `triglot translit --standard kmu-2010` (release build), reading standard input
#   translitua  the PyPI package's UkrainianKMU table (translit() on the whole input)
#   uconv     ICU's uconv -x with the very same rule file, Rules/uk-kmu-2010.txt (uncached ICU)
# Reports MB/s (input megabytes over wall time) and peak memory (/usr/bin/time -v), and checks
# that triglot's output is byte-identical to uconv's, i.e. to uncached ICU.
#
# Usage: Benchmarks/translit-benchmark.sh [MEGABYTES]   (default 12; or `make bench`)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-12}
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

python3 Benchmarks/generate-news-text.py "$megabytes" >"$work/input.txt"
bytes=$(stat -c %s "$work/input.txt")
words=$(wc -w <"$work/input.txt")
distinct=$(tr -s '[:space:][:punct:]' '\n' <"$work/input.txt" | sort -u | wc -l)
printf 'input: %.1f MB of Ukrainian news-like text, %d lines, %d words, %d distinct\n' \
  "$(echo "$bytes / 1048576" | bc -l)" "$(wc -l <"$work/input.txt")" "$words" "$distinct"
printf 'ICU %s; %s\n\n' "$(uconv --version | awk '{print $NF}' | head -1)" \
  "$(python3 -c 'import importlib.metadata as m; print("translitua " + m.version("translitua"))')"

# run NAME COMMAND…: runs COMMAND with input.txt on stdin and out.NAME as stdout, under time -v.
run() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time.$name" "$@" <"$work/input.txt" >"$work/out.$name"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.$name" |
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.$name")
  local speed
  speed=$(echo "$bytes / 1048576 / $wall" | bc -l)
  printf '%-11s %8.2f s %10.1f MB/s %9.1f MB peak\n' "$name" "$wall" "$speed" \
    "$(echo "$rss / 1024" | bc -l)"
  echo "$speed" >"$work/speed.$name"
}

printf '%-11s %10s %15s %14s\n' tool time speed memory
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
fastest_peer=$(sort -g "$work/speed.translitua" "$work/speed.uconv" | tail -1)
printf 'triglot is %.1fx the faster peer (goal: 10x)\n' \
  "$(echo "$(cat "$work/speed.triglot") / $fastest_peer" | bc -l)"
