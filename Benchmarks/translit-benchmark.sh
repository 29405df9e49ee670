#!/usr/bin/env bash
# Transliteration and normalization benchmark (not a test), side by side in one run:
#   triglot     `triglot translit` (release build), reading standard input
#   translitua  the PyPI package's table for the same standard (translit() on the whole input)
#   uconv       ICU's uconv -x with the very same rule file, Rules/<lang>-<standard>.txt
#               (uncached ICU)
# Reports MB/s (input megabytes over wall time, and over CPU time = user + system, which a busy
# shared machine disturbs less) and peak memory (/usr/bin/time -v), best of RUNS runs each, and
# checks that triglot's output is byte-identical to uconv's, i.e. to uncached ICU.
#
# Generated text: Ukrainian news-like text under KMU 2010 with a small vocabulary (which favours
# triglot's per-word cache) and the same with half its sentences naming rare people and places
# (hundreds of thousands of distinct words, the cache's hard case).
#
# Real text, when WMT22 names the WMT22 general test set snapshot (the folder holding
# txt/sources and txt/references; skipped with the reason otherwise): its Ukrainian (uk-en
# sources, en-uk references) under KMU 2010 against translitua's UkrainianKMU, and its Russian
# (ru-en sources, en-ru references) under ISO 9 against translitua's RussianISO9SystemA, each
# repeated up to MEGABYTES; and `triglot normalize` (display mode) on both against
# `uconv -x any-nfc`, the part of it that ICU does (NFC only, so the outputs differ wherever
# normalize repairs something). The text is read where it lies and never copied into the
# repository.
#
# Usage: Benchmarks/translit-benchmark.sh [MEGABYTES [RUNS]]   (default 32 MB, 5 runs; or
# `make bench`). SKIP_BUILD=1 uses the existing release build.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-32}
runs=${2:-5}
bin=.build/release/triglot
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

# run NAME COMMAND…: runs COMMAND RUNS times with input.txt on stdin, out.NAME as stdout and
# err.NAME as stderr, under time -v, and prints the best wall time, the best CPU time and the
# largest peak memory.
run() {
  local name=$1
  shift
  local best_wall="" best_cpu="" rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time.$name" "$@" <"$work/input.txt" >"$work/out.$name" \
      2>"$work/err.$name"
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

# describe LABEL: prints LABEL and the size and vocabulary of input.txt, and the table's header.
describe() {
  bytes=$(stat -c %s "$work/input.txt")
  local words distinct
  words=$(wc -w <"$work/input.txt")
  distinct=$(tr -s '[:space:][:punct:]' '\n' <"$work/input.txt" | sort -u | wc -l)
  printf '== %s\n' "$1"
  printf 'input: %.1f MB, %d lines, %d words, %d distinct\n' \
    "$(echo "$bytes / 1048576" | bc -l)" "$(wc -l <"$work/input.txt")" "$words" "$distinct"
  printf '%-11s %9s %14s %9s %14s %11s\n' tool wall 'wall speed' cpu 'cpu speed' 'peak memory'
}

# ratios NAME GOAL PEER…: prints NAME's MB/s as a multiple of the fastest PEER's, by wall and CPU
# time, with GOAL (e.g. "(goal: 10x)", or "").
ratios() {
  local name=$1 goal=$2 kind peer basis
  shift 2
  for kind in speed cpuspeed; do
    peer=$(for other in "$@"; do cat "$work/$kind.$other"; done | sort -g | tail -1)
    basis=$([ "$kind" = speed ] && echo "wall-clock" || echo "CPU-time")
    printf '%s is %.1fx the faster peer by %s MB/s %s\n' "$name" \
      "$(echo "$(cat "$work/$kind.$name") / $peer" | bc -l)" "$basis" "$goal"
  done
}

# translit LABEL LANG STANDARD TRANSLITUA_TABLE: the three transliterators on input.txt.
translit() {
  local label=$1 lang=$2 standard=$3 table=$4
  local rules=Rules/$lang-$standard.txt
  describe "$label"
  run triglot "$bin" translit --lang "$lang" --standard "$standard"
  run translitua python3 -c "
import sys
from translitua import translit, $table
sys.stdout.write(translit(sys.stdin.read(), $table))"
  run uconv uconv -f utf-8 -t utf-8 -x "$(cat "$rules")"
  echo
  if cmp -s "$work/out.triglot" "$work/out.uconv"; then
    echo "triglot output is byte-identical to uncached ICU (uconv -x $rules)"
  else
    echo "MISMATCH: triglot output differs from uncached ICU (uconv -x $rules):"
    cmp "$work/out.triglot" "$work/out.uconv" || true
    status=1
  fi
  ratios triglot '(goal: 10x)' translitua uconv
}

# normalize LABEL: triglot normalize (display) against uconv's NFC on input.txt.
normalize() {
  describe "$1"
  run normalize "$bin" normalize
  run uconv-nfc uconv -f utf-8 -t utf-8 -x any-nfc
  echo
  printf 'normalize repaired %d places (uconv-nfc does NFC only)\n' \
    "$(grep -c . "$work/err.normalize" || true)"
  ratios normalize '' uconv-nfc
}

# repeat FILE…: input.txt is the FILEs one after another, repeated up to MEGABYTES.
repeat() {
  cat "$@" >"$work/once.txt"
  : >"$work/input.txt"
  while [ "$(stat -c %s "$work/input.txt")" -lt $((megabytes * 1048576)) ]; do
    cat "$work/once.txt" >>"$work/input.txt"
  done
  printf '(%s, %.2f MB, repeated %d times)\n' "$*" \
    "$(echo "$(stat -c %s "$work/once.txt") / 1048576" | bc -l)" \
    "$(($(stat -c %s "$work/input.txt") / $(stat -c %s "$work/once.txt")))"
}

status=0
printf 'ICU %s; %s\n\n' "$(uconv --version | awk '{print $NF}' | head -1)" \
  "$(python3 -c 'import importlib.metadata as m; print("translitua " + m.version("translitua"))')"
python3 Benchmarks/generate-news-text.py "$megabytes" 2024 0 >"$work/input.txt"
translit "generated, small vocabulary (news-like, frequent words repeat)" uk kmu-2010 UkrainianKMU
echo
python3 Benchmarks/generate-news-text.py "$megabytes" 2024 0.5 >"$work/input.txt"
translit "generated, large vocabulary (half the sentences name rare people and places)" \
  uk kmu-2010 UkrainianKMU

wmt=${WMT22:-}
uk=(txt/sources/generaltest2022.uk-en.src.uk txt/references/generaltest2022.en-uk.ref.A.uk)
ru=(txt/sources/generaltest2022.ru-en.src.ru txt/references/generaltest2022.en-ru.ref.A.ru)
echo
if [ -z "$wmt" ]; then
  echo "skipped real text: set WMT22 to the WMT22 general test set snapshot (txt/sources …)"
elif ! (cd "$wmt" && ls "${uk[@]}" "${ru[@]}" >/dev/null 2>&1); then
  echo "skipped real text: $wmt lacks ${uk[*]} ${ru[*]}"
else
  repeat "${uk[@]/#/$wmt/}"
  translit "real text: WMT22 Ukrainian, KMU 2010" uk kmu-2010 UkrainianKMU
  echo
  normalize "real text: WMT22 Ukrainian, normalize"
  echo
  repeat "${ru[@]/#/$wmt/}"
  translit "real text: WMT22 Russian, ISO 9" ru iso-9 RussianISO9SystemA
  echo
  normalize "real text: WMT22 Russian, normalize"
fi
exit $status
