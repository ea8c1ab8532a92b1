/**
 * Systemic ranking: the blast radius of every supplier failing alone, counted (organisations
 * affected, critical organisations, failed services, population, residents) and sorted by organisations
 * descending, then supplier id ascending.
 *
 * One counter propagation per supplier on the snapshot; the cost is the sum of the blast sizes,
 * which on realistic, skewed supply graphs is about one pass over the graph (see docs/engine.md).
 */
import type { EngineContext } from '../kernel/index.js';

/** One supplier failing alone: what it takes down. */
export interface RankEntry {
  supplier: string;
  organisations: number;
  criticalOrganisations: number;
  /** Services that fail. */
  services: number;
  /** Other suppliers that fail with it (through subcontracting). */
  suppliers: number;
  population: number;
  /** Residents counted once (a region covers its county; see BlastTotals.residents). */
  residents: number;
}

/** The ranking's order: organisations affected, most first, then supplier id. For `Array.prototype.sort`. */
export function compareRankEntries(a: RankEntry, b: RankEntry): number {
  return b.organisations - a.organisations || (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0);
}

export function computeRanking(context: EngineContext): RankEntry[] {
  // Ids through the table: a snapshot read from a file decodes only the suppliers' then.
  const { snapshot, propagator, table } = context;
  const entries: RankEntry[] = [];
  const member = new Int32Array(1);
  for (let s = 0; s < snapshot.supplierCount; s++) {
    member[0] = s;
    const summary = propagator.count(member);
    entries.push({
      supplier: table.id(s),
      organisations: summary.organisations,
      criticalOrganisations: summary.criticalOrganisations,
      services: summary.failedServices,
      suppliers: summary.failedSuppliers - 1,
      population: summary.population,
      residents: summary.residents,
    });
  }
  return entries.sort(compareRankEntries);
}
