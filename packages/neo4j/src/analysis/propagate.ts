/**
 * Failure propagation in the database, driven from the client in synchronous rounds: round k is
 * one Cypher query (cypher.ts ROUND) that, given the pairs that failed in round k - 1 and every
 * failure so far, returns the services and suppliers that fail in round k; the client adds them
 * with tier k and sends the next round, until a round adds nothing (the least fixed point). Many
 * scenarios run side by side in the same rounds, so the systemic ranking needs as many queries as
 * its deepest cascade, not one per supplier.
 *
 * What stays in the client between rounds is only the failed set (element ids and tiers); the
 * graph, the traversal and the need checks stay in the database. Cost per round: the out-edges
 * of the dependents of the last round's failures. A round's frontier goes to the server in chunks
 * of at most `queryBatchSize` pairs (memory.ts), so no query's memory grows with the whole frontier.
 */
import { dataRecord } from '@kedja/core';
import type { ManagedTransaction } from 'neo4j-driver';

import { ROUND, type Bound } from './cypher.js';
import { chunks } from './memory.js';

export interface FailedAsset {
  /** Neo4j element id (valid for the transaction that found it). */
  eid: string;
  id: string;
  service: boolean;
  /** 0 for scenario members, k for a failure of round k. */
  tier: number;
}

export interface Propagation {
  /** `scenario|elementId` -> tier, for every failed pair (the `$failed` parameter of later queries). */
  failed: Record<string, number>;
  /** Failed services and suppliers per scenario (members first, then round by round). */
  byScenario: FailedAsset[][];
  rounds: number;
}

export const pairKey = (scenario: number, eid: string) => `${scenario}|${eid}`;

/**
 * Runs scenario `i` = the members `scenarios[i]` (their tier is set to 0) inside one transaction,
 * sending at most `queryBatchSize` frontier pairs per query, over every dependency (the upper
 * bound) or the confirmed ones only (the lower bound).
 */
export async function propagateInDatabase(
  tx: ManagedTransaction,
  scenarios: readonly (readonly Omit<FailedAsset, 'tier'>[])[],
  queryBatchSize: number,
  bound: Bound = 'upper',
): Promise<Propagation> {
  const failed = dataRecord<number>();
  const byScenario: FailedAsset[][] = scenarios.map(() => []);
  let frontier: [string, string][] = [];
  scenarios.forEach((members, s) => {
    for (const member of members) {
      const key = pairKey(s, member.eid);
      if (key in failed) continue;
      failed[key] = 0;
      byScenario[s]!.push({ ...member, tier: 0 });
      frontier.push([String(s), member.eid]);
    }
  });
  let rounds = 0;
  while (frontier.length > 0) {
    rounds++;
    const next: [string, string][] = [];
    const found = new Set<string>(); // a node may depend on frontier pairs of several chunks
    for (const part of chunks(frontier, queryBatchSize)) {
      const result = await tx.run(ROUND[bound], { frontier: part, failed });
      for (const record of result.records) {
        const s = Number(record.get('s'));
        const eid = record.get('eid') as string;
        const key = pairKey(s, eid);
        if (key in failed || found.has(key)) continue;
        found.add(key);
        byScenario[s]!.push({
          eid,
          id: record.get('id') as string,
          service: record.get('service') === true,
          tier: rounds,
        });
        next.push([String(s), eid]);
      }
    }
    // Tiers of a round are added after its queries: the round saw only earlier failures (synchronous).
    for (const [s, eid] of next) failed[`${s}|${eid}`] = rounds;
    frontier = next;
  }
  return { failed, byScenario, rounds };
}
