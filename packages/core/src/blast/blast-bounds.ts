/**
 * Bounds on a blast radius when some dependencies are only possible (issue 13): the lower bound
 * leaves the possible edges out, the upper bound takes them as required. Since a required edge
 * can only add failures, whatever the truth is lies between the two. The document lists
 * everything that fails in the upper bound, each marked `confirmed` (it fails in the lower bound
 * too) or `possible`; `totals` counts the lower bound and `totalsUpper` the upper.
 *
 * Two propagations (one per bound, each O(blast)) and a merge by id.
 */
import type { EngineContext } from '../kernel/index.js';
import type { EdgeCertainty } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import {
  computeBlastRadius,
  type AffectedOrganisation,
  type BlastRadius,
  type BlastTotals,
  type FailedNode,
} from './blast-radius.js';

/** A node that fails in the upper bound: `confirmed` when it fails in the lower bound too. */
export interface BoundedFailedNode extends FailedNode {
  certainty: EdgeCertainty;
}

/** An organisation affected in the upper bound (its fields as there): `confirmed` when affected in the lower bound too. */
export interface BoundedAffectedOrganisation extends AffectedOrganisation {
  certainty: EdgeCertainty;
}

/**
 * A blast radius with bounds: a `BlastRadius` whose lists hold the upper bound, each entry with its
 * certainty, whose `totals` count the lower bound (what fails for certain) and `totalsUpper` the upper.
 */
export interface BlastBounds extends BlastRadius {
  failedSuppliers: BoundedFailedNode[];
  failedServices: BoundedFailedNode[];
  affectedOrganisations: BoundedAffectedOrganisation[];
  /** The lower bound: possible edges left out. */
  totals: BlastTotals;
  /** The upper bound: possible edges taken as required. */
  totalsUpper: BlastTotals;
}

/** Marks each entry of the upper bound's list by whether the lower bound has it too. */
function marked<T extends { id: string }>(
  upper: T[],
  lower: readonly { id: string }[],
): (T & { certainty: EdgeCertainty })[] {
  const sure = new Set(lower.map((entry) => entry.id));
  return upper.map((entry) => ({ ...entry, certainty: sure.has(entry.id) ? 'confirmed' : 'possible' }));
}

/** The bounds of one scenario's blast radius, from the lower bound's context and the upper's. */
export function computeBlastBounds(lower: EngineContext, upper: EngineContext, scenario: Scenario): BlastBounds {
  const low = computeBlastRadius(lower, scenario);
  const high = computeBlastRadius(upper, scenario);
  return {
    scenario: high.scenario,
    failedSuppliers: marked(high.failedSuppliers, low.failedSuppliers),
    failedServices: marked(high.failedServices, low.failedServices),
    affectedOrganisations: marked(high.affectedOrganisations, low.affectedOrganisations),
    totals: low.totals,
    totalsUpper: high.totals,
  };
}
