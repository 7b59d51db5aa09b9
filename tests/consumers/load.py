"""Loads a Lineage export with a real Python consumer and prints what the consumer saw, as JSON:
{"nodes": [{"id": ..., "attrs": {...}}], "edges": [{"source": ..., "target": ..., "attrs": {...}}], "graph": {...}}
Values are normalized to text the way Lineage's flat formats write them (ints as digits, booleans true/false,
missing values left out), so the test compares them with the graph's own values.

usage: /usr/bin/python3 load.py networkx-graphml|igraph-graphml|networkx-gexf|networkx-csv FILE [EDGES_FILE]
"""
import csv
import json
import math
import sys


def text(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    value = str(value)
    return value if value != "" else None


def attrs(data):
    out = {}
    for key, value in data.items():
        value = text(value)
        if value is not None:
            out[str(key)] = value
    return out


def from_networkx(graph):
    nodes = [{"id": str(n), "attrs": attrs(d)} for n, d in graph.nodes(data=True)]
    edges = [{"source": str(u), "target": str(v), "attrs": attrs(d)} for u, v, d in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges, "graph": {"type": type(graph).__name__, "directed": graph.is_directed()}}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "networkx-graphml":
        import networkx as nx
        result = from_networkx(nx.read_graphml(path))
    elif kind == "networkx-gexf":
        import networkx as nx
        result = from_networkx(nx.read_gexf(path, node_type=str))
    elif kind == "igraph-graphml":
        import igraph
        g = igraph.Graph.Read_GraphML(path)
        names = g.vs.attributes()
        nodes = [{"id": v["id"], "attrs": attrs({k: v[k] for k in names})} for v in g.vs]
        edge_names = g.es.attributes()
        edges = [{"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"],
                  "attrs": attrs({k: e[k] for k in edge_names})} for e in g.es]
        result = {"nodes": nodes, "edges": edges, "graph": {"type": "igraph.Graph", "directed": g.is_directed()}}
    elif kind == "networkx-csv":
        import networkx as nx
        graph = nx.MultiDiGraph()
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                graph.add_node(row["symbol"], **{k: v for k, v in row.items() if v != ""})
        nodes_before = graph.number_of_nodes()
        with open(sys.argv[3], newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                graph.add_edge(row["source"], row["target"], key=row["id"], **{k: v for k, v in row.items() if v != ""})
        if graph.number_of_nodes() != nodes_before:
            raise SystemExit("the edge list names nodes the node list does not have")
        result = from_networkx(graph)
    else:
        raise SystemExit("unknown consumer " + kind)
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
