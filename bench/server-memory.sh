#!/usr/bin/env bash
# The server's memory under SPARQL load: starts 'mlpath serve' (through the launcher, so with the
# JVM options it chooses for serve, plus MLPATH_JAVA_OPTS), warms up for 10 s, then runs wrk with
# 2 threads and 16 connections for 30 s on a SPARQL SELECT while sampling the server's RSS every
# second; prints wrk's summary and the peak RSS. Needs wrk (Debian package 'wrk').
# Usage: bench/server-memory.sh            (from the repository root)
#        MLPATH_JAVA_OPTS='-Xmx2g' bench/server-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./mlpath --version >/dev/null
./mlpath serve --port "$port" >/tmp/mlpath-serve-memory.log 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
for _ in $(seq 90); do
  curl -sf "http://127.0.0.1:$port/api/topic?name=derivatives" >/dev/null && break
  sleep 1
done
pid=$(pgrep -P "$launcher" java || echo "$launcher")
echo "JVM: $(tr "\0" " " < /proc/$pid/cmdline | sed "s/ -jar .*//")"
select="PREFIX mlp: <https://w3id.org/mlpath/ns#> PREFIX topic: <https://w3id.org/mlpath/topic/> SELECT ?t WHERE { topic:activation-functions mlp:requires+ ?t }"
url="http://127.0.0.1:$port/ds/sparql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$select")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS at start: $(($(ps -o rss= -p "$pid") / 1024)) MB"
wrk -t2 -c16 -d10s "$url" >/dev/null
peak=0
( while kill -0 "$pid" 2>/dev/null; do ps -o rss= -p "$pid"; sleep 1; done ) > /tmp/mlpath-serve-rss.txt &
sampler=$!
wrk -t2 -c16 -d30s --latency "$url"
kill $sampler 2>/dev/null || true
peak=$(sort -n /tmp/mlpath-serve-rss.txt | tail -1)
echo "RSS peak during the 30 s: $((peak / 1024)) MB; at the end: $(($(ps -o rss= -p "$pid") / 1024)) MB"
