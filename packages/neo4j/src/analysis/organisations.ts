/**
 * The organisation query of an analysis, in bounded chunks: first the candidates (organisations
 * with an edge to a failed node, per scenario) are streamed and made distinct in the client, then
 * the query (cypher.ts ORGANISATIONS or ORGANISATION_COUNTS) runs over chunks of at most `size`
 * candidates, all in the caller's transaction (element ids are only meaningful inside it). Each
 * candidate is in exactly one chunk, so the chunks' rows together are the rows of one query over
 * all of them.
 *
 * Cost: one streamed row per edge from an organisation to a failed node, then the edges of the
 * candidates, as before; server memory per query: the edges of one chunk of candidates.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';

import { ORGANISATION_CANDIDATES, type Bound } from './cypher.js';
import { chunks } from './memory.js';

/** [scenario, elementId] of every failed node of every scenario. */
export type FailedPairs = readonly (readonly [string, string])[];

/** The distinct [scenario, elementId] pairs of organisations with an edge (of the bound) to a failed node. */
async function candidateOrganisations(
  tx: ManagedTransaction,
  failedList: FailedPairs,
  bound: Bound,
): Promise<[string, string][]> {
  const seen = new Set<string>();
  const candidates: [string, string][] = [];
  for await (const record of tx.run(ORGANISATION_CANDIDATES[bound], { failedList })) {
    const s = record.get('s') as string;
    const o = record.get('o') as string;
    const key = `${s}|${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push([s, o]);
  }
  return candidates;
}

/**
 * Runs `query` in the bound (with `params` and `$organisations`) over the candidates in chunks of
 * `size`; all its rows.
 */
export async function queryOrganisations(
  tx: ManagedTransaction,
  failedList: FailedPairs,
  query: Readonly<Record<Bound, string>>,
  params: Record<string, unknown>,
  size: number,
  bound: Bound,
): Promise<Neo4jRecord[]> {
  const rows: Neo4jRecord[] = [];
  for (const organisations of chunks(await candidateOrganisations(tx, failedList, bound), size)) {
    const result = await tx.run(query[bound], { ...params, organisations });
    for (const record of result.records) rows.push(record);
  }
  return rows;
}
