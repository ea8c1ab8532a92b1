import { describe, expect, it } from 'vitest';

import { countResidents, type ResidentFacts } from './residents.js';

const municipality = (county: string | undefined, population?: number): ResidentFacts => ({
  orgType: 'municipality',
  county,
  population,
});
const region = (county: string | undefined, population?: number): ResidentFacts => ({
  orgType: 'region',
  county,
  population,
});

describe('residents counted once', () => {
  it('a region covers its county: its municipalities are not counted again (issue 16, datasets/demo)', () => {
    // Region Norrexempel (250,000) and Ådalen (25,000) in Exempellän: 250,000 residents, not 275,000.
    expect(countResidents([region('Exempellän', 250_000), municipality('Exempellän', 25_000)])).toBe(250_000);
  });

  it('municipalities add up where their region is not affected, county by county', () => {
    const affected = [
      municipality('A län', 10_000),
      municipality('A län', 5_000),
      municipality('B län', 7_000),
      region('B län', 300_000),
      municipality('C län', 1_000),
    ];
    expect(countResidents(affected)).toBe(10_000 + 5_000 + 300_000 + 1_000);
  });

  it('agencies and other organisations serve no area; unknown populations add nothing', () => {
    const affected: ResidentFacts[] = [
      { orgType: 'agency', county: 'A län', population: 9_000_000 },
      { orgType: 'other', population: 40 },
      { population: 77 },
      municipality('A län'),
      municipality('A län', Number.NaN),
      municipality('A län', 2_000),
    ];
    expect(countResidents(affected)).toBe(2_000);
  });

  it('two regions of one county count the larger; a region smaller than its municipalities counts them', () => {
    expect(countResidents([region('A län', 100), region('A län', 300), municipality('A län', 50)])).toBe(300);
    // Inconsistent data: never fewer residents than the affected municipalities hold.
    expect(countResidents([region('A län', 100), municipality('A län', 400)])).toBe(400);
    // A region without a population still covers its county.
    expect(countResidents([region('A län'), municipality('A län', 400)])).toBe(400);
  });

  it('without a county an organisation covers only itself', () => {
    expect(countResidents([region(undefined, 100), municipality(undefined, 20), municipality('', 3)])).toBe(123);
  });

  it('is the population sum when nothing overlaps, and never more', () => {
    const facts = [municipality('A', 1), municipality('B', 2), region('C', 40), municipality('C', 8), region('D', 16)];
    const population = facts.reduce((sum, f) => sum + (f.population ?? 0), 0);
    expect(countResidents(facts)).toBe(population - 8);
    expect(countResidents(facts.filter((f) => f.county !== 'C'))).toBe(1 + 2 + 16);
  });
});
