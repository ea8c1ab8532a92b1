/**
 * `kedja push`: what a push did to the database, in two sentences. Its `--json` document is the
 * push summary as `@kedja/neo4j` returns it, so there is nothing to shape here for it.
 */
import type { Lang } from '@kedja/core/i18n';
import type { PushSummary } from '@kedja/neo4j';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';

/** `target` describes the server and dataset (`describeTarget`), never the credentials. */
export function renderPush(input: string, target: string, summary: PushSummary, lang: Lang = 'en'): string {
  const m = messagesIn(lang).files;
  const n = (value: number) => formatNumber(value, lang);
  return (
    `${m.pushed(input, target, n(summary.nodes), n(summary.edges))}\n` +
    `${m.pushChanges(
      n(summary.nodesCreated),
      n(summary.relationshipsCreated),
      n(summary.nodesUpdated),
      n(summary.relationshipsUpdated),
      n(summary.nodesRemoved),
      n(summary.relationshipsRemoved),
    )}\n`
  );
}
