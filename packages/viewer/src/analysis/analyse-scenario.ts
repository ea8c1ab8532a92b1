/**
 * Everything the page shows about one scenario, derived from core: the blast radius (engine),
 * consequence levels after the chosen outage length (assessConsequences with the Tabell 6.4 rules),
 * the level counts, and the status of every node for the picture. O(blast) per call.
 */
import {
  assessConsequences,
  CONSEQUENCE_LEVELS,
  countLevels,
  isEmptySpec,
  type BlastRadius,
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
  levels: LevelCounts;
  status: Map<string, NodeStatus>;
}

export function analyseScenario(
  graph: KedjaGraph,
  engine: Engine,
  spec: ScenarioSpec,
  hours: number,
): ScenarioView | null {
  if (isEmptySpec(spec)) return null;
  const blast = engine.blast(spec);
  const assessed = assessConsequences(graph, blast, hours);
  const status = new Map<string, NodeStatus>();
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
    levels: countLevels(assessed),
    status,
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
