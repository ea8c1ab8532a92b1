/**
 * `kedja push`: what a push did to the database, in two sentences. Its `--json` document is the
 * push summary as `@kedja/neo4j` returns it, so there is nothing to shape here for it.
 */
import type { PushSummary } from '@kedja/neo4j';

import { formatNumber as n } from '../output/table.js';

/** `target` describes the server and dataset (`describeTarget`), never the credentials. */
export function renderPush(input: string, target: string, summary: PushSummary): string {
  return (
    `Pushed ${input} to ${target}: ${n(summary.nodes)} nodes, ${n(summary.edges)} edges.\n` +
    `Created ${n(summary.nodesCreated)} nodes and ${n(summary.relationshipsCreated)} relationships, ` +
    `updated ${n(summary.nodesUpdated)} and ${n(summary.relationshipsUpdated)}, ` +
    `removed ${n(summary.nodesRemoved)} and ${n(summary.relationshipsRemoved)}.\n`
  );
}
