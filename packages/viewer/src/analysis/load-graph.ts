/**
 * The graph the server sends (graphology JSON, as `kedja export --format json` writes it) turned
 * back into a Kedja graph in the browser, and checked against the model. O(V + E).
 */
import { createKedjaGraph, hasErrors, validateGraph, type KedjaGraph } from '@kedja/core';

export function graphFromJson(data: unknown): KedjaGraph {
  const graph = createKedjaGraph();
  graph.import(data as Parameters<KedjaGraph['import']>[0]);
  const problems = validateGraph(graph);
  if (hasErrors(problems)) {
    throw new Error(`the graph is not a valid Kedja graph: ${problems.find((p) => p.severity === 'error')?.message}`);
  }
  return graph;
}

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}
