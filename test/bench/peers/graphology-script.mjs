/**
 * The graphology peer of Kedja's end-to-end benchmark: one command's job as a Node user would script
 * it, timed by the harness as a whole process (`node graphology-script.mjs <folder> <job> [<argument>]`,
 * plain JavaScript, no build step). It parses the tables of a canonical CSV folder with
 * @fast-csv/parse, builds a graphology graph, and does the job; failures propagate with the
 * in-process peer's code (graphology-peer.mjs). Jobs and output as in pandas_networkx_peer.py:
 *
 *   validate            id checks (empty, duplicate) and reference checks (edges join existing nodes
 *                       of the right kinds, no self-loop, no duplicate edge); counts
 *   rank [<every>]      every supplier failing alone (or every <every>-th, by id, when sampling)
 *   blast <supplier>    one supplier failing
 *   metrics [<every>]   declared and effective sharing (histograms), HHI per service category
 *
 * Prints one JSON document: the peer's name, the time of each phase (ms) and the answer. O(V + E)
 * to read and build; rank O(sum of blast sizes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseFile } from '@fast-csv/parse';
import Graph from 'graphology';

import { checksum } from '../checksum.mjs';
import { GraphologyPeer } from './graphology-peer.mjs';

const NODE_TABLES = { organisations: 'organisation', services: 'service', suppliers: 'supplier' };
const EDGE_TABLES = {
  uses: { source: 'organisation', target: 'service', kind: 'uses', from: 'organisation', to: 'service' },
  contracts: { source: 'organisation', target: 'supplier', kind: 'contracts', from: 'organisation', to: 'supplier' },
  provided_by: { source: 'service', target: 'supplier', kind: 'providedBy', from: 'service', to: 'supplier' },
  subcontracts: { source: 'supplier', target: 'subcontractor', kind: 'subcontracts', from: 'supplier', to: 'supplier' },
};
const NOT_CRITICAL = new Set(['false', 'no', '0', 'nej']);

/** Every row of a table as an object of trimmed strings; a missing table has none. */
function readTable(folder, name) {
  const path = join(folder, `${name}.csv`);
  if (!existsSync(path)) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const rows = [];
    parseFile(path, { headers: true, trim: true })
      .on('data', (row) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

async function read(folder) {
  const names = [...Object.keys(NODE_TABLES), ...Object.keys(EDGE_TABLES)];
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readTable(folder, name)])));
}

/** The graph, and the id and reference problems found on the way (each counted once). */
function build(tables) {
  const graph = new Graph({ type: 'directed' });
  let problems = 0;
  for (const [name, kind] of Object.entries(NODE_TABLES)) {
    for (const row of tables[name]) {
      if (!row.id || graph.hasNode(row.id)) {
        problems++;
        continue;
      }
      const population = row.population ? Number(row.population) : undefined;
      graph.addNode(row.id, { kind, population, category: row.category || undefined });
    }
  }
  for (const [name, { source, target, kind, from, to }] of Object.entries(EDGE_TABLES)) {
    for (const row of tables[name]) {
      const s = row[source];
      const t = row[target];
      const joins =
        graph.hasNode(s) &&
        graph.hasNode(t) &&
        graph.getNodeAttribute(s, 'kind') === from &&
        graph.getNodeAttribute(t, 'kind') === to;
      if (!joins || s === t || graph.hasEdge(s, t)) {
        problems++;
        continue;
      }
      const attributes = { kind, alternatives: row.alternatives || undefined };
      if (kind === 'uses' || kind === 'contracts') {
        attributes.critical = !NOT_CRITICAL.has((row.critical ?? '').toLowerCase());
      }
      graph.addEdge(s, t, attributes);
    }
  }
  return { graph, problems };
}

const suppliersById = (graph) =>
  graph.filterNodes((_node, attributes) => attributes.kind === 'supplier').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The ids of the sources of `node`'s in-edges of one kind. */
