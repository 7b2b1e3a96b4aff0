#!/usr/bin/env bash
# Bounded load test of 'mlpath serve' on loopback: 16 connections for 30 s (after a 10 s warm-up)
# against the path API and a SPARQL SELECT, with wrk (Debian package 'wrk').
# Usage: bench/server-load.sh   (from the repository root; stops the server it started on exit)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-server.sh
start_server /tmp/mlpath-serve-load.log 60
path="http://127.0.0.1:$port/api/path?goal=activation-functions&known=python-basics"
sparql=$(sparql_select_url)
for url in "$path" "$sparql"; do
  echo "== $url"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c16 -d10s "$url" >/dev/null
  wrk -t2 -c16 -d30s --latency "$url"
done
