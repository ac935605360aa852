"""Counts what Python rdflib reads from an RDF file: quads for N-Quads, TriG and JSON-LD (every
named graph), triples for Turtle, N-Triples and RDF/XML. Used by ExportInteropTest as an
implementation independent of Jena. Usage: rdflib_count.py FORMAT FILE; prints the count."""
import sys

import rdflib

fmt, path = sys.argv[1], sys.argv[2]
quad_formats = {"nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
triple_formats = {"ttl": "turtle", "nt": "nt", "rdfxml": "xml"}
if fmt in quad_formats:
    g = rdflib.ConjunctiveGraph()
    g.parse(path, format=quad_formats[fmt])
    print(sum(1 for _ in g.quads((None, None, None, None))))
else:
    g = rdflib.Graph()
    g.parse(path, format=triple_formats[fmt])
    print(len(g))
