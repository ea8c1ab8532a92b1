/**
 * Issue 7 on the study's data: on datasets/sweden-2018, `kedja timeline`, `kedja simulate
 * --samples 10000 --seed 1`, `kedja screen --pairs` and `kedja advise --top 5` each give a JSON
 * answer of the documented shape (the human forms are the README's examples, checked by
 * readme.test.ts). The dataset has possible subcontracts (its README), so timeline's figures are
 * checked in both bounds.
 */
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';

const json = async (args: string[]) => {
  const result = await kedja([...args, '--json']);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout);
};

describe('time, chance and remedies on datasets/sweden-2018', () => {
  it('timeline: levels at 4 h, 24 h, 48 h, 1 week and 1 month, in both bounds', async () => {
    const timeline = await json(['timeline', 'datasets/sweden-2018', '--supplier', 'sasuvik-datahall-ab']);
    expect(timeline.steps.map((step: { hours: number }) => step.hours)).toEqual([4, 24, 48, 168, 720]);
    // The lower bound leaves out the possible subcontracts of suppliers nobody with a routine asked
    // (question 26); the upper bound takes them all, the invented layer whole (57, as before it had doubt).
    expect([timeline.organisations, timeline.organisationsUpper]).toEqual([51, 57]);
    const last = timeline.steps[4];
    expect(last.organisations).toBe(51);
    expect(last.levels.crisis + last.levels.critical).toBe(51);
    expect(last.upper.organisations).toBe(57);
    expect(last.upper.levels.crisis + last.upper.levels.critical).toBe(57);
  });

  it('simulate: the same seed gives the same numbers, with the documented keys', async () => {
    const args = ['simulate', 'datasets/sweden-2018', '--samples', '10000', '--seed', '1'];
    const [first, second] = await Promise.all([json(args), json(args)]);
    expect(first).toEqual(second);
    expect(first.samples).toBe(10000);
    for (const key of ['organisations', 'criticalOrganisations', 'population']) {
      expect(Object.keys(first[key])).toEqual(expect.arrayContaining(['mean', 'median', 'p95', 'p99', 'max']));
      expect(first[key].max).toBeGreaterThanOrEqual(first[key].p99);
    }
  });

  it('screen --pairs: pairs that defeat a declared redundancy, with the organisations only they take down', async () => {
    const screen = await json(['screen', 'datasets/sweden-2018', '--pairs']);
    expect(screen.pairs.found).toBeGreaterThan(0);
    expect(screen.pairs.pairs[0].beyond).toHaveLength(14);
    expect(screen.pairs.pairs[0].defeats.length).toBeGreaterThan(0);
  });

  it('advise --top 5: five changes, each lowering the risk score', async () => {
    const advice = await json(['advise', 'datasets/sweden-2018', '--top', '5']);
    expect(advice.steps).toHaveLength(5);
    expect(advice.scoreAfter).toBeLessThan(advice.scoreBefore);
  });
});
