/**
 * The reference side of the Monte Carlo tests (test/simulation-vs-reference.test.ts, and with
 * possible edges test/bounds-analyses.test.ts): the same seeded draws as the engine's, each draw's
 * damage by `referenceBlast`, summed up as `engine.simulate` reports it (per-draw values, the worst
 * draw, each supplier's avoided damage). What a draw is (which suppliers fail, on which graph) is
 * the caller's: `drawOne` reads the draw's bits.
 */
import type { KedjaGraph } from '@kedja/core';
import type { FailureDraws } from '@kedja/core/kernel';
import { referenceBlast } from '@kedja/core/reference';

/** What failing `members` do to `graph`, by the reference. */
export function referenceDamage(graph: KedjaGraph, members: string[]) {
  const blast = referenceBlast(graph, members);
  let population = 0;
  for (const id of blast.affected.keys()) {
    const attributes = graph.getNodeAttributes(id);
    if (attributes.kind === 'organisation') population += attributes.population ?? 0;
  }
  const critical = [...blast.affected.values()].filter((o) => o.critical).length;
  return { organisations: blast.affected.size, criticalOrganisations: critical, population };
}

/**
 * Replays `samples` draws of `draws` (masks of `width` bits, 32 draws per batch) and sums up the
 * reference's damage of each; `drawOne(bit)` gives the draw's graph and failing suppliers.
 */
export function replayDraws(
  samples: number,
  draws: FailureDraws,
  width: number,
  suppliers: readonly string[],
  drawOne: (bit: (k: number) => boolean) => { graph: KedjaGraph; members: string[] },
) {
  const masks = new Int32Array(width);
  const values = {
    organisations: new Float64Array(samples),
    critical: new Float64Array(samples),
    population: new Float64Array(samples),
  };
  const avoided = new Map(suppliers.map((s) => [s, 0]));
  let worst = { organisations: -1, criticalOrganisations: -1, population: -1, draw: -1, suppliers: [] as string[] };
  for (let first = 0; first < samples; first += 32) {
    const lanes = Math.min(32, samples - first);
    draws.next(masks, lanes);
    for (let j = 0; j < lanes; j++) {
      const { graph, members } = drawOne((k) => ((masks[k]! >>> j) & 1) === 1);
      const d = referenceDamage(graph, members);
      values.organisations[first + j] = d.organisations;
      values.critical[first + j] = d.criticalOrganisations;
      values.population[first + j] = d.population;
      const better =
        d.organisations - worst.organisations ||
        d.criticalOrganisations - worst.criticalOrganisations ||
        d.population - worst.population;
      if (better > 0) worst = { ...d, draw: first + j + 1, suppliers: [...members].sort() };
      for (const member of members) {
        const without = referenceDamage(
          graph,
          members.filter((m) => m !== member),
        );
        avoided.set(member, avoided.get(member)! + d.organisations - without.organisations);
      }
    }
  }
  return { values, worst, avoided };
}
