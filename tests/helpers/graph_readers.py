"""Reads one graph's files with networkx and python-igraph, as a user would, and prints what
they read as JSON for the TypeScript test to compare with the CSVs (export-graph-files.test.ts).

usage: graph_readers.py DIR KIND
"""
import json
import math
import sys

import igraph
import networkx as nx

folder, kind = sys.argv[1], sys.argv[2]
path = f"{folder}/{kind}"


def nx_summary(g):
    return {
        "directed": g.is_directed(),
        "nodes": {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
        "edges": [[s, t, d.get("weight")] for s, t, d in g.edges(data=True)],
    }


def value(v):
    """igraph gives NaN (numbers) or "" (text) where a node has no value: None, as networkx does."""
    return None if (isinstance(v, float) and math.isnan(v)) or v == "" else v


def ig_summary(g, key=None):
    """Nodes by their `key` attribute, or by number from 1 (Pajek's vertices) when None."""
    names = g.vs[key] if key else [str(i + 1) for i in range(g.vcount())]
    return {
        "directed": g.is_directed(),
        "nodes": {str(names[v.index]): {k: value(v[k]) for k in g.vs.attributes()} for v in g.vs},
        "edges": [[str(names[e.source]), str(names[e.target]), e["weight"] if "weight" in g.es.attributes() else None] for e in g.es],
    }


out = {
    "networkx": nx.__version__,
    "igraph": igraph.__version__,
    "networkx_gexf": nx_summary(nx.read_gexf(f"{path}.gexf")),
    "networkx_graphml": nx_summary(nx.read_graphml(f"{path}.graphml")),
    "igraph_graphml": ig_summary(igraph.Graph.Read_GraphML(f"{path}.graphml"), "id"),
    # Pajek vertices are numbered; igraph keeps their labels as `name`.
    "igraph_pajek": ig_summary(igraph.Graph.Read_Pajek(f"{path}.net")),
}
print(json.dumps(out, default=str))
