/**
 * Whether a dataset in the database has possible dependencies (issue 13): the database's
 * `engine.possibleEdges > 0`, which `kedja blast` and `kedja rank` ask first, to answer with both
 * bounds or exactly as before. One query (cypher.ts HAS_POSSIBLE): per relationship type an index
 * seek on `certainty` where the push created the indexes, else a scan that stops at the first
 * possible dependency (O(E) when there is none).
 */
import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET } from '../graph-schema.js';
import { HAS_POSSIBLE } from './cypher.js';

export async function hasPossibleEdgesInDatabase(
  connection: Neo4jConnection,
  options: { dataset?: string } = {},
): Promise<boolean> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  await requireDataset(connection, tag);
  const result = await connection.read(HAS_POSSIBLE, { tag });
  return result.records[0]?.get('possible') === true;
}
