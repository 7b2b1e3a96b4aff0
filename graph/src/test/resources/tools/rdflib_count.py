"""Parses an RDF file with rdflib and prints how many triples it holds, then, one per line as JSON,
every literal. usage: rdflib_count.py FILE FORMAT (turtle, json-ld, nt, xml)"""
import json
import sys

import rdflib

g = rdflib.Graph()
g.parse(sys.argv[1], format=sys.argv[2])
print(len(g))
for o in sorted({str(o) for o in g.objects() if isinstance(o, rdflib.Literal)}):
    print(json.dumps(o))
