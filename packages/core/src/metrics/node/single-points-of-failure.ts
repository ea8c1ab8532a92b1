/**
 * Single points of failure: for each organisation (and, optionally, each service), the suppliers
 * whose failure alone affects it, through any chain of services, contracts and subcontractors, with
 * the engine's exact semantics (a working alternative protects). `assign` writes their number.
 *
 * One run of the engine's propagation kernel per supplier, as the systemic ranking does:
 * O(sum of the blast sizes of all suppliers).
 */
import { Propagator } from '../../kernel/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import { byString, defineNodeMetric, resolveEngine, type EngineOptions, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/node/single-points-of-failure';

export interface SinglePointsOfFailureOptions extends EngineOptions {
  /** Which nodes to map: organisations, services or both. Default: organisations. */
  kinds?: readonly ('organisation' | 'service')[];
}

const DEFAULTS = { kinds: ['organisation'] as const };

export const singlePointsOfFailure = defineNodeMetric<SinglePointsOfFailureOptions, string[]>(
  PATH,
  'singlePointsOfFailure',
  (graph, options) => {
    const kinds = options.kinds ?? DEFAULTS.kinds;
    if (!Array.isArray(kinds) || kinds.some((k) => k !== 'organisation' && k !== 'service')) {
      throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: kinds must be a list of organisation, service`);
    }
    const { snapshot } = resolveEngine(graph, options, PATH);
    const { ids, supplierCount, serviceCount, assetCount, nodeCount } = snapshot;
    const result: Mapping<string[]> = dataRecord();
    const withOrganisations = kinds.includes('organisation');
    const withServices = kinds.includes('service');
    if (withServices) for (let v = supplierCount; v < assetCount; v++) result[ids[v]!] = [];
    if (withOrganisations) for (let v = assetCount; v < nodeCount; v++) result[ids[v]!] = [];

    const propagator = new Propagator(snapshot);
    const member = new Int32Array(1);
    for (let s = 0; s < supplierCount; s++) {
      member[0] = s;
      propagator.run(member);
      const supplier = ids[s]!;
      if (withOrganisations) {
        for (let i = 0; i < propagator.affectedCount; i++) result[ids[propagator.affected[i]!]!]!.push(supplier);
      }
      if (withServices) {
        for (let i = 0; i < propagator.failedCount; i++) {
          const v = propagator.failed[i]!;
          if (v >= supplierCount && v < supplierCount + serviceCount) result[ids[v]!]!.push(supplier);
        }
      }
    }
    for (const list of Object.values(result)) list.sort(byString);
    return result;
  },
  (suppliers) => suppliers.length,
);
