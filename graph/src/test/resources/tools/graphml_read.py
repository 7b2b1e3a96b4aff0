"""Reads GraphML with networkx and prints, as JSON: node and edge counts, each node's label, and
each edge's reason. usage: graphml_read.py FILE"""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
    "depths": {n: d.get("depth") for n, d in g.nodes(data=True)},
    "reasons": {s + " -> " + t: d["reason"] for s, t, d in g.edges(data=True) if "reason" in d},
}))
