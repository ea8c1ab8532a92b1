/**
 * The timeline of a scenario: how consequences grow with the length of the outage. For each step
 * (by default 4 h, 24 h, 48 h, 1 week, 1 month) the count of affected organisations per level, the
 * functions that fail at that step (reach critical or worse for the first time), the organisations
 * that reach crisis, and the population, residents (each counted once) and sectors behind the
 * organisations at critical or worse.
 *
 * With possible edges (issue 13) the timeline of each bound is this function on that bound's blast:
 * `engine.blastLower` for the lower, `engine.blast` for the upper. The graph is the same for both:
 * the lower bound's lost dependencies are reached by confirmed edges only, and a Kedja graph holds
 * at most one uses or contracts edge per pair (model/graph.ts, edgeKey), so the facts read for them
 * are those of the graph without its possible edges (test/bounds-vs-reference.test.ts checks it).
 *
 * O(steps x affected organisations x lost dependencies x rules).
 */
import type { BlastRadius } from '../blast/index.js';
import type { KedjaGraph } from '../model/index.js';
import { assessConsequences } from './assess-consequences.js';
import type { ConsequenceModel } from './consequence-model.js';
import { defaultConsequenceModel } from './default-model.js';
import { formatDuration, STANDARD_DURATIONS } from './duration.js';
import { emptyLevelCounts, levelRank, type ConsequenceLevel, type LevelCounts } from './levels.js';
import { dataRecord, ResidentCounter } from '../model/index.js';

const CRITICAL = levelRank('critical');

export interface FailingFunction {
  organisation: string;
  function: string;
  dependency: string;
  level: ConsequenceLevel;
  /** Sectors the function serves (by the rules' sector words). */
  sectors: string[];
  because: string[];
  maxOutageHours?: number;
}

export interface TimelineStep {
  hours: number;
  label: string;
  /** Affected organisations per level after this long. */
  levels: LevelCounts;
  /** Functions that reach critical or worse at this step and were below it at the step before. */
  failing: FailingFunction[];
  /** Organisations that reach crisis at this step. */
  crisis: string[];
  /** Organisations with at least one function at critical or worse after this long. */
  organisations: number;
  /** Their population served (where known). */
  population: number;
  /** Of those, the ones that were not there at the step before, and their population. */
  newOrganisations: string[];
  newPopulation: number;
  /** The residents behind the organisations at critical or worse, each counted once (see ResidentCounter). */
  residents: number;
  /** How many more than at the step before. */
  newResidents: number;
  /** Organisations at critical or worse per sector they run. */
  bySector: Record<string, number>;
}

export interface Timeline {
  rules: string;
  steps: TimelineStep[];
}

export interface TimelineOptions {
  /** Outage lengths in hours, ascending (default 4, 24, 48, 168, 720). */
  hours?: readonly number[];
  model?: ConsequenceModel;
}

/**
 * Consequences of a blast by outage length (by default 4 h, 24 h, 48 h, 1 week, 1 month): per step the
 * organisations per level, the functions that reach critical, the population and sectors behind them.
 */
export function computeTimeline(graph: KedjaGraph, blast: BlastRadius, options: TimelineOptions = {}): Timeline {
  const hours = [...(options.hours ?? STANDARD_DURATIONS)].sort((a, b) => a - b);
  const model = options.model ?? defaultConsequenceModel;
  const failedBefore = new Set<string>();
  const atCriticalBefore = new Set<string>();
  const inCrisisBefore = new Set<string>();
  let residentsBefore = 0;
  const steps = hours.map((length): TimelineStep => {
    const consequences = assessConsequences(graph, blast, length, model);
    const levels = emptyLevelCounts();
    const failing: FailingFunction[] = [];
    const crisis: string[] = [];
    const newOrganisations: string[] = [];
    const bySector: Record<string, number> = dataRecord();
    let organisations = 0;
    let population = 0;
    let newPopulation = 0;
    const residents = new ResidentCounter();
    for (const consequence of consequences) {
      levels[consequence.level]++;
      for (const f of consequence.functions) {
        const key = `${consequence.id}\u0000${f.dependency}`;
        if (levelRank(f.level) >= CRITICAL && !failedBefore.has(key)) {
          failedBefore.add(key);
          failing.push({
            organisation: consequence.id,
            function: f.function,
            dependency: f.dependency,
            level: f.level,
            sectors: f.sectors,
            because: f.because,
            ...(f.maxOutageHours !== undefined ? { maxOutageHours: f.maxOutageHours } : {}),
          });
        }
      }
      if (consequence.level === 'crisis' && !inCrisisBefore.has(consequence.id)) {
        inCrisisBefore.add(consequence.id);
        crisis.push(consequence.id);
      }
      if (levelRank(consequence.level) < CRITICAL) continue;
      const attributes = graph.getNodeAttributes(consequence.id);
      const people = attributes.kind === 'organisation' ? (attributes.population ?? 0) : 0;
      organisations++;
      population += people;
      if (attributes.kind === 'organisation') {
        residents.add(attributes);
        for (const sector of attributes.sectors ?? []) bySector[sector] = (bySector[sector] ?? 0) + 1;
      }
      if (!atCriticalBefore.has(consequence.id)) {
        atCriticalBefore.add(consequence.id);
        newOrganisations.push(consequence.id);
        newPopulation += people;
      }
    }
    // Longer outages only raise levels, so the organisations at critical or worse only grow.
    const total = residents.total;
    const newResidents = total - residentsBefore;
    residentsBefore = total;
    return {
      hours: length,
      label: formatDuration(length),
      levels,
      failing,
      crisis,
      organisations,
      population,
      newOrganisations,
      newPopulation,
      residents: total,
      newResidents,
      bySector,
    };
  });
  return { rules: model.rules.name, steps };
}
