# Sourced by the server benchmarks (server-load.sh, server-memory.sh), from the repository root:
# start_server LOG TRIES starts 'mlpath serve' through the launcher on a free loopback port, logging
# to LOG, stops it when the calling script exits, and waits up to TRIES seconds for it to answer.
# Sets port (the port) and server (the launcher's process id).
start_server() {
  command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 2; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ./mlpath --version >/dev/null
  ./mlpath serve --port "$port" >"$1" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq "$2"); do
    curl -sf "http://127.0.0.1:$port/api/topic?name=derivatives" >/dev/null && return 0
    sleep 1
  done
}

# The SPARQL SELECT both benchmarks ask: every prerequisite of activation-functions.
sparql_select_url() {
  local select="PREFIX mlp: <https://w3id.org/mlpath/ns#> PREFIX topic: <https://w3id.org/mlpath/topic/> SELECT ?t WHERE { topic:activation-functions mlp:requires+ ?t }"
  echo "http://127.0.0.1:$port/ds/sparql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$select")"
}
