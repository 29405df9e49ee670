#!/usr/bin/env bash
# Exports the WMT22 general test set files the development set is built from, out of a bare git
# snapshot of wmt-conference/wmt22-news-systems, into a folder outside the repository.
#
#   Benchmarks/devset/export-snapshot.sh GIT_DIR [OUT]      (OUT defaults to /work/devdata/wmt22)
#
# Writes OUT/txt/sources and OUT/txt/references (one sentence a line) for en-uk, en-ru, uk-en and
# ru-en, OUT/xml with the document ids and domains, and OUT/COMMIT (the snapshot's commit).
#
# Document ids: the xml files of en-uk and en-ru are not in the snapshot (4 MiB and more), but
# the English source of en-uk is byte for byte the English source of en-zh (checked below), so
# wmttest2022.en-zh.all.xml gives the documents and domains of the en-uk lines; the en-ru source
# holds the same sentences with the documents in another order, and convert-references.py finds each
# document's block in it. uk-en and ru-en have their own xml files.
#
# This is WMT22 only: never point it at a WMT23 or WMT24 test set.
set -euo pipefail

git_dir=${1:?usage: export-snapshot.sh GIT_DIR [OUT]}
out=${2:-/work/devdata/wmt22}
show() { git --git-dir="$git_dir" show "HEAD:$1"; }

mkdir -p "$out/txt/sources" "$out/txt/references" "$out/xml"
for pair in en-uk en-ru uk-en ru-en; do
  src=${pair%-*} ref=${pair#*-}
  show "txt/sources/generaltest2022.$pair.src.$src" >"$out/txt/sources/generaltest2022.$pair.src.$src"
  show "txt/references/generaltest2022.$pair.ref.A.$ref" >"$out/txt/references/generaltest2022.$pair.ref.A.$ref"
done
for pair in en-zh uk-en ru-en; do
  show "xml/wmttest2022.$pair.all.xml" >"$out/xml/wmttest2022.$pair.all.xml"
done
if ! cmp -s <(show txt/sources/generaltest2022.en-uk.src.en) <(show txt/sources/generaltest2022.en-zh.src.en); then
  echo "export-snapshot.sh: the en-uk and en-zh English sources differ; en-zh's xml cannot name en-uk's documents" >&2
  exit 1
fi
git --git-dir="$git_dir" rev-parse HEAD >"$out/COMMIT"
echo "exported WMT22 ($(cat "$out/COMMIT")) to $out"
