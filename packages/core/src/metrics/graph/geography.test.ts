import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { countryCounts, countryShares } from './country-shares.js';
import { eeaShare } from './eea-share.js';
import { suppliersByCountry } from './supplier-countries.js';

describe('countryShares (Fig 6.10)', () => {
  it('shares service–country pairs of used services', () => {
    // s1 SE; s2 SE + IE; s3 US; p1 IE; s4 (DE) has no users.
    const shares = countryShares(toyGraph());
    expect(shares).toEqual({ IE: 0.4, SE: 0.4, US: 0.2 });
    expect(Object.keys(shares)).toEqual(['IE', 'SE', 'US']);
    expect(countryCounts(toyGraph(), { usedOnly: false })).toEqual({ SE: 2, IE: 2, US: 1, DE: 1 });
    expect(countryShares(emptyGraph())).toEqual({});
    expect(countryShares(cycleGraph())).toEqual({ SE: 1 });
  });
});

describe('eeaShare (Fig 6.9)', () => {
  it('is the EU/EEA part of those pairs', () => {
    expect(eeaShare(toyGraph())).toBeCloseTo(0.8, 12);
    expect(eeaShare(emptyGraph())).toBeNull();
  });
});

describe('suppliersByCountry', () => {
  it('counts suppliers per country of the legal entity', () => {
    expect(suppliersByCountry(toyGraph())).toEqual({ SE: 4, IE: 2, US: 1 });
    expect(suppliersByCountry(emptyGraph())).toEqual({});
    expect(suppliersByCountry(cycleGraph(), { usedOnly: true })).toEqual({ SE: 3 });
  });
});
