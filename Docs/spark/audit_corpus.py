#!/usr/bin/env python3
"""Audit a corpus on a Spark cluster, with `triglot audit --manifest -` as a streaming worker.

The manifest is JSON Lines, one article a line ({"id": …, "uk": PATH, "en": PATH, "ru": PATH},
paths every executor can read, or "uk_text": TEXT …). Spark hands each partition's lines to one
triglot process through RDD.pipe(); triglot answers every line with one JSON line, in order, as
soon as it is done, so the results line up with the manifest. The job writes the result lines
to OUTPUT (a folder of part files, as saveAsTextFile does) and prints a summary.

    spark-submit Docs/spark/audit_corpus.py manifest.jsonl results/ --triglot /usr/local/bin/triglot
    python3 Docs/spark/audit_corpus.py --master 'local[2]' manifest.jsonl results/

triglot must be installed on every executor (`make install`), or shipped with
`spark-submit --files triglot` and named by its path here.
"""
import argparse
import json
import shlex

from pyspark.sql import SparkSession


def summarise(result_lines):
    """Totals over the result lines: articles, failures, articles that fail the gate, findings
    by severity."""
    totals = {"articles": 0, "failed": 0, "fails": 0, "error": 0, "warning": 0, "info": 0}
    for line in result_lines:
        result = json.loads(line)
        if "error" in result:
            totals["failed"] += 1
            continue
        totals["articles"] += 1
        totals["fails"] += int(result["fails"])
        for finding in result["findings"]:
            totals[finding["severity"]] += 1
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest", help="the manifest (JSON Lines), any path Spark reads")
    parser.add_argument("output", help="the folder to write the result lines to")
    parser.add_argument("--triglot", default="triglot", help="the triglot binary on the executors")
    parser.add_argument("--master", help="the Spark master (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, help="how many partitions (triglot processes)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="articles each triglot process audits at once (default 1: Spark "
                             "already runs one process per core)")
    arguments = parser.parse_args()

    builder = SparkSession.builder.appName("triglot-audit")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    manifest = spark.sparkContext.textFile(arguments.manifest, minPartitions=arguments.partitions)
    command = [arguments.triglot, "audit", "--manifest", "-", "--quiet", "--jobs", str(arguments.jobs)]
    results = manifest.filter(lambda line: line.strip()).pipe(shlex.join(command))
    results.cache()
    results.saveAsTextFile(arguments.output)
    totals = summarise(results.toLocalIterator())
    print(json.dumps(totals, sort_keys=True))
    spark.stop()


if __name__ == "__main__":
    main()
