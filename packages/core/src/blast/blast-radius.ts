/**
 * Blast radius of a scenario: the failed suppliers and services with the tier at which each fell,
 * and the affected organisations, each with the dependencies it lost, whether it is critical
 * (it fails by its critical edges alone) and whether it is hidden (see hidden-dependency.ts);
 * totals by organisation type, county, sector, population served and residents counted once.
 *
 * O(blast): the propagation, then one pass over the out-edges of what failed.
 */
import { isHiddenDependency, KIND_SUPPLIER, kindOf, type EngineContext } from '../kernel/index.js';
import type { Scenario } from '../scenario/index.js';
import { dataRecord, ResidentCounter } from '../model/index.js';

/** A supplier or service that fails, and the round in which it falls. */
export interface FailedNode {
  id: string;
  /** 0 for scenario members, k for nodes that fail in round k of synchronous propagation. */
  tier: number;
}

/** An organisation that loses a dependency it cannot do without. */
export interface AffectedOrganisation {
  id: string;
  tier: number;
  /** The failed dependencies (services and suppliers) that made it fail. */
  lost: string[];
  /** It also fails by its critical edges alone. */
  critical: boolean;
  /** No scenario member is among its known dependencies: reached only through subcontractors. */
  hidden: boolean;
}

/** The counts of a blast radius. */
export interface BlastTotals {
  organisations: number;
  criticalOrganisations: number;
  hiddenOrganisations: number;
  /** Sum of `population` over affected organisations that have one. */
  population: number;
  /**
   * Residents counted once: of the areas where a municipality or region serving them is affected
   * (a region covers its county, a municipality itself; agencies serve no area). See ResidentCounter.
   */
  residents: number;
  failedSuppliers: number;
  failedServices: number;
  /** Affected organisations per organisation type (`unspecified` when it has none). */
  byType: Record<string, number>;
  /** Affected organisations per county (`unspecified` when it has none). */
  byCounty: Record<string, number>;
  /** Affected organisations per sector they run (one organisation counts in each of its sectors). */
  bySector: Record<string, number>;
}

/** Who loses what when a scenario's members fail (`engine.blast`). */
export interface BlastRadius {
  scenario: { description: string; members: string[] };
  failedSuppliers: FailedNode[];
  failedServices: FailedNode[];
  affectedOrganisations: AffectedOrganisation[];
  totals: BlastTotals;
}

const byTierThenId = (a: { tier: number; id: string }, b: { tier: number; id: string }) =>
  a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Runs the scenario and describes everything that fails. */
export function computeBlastRadius(context: EngineContext, scenario: Scenario): BlastRadius {
  const { table, snapshot, propagator, lost } = context;
  propagator.run(context.indicesOf(scenario.members));
  const { ids } = snapshot;
  const tier = (node: number) => propagator.tier[node]!;

  const failedSuppliers: FailedNode[] = [];
  const failedServices: FailedNode[] = [];
  for (let i = 0; i < propagator.failedCount; i++) {
    const v = propagator.failed[i]!;
    (kindOf(snapshot, v) === KIND_SUPPLIER ? failedSuppliers : failedServices).push({ id: ids[v]!, tier: tier(v) });
  }

  const isMember = (node: number) => propagator.isMember(node);
  const affectedOrganisations: AffectedOrganisation[] = [];
  const totals: BlastTotals = {
    organisations: propagator.affectedCount,
    criticalOrganisations: 0,
    hiddenOrganisations: 0,
    population: 0,
    residents: 0,
    failedSuppliers: failedSuppliers.length,
    failedServices: failedServices.length,
    byType: dataRecord(),
    byCounty: dataRecord(),
    bySector: dataRecord(),
  };
  const residents = new ResidentCounter();
  for (let i = 0; i < propagator.affectedCount; i++) {
    const o = propagator.affected[i]!;
    const id = ids[o]!;
    const critical = propagator.isCritical(o);
    const hidden = isHiddenDependency(snapshot, o, isMember);
    affectedOrganisations.push({ id, tier: tier(o), lost: lost.targets(o).map((t) => ids[t]!), critical, hidden });

    if (critical) totals.criticalOrganisations++;
    if (hidden) totals.hiddenOrganisations++;
    const population = snapshot.population[o - snapshot.assetCount]!;
    if (!Number.isNaN(population)) totals.population += population;
    residents.add({ orgType: table.orgType(o), county: table.county(o), population });
    increment(totals.byType, table.orgType(o) || 'unspecified');
    increment(totals.byCounty, table.county(o) || 'unspecified');
    for (const sector of table.sectors(o)) if (sector) increment(totals.bySector, sector);
  }

  totals.residents = residents.total;
  failedSuppliers.sort(byTierThenId);
  failedServices.sort(byTierThenId);
  affectedOrganisations.sort(byTierThenId);
  return {
    scenario: { description: scenario.description, members: scenario.members },
    failedSuppliers,
    failedServices,
    affectedOrganisations,
    totals,
  };
}
