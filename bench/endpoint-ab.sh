#!/usr/bin/env bash
# Two builds of mlpath side by side on `path --endpoint`, alternately in the same minutes: each
# endpoint URL given is asked by the other build (BASE_ROOT) and by this checkout's, RUNS times
# each, under /usr/bin/time (wall, CPU, peak RSS), the load average read before each run, and each
# output compared with the first one. Lines go to WORK/endpoint-ab.txt.
#
#   bench/endpoint-ab.sh BASE_ROOT GOAL RUNS WORK URL...
#   bench/endpoint-ab.sh /work/tmp/base-endpoint topic-0795406 2 /tmp/ep \
#     'http://127.0.0.1:8890/sparql?default-graph-uri=urn:mlpath:g1m' http://127.0.0.1:3030/ds/sparql
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="$1"
goal="$2"
runs="$3"
work="$4"
shift 4
mkdir -p "$work"
out="$work/endpoint-ab.txt"
"$root/mlpath" --version >/dev/null # builds the launcher's jar and its CDS archive first
"$base/mlpath" --version >/dev/null
echo "== $(date -u +%FT%TZ) new=$(git -C "$root" rev-parse --short HEAD) nproc=$(nproc)" | tee -a "$out"
n=0
for url in "$@"; do
  n=$((n + 1))
  for i in $(seq 1 "$runs"); do
    for build in base new; do
      bin="$root/mlpath"
      [ "$build" = base ] && bin="$base/mlpath"
      load=$(cut -d' ' -f1 /proc/loadavg)
      answer="$work/endpoint$n-$build-$i.out"
      /usr/bin/time -f "endpoint$n $build %e s wall, %U+%S s CPU, %M KB, exit %x, load $load" \
        -a -o "$out" "$bin" path --endpoint "$url" --goal "$goal" --timeout 300 >"$answer" 2>/dev/null || true
      cmp -s "$answer" "$work/endpoint1-base-1.out" || echo "  endpoint$n $build $i: output differs" >>"$out"
    done
  done
done
tail -n $((2 * runs * n)) "$out"
