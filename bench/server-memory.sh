#!/usr/bin/env bash
# The server's memory under SPARQL load: starts 'mlpath serve' (through the launcher, so with the
# JVM options it chooses for serve, plus MLPATH_JAVA_OPTS), warms up for 10 s, then runs wrk with
# 2 threads and 16 connections for 30 s on a SPARQL SELECT while sampling the server's RSS every
# second; prints wrk's summary and the peak RSS. Needs wrk (Debian package 'wrk').
# Usage: bench/server-memory.sh            (from the repository root)
#        MLPATH_JAVA_OPTS='-Xmx2g' bench/server-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-server.sh
start_server /tmp/mlpath-serve-memory.log 90
pid=$(pgrep -P "$server" java || echo "$server")
echo "JVM: $(tr "\0" " " < /proc/$pid/cmdline | sed "s/ -jar .*//")"
url=$(sparql_select_url)
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
