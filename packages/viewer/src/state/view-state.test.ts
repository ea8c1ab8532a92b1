import { describe, expect, it } from 'vitest';

import {
  clearScenario,
  explain,
  failAlone,
  INITIAL_VIEW,
  setHours,
  setOutsideEea,
  toggleMember,
} from './view-state.js';

describe('view state producers', () => {
  it('a click makes one supplier or service fail alone and closes the explanation', () => {
    const state = explain('org')({ ...INITIAL_VIEW, scenario: { suppliers: ['a', 'b'] } });
    expect(failAlone('supplier', 'x')(state)).toMatchObject({ scenario: { suppliers: ['x'] }, why: null });
    expect(failAlone('service', 's')(state).scenario).toEqual({ services: ['s'] });
  });

  it('toggling adds and removes members, and drops empty lists', () => {
    const one = toggleMember('suppliers', 'a')(INITIAL_VIEW);
    const two = toggleMember('countries', 'IE')(one);
    expect(two.scenario).toEqual({ suppliers: ['a'], countries: ['IE'] });
    expect(toggleMember('suppliers', 'a')(two).scenario).toEqual({ countries: ['IE'] });
    expect(setOutsideEea(false)(setOutsideEea(true)(INITIAL_VIEW)).scenario).toEqual({});
    const us = toggleMember('jurisdictions', 'US')(two);
    expect(us.scenario).toEqual({ suppliers: ['a'], countries: ['IE'], jurisdictions: ['US'] });
    expect(toggleMember('jurisdictions', 'US')(us).scenario).toEqual(two.scenario);
  });

  it('leaves the state untouched when nothing changes, and never mutates it', () => {
    const frozen = Object.freeze({ ...INITIAL_VIEW, scenario: Object.freeze({ suppliers: Object.freeze(['a']) }) });
    expect(setHours(frozen.hours)(frozen)).toBe(frozen);
    expect(clearScenario()(frozen).scenario).toEqual({});
    expect(frozen.scenario).toEqual({ suppliers: ['a'] });
  });
});
