/**
 * Everything the page shows about one scenario, derived from core: the blast radius (engine),
 * consequence levels after the chosen outage length (assessConsequences with the Tabell 6.4 rules),
 * the level counts, and the status of every node for the picture. On a graph with possible edges
 * (issue 13) the blast is the engine's `blastBounds`: its lists hold the upper bound (possible edges
 * taken as required), `blast.totals` and `levels` count the lower bound and `upper` the upper, as
 * `kedja blast --json` does (totals, totalsUpper); what fails or is affected only in the upper bound
 * is in `possible`. Without possible edges `upper` is null and everything is as before. O(blast) per
 * call (two propagations with possible edges).
 */
import {
  assessConsequences,
  CONSEQUENCE_LEVELS,
  countLevels,
  isEmptySpec,
  type BlastRadius,
  type BlastTotals,
  type ConsequenceLevel,
  type Engine,
  type KedjaGraph,
  type LevelCounts,
  type OrganisationConsequence,
  type ScenarioSpec,
} from '@kedja/core';

/** How a node takes part in the scenario: a scenario member, failed with it, or an affected organisation. */
export type NodeStatus = 'member' | 'failed' | 'affected' | 'critical';

export interface ScenarioView {
  /** What was asked to fail. */
  spec: ScenarioSpec;
  blast: BlastRadius;
  hours: number;
  consequences: Map<string, OrganisationConsequence>;
  /** The consequence levels counted over the lower bound's organisations (all of them without possible edges). */
  levels: LevelCounts;
  status: Map<string, NodeStatus>;
  /** The upper bound (possible edges taken as required); null on a graph without possible edges. */
  upper: { totals: BlastTotals; levels: LevelCounts } | null;
  /** The nodes that fail or are affected only in the upper bound. */
  possible: ReadonlySet<string>;
}

export function analyseScenario(
  graph: KedjaGraph,
  engine: Engine,
  spec: ScenarioSpec,
  hours: number,
): ScenarioView | null {
  if (isEmptySpec(spec)) return null;
  const bounds = engine.possibleEdges > 0 ? engine.blastBounds(spec) : null;
  const blast: BlastRadius = bounds ?? engine.blast(spec);
  const assessed = assessConsequences(graph, blast, hours);
  const status = new Map<string, NodeStatus>();
  const possible = new Set<string>();
  for (const failed of [...(bounds?.failedSuppliers ?? []), ...(bounds?.failedServices ?? [])]) {
    if (failed.certainty === 'possible') possible.add(failed.id);
  }
  for (const organisation of bounds?.affectedOrganisations ?? []) {
    if (organisation.certainty === 'possible') possible.add(organisation.id);
  }
  for (const failed of [...blast.failedSuppliers, ...blast.failedServices]) {
    status.set(failed.id, failed.tier === 0 ? 'member' : 'failed');
  }
  for (const organisation of blast.affectedOrganisations) {
    status.set(organisation.id, organisation.critical ? 'critical' : 'affected');
  }
  return {
    spec,
    blast,
    hours,
    consequences: new Map(assessed.map((c) => [c.id, c])),
    levels: countLevels(assessed.filter((c) => !possible.has(c.id))),
    status,
    upper: bounds && { totals: bounds.totalsUpper, levels: countLevels(assessed) },
    possible,
  };
}

/** The worst level among the given organisations, or null when none of them is affected. */
export function worstLevel(view: ScenarioView, organisations: readonly string[]): ConsequenceLevel | null {
  let worst = -1;
  for (const id of organisations) {
    const level = view.consequences.get(id)?.level;
    if (level !== undefined) worst = Math.max(worst, CONSEQUENCE_LEVELS.indexOf(level));
  }
  return worst < 0 ? null : CONSEQUENCE_LEVELS[worst]!;
}
