/**
 * What nobody knows (issue 13; synthetic, calibrated, documented in the README): the answers to
 * survey question 26 and, following from them, which suppliers' subcontracting the respondents
 * knew, and which edges of the invented subcontracting layer are only possible.
 *
 * - Question 26 ("does your organisation have a routine to find out whether the cloud supplier uses
 *   subcontractors?"): only organisations with a procured cloud service got that far (the survey
 *   ended after question 2 for the others), and 70 % of them have no routine. ROUTINE_COUNTS of
 *   each group's cloud respondents, drawn at random, answer yes; the others no.
 * - A supplier that organisations buy from is `known` when at least one organisation with a
 *   routine contracts it (question 15) or uses a service it provides (questions 7 to 9): that
 *   organisation asked. Otherwise it is `unknown`, unless its subcontracts declare alternatives (a
 *   declared redundancy is knowledge, and a possible edge may not carry it). Hosting firms, data
 *   centres and platforms, whom no respondent buys from, publish where they run: `known`. A known
 *   supplier with no subcontractor in the layer declared it has none: `none`.
 * - The subcontracts of an `unknown` supplier are `possible`: the layer invents them, nobody asked,
 *   as a framework agreement lists the subcontractors a supplier may use without saying which a
 *   contract does. Their probability is what a planner can estimate from the suppliers that are
 *   known (estimateProbability); where there are too few to go by, none.
 *
 * Drawn with its own generator (seed + 26), so that every draw of the calibrated layer is as it
 * was before this layer existed, and no edge is added or removed: without the certainty,
 * probability and subcontracting columns the dataset is the one before. O(suppliers ×
 * organisations); small.
 */
import { ROUTINE_COUNTS } from './calibration.js';
import type { Rng } from './rng.js';
import type { Service } from './services.js';
import type { Role, Subcontract, Supplier, SupplyChain } from './suppliers.js';
import type { Survey } from './survey.js';

/** Question 26 per organisation: true (a routine) or false, for every respondent with a procured cloud service. */
export function drawRoutines(survey: Survey, rng: Rng): Map<string, boolean> {
  const routines = new Map<string, boolean>();
  for (const type of ['municipality', 'agency'] as const) {
    const cloud = survey[type].cloud;
    const yes = new Set(rng.sample(cloud, ROUTINE_COUNTS[type]));
    for (const id of cloud) routines.set(id, yes.has(id));
  }
  return routines;
}

/**
 * Marks the chain in place: each supplier's `subcontracting`, and each subcontract of an unknown
 * supplier `possible`, with the share of its known peers that have the same subcontract as its
 * probability where there are enough peers to estimate it (estimateProbability).
 */
export function markUncertainty(
  chain: SupplyChain,
  services: readonly Service[],
  routines: ReadonlyMap<string, boolean>,
): void {
  const usersOf = new Map(services.map((s) => [s.id, s.users]));
  const asked = new Set<string>(); // suppliers an organisation with a routine buys from directly
  for (const c of chain.contracts) if (routines.get(c.organisation)) asked.add(c.supplier);
  for (const p of chain.providedBy) {
    if ((usersOf.get(p.service) ?? []).some((id) => routines.get(id))) asked.add(p.supplier);
  }
  const subcontractsOf = new Map<string, Subcontract[]>();
  for (const s of chain.subcontracts) subcontractsOf.set(s.supplier, [...(subcontractsOf.get(s.supplier) ?? []), s]);

  for (const supplier of chain.suppliers) {
    const own = subcontractsOf.get(supplier.id) ?? [];
    const known =
      INFRASTRUCTURE.includes(supplier.role) || asked.has(supplier.id) || own.some((s) => s.alternatives !== undefined);
    supplier.subcontracting = !known ? 'unknown' : own.length === 0 ? 'none' : 'known';
  }
  const unknown = chain.suppliers.filter((s) => s.subcontracting === 'unknown');
  for (const supplier of unknown) {
    for (const edge of subcontractsOf.get(supplier.id) ?? []) {
      edge.certainty = 'possible';
      const p = estimateProbability(supplier, edge, chain.suppliers, subcontractsOf);
      if (p !== undefined) edge.probability = p;
    }
  }
}

/** Roles whose subcontracting no respondent had to ask about: they publish where they run. */
const INFRASTRUCTURE: readonly Role[] = ['hosting', 'datacentre', 'platform'];

/** The fewest known peers a probability is estimated from; with fewer the edge has none. */
export const MIN_PEERS = 5;

/**
 * The chance that an unknown supplier has this subcontract, as a planner would estimate it from the
 * suppliers whose subcontracting is known: the share of the known suppliers of the same country
 * that sell to organisations (not infrastructure) and have the same subcontractor for the same
 * service, rounded to two decimals; none with fewer than MIN_PEERS such suppliers, or when none of
 * them has it.
 */
function estimateProbability(
  supplier: Supplier,
  edge: Subcontract,
  suppliers: readonly Supplier[],
  subcontractsOf: ReadonlyMap<string, Subcontract[]>,
): number | undefined {
  const peers = suppliers.filter(
    (s) => s.country === supplier.country && !INFRASTRUCTURE.includes(s.role) && s.subcontracting !== 'unknown',
  );
  if (peers.length < MIN_PEERS) return undefined;
  const same = peers.filter((s) =>
    (subcontractsOf.get(s.id) ?? []).some((e) => e.subcontractor === edge.subcontractor && e.service === edge.service),
  ).length;
  return same === 0 ? undefined : Math.round((100 * same) / peers.length) / 100;
}