function dependents(graph, node, kind) {
  const sources = new Set();
  graph.forEachInEdge(node, (_edge, attributes, source) => {
    if (attributes.kind === kind) sources.add(source);
  });
  return sources;
}

function histogram(values) {
  const counts = new Map();
  for (const n of values) if (n >= 1) counts.set(n, (counts.get(n) ?? 0) + 1);
  return Object.fromEntries([...counts.keys()].sort((a, b) => a - b).map((n) => [String(n), counts.get(n)]));
}

/** Per category: the HHI of suppliers' shares of the organisations using a service they provide directly. */
function hhiByCategory(graph) {
  const markets = new Map(); // category → supplier → organisations
  graph.forEachNode((service, attributes) => {
    if (attributes.kind !== 'service' || !attributes.category) return;
    const organisations = dependents(graph, service, 'uses');
    if (organisations.size === 0) return;
    const market = markets.get(attributes.category) ?? new Map();
    markets.set(attributes.category, market);
    graph.forEachOutEdge(service, (_edge, edge, _source, supplier) => {
      if (edge.kind !== 'providedBy') return;
      const served = market.get(supplier) ?? new Set();
      market.set(supplier, served);
      for (const organisation of organisations) served.add(organisation);
    });
  });
  const result = {};
  for (const [category, market] of [...markets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sizes = [...market.values()].map((served) => served.size);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const hhi = total === 0 ? 0 : sizes.reduce((sum, size) => sum + ((100 * size) / total) ** 2, 0);
    result[category] = Math.round(hhi * 10) / 10;
  }
  return result;
}

function metrics(graph, every) {
  const suppliers = suppliersById(graph);
  const declared = suppliers.map((supplier) => {
    const organisations = dependents(graph, supplier, 'contracts');
    for (const service of dependents(graph, supplier, 'providedBy')) {
      for (const organisation of dependents(graph, service, 'uses')) organisations.add(organisation);
    }
    return organisations.size;
  });
  const peer = new GraphologyPeer(graph);
  const effective = suppliers.filter((_s, i) => i % every === 0).map((s) => peer.blast([s]).organisations);
  return {
    declared: histogram(declared),
    effective: every === 1 ? histogram(effective) : null,
    hhiByCategory: hhiByCategory(graph),
  };
}

function job(name, graph, problems, argument) {
  if (name === 'validate') {
    const counts = {
      organisations: 0,
      services: 0,
      suppliers: 0,
      uses: 0,
      contracts: 0,
      providedBy: 0,
      subcontracts: 0,
    };
    graph.forEachNode((_node, attributes) => counts[`${attributes.kind}s`]++);
    graph.forEachEdge((_edge, attributes) => counts[attributes.kind]++);
    return { problems, counts };
  }
  if (name === 'rank') {
    const every = Number(argument ?? 1);
    const peer = new GraphologyPeer(graph);
    const sample = suppliersById(graph).filter((_s, i) => i % every === 0);
    return { checksum: checksum(new Map(sample.map((s) => [s, peer.blast([s])]))) };
  }
  if (name === 'blast')
    return { checksum: checksum(new Map([[argument, new GraphologyPeer(graph).blast([argument])]])) };
  if (name === 'metrics') return metrics(graph, Number(argument ?? 1));
  throw new Error(`unknown job ${name}; use validate, rank, blast or metrics`);
}

const [folder, name, argument] = process.argv.slice(2);
let started = performance.now();
const tables = await read(folder);
const readMs = performance.now() - started;
started = performance.now();
const { graph, problems } = build(tables);
const buildMs = performance.now() - started;
started = performance.now();
const answer = job(name, graph, problems, argument);
const jobMs = performance.now() - started;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('graphology')), 'utf8'));
console.log(JSON.stringify({ peer: `graphology ${version}`, job: name, readMs, buildMs, jobMs, ...answer }));
