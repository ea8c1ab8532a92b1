/**
 * The N-2 screen and the cover in both bounds of a graph with possible edges (issue 13): each
 * answered on the lower bound's propagator (possible edges left out) and on the upper bound's
 * (every possible edge required), as the engine's other bounded questions are.
 *
 * - Pairs: what a pair takes down *beyond* what either takes down alone is not monotone in the
 *   edges (a possible edge can let one supplier take an organisation down alone, and then it is no
 *   longer beyond), so the two screens are not bounds of one another: a pair is listed when it
 *   takes something down beyond in either graph, with its lower bound's fields and `upper`, and
 *   ranked by the lower bound's organisations beyond, then the upper bound's, then population,
 *   then the suppliers. The organisations the pair affects in all (`organisations`) are bounds.
 * - Cover: the fewest suppliers that reach the share, in each graph. More edges can only affect
 *   more, so the upper bound's cover is the smallest the truth can need (the worst case) and the
 *   lower bound's the largest, up to the greedy's distance from the optimum.
 *
 * O(both screens) and O(both covers): twice the cost of one bound.
 */
import type { Propagator } from '../kernel/index.js';
import { coverShare, type CoverOptions, type CoverResult } from './cover.js';
import { screenPairs, type PairEntry, type PairScreen, type PairScreenOptions } from './pair-screen.js';

export interface BoundedPairEntry extends PairEntry {
  /** The same pair in the upper bound (`beyond` and `defeated` empty when it takes nothing down beyond there). */
  upper: Omit<PairEntry, 'a' | 'b'>;
}

export interface BoundedPairScreen extends Omit<PairScreen, 'pairs'> {
  /** Pairs found in either bound, ranked by the lower bound's organisations beyond, then the upper's. */
  pairs: BoundedPairEntry[];
  /** Pairs found in the upper bound, and checked there; `found` and `checked` count the lower bound's. */
  upper: { found: number; checked: number };
  /** Pairs found in either bound. */
  foundEither: number;
}

const DEFAULT_TOP = 10;

/** The pair as a bound that finds nothing beyond for it has it: what it affects in all. */
function plainPair(propagator: Propagator, a: number, b: number): PairEntry {
  const { organisations } = propagator.count([a, b]);
  return { a, b, beyond: [], beyondPopulation: 0, organisations, defeated: [] };
}

/** The N-2 screen in both bounds (see the banner). */
export function screenPairsBounds(
  lower: Propagator,
  upper: Propagator,
  options: PairScreenOptions = {},
): BoundedPairScreen {
  const top = options.top ?? DEFAULT_TOP;
  const every = { ...options, top: Number.POSITIVE_INFINITY };
  const low = screenPairs(lower, every);
  const high = screenPairs(upper, every);
  const S = lower.snapshot.supplierCount;
  const byKey = (screen: PairScreen) => new Map(screen.pairs.map((pair) => [pair.a * S + pair.b, pair]));
  const lowByKey = byKey(low);
  const highByKey = byKey(high);
  const pairs = [...new Set([...lowByKey.keys(), ...highByKey.keys()])].map((key): BoundedPairEntry => {
    const a = Math.floor(key / S);
    const b = key % S;
    const { a: _a, b: _b, ...counts } = highByKey.get(key) ?? plainPair(upper, a, b);
    return { ...(lowByKey.get(key) ?? plainPair(lower, a, b)), upper: counts };
  });
  pairs.sort(
    (x, y) =>
      y.beyond.length - x.beyond.length ||
      y.upper.beyond.length - x.upper.beyond.length ||
      y.beyondPopulation - x.beyondPopulation ||
      y.upper.beyondPopulation - x.upper.beyondPopulation ||
      x.a - y.a ||
      x.b - y.b,
  );
  return {
    pairs: pairs.slice(0, top),
    found: low.found,
    checked: low.checked,
    total: low.total,
    upper: { found: high.found, checked: high.checked },
    foundEither: pairs.length,
  };
}

/** The cover in both bounds: the lower bound's result, and the upper bound's (see the banner). */
export function coverShareBounds(
  lower: Propagator,
  upper: Propagator,
  options: CoverOptions,
): CoverResult & { upper: CoverResult } {
  return { ...coverShare(lower, options), upper: coverShare(upper, options) };
}
