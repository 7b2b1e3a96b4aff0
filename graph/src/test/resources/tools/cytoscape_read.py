"""Reads Cytoscape.js JSON with Python's json module and prints, as JSON: node and edge counts, each
node's label, and edges whose ends are not nodes. usage: cytoscape_read.py FILE"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
nodes = doc["elements"]["nodes"]
edges = doc["elements"]["edges"]
ids = {n["data"]["id"] for n in nodes}
print(json.dumps({
    "nodes": len(nodes),
    "edges": len(edges),
    "labels": {n["data"]["id"]: n["data"]["label"] for n in nodes},
    "dangling": [e["data"]["id"] for e in edges
                 if e["data"]["source"] not in ids or e["data"]["target"] not in ids],
}))
