/**
 * The data of a scenario report: what a planner hands to a crisis management group about "if
 * supplier X is down for 48 hours". The scenario and its members, the headline figures, the
 * consequence levels at each outage length (the timeline's steps and the chosen length), every
 * affected organisation at the chosen length with its level, what it loses and one chain of
 * failures that reaches it, the hidden dependencies among them, and the changes from `advise`
 * that would have spared the most of them. Language-free: the document (scenario-document.ts)
 * puts it into words.
 *
 * With possible dependencies (issue 13) the figures come in both bounds: `totals`, `levels` and each
 * step's counts are the lower bound (possible dependencies left out), `totalsUpper`, `levelsUpper`
 * and each step's `upper` the upper bound (taken as required); the affected organisations are the
 * upper bound's, each with its `certainty`. Without possible dependencies none of these appear.
 *
 * O(timeline + affected organisations x (chain + lost dependencies) + advice).
 */
import {
  assessConsequences,
  computeTimeline,
  dependencyFacts,
  levelRank,
  STANDARD_DURATIONS,
  type ConsequenceLevel,
  type ConsequenceModel,
  type LevelCounts,
  type Timeline,
  type TimelineStep,
} from '../consequences/index.js';
import type { BlastTotals } from '../blast/index.js';
import type { Engine } from '../engine/index.js';
import { nodeName, type KedjaGraph, type NodeKind, type OrgType } from '../model/index.js';
import type { ScenarioSpec } from '../scenario/index.js';

export interface NamedNode {
  id: string;
  name: string;
}

export interface ScenarioReportOptions {
  engine: Engine;
  spec: ScenarioSpec;
  /** The outage length the report is about, in hours. */
  hours: number;
  model?: ConsequenceModel;
  /** Changes from `advise` to consider (the report shows at most three). Default 10. */
  adviceCandidates?: number;
  title?: string;
}

export interface ScenarioAffected extends NamedNode {
  orgType: OrgType | null;
  county: string | null;
  population: number | null;
  level: ConsequenceLevel;
  critical: boolean;
  /** Reached only through subcontractors it never named. */
  hidden: boolean;
  /**
   * Its answer to survey question 26: whether it has a routine to find out if its suppliers use
   * subcontractors (null when the data does not say). Without one it cannot discover a hidden dependency.
   */
  routine: boolean | null;
  /**
   * What it loses, worst first: each lost dependency (a service it uses or a supplier it holds a
   * contract with), the function the data says runs on it (null when the data name none) and its level.
   */
  loses: { dependency: NamedNode & { kind: NodeKind }; function: string | null; level: ConsequenceLevel }[];
  /**
   * One shortest chain of failures, from a scenario member to the organisation; for one affected
   * for certain, a chain of confirmed dependencies.
   */
  chain: (NamedNode & { kind: NodeKind })[];
  /**
   * With possible dependencies only: `confirmed` when it is affected in the lower bound too,
   * `possible` when only possible dependencies reach it.
   */
  certainty?: 'confirmed' | 'possible';
}

export interface ScenarioStep {
  hours: number;
  levels: LevelCounts;
  /** Organisations with a function at critical or worse, and the residents behind them. */
  organisations: number;
  residents: number;
  /** With possible dependencies only: the same counts in the upper bound. */
  upper?: Omit<ScenarioStep, 'hours' | 'upper'>;
}

export interface ScenarioTotals {
  organisations: number;
  critical: number;
  hidden: number;
  residents: number;
  population: number;
  failedSuppliers: number;
  failedServices: number;
}

export interface ScenarioAdvice {
  kind: 'alternative' | 'fallback' | 'move';
  service: NamedNode | null;
  organisation: NamedNode | null;
  function: string | null;
  supplier: NamedNode | null;
  subcontractor: NamedNode | null;
  /** Organisations affected in this scenario that keep their critical functions after the change. */
  spared: NamedNode[];
}

export interface ScenarioReportData {
  title: string;
  spec: ScenarioSpec;
  /** The scenario's members: the suppliers and services that fail first. */
  members: (NamedNode & { kind: NodeKind })[];
  hours: number;
  rules: string;
  /** With possible dependencies only: how many edges of the graph are possible (certainty `possible`). */
  possibleEdges?: number;
  /** The lower bound's when the graph has possible dependencies (the only one otherwise). */
  totals: ScenarioTotals;
  /** With possible dependencies only: the upper bound's totals. */
  totalsUpper?: ScenarioTotals;
  /** Organisations per level at the chosen length (the lower bound's). */
  levels: LevelCounts;
  /** With possible dependencies only: per level at the chosen length in the upper bound. */
  levelsUpper?: LevelCounts;
  /** The standard lengths and the chosen one, ascending. */
  steps: ScenarioStep[];
  /** At the chosen length (the upper bound's), worst level first, then by population served, then by name. */
  affected: ScenarioAffected[];
  advice: { considered: number; steps: ScenarioAdvice[] };
  graph: { organisations: number; suppliers: number; services: number };
}

const named = (graph: KedjaGraph, id: string): NamedNode => ({ id, name: nodeName(graph, id) });

