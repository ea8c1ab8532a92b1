/**
 * Mitigation advice: the changes that cut the systemic risk score (risk-model.ts) the most, chosen
 * greedily one after another, each evaluated exactly on the model with the earlier ones applied.
 *
 * Candidate changes:
 * - `alternative`: give a service a second, independent supplier, declared as an alternative: the
 *   service then no longer fails when any of its current suppliers fails alone;
 * - `fallback`: an organisation sets up a manual fallback routine for a critical function: losing
 *   that service no longer costs it a critical function;
 * - `move`: a supplier moves off a subcontractor it shares with other suppliers, to one of its own
 *   (which takes the old one's place, also in an alternatives group).
 * Each comes with its effect: the score before and after, and which organisations keep their
 * critical functions when which supplier fails. Ties go to the larger reduction in the other
 * measure (population for `critical`, organisations for `population`), then to the change that is
 * cheaper to make: a fallback routine (in the organisation's own hands), then moving off a
 * subcontractor (a demand on one supplier), then a second supplier (a new procurement); then ids.
 *
 * With possible edges (issue 13) the advice is computed on the upper bound, every possible edge
 * taken as required: the changes that cut the worst plausible risk most. Each step then also gives
 * its score in the lower bound (`lower`: the same model with the possible edges left out), so that
 * a planner sees what the change does if the possible dependencies turn out not to exist; a change
 * can cut only the upper bound (a fallback for a possible dependency, say).
 *
 * O(k x (V + E + S x blast + structural candidates x their blasts + fallback candidates x degree)):
 * a structural change is tried by disabling the requirement units it satisfies, without rebuilding
 * the snapshot (risk-model.ts); the snapshot is rebuilt once per step, for the change made.
 */
import { EDGE_KIND_CODES, lowerBoundSnapshot, type SnapshotInput } from '../kernel/index.js';
import {
  DISABLED,
  modelSnapshot,
  runAlone,
  singleFailures,
  weightOf,
  type ModelChanges,
  type RiskMeasure,
  type SingleFailures,
} from './risk-model.js';

export type Change =
  | { kind: 'alternative'; service: number; providedBy: number[] }
  | { kind: 'fallback'; organisation: number; service: number; edge: number }
  | { kind: 'move'; supplier: number; subcontractor: number; edges: number[] };

export interface Spared {
  /** The supplier whose failure alone no longer costs these organisations a critical function. */
  supplier: number;
  organisations: number[];
}

export interface Advice {
  change: Change;
  scoreBefore: number;
  scoreAfter: number;
  /** Spared organisations per supplier failure. */
  spared: Spared[];
  /** alternative: the suppliers whose failure alone takes the service down today; move: the other suppliers that use the subcontractor. */
  context: number[];
  /** Only with possible edges: the score before and after in the lower bound (possible edges left out). */
  lower?: LowerScores;
}

/** The risk score in the lower bound (possible edges left out), before and after. */
export interface LowerScores {
  scoreBefore: number;
  scoreAfter: number;
}

export interface AdviseOptions {
  /** Changes to propose (default 5). */
  top?: number;
  /** What the score counts (default critical organisations). */
  by?: RiskMeasure;
}

export interface AdviceResult {
  by: RiskMeasure;
  /** The score today and after all proposed changes. */
  scoreBefore: number;
  scoreAfter: number;
  advice: Advice[];
  /** Candidates evaluated at the first step. */
  candidates: number;
  /** Only with possible edges: the score today and after all proposed changes in the lower bound. */
  lower?: LowerScores;
}

const DEFAULTS = { top: 5, by: 'critical' } as const;
/** Ties go to the change that is cheaper to make. */
const KIND_ORDER = { fallback: 0, move: 1, alternative: 2 } as const;
const PROVIDED_BY = EDGE_KIND_CODES.providedBy;
const SUBCONTRACTS = EDGE_KIND_CODES.subcontracts;
const USES = EDGE_KIND_CODES.uses;

interface Evaluated {
  change: Change;
  reduction: number;
  other: number;
  spared: Spared[];
  context: number[];
}

/**
 * `hasFallback[e]`: the edge already has a fallback routine (it is covered from the start).
 */
