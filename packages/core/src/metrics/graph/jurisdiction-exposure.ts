/**
 * Exposure to a jurisdiction outside the EU/EEA, by ownership (model/parents.ts): a supplier's
 * jurisdiction is its ultimate parent's country, else its own. Counts the suppliers under each
 * jurisdiction (`unspecified` when unknown, largest first, ties by code), and then fails every
 * supplier under a jurisdiction outside the EU/EEA at once (the engine's `outsideEeaJurisdiction`
 * scenario, subcontracting and alternatives included) to find the organisations that lose a
 * critical function, and the residents of the municipalities and regions among them, each person
 * counted once (model/residents.ts). Shares are of all organisations and of all residents counted
 * once; null when there are none. This is the ownership view beside the study's Fig 6.9, which
 * counts where data is processed, not whose law reaches it.
 *
 * O(V + E) plus one propagation.
 */
import {
  countResidents,
  dataRecord,
  isEeaCountry,
  ResidentCounter,
  resolveParents,
  supplierOwnership,
  type KedjaGraph,
  type OrganisationAttributes,
} from '../../model/index.js';
import { checkGraph, checkOptions, increment, nodesOfKind, resolveEngine, type EngineOptions } from '../utils.js';

const PATH = 'metrics/graph/jurisdiction-exposure';

/** A count beside the whole it is part of. */
export interface ExposedShare {
  exposed: number;
  total: number;
  /** exposed / total, null when total is 0. */
  share: number | null;
}

export interface JurisdictionExposure {
  /** Jurisdiction (ISO 3166-1 alpha-2, or `unspecified`) → suppliers under it, largest first. */
  suppliers: Record<string, number>;
  /** Suppliers whose jurisdiction is known and outside the EU/EEA. */
  outsideEeaSuppliers: number;
  /** Organisations that lose a critical function when every supplier under a jurisdiction outside the EU/EEA fails. */
  organisations: ExposedShare;
  /** Residents of those organisations' areas, each counted once, of all residents counted once. */
  residents: ExposedShare;
}

const shareOf = (exposed: number, total: number): ExposedShare => ({
  exposed,
  total,
  share: total === 0 ? null : exposed / total,
});

export function jurisdictionExposure(graph: KedjaGraph, options: EngineOptions = {}): JurisdictionExposure {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const chains = resolveParents(graph.getAttribute('parents'));
  const counts: Record<string, number> = dataRecord();
  let outside = 0;
  for (const supplier of nodesOfKind(graph, 'supplier')) {
    const attributes = graph.getNodeAttributes(supplier);
    if (attributes.kind !== 'supplier') continue;
    const { jurisdiction } = supplierOwnership(chains, attributes);
    increment(counts, jurisdiction ?? 'unspecified');
    if (jurisdiction !== undefined && !isEeaCountry(jurisdiction)) outside++;
  }
  const organisations = nodesOfKind(graph, 'organisation').map(
    (id) => graph.getNodeAttributes(id) as OrganisationAttributes,
  );
  const exposed = new ResidentCounter();
  let critical = 0;
  if (outside > 0) {
    const blast = resolveEngine(graph, options, PATH).blast({ outsideEeaJurisdiction: true });
    for (const organisation of blast.affectedOrganisations) {
      if (!organisation.critical) continue;
      critical++;
      exposed.add(graph.getNodeAttributes(organisation.id) as OrganisationAttributes);
    }
  }
  return {
    suppliers: Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    outsideEeaSuppliers: outside,
    organisations: shareOf(critical, organisations.length),
    residents: shareOf(exposed.total, countResidents(organisations)),
  };
}
