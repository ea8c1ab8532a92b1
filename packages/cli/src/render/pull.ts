/**
 * `kedja pull`: what is said on stderr after a graph was read back from Neo4j and written, as a
 * graphology JSON file or a canonical CSV folder (with a note on attributes CSV has no column for).
 */
import type { KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';
import { graphSize } from './export.js';

/** Files ending in .json get graphology JSON; anything else is a CSV folder. */
export const pullsToJson = (output: string): boolean => output.toLowerCase().endsWith('.json');

/** `from` describes the server and dataset (`describeTarget`); `dropped` are attributes the CSV format left out. */
export function renderPulled(
  graph: KedjaGraph,
  pulled: { output: string; from: string; dropped?: readonly string[] },
  lang: Lang = 'en',
): string {
  const m = messagesIn(lang).files;
  const { output, from, dropped = [] } = pulled;
  if (pullsToJson(output)) return `${m.wroteFrom(output, graphSize(graph, lang), from)}\n`;
  const note = dropped.length > 0 ? `${m.writeJson(dropped.join(', '))}\n` : '';
  return `${note}${m.wroteFrom(`${output}/`, graphSize(graph, lang), from)}\n`;
}
