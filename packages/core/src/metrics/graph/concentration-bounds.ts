/**
 * Effective concentration and hidden dependencies in both bounds of a graph with possible edges
 * (issue 13). For each supplier failing alone: the organisations affected (its effective sharing)
 * and, of those, the ones for which it is a hidden dependency (none of their known dependencies,
 * their own uses and contracts and the direct providers of the services they use, fails first:
 * they are reached only through subcontractors they never named), in the lower bound (possible
 * edges left out) and the upper bound (every possible edge required); and the histogram of
 * effective sharing in each.
 *
 * Effective sharing in the lower bound is at most that in the upper (a required edge only adds
 * failures), so the two bound every graph the truth could be. The hidden count is given for both
 * graphs but is not bounded that way: a possible contract with the supplier itself makes it a
 * known dependency in the upper bound. The other concentration metrics answer for the upper bound,
 * as every engine question without a bounded form does.
 *
 * O(S x blast): one bounded blast per supplier (engine.blastBounds).
 */
import type { SnapshotEngine } from '../../engine/index.js';
import { dataRecord, type KedjaGraph } from '../../model/index.js';
import { resolveEngine, type EngineOptions, type Mapping } from '../utils.js';
import { histogram, type Histogram } from './histogram.js';

const PATH = 'metrics/graph/concentration-bounds';

/** A count in the lower bound and in the upper. */
export interface BoundedCount {
  lower: number;
  upper: number;
}

export interface SupplierConcentrationBounds {
  /** Organisations affected when the supplier fails alone. */
  effective: BoundedCount;
  /** Of those, the organisations for which it is a hidden dependency. */
  hidden: BoundedCount;
}

export interface ConcentrationBounds {
  /** The graph's possible edges. */
  possibleEdges: number;
  /** Per supplier, ordered by effective sharing in the lower bound, then the upper, most first, then id. */
  suppliers: Mapping<SupplierConcentrationBounds>;
  /** n → suppliers whose failure alone affects exactly n organisations, in each bound. */
  suppliersEffective: { lower: Histogram; upper: Histogram };
}

export function concentrationBounds(graph: KedjaGraph, options: EngineOptions = {}): ConcentrationBounds {
  return engineConcentrationBounds(resolveEngine(graph, options, PATH));
}

/** The same from an engine alone (a snapshot engine too, for input loaded without a graph). */
export function engineConcentrationBounds(engine: SnapshotEngine): ConcentrationBounds {
  const { snapshot } = engine;
  const rows = snapshot.ids.slice(0, snapshot.supplierCount).map((supplier) => {
    const { totals, totalsUpper } = engine.blastBounds({ suppliers: [supplier] });
    return {
      supplier,
      effective: { lower: totals.organisations, upper: totalsUpper.organisations },
      hidden: { lower: totals.hiddenOrganisations, upper: totalsUpper.hiddenOrganisations },
    };
  });
  rows.sort(
    (a, b) =>
      b.effective.lower - a.effective.lower ||
      b.effective.upper - a.effective.upper ||
      (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0),
  );
  const suppliers: Mapping<SupplierConcentrationBounds> = dataRecord();
  for (const { supplier, effective, hidden } of rows) suppliers[supplier] = { effective, hidden };
  return {
    possibleEdges: engine.possibleEdges,
    suppliers,
    suppliersEffective: {
      lower: histogram(rows.map((row) => row.effective.lower)),
      upper: histogram(rows.map((row) => row.effective.upper)),
    },
  };
}
