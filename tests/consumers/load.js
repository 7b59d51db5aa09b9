// Loads a Lineage export with a real JavaScript consumer and prints what it saw, as JSON (same shape as load.py):
// {"nodes":[{"id","attrs"}],"edges":[{"source","target","attrs"}],"graph":{...}}; values normalized to text.
//
// usage (from tests/consumers, after npm ci): node load.js cytoscape|graphology-gexf|graphology-graphml FILE
'use strict';
const fs = require('fs');

function text(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isNaN(value) ? null : String(value);
  if (Array.isArray(value)) return value.map(String).join(';');
  const s = String(value);
  return s === '' ? null : s;
}

function attrs(data) {
  const out = {};
  for (const [key, value] of Object.entries(data)) {
    const t = text(value);
    if (t !== null) out[key] = t;
  }
  return out;
}

function fromGraphology(graph) {
  const nodes = [];
  graph.forEachNode((node, a) => nodes.push({ id: node, attrs: attrs(a) }));
  const edges = [];
  graph.forEachEdge((edge, a, source, target) => edges.push({ source, target, attrs: attrs(a) }));
  return { nodes, edges, graph: { type: graph.type, multi: graph.multi } };
}

const [kind, file] = process.argv.slice(2);
const content = fs.readFileSync(file, 'utf8');
let result;
if (kind === 'cytoscape') {
  const cytoscape = require('cytoscape');
  const json = JSON.parse(content);
  // cytoscape() throws on an edge whose source or target is missing.
  const cy = cytoscape({ headless: true, elements: json.elements });
  result = {
    nodes: cy.nodes().map((n) => ({ id: n.id(), attrs: attrs(n.data()) })),
    edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), attrs: attrs(e.data()) })),
    graph: { type: 'cytoscape', elements: cy.elements().length },
  };
} else if (kind === 'graphology-gexf') {
  const { MultiDirectedGraph } = require('graphology');
  const gexf = require('graphology-gexf');
  result = fromGraphology(gexf.parse(MultiDirectedGraph, content));
} else if (kind === 'graphology-graphml') {
  const { MultiDirectedGraph } = require('graphology');
  const graphml = require('graphology-graphml');
  result = fromGraphology(graphml.parse(MultiDirectedGraph, content));
} else {
  throw new Error('unknown consumer ' + kind);
}
process.stdout.write(JSON.stringify(result));
