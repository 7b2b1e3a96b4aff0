#!/usr/bin/env bash
# The figures of issue 10 on the 1M-topic synthetic curriculum, each beside its baseline in the
# same run: Jena's own parse into a counting sink (riot --count), Jena's tdb2.tdbloader, and a JVM
# that prints one line. Every step runs under /usr/bin/time -v; the lines kept are wall time and
# peak RSS. Heavy: about 6 GB of disk under $WORK and several minutes of both cores; run it alone.
#
#   bench/issue10.sh [WORK]      # WORK defaults to /tmp/mlpath-issue10; results in WORK/results.txt
#   TOPICS=10000 GOAL=topic-0009701 bench/issue10.sh /tmp/small   # a quick try of the script
#
# Needs the launcher's build (./mlpath builds it), bench/target/benchmarks.jar
# (mvn -B -ntp -q -pl bench -am package -DskipTests) and jena-cmds 5.6.0 in ~/.m2 (riot, tdbloader).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/mlpath-issue10}"
mkdir -p "$work"
out="$work/results.txt"
cmds="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar"
cp="$root/cli/target/lib/*:$cmds"
export MLPATH_CACHE_DIR="$work/cache"
topics="${TOPICS:-1000000}"
data="$work/g$topics.nt"
goal="${GOAL:-topic-0795406}"

measure() { # NAME COMMAND...: one line "NAME wall=S rss=MB exit=N"
  local name=$1; shift
  local log="$work/$name.time"
  set +e
  /usr/bin/time -v "$@" >"$work/$name.out" 2>"$log"
  local code=$?
  set -e
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{printf "%.0f", $NF/1024}')
  echo "$name wall=$wall rss=${rss}MB exit=$code load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
}

echo "== $(date -u +%FT%TZ) $(git -C "$root" rev-parse --short HEAD) nproc=$(nproc)" | tee -a "$out"
"$root/mlpath" --version >/dev/null # builds the launcher's jar and its CDS archive
if [ ! -s "$data" ]; then
  java -cp "$root/bench/target/benchmarks.jar" io.github.mlpath.bench.Generate \
    --topics "$topics" --seed 42 >"$data"
fi
echo "data $(wc -l <"$data") triples, $(du -m "$data" | cut -f1) MB" | tee -a "$out"
rm -rf "$MLPATH_CACHE_DIR" "$work/tdb-jena" "$work/tdb-mlpath"

measure parse-riot-count java -cp "$cp" riotcmd.riot --count "$data"
measure path-first "$root/mlpath" path --data "$data" --goal "$goal"
measure path-warm "$root/mlpath" path --data "$data" --goal "$goal"
measure parse-riot-count-2 java -cp "$cp" riotcmd.riot --count "$data"
measure validate env MLPATH_CACHE_DIR=off "$root/mlpath" validate "$data"
measure tdbloader java -cp "$cp" tdb2.tdbloader --loc "$work/tdb-jena" "$data"
measure load "$root/mlpath" load --store "$work/tdb-mlpath" "$data"
measure path-store "$root/mlpath" path --store "$work/tdb-mlpath" --goal "$goal"
measure path-store-2 "$root/mlpath" path --store "$work/tdb-mlpath" --goal "$goal"

# The same store served by Fuseki (mlpath serve), planned on through --endpoint.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$root/mlpath" serve --store "$work/tdb-mlpath" --port "$port" --timeout 300 >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 600); do grep -q serving "$work/serve.out" && break; sleep 1; done
measure path-endpoint-fuseki "$root/mlpath" path --endpoint "http://127.0.0.1:$port/ds/sparql" --goal "$goal"
measure path-endpoint-fuseki-2 "$root/mlpath" path --endpoint "http://127.0.0.1:$port/ds/sparql" --goal "$goal"
kill "$server"; wait "$server" 2>/dev/null || true

# Bundled curriculum against a JVM that prints one line, alternately, 11 runs each; medians.
hello="$work/Hello.java"
echo 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }' >"$hello"
javac -d "$work" "$hello"
: >"$work/alternate.txt"
for i in $(seq 1 11); do
  /usr/bin/time -f "jvm %e" -a -o "$work/alternate.txt" java -cp "$work" Hello >/dev/null
  /usr/bin/time -f "mlpath %e" -a -o "$work/alternate.txt" "$root/mlpath" path --goal backpropagation >/dev/null
  MLPATH_CDS=off /usr/bin/time -f "nocds %e" -a -o "$work/alternate.txt" "$root/mlpath" path --goal backpropagation >/dev/null
done
for who in jvm mlpath nocds; do
  echo "bundled-$who median=$(grep "^$who " "$work/alternate.txt" | awk '{print $2}' | sort -n | sed -n 6p)s" | tee -a "$out"
done
