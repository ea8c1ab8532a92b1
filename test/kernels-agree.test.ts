/**
 * The two Monte Carlo kernels agree exactly on the same draws, on thousands of random graphs
 * (cycles, alternatives groups, non-critical edges, missing populations): per lane the same
 * organisations, critical organisations and population, also with one supplier kept up and on a
 * subset of lanes. The bit-parallel kernel's failed, affected and critical sets are checked lane
 * by lane against the reference implementation.
 */
import { BitParallelKernel, createBatchResult, createSnapshot, PerDrawKernel } from '@kedja/core/kernel';
import { referenceBlast } from '@kedja/core/reference';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL, type Sizes } from './support/random-graph.js';

const RUNS = 2_000;
const MEDIUM_RUNS = 300;
let graphsChecked = 0;
let lanesChecked = 0;
afterAll(() =>
  console.log(`kernels compared on ${graphsChecked} random graphs, ${lanesChecked} lanes against the reference`),
);

const word = fc.integer({ min: -0x80000000, max: 0x7fffffff });

/** Draw words of varying density: sparse (a & b & c), medium (a), dense (a | b), none or all. */
function draws(count: number) {
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: 4 }), word, word, word), { minLength: count, maxLength: count })
    .map((parts) => Int32Array.from(parts, ([kind, a, b, c]) => [a & b & c, a, a | b, 0, -1][kind]!));
}

function arbitrary(sizes: Sizes) {
  return fc.tuple(
    randomCase(sizes),
    draws(sizes.maxSuppliers),
    fc.integer({ min: -1, max: sizes.maxSuppliers - 1 }),
    word,
  );
}

function check(
  [{ graph }, allMasks, without, laneMask]: [
    ReturnType<typeof randomCase> extends fc.Arbitrary<infer T> ? T : never,
    Int32Array,
    number,
    number,
  ],
  againstReference: boolean,
): void {
  const snapshot = createSnapshot(graph);
  const masks = allMasks.subarray(0, snapshot.supplierCount);
  const bit = new BitParallelKernel(snapshot);
  const perDraw = new PerDrawKernel(snapshot);
  bit.load(masks);
  perDraw.load(masks);
  const keep = without < snapshot.supplierCount ? without : -1;
  for (const [lanes, kept] of [
    [-1, -1],
    [laneMask, keep],
    [-1, keep],
  ] as const) {
    const a = createBatchResult();
    const b = createBatchResult();
    bit.run(a, lanes, kept);
    perDraw.run(b, lanes, kept);
    expect(a).toEqual(b);
  }

  if (againstReference) {
    bit.run(createBatchResult(), -1, -1);
    // A quarter of the lanes per graph (which quarter varies), to keep the slow reference quick.
    for (let lane = graphsChecked % 4; lane < 32; lane += 4) {
      const members = [...masks.keys()].filter((s) => ((masks[s]! >>> lane) & 1) === 1).map((s) => snapshot.ids[s]!);
      const reference = referenceBlast(graph, members);
      for (let v = 0; v < snapshot.assetCount; v++) {
        expect(bit.isFailed(v, lane), `${snapshot.ids[v]} lane ${lane}`).toBe(reference.failed.has(snapshot.ids[v]!));
      }
      for (let v = snapshot.assetCount; v < snapshot.nodeCount; v++) {
        const id = snapshot.ids[v]!;
        expect(bit.isAffected(v, lane), `${id} lane ${lane}`).toBe(reference.affected.has(id));
        expect(bit.isCritical(v, lane), `${id} lane ${lane}`).toBe(reference.affected.get(id)?.critical ?? false);
      }
      lanesChecked++;
    }
  }
  graphsChecked++;
}

describe('bit-parallel and per-draw kernels', () => {
  it(`agree exactly on ${RUNS} small random graphs, and match the reference lane by lane`, () => {
    fc.assert(
      fc.property(arbitrary(SMALL), (input) => check(input, true)),
      { numRuns: RUNS },
    );
  });

  it(`agree exactly on ${MEDIUM_RUNS} medium random graphs`, () => {
    fc.assert(
      fc.property(arbitrary(MEDIUM), (input) => check(input, false)),
      { numRuns: MEDIUM_RUNS },
    );
  });
});
