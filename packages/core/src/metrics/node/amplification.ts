/**
 * Amplification: for each supplier, effective sharing divided by declared sharing, that is, how many
 * times more organisations its failure affects than depend on it by their own account. Above 1,
 * concentration hides behind subcontracting; below 1, declared alternatives absorb its failure.
 * The ratio is null when no organisation declares the supplier (all of its reach is hidden).
 * `assign` writes the ratio. O(V + E) plus the systemic ranking.
 *
 * Reference: the "amplification" of indirect dependencies in Kashaf, Sekar and Agarwal, Analyzing
 * Third Party Service Dependencies in Modern Web Services (ACM IMC 2020).
 */
import { defineNodeMetric, type EngineOptions, type Mapping } from '../utils.js';
import { contractedSharing } from './contracted-sharing.js';
import { declaredSharing } from './declared-sharing.js';
import { effectiveSharing } from './effective-sharing.js';
import { dataRecord } from '../../model/index.js';

export interface AmplificationEntry {
  contracted: number;
  declared: number;
  effective: number;
  /** effective / declared, or null when declared is 0. */
  ratio: number | null;
}

export const amplification = defineNodeMetric<EngineOptions, AmplificationEntry>(
  'metrics/node/amplification',
  'amplification',
  (graph, options) => {
    const contracted = contractedSharing(graph);
    const declared = declaredSharing(graph);
    const effective = effectiveSharing(graph, options);
    const result: Mapping<AmplificationEntry> = dataRecord();
    for (const supplier of Object.keys(declared)) {
      const d = declared[supplier]!;
      const e = effective[supplier] ?? 0;
      result[supplier] = {
        contracted: contracted[supplier] ?? 0,
        declared: d,
        effective: e,
        ratio: d > 0 ? e / d : null,
      };
    }
    return result;
  },
  (entry) => entry.ratio,
);