export function adviseChanges(
  input: SnapshotInput,
  hasFallback: Uint8Array,
  options: AdviseOptions = {},
): AdviceResult {
  const top = options.top ?? DEFAULTS.top;
  const by = options.by ?? DEFAULTS.by;
  const other: RiskMeasure = by === 'critical' ? 'population' : 'critical';
  const edges = input.edgeSource.length;
  const changes: ModelChanges = { removed: new Uint8Array(edges), covered: Uint8Array.from(hasFallback) };
  let current = singleFailures(modelSnapshot(input, changes), by);
  const scoreBefore = current.score;
  // With possible edges, the score of the same model in the lower bound, step by step.
  const bounded = input.edgePossible?.includes(1) === true;
  const lowerScore = () => singleFailures(lowerBoundSnapshot(modelSnapshot(input, changes)), by).score;
  const lowerBefore = bounded ? lowerScore() : 0;
  let lowerCurrent = lowerBefore;
  const advice: Advice[] = [];
  let candidates = 0;

  for (let step = 0; step < top; step++) {
    const evaluated = [
      ...structuralCandidates(input, changes, current).map(({ change, context }) =>
        evaluateStructural(current, change, context, by, other),
      ),
      ...evaluateFallbacks(input, changes, current, by, other),
    ];
    if (step === 0) candidates = evaluated.length;
    evaluated.sort(
      (a, b) =>
        b.reduction - a.reduction ||
        b.other - a.other ||
        KIND_ORDER[a.change.kind] - KIND_ORDER[b.change.kind] ||
        key(a.change) - key(b.change),
    );
    const best = evaluated[0];
    if (!best || best.reduction <= 0) break;
    apply(changes, best.change);
    const next = singleFailures(modelSnapshot(input, changes), by);
    const lowerNext = bounded ? lowerScore() : 0;
    advice.push({
      change: best.change,
      scoreBefore: current.score,
      scoreAfter: next.score,
      spared: best.spared,
      context: best.context,
      ...(bounded ? { lower: { scoreBefore: lowerCurrent, scoreAfter: lowerNext } } : {}),
    });
    current = next;
    lowerCurrent = lowerNext;
  }
  return {
    by,
    scoreBefore,
    scoreAfter: current.score,
    advice,
    candidates,
    ...(bounded ? { lower: { scoreBefore: lowerBefore, scoreAfter: lowerCurrent } } : {}),
  };
}

function key(change: Change): number {
  switch (change.kind) {
    case 'alternative':
      return change.service;
    case 'fallback':
      return change.edge;
    case 'move':
      return change.edges[0]!;
  }
}

function apply(changes: ModelChanges, change: Change): void {
  if (change.kind === 'fallback') changes.covered[change.edge] = 1;
  else for (const e of change.kind === 'alternative' ? change.providedBy : change.edges) changes.removed[e] = 1;
}

interface Structural {
  change: Change & { kind: 'alternative' | 'move' };
  /** alternative: suppliers that take the service down alone; move: the subcontractor's other users. */
  context: number[];
}

/** Services that fail when some supplier fails alone; supplier-subcontractor links to a shared subcontractor. */
function structuralCandidates(input: SnapshotInput, changes: ModelChanges, current: SingleFailures): Structural[] {
  const providedBy = new Map<number, number[]>();
  const subcontracts = new Map<string, { supplier: number; subcontractor: number; edges: number[] }>();
  const usersOf = new Map<number, Set<number>>();
  for (let e = 0; e < input.edgeSource.length; e++) {
    if (changes.removed[e] === 1) continue;
    const source = input.edgeSource[e]!;
    const target = input.edgeTarget[e]!;
    if (input.edgeKind[e] === PROVIDED_BY) {
      if (!providedBy.has(source)) providedBy.set(source, []);
      providedBy.get(source)!.push(e);
    } else if (input.edgeKind[e] === SUBCONTRACTS) {
      const k = `${source}>${target}`;
      if (!subcontracts.has(k)) subcontracts.set(k, { supplier: source, subcontractor: target, edges: [] });
      subcontracts.get(k)!.edges.push(e);
      if (!usersOf.has(target)) usersOf.set(target, new Set());
      usersOf.get(target)!.add(source);
    }
  }
  const result: Structural[] = [];
  for (const [service, list] of [...providedBy].sort(([a], [b]) => a - b)) {
    const hitBy = current.hitBy[service]!;
    if (hitBy.length > 0)
      result.push({ change: { kind: 'alternative', service, providedBy: list }, context: [...hitBy] });
  }
  for (const link of subcontracts.values()) {
    if (usersOf.get(link.subcontractor)!.size < 2) continue;
    // The new subcontractor takes the old one's place, also in its alternatives group, and never
    // fails with today's suppliers: that group can no longer fail, so all of its links go.
    const groups = new Set(link.edges.map((e) => input.edgeGroup[e]!).filter((g) => g >= 0));
    const edges = new Set(link.edges);
    if (groups.size > 0) {
      for (let e = 0; e < input.edgeSource.length; e++) {
        if (changes.removed[e] !== 1 && input.edgeSource[e] === link.supplier && groups.has(input.edgeGroup[e]!)) {
          edges.add(e);
        }
      }
    }
    const others = [...usersOf.get(link.subcontractor)!].filter((u) => u !== link.supplier).sort((a, b) => a - b);
    result.push({ change: { kind: 'move', ...link, edges: [...edges].sort((a, b) => a - b) }, context: others });
  }
  return result;
}

