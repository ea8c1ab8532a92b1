/**
 * ResidentTally: the rule (per area, the largest affected region's figure when a region is
 * affected, or the municipalities' sum should it be larger; else the municipalities' sum), runs back
 * to back (only the touched areas are cleared), and the kernel's written-out path (`touch` and
 * `sums`) against `add`, on random runs compared with a plain reference.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';

import { ResidentTally } from './resident-tally.js';

interface Affected {
  area: number;
  isRegion: number;
  population: number;
}

/** The rule, written plainly: per area in order of first touch, region figure or municipalities' sum. */
function reference(affected: readonly Affected[]): number {
  const areas = new Map<number, { region: number | undefined; municipalities: number }>();
  for (const { area, isRegion, population } of affected) {
    if (area < 0 || Number.isNaN(population)) continue;
    const entry = areas.get(area) ?? { region: undefined, municipalities: 0 };
    areas.set(area, entry);
    if (isRegion) entry.region = Math.max(entry.region ?? 0, population);
    else entry.municipalities += population;
  }
  let sum = 0;
  for (const { region, municipalities } of areas.values()) {
    sum += region === undefined ? municipalities : Math.max(region, municipalities);
  }
  return sum;
}

/** Floats in [0, 1) from a seeded pure-rand generator (as generate-graph.ts draws), so that a failure can be replayed. */
function random(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

describe('ResidentTally', () => {
  it('counts a region over its municipalities, and municipalities when they give more', () => {
    const tally = new ResidentTally(3);
    tally.start();
    tally.add(0, 0, 40); // area 0: two municipalities (70) under a region of 100
    tally.add(0, 1, 100);
    tally.add(0, 0, 30);
    tally.add(1, 1, 50); // area 1: a region of 50, municipalities 80
    tally.add(1, 0, 80);
    tally.add(2, 0, 5); // area 2: a lone municipality
    tally.add(-1, 0, 1000); // no area
    tally.add(2, 0, NaN); // unknown population
    expect(tally.total()).toBe(100 + 80 + 5);
  });

  it('starts each run empty, whatever the last run touched', () => {
    const tally = new ResidentTally(2);
    tally.start();
    tally.add(0, 1, 100);
    tally.add(1, 0, 7);
    expect(tally.total()).toBe(107);
    tally.start();
    expect(tally.total()).toBe(0);
    tally.add(1, 0, 3);
    expect(tally.total()).toBe(3);
  });

  it('gives slots: area * 2, plus 1 for a region, -1 for no area', () => {
    const slots = ResidentTally.slots(Int32Array.of(0, 2, -1, 1), Uint8Array.of(0, 1, 1, 0));
    expect([...slots]).toEqual([0, 5, -1, 2]);
  });

  it('agrees with the plain rule on random runs back to back, by add and by slot', () => {
    const next = random(12);
    const areaCount = 5;
    const byAdd = new ResidentTally(areaCount);
    const bySlot = new ResidentTally(areaCount);
    for (let run = 0; run < 300; run++) {
      const affected: Affected[] = Array.from({ length: Math.floor(next() * 12) }, () => ({
        area: Math.floor(next() * (areaCount + 1)) - 1,
        isRegion: next() < 0.2 ? 1 : 0,
        population: next() < 0.1 ? NaN : next() < 0.1 ? 0 : Math.floor(next() * 1000),
      }));
      byAdd.start();
      bySlot.start();
      const slots = ResidentTally.slots(
        Int32Array.from(affected, (a) => a.area),
        Uint8Array.from(affected, (a) => a.isRegion),
      );
      const { sums } = bySlot;
      affected.forEach(({ area, isRegion, population }, i) => {
        byAdd.add(area, isRegion, population);
        const slot = slots[i]!;
        if (slot < 0 || Number.isNaN(population)) return;
        let before = sums[slot]!;
        if (Number.isNaN(before)) before = bySlot.touch(slot);
        sums[slot] = slot & 1 ? Math.max(before, population) : before + population;
      });
      expect(byAdd.total()).toBe(reference(affected));
      expect(bySlot.total()).toBe(reference(affected));
    }
  });
});
