#!/usr/bin/env bash
# Bounded load test of 'mlpath serve' on loopback: 16 connections for 30 s (after a 10 s warm-up)
# against the path API and a SPARQL SELECT, with wrk (Debian package 'wrk').
# Usage: bench/server-load.sh   (from the repository root; stops the server it started on exit)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./mlpath --version >/dev/null
./mlpath serve --port "$port" >/tmp/mlpath-serve-load.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$port/api/topic?name=derivatives" >/dev/null && break
  sleep 1
done
path="http://127.0.0.1:$port/api/path?goal=activation-functions&known=python-basics"
select="PREFIX mlp: <https://w3id.org/mlpath/ns#> PREFIX topic: <https://w3id.org/mlpath/topic/> SELECT ?t WHERE { topic:activation-functions mlp:requires+ ?t }"
sparql="http://127.0.0.1:$port/ds/sparql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$select")"
for url in "$path" "$sparql"; do
  echo "== $url"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c16 -d10s "$url" >/dev/null
  wrk -t2 -c16 -d30s --latency "$url"
done