/** The requirement units a structural change satisfies for good, in the current snapshot. */
function unitsOf(current: SingleFailures, change: Change): number[] {
  const { reqStart, reqUnit, reqTarget } = current.snapshot;
  const units = new Set<number>();
  const owner = change.kind === 'alternative' ? change.service : change.kind === 'move' ? change.supplier : -1;
  for (let i = reqStart[owner]!; i < reqStart[owner + 1]!; i++) {
    if (change.kind === 'alternative' || reqTarget[i] === (change as { subcontractor: number }).subcontractor) {
      units.add(reqUnit[i]!);
    }
  }
  return [...units];
}

/**
 * Exact effect of a structural change: the units it satisfies are disabled in the patchable
 * propagator, and the suppliers whose blasts reach what it changes are run again.
 */
function evaluateStructural(
  current: SingleFailures,
  change: Change & { kind: 'alternative' | 'move' },
  context: number[],
  by: RiskMeasure,
  otherMeasure: RiskMeasure,
): Evaluated {
  const { propagator, capacity } = current.patchable;
  const weight = weightOf(current.snapshot, by);
  const otherWeight = weightOf(current.snapshot, otherMeasure);
  const units = unitsOf(current, change);
  const saved = units.map((u) => capacity[u]!);
  for (const u of units) capacity[u] = DISABLED;
  const spared: Spared[] = [];
  let reduction = 0;
  let other = 0;
  try {
    const touched = change.kind === 'alternative' ? change.service : change.subcontractor;
    for (const s of current.hitBy[touched]!) {
      const after = runAlone(propagator, s, weight);
      reduction += current.damage[s]! - after.damage;
      const still = new Set(after.critical);
      const lost = current.critical[s]!.filter((o) => !still.has(o));
      for (const o of lost) other += otherWeight(o);
      if (lost.length > 0) spared.push({ supplier: s, organisations: lost });
    }
  } finally {
    units.forEach((u, k) => (capacity[u] = saved[k]!));
  }
  return { change, reduction, other, spared, context };
}

/**
 * Every fallback candidate at once, locally: for each supplier failing alone and each organisation
 * it hits critically, each of that organisation's lost critical uses edges without a routine is
 * tried as covered; the organisation is spared when its critical need is then met.
 */
function evaluateFallbacks(
  input: SnapshotInput,
  changes: ModelChanges,
  current: SingleFailures,
  by: RiskMeasure,
  otherMeasure: RiskMeasure,
): Evaluated[] {
  const { snapshot } = current;
  const weight = weightOf(snapshot, by);
  const otherWeight = weightOf(snapshot, otherMeasure);
  const bySource = new Map<number, number[]>();
  for (let e = 0; e < input.edgeSource.length; e++) {
    if (changes.removed[e] === 1) continue;
    const o = input.edgeSource[e]!;
    if (o < snapshot.assetCount) continue;
    if (!bySource.has(o)) bySource.set(o, []);
    bySource.get(o)!.push(e);
  }
  const isCritical = (e: number) => input.edgeCritical[e] === 1 && changes.covered[e] !== 1;
  const failed = new Uint32Array(snapshot.nodeCount);
  const results = new Map<number, Evaluated>();
  for (let s = 0; s < snapshot.supplierCount; s++) {
    const epoch = s + 1;
    for (const v of current.failed[s]!) failed[v] = epoch;
    const down = (v: number) => failed[v] === epoch;
    for (const o of current.critical[s]!) {
      const own = bySource.get(o) ?? [];
      for (const e of own) {
        if (input.edgeKind[e] !== USES || !isCritical(e) || !down(input.edgeTarget[e]!)) continue;
        if (criticalNeedUnmet(input, own, (f) => f !== e && isCritical(f), down)) continue;
        let entry = results.get(e);
        if (!entry) {
          entry = {
            change: { kind: 'fallback', organisation: o, service: input.edgeTarget[e]!, edge: e },
            reduction: 0,
            other: 0,
            spared: [],
            context: [],
          };
          results.set(e, entry);
        }
        entry.reduction += weight(o);
        entry.other += otherWeight(o);
        entry.spared.push({ supplier: s, organisations: [o] });
      }
    }
  }
  return [...results.values()];
}

/** Whether the need over the organisation's critical edges (AND of ungrouped, OR within groups) is unmet. */
function criticalNeedUnmet(
  input: SnapshotInput,
  own: number[],
  counts: (e: number) => boolean,
  down: (v: number) => boolean,
): boolean {
  const groupUp = new Map<number, boolean>();
  for (const e of own) {
    if (!counts(e)) continue;
    const group = input.edgeGroup[e]!;
    const isDown = down(input.edgeTarget[e]!);
    if (group < 0) {
      if (isDown) return true;
    } else {
      groupUp.set(group, (groupUp.get(group) ?? false) || !isDown);
    }
  }
  for (const up of groupUp.values()) if (!up) return true;
  return false;
}
