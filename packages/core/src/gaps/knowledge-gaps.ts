/**
 * Which knowledge gap matters most (issue 13): the suppliers whose subcontracting is unknown or
 * who could settle possible dependencies, ranked by how much of the doubt in every single-supplier
 * scenario depends on them, so that a planner knows whom to ask first.
 *
 * The doubt of a scenario is what fails in its upper bound (possible dependencies taken as real)
 * and not in its lower bound (left out). A supplier *settles* the possible dependencies it could
 * confirm or deny: its own possible subcontracts (whom it subcontracts to) and the possible
 * provided_by edges that name it (whether it delivers a service). An organisation's doubt in a
 * scenario is *attributable* to supplier s when it leaves the upper bound once s's possible
 * dependencies are left out: if s said none of them is real, that doubt would be gone. Summed over
 * every supplier failing alone, this is the measure `organisations` (and `population`,
 * `criticalOrganisations`) below; doubt that needs possible dependencies of two suppliers, or that
 * another supplier's dependencies also explain, is attributable to neither, so the sum over
 * suppliers can be less than the whole doubt (`doubt`).
 *
 * A supplier whose subcontracting is `unknown` but that carries no possible dependency has no
 * measurable doubt (nothing says whom it might depend on); it is listed with what is at stake,
 * `exposed`: the organisations affected when it fails. `assumeUnknown` (assume-unknown.ts) gives
 * such suppliers possible dependencies on named providers, which makes their doubt measurable.
 *
 * Cost: one systemic ranking of counts (see blast/ranking.ts) for the graph and one per supplier
 * that settles possible dependencies, each on a snapshot rebuilt without them: O(G · (V + E + R))
 * for G such suppliers and R the cost of a ranking.
 */
import {
  editSnapshot,
  EDGE_KIND_CODES,
  lowerBoundSnapshot,
  Propagator,
  type NodeTable,
  type Snapshot,
} from '../kernel/index.js';
import type { Subcontracting } from '../model/index.js';

/** Counts summed over every single-supplier scenario. */
export interface DoubtCounts {
  organisations: number;
  criticalOrganisations: number;
  population: number;
}

/** One supplier whose disclosure would narrow the bounds, or whose subcontracting nobody knows. */
export interface KnowledgeGap {
  supplier: string;
  /** As the data declares it (`known` when not declared). */
  subcontracting: Subcontracting;
  /** The possible dependencies it could settle: its possible subcontracts and possible provided_by edges naming it. */
  possibleEdges: number;
  /** Doubt attributable to it, summed over every supplier failing alone (see the banner). */
  doubt: DoubtCounts;
  /** Organisations affected when this supplier fails (upper bound): what its subcontracting puts at stake. */
  exposed: number;
}

export interface KnowledgeGaps {
  /** Most attributable doubt first (organisations, then population), then most exposed, then supplier id. */
  gaps: KnowledgeGap[];
  /** All the doubt: upper minus lower bound, summed over every supplier failing alone. */
  doubt: DoubtCounts;
  /** Possible dependencies that organisations declared themselves (uses, contracts): theirs to settle, no supplier's. */
  organisationEdges: number;
}

export interface KnowledgeGapOptions {
  /** Called after each supplier's doubt is measured (done of total). */
  onProgress?: (done: number, total: number) => void;
}

const SUBCONTRACTS = EDGE_KIND_CODES.subcontracts;
const PROVIDED_BY = EDGE_KIND_CODES.providedBy;

/** Every supplier failing alone, counts summed. O(R). */
function summedRanking(snapshot: Snapshot): DoubtCounts {
  const propagator = new Propagator(snapshot);
  const member = new Int32Array(1);
  const sum: DoubtCounts = { organisations: 0, criticalOrganisations: 0, population: 0 };
  for (let s = 0; s < snapshot.supplierCount; s++) {
    member[0] = s;
    const summary = propagator.count(member);
    sum.organisations += summary.organisations;
    sum.criticalOrganisations += summary.criticalOrganisations;
    sum.population += summary.population;
  }
  return sum;
}

const minus = (a: DoubtCounts, b: DoubtCounts): DoubtCounts => ({
  organisations: a.organisations - b.organisations,
  criticalOrganisations: a.criticalOrganisations - b.criticalOrganisations,
  population: a.population - b.population,
});

/**
 * The possible forward edges each supplier settles, by supplier, and how many possible edges are
 * organisations' own. O(E).
 */
export function settledEdges(snapshot: Snapshot): { bySupplier: Map<number, number[]>; organisationEdges: number } {
  const bySupplier = new Map<number, number[]>();
  let organisationEdges = 0;
  if (snapshot.possibleCount === 0) return { bySupplier, organisationEdges };
  const { reqStart, reqTarget, reqKind, reqPossible, assetCount } = snapshot;
  for (let v = 0; v < snapshot.nodeCount; v++) {
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      if (reqPossible[i] !== 1) continue;
      if (v >= assetCount) {
        organisationEdges++;
        continue;
      }
      const kind = reqKind[i];
      const owner = kind === SUBCONTRACTS ? v : kind === PROVIDED_BY ? reqTarget[i]! : -1;
      if (owner < 0) continue;
      const list = bySupplier.get(owner);
      if (list === undefined) bySupplier.set(owner, [i]);
      else list.push(i);
    }
  }
  return { bySupplier, organisationEdges };
}

/** The knowledge gaps of a graph's snapshot (see the banner). */
export function computeKnowledgeGaps(
  snapshot: Snapshot,
  table: NodeTable,
  options: KnowledgeGapOptions = {},
): KnowledgeGaps {
  const { bySupplier, organisationEdges } = settledEdges(snapshot);
  const upper = summedRanking(snapshot);
  const lower = snapshot.possibleCount === 0 ? upper : summedRanking(lowerBoundSnapshot(snapshot));
  const propagator = new Propagator(snapshot);
  const member = new Int32Array(1);
  const none: DoubtCounts = { organisations: 0, criticalOrganisations: 0, population: 0 };

  const measured = [...bySupplier.keys()].sort((a, b) => a - b);
  const gaps: KnowledgeGap[] = [];
  const add = (supplier: number, doubt: DoubtCounts) => {
    member[0] = supplier;
    gaps.push({
      supplier: snapshot.ids[supplier]!,
      subcontracting: table.subcontracting(supplier) ?? 'known',
      possibleEdges: bySupplier.get(supplier)?.length ?? 0,
      doubt,
      exposed: propagator.count(member).organisations,
    });
  };
  measured.forEach((supplier, done) => {
    const edges = new Set(bySupplier.get(supplier));
    add(supplier, minus(upper, summedRanking(editSnapshot(snapshot, { drop: (i) => edges.has(i) }))));
    options.onProgress?.(done + 1, measured.length);
  });
  for (let s = 0; s < snapshot.supplierCount; s++) {
    if (!bySupplier.has(s) && table.subcontracting(s) === 'unknown') add(s, none);
  }
  gaps.sort(compareKnowledgeGaps);
  return { gaps, doubt: minus(upper, lower), organisationEdges };
}

/** The order of the gaps: most attributable doubt, then most exposed, then supplier id. */
export function compareKnowledgeGaps(a: KnowledgeGap, b: KnowledgeGap): number {
  return (
    b.doubt.organisations - a.doubt.organisations ||
    b.doubt.population - a.doubt.population ||
    b.exposed - a.exposed ||
    (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0)
  );
}
