/**
 * Consequences of a scenario after an outage of a given length: a level for every affected
 * organisation, the highest level among its lost dependencies, each judged by the consequence
 * model from the dependency's facts (critical, function, maxOutageHours, fallback, the service's
 * category) and the organisation's type. Also the count of organisations per level.
 *
 * O(affected organisations x their lost dependencies x rules).
 */
import type { BlastRadius } from '../blast/index.js';
import { nodeName, type KedjaGraph } from '../model/index.js';
import type { ConsequenceModel } from './consequence-model.js';
import { defaultConsequenceModel } from './default-model.js';
import { emptyLevelCounts, levelRank, type ConsequenceLevel, type LevelCounts } from './levels.js';
import type { DependencyFacts } from './types.js';

export interface LostFunction {
  /** The lost service or supplier. */
  dependency: string;
  /** The function that runs on it (the edge's `function`), else the service's name or "contract with <supplier>". */
  function: string;
  critical: boolean;
  level: ConsequenceLevel;
  sectors: string[];
  because: string[];
  maxOutageHours?: number;
  fallback?: boolean;
}

export interface OrganisationConsequence {
  id: string;
  level: ConsequenceLevel;
  /** Its lost dependencies with their levels, worst first (then in the order of the blast's `lost`). */
  functions: LostFunction[];
}

/** The facts of the dependency of `organisation` on `target` (its uses or contracts edge). */
export function dependencyFacts(graph: KedjaGraph, organisation: string, target: string): DependencyFacts {
  const org = graph.getNodeAttributes(organisation);
  const facts: DependencyFacts = { critical: true };
  if (org.kind === 'organisation' && org.orgType !== undefined) facts.orgType = org.orgType;
  for (const edge of graph.outEdges(organisation, target)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'uses' && attributes.kind !== 'contracts') continue;
    facts.critical = attributes.critical !== false;
    if (attributes.kind === 'uses') {
      if (attributes.function !== undefined) facts.function = attributes.function;
      if (attributes.maxOutageHours !== undefined) facts.maxOutageHours = attributes.maxOutageHours;
      if (attributes.fallback !== undefined) facts.fallback = attributes.fallback;
    }
  }
  const service = graph.getNodeAttributes(target);
  if (service.kind === 'service' && service.category !== undefined) facts.category = service.category;
  return facts;
}

/** The level of every affected organisation of `blast` after `hours`, in the blast's order. */
export function assessConsequences(
  graph: KedjaGraph,
  blast: BlastRadius,
  hours: number,
  model: ConsequenceModel = defaultConsequenceModel,
): OrganisationConsequence[] {
  return blast.affectedOrganisations.map((organisation) => {
    const functions = organisation.lost.map((dependency): LostFunction => {
      const facts = dependencyFacts(graph, organisation.id, dependency);
      const assessment = model.assessDependency(facts, hours);
      return {
        dependency,
        function: facts.function ?? functionName(graph, dependency),
        critical: facts.critical,
        level: assessment.level,
        sectors: assessment.sectors,
        because: assessment.because,
        ...(facts.maxOutageHours !== undefined ? { maxOutageHours: facts.maxOutageHours } : {}),
        ...(facts.fallback !== undefined ? { fallback: facts.fallback } : {}),
      };
    });
    functions.sort((a, b) => levelRank(b.level) - levelRank(a.level));
    return { id: organisation.id, level: functions[0]?.level ?? 'none', functions };
  });
}

/** A lost dependency without a function: the service's name, or the contract with the supplier. */
function functionName(graph: KedjaGraph, dependency: string): string {
  const name = nodeName(graph, dependency);
  return graph.getNodeAttribute(dependency, 'kind') === 'supplier' ? `contract with ${name}` : name;
}

/** How many of the given organisations are at each level, every level present (zero when none). */
export function countLevels(consequences: readonly { level: ConsequenceLevel }[]): LevelCounts {
  const counts = emptyLevelCounts();
  for (const c of consequences) counts[c.level]++;
  return counts;
}
