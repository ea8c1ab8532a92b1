/**
 * Contracted sharing: for each supplier, how many distinct organisations hold a `contracts` edge to
 * it, that is, named it as a supplier of critical support (survey question 15). This is the study's
 * "leverantör som delas av n organisationer" (MSB1196, Tabell 6.3), per supplier. O(V + E).
 */
import { defineNodeMetric, dependentsOf, nodesOfKind, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

export const contractedSharing = defineNodeMetric<object, number>(
  'metrics/node/contracted-sharing',
  'contractedSharing',
  (graph) => {
    const sharing: Mapping<number> = dataRecord();
    for (const supplier of nodesOfKind(graph, 'supplier')) {
      sharing[supplier] = dependentsOf(graph, supplier, ['contracts']).size;
    }
    return sharing;
  },
);
