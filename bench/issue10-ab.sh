#!/usr/bin/env bash
# Two builds of mlpath side by side, alternately in the same minutes, on the short figures of
# issue 10: the warm `path --data` on a large file (each build's cache is built first, untimed)
# and the bundled `path --goal backpropagation` beside a JVM that prints one line. Wall, CPU
# (user + system) and peak RSS come from /usr/bin/time; the load average is read before each run.
#
#   bench/issue10-ab.sh BASE_ROOT DATA GOAL [RUNS] [WORK]
#   bench/issue10-ab.sh /tmp/main-checkout /tmp/mlpath-issue10/g1000000.nt topic-0795406 5
#
# BASE_ROOT is another checkout (or a copy of its launcher and cli/target) whose ./mlpath is
# already built; this checkout's ./mlpath is the other build. Medians go to WORK/ab.txt. DATA `-`
# skips the warm runs (only the bundled path beside the JVM hello, 2 * RUNS + 1 of each); the two
# builds' outputs of the bundled path are compared byte for byte first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="$1"
data="$2"
goal="$3"
runs="${4:-5}"
work="${5:-/tmp/mlpath-ab}"
mkdir -p "$work"
export MLPATH_CACHE_DIR="$work/cache"
raw="$work/ab-raw.txt"
: >"$raw"

one() { # NAME COMMAND...: one line "NAME wall cpu rssMB load" in the raw file
  local name=$1 load
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "$name %e %U %S %M $load" -a -o "$raw" "$@" >/dev/null 2>&1 || true
}

hello="$work/Hello.java"
echo 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }' >"$hello"
javac -d "$work" "$hello"
"$base/mlpath" path --goal backpropagation >"$work/bundled-base.out"
"$root/mlpath" path --goal backpropagation >"$work/bundled-new.out"
cmp "$work/bundled-base.out" "$work/bundled-new.out"
warm=(warm-base warm-new)
if [ "$data" = - ]; then
  warm=()
else
  "$base/mlpath" path --data "$data" --goal "$goal" >/dev/null
  "$root/mlpath" path --data "$data" --goal "$goal" >/dev/null
  for _ in $(seq 1 "$runs"); do
    one warm-base "$base/mlpath" path --data "$data" --goal "$goal"
    one warm-new "$root/mlpath" path --data "$data" --goal "$goal"
  done
fi
for _ in $(seq 1 $((2 * runs + 1))); do
  one jvm-hello java -Xshare:auto -cp "$work" Hello
  one bundled-base "$base/mlpath" path --goal backpropagation
  one bundled-new "$root/mlpath" path --goal backpropagation
done
median() { # NAME AWK-EXPRESSION: the median of the expression over NAME's runs
  grep "^$1 " "$raw" | awk "{ print $2 }" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
{
  echo "== $(date -u +%FT%TZ) new=$(git -C "$root" rev-parse --short HEAD) nproc=$(nproc)"
  for n in "${warm[@]}" jvm-hello bundled-base bundled-new; do
    echo "$n runs=$(grep -c "^$n " "$raw") median wall=$(median "$n" '$2')s" \
      "cpu=$(median "$n" '$3 + $4')s rss=$(median "$n" 'int($5 / 1024)')MB load=$(median "$n" '$6')"
  done
} | tee -a "$work/ab.txt"
