/**
 * The graph the server sends (graphology JSON, as `kedja export --format json` writes it) turned
 * back into a Kedja graph in the browser, and checked against the model. O(V + E).
 */
import { createKedjaGraph, hasErrors, validateGraph, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';

import { VIEWER_MESSAGES } from '../i18n/index.js';

/** The graph, or an error saying (in `lang`) what is wrong with it; the model's own message stays English. */
export function graphFromJson(data: unknown, lang: Lang = 'en'): KedjaGraph {
  const graph = createKedjaGraph();
  graph.import(data as Parameters<KedjaGraph['import']>[0]);
  const problems = validateGraph(graph);
  if (hasErrors(problems)) {
    const problem = problems.find((p) => p.severity === 'error')?.message ?? '';
    throw new Error(VIEWER_MESSAGES[lang].page.invalidGraph(problem));
  }
  return graph;
}

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}
