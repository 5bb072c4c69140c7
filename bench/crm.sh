#!/usr/bin/env bash
# CRM benchmark (issue 3 §12): bulk data on Derby or PostgreSQL, p50/p95 of the real crm-impl services.
#   bench/crm.sh [derby|postgresql] [--small] [--drop] [--fresh] [--iterations N] [--customers N] ...
# Needs crm-impl and its dependencies installed in the local Maven repository (mvn install).
# Data is generated once per database and size and kept (Derby: bench/crm-bench/target/crm-derby-<size>,
# PostgreSQL: schema crm_bench_<size> in jdbc:postgresql://127.0.0.1:5432/test); --drop deletes it at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db="${1:-derby}"
[ $# -gt 0 ] && shift
case "$db" in derby|postgresql) ;; *) echo "usage: $0 [derby|postgresql] [--small] [--drop] [--fresh] [--iterations N]" >&2; exit 2;; esac
cd "$here/crm-bench"
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  || mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# snapshot the project's jars: a parallel "mvn install" must not swap classes under a long run
mkdir -p "target/lib-$db"
rm -rf "target/lib-$db/classes" && cp -r target/classes "target/lib-$db/classes"
cp=""
IFS=: read -r -a jars < target/classpath.txt || true
for jar in "${jars[@]}"; do
  case "$jar" in
    */org/atrium/*) cp -f "$jar" "target/lib-$db/" && cp="$cp:target/lib-$db/$(basename "$jar")" ;;
    *) cp="$cp:$jar" ;;
  esac
done
exec java ${CRM_BENCH_JAVA_OPTS:-} -Xmx${CRM_BENCH_HEAP:-2g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/lib-$db/classes$cp" org.atrium.bench.crm.CrmBench "$db" "$@"