/** Everything a scenario report says, for `hours` of outage of the scenario `spec`. */
export function buildScenarioReport(graph: KedjaGraph, options: ScenarioReportOptions): ScenarioReportData {
  const { engine, spec, hours } = options;
  const scenario = engine.scenario(spec);
  // The upper bound (possible dependencies taken as required) lists everyone who may be affected.
  const blast = engine.blast(scenario);
  const bounded = engine.possibleEdges > 0;
  const lower = bounded ? engine.blastLower(scenario) : blast;
  const lengths = [...new Set([...STANDARD_DURATIONS, hours])].sort((a, b) => a - b);
  const timelineOptions = { hours: lengths, ...(options.model ? { model: options.model } : {}) };
  const timeline = computeTimeline(graph, lower, timelineOptions);
  const upper = bounded ? computeTimeline(graph, blast, timelineOptions) : undefined;
  const consequences = assessConsequences(graph, blast, hours, options.model);
  const levelsAt = (t: Timeline) => t.steps.find((s) => s.hours === hours)!.levels;
  const confirmed = new Set(lower.affectedOrganisations.map((o) => o.id));

  const byId = new Map(blast.affectedOrganisations.map((o) => [o.id, o]));
  const affected = consequences.map((c): ScenarioAffected => {
    const attributes = graph.getNodeAttributes(c.id);
    const org = attributes.kind === 'organisation' ? attributes : undefined;
    // One affected for certain is reached by a chain of confirmed dependencies (the lower bound's).
    const explanation = bounded && confirmed.has(c.id) ? engine.whyLower(c.id, scenario) : engine.why(c.id, scenario);
    return {
      ...named(graph, c.id),
      orgType: org?.orgType ?? null,
      county: org?.county ?? null,
      population: org?.population ?? null,
      level: c.level,
      critical: byId.get(c.id)!.critical,
      hidden: byId.get(c.id)!.hidden,
      routine: org?.subcontractorRoutine ?? null,
      loses: c.functions.map((f) => ({
        dependency: { ...named(graph, f.dependency), kind: graph.getNodeAttribute(f.dependency, 'kind') },
        function: dependencyFacts(graph, c.id, f.dependency).function ?? null,
        level: f.level,
      })),
      chain: explanation.chain.map((step) => ({ ...named(graph, step.id), kind: step.kind })),
      ...(bounded ? { certainty: confirmed.has(c.id) ? ('confirmed' as const) : ('possible' as const) } : {}),
    };
  });
  affected.sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) ||
      (b.population ?? -1) - (a.population ?? -1) ||
      a.name.localeCompare(b.name, 'sv') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  let organisations = 0;
  let suppliers = 0;
  let services = 0;
  graph.forEachNode((_, a) => {
    if (a.kind === 'organisation') organisations++;
    else if (a.kind === 'supplier') suppliers++;
    else services++;
  });

  return {
    title: options.title ?? (graph.getAttribute('name') || 'Kedja graph'),
    spec,
    members: scenario.members.map((id) => ({
      ...named(graph, id),
      kind: graph.getNodeAttribute(id, 'kind'),
    })),
    hours,
    rules: timeline.rules,
    ...(bounded ? { possibleEdges: engine.possibleEdges } : {}),
    totals: scenarioTotals(lower.totals),
    ...(bounded ? { totalsUpper: scenarioTotals(blast.totals) } : {}),
    levels: levelsAt(timeline),
    ...(upper ? { levelsUpper: levelsAt(upper) } : {}),
    steps: timeline.steps.map((s, i) => ({
      hours: s.hours,
      ...stepCounts(s),
      ...(upper ? { upper: stepCounts(upper.steps[i]!) } : {}),
    })),
    affected,
    advice: scenarioAdvice(graph, engine, scenario.members, new Set(byId.keys()), options.adviceCandidates ?? 10),
    graph: { organisations, suppliers, services },
  };
}

function scenarioTotals(totals: BlastTotals): ScenarioTotals {
  return {
    organisations: totals.organisations,
    critical: totals.criticalOrganisations,
    hidden: totals.hiddenOrganisations,
    residents: totals.residents,
    population: totals.population,
    failedSuppliers: totals.failedSuppliers,
    failedServices: totals.failedServices,
  };
}

const stepCounts = (s: TimelineStep) => ({ levels: s.levels, organisations: s.organisations, residents: s.residents });

/**
 * The changes `advise` proposes for the whole graph that spare organisations affected here: a
 * change counts the affected organisations it spares when a member of this scenario fails alone
 * (advise judges single failures). At most three, those sparing the most first; none when no
 * member is a supplier or no change spares anyone affected here.
 */
function scenarioAdvice(
  graph: KedjaGraph,
  engine: Engine,
  members: readonly string[],
  affected: ReadonlySet<string>,
  candidates: number,
): ScenarioReportData['advice'] {
  const memberSet = new Set(members);
  const advice = engine.advise({ top: candidates, by: 'critical' });
  const maybe = (id: string | undefined) => (id === undefined ? null : named(graph, id));
  const steps = advice.steps
    .map((step, order) => {
      const spared = new Set<string>();
      for (const entry of step.spared)
        if (memberSet.has(entry.supplier)) for (const id of entry.organisations) if (affected.has(id)) spared.add(id);
      return { step, order, spared: [...spared].sort() };
    })
    .filter((s) => s.spared.length > 0)
    .sort((a, b) => b.spared.length - a.spared.length || a.order - b.order)
    .slice(0, 3)
    .map(({ step, spared }): ScenarioAdvice => ({
      kind: step.kind,
      service: maybe(step.service),
      organisation: maybe(step.organisation),
      function: step.function ?? null,
      supplier: maybe(step.supplier),
      subcontractor: maybe(step.subcontractor),
      spared: spared.map((id) => named(graph, id)),
    }));
  return { considered: advice.steps.length, steps };
}
