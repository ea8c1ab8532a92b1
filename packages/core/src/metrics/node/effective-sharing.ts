/**
 * Effective sharing: for each supplier, how many organisations are affected when it fails alone,
 * through its services, its contracts and every subcontracting chain, with the engine's exact
 * AND/OR semantics (an alternative that still works protects). This is the concentration the study
 * suspected but could not count. It is the engine's systemic ranking, read per supplier.
 * O(sum of the blast sizes of all suppliers), see blast/ranking.ts.
 */
import { defineNodeMetric, resolveEngine, type EngineOptions, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/node/effective-sharing';

export const effectiveSharing = defineNodeMetric<EngineOptions, number>(PATH, 'effectiveSharing', (graph, options) => {
  const sharing: Mapping<number> = dataRecord();
  for (const entry of resolveEngine(graph, options, PATH).rank()) sharing[entry.supplier] = entry.organisations;
  return sharing;
});
