/**
 * `kedja screen` and `kedja advise` end to end on the demo dataset: the answers its README checks
 * by hand (the false redundancy of the journal service), the JSON shapes, and usage errors.
 */
import { describe, expect, it } from 'vitest';

import { kedja, STACK_FRAME } from './support/cli.js';

describe('kedja screen', () => {
  it('--pairs finds the two journal suppliers, which only together take down Ådalen and the region', async () => {
    const result = await kedja(['screen', 'datasets/demo', '--pairs', '--json']);
    expect(result.code).toBe(0);
    const { pairs } = JSON.parse(result.stdout);
    expect(pairs).toMatchObject({ suppliers: 7, total: 21, found: 1 });
    expect(pairs.pairs).toEqual([
      {
        suppliers: [
          { id: 'sup-journal-a', name: 'Journalsystem Nord AB' },
          { id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' },
        ],
        beyond: [
          { id: 'adalen', name: 'Ådalens kommun', population: 25000 },
          { id: 'region-norr', name: 'Region Norrexempel', population: 250000 },
        ],
        beyondPopulation: 275000,
        organisations: 2,
        defeats: [
          {
            id: 'svc-journal',
            name: 'Omsorgsjournal',
            kind: 'service',
            alternatives: [
              { id: 'sup-journal-a', name: 'Journalsystem Nord AB' },
              { id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' },
            ],
          },
        ],
        commonCause: { country: 'SE' },
      },
    ]);
  });

  it('--cover finds the fewest suppliers for a share, proven optimal here', async () => {
    const result = await kedja(['screen', 'datasets/demo', '--cover', '75%', '--by', 'population', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).cover).toEqual({
      by: 'population',
      share: 0.75,
      target: 215250,
      total: 287000,
      reachable: true,
      size: 1,
      suppliers: [{ id: 'sup-office', name: 'Kontorsmoln Ltd', organisations: 4, population: 287000 }],
      lowerBound: 1,
      optimal: true,
      gap: 0,
      method: 'greedy',
      searched: [],
    });
  });

  it('asks what to screen, and refuses a bad share', async () => {
    for (const args of [
      ['screen', 'datasets/demo'],
      ['screen', 'datasets/demo', '--cover', '0'],
      ['screen', 'datasets/demo', '--cover', '120%'],
    ]) {
      const result = await kedja(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });
});

describe('kedja advise', () => {
  it('proposes a fallback routine, a move off the shared hosting firm and another routine, with their effects', async () => {
    const result = await kedja(['advise', 'datasets/demo', '--top', '5', '--json']);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(advice).toMatchObject({ by: 'critical', scoreBefore: 10, scoreAfter: 4 });
    expect(advice.definition).toContain('the sum, over each of the 7 suppliers failing alone');
    expect(advice.steps.map((s: { kind: string; scoreAfter: number }) => [s.kind, s.scoreAfter])).toEqual([
      ['fallback', 7],
      ['move', 5],
      ['fallback', 4],
    ]);
    expect(advice.steps[1]).toMatchObject({
      supplier: { id: 'sup-journal-a' },
      subcontractor: { id: 'sup-hosting' },
      sharedWith: [{ id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' }],
      reduction: 2,
      spared: [
        {
          supplier: { id: 'sup-hosting', name: 'Hallen Hosting AB' },
          organisations: [
            { id: 'adalen', name: 'Ådalens kommun' },
            { id: 'region-norr', name: 'Region Norrexempel' },
          ],
        },
      ],
    });
    expect(advice.steps[1].advice).toContain('Ask Journalsystem Nord AB (sup-journal-a) to move off its subcontractor');
    expect(advice.steps[1].effect).toContain(
      'when Hallen Hosting AB fails alone, Region Norrexempel and Ådalens kommun keep',
    );
  });

  it('weighs by population with --by population', async () => {
    const result = await kedja(['advise', 'datasets/demo', '--by', 'population', '--top', '1', '--json']);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(advice).toMatchObject({ by: 'population', scoreBefore: 336000 });
    expect(advice.steps).toHaveLength(1);
    expect(advice.steps[0]).toMatchObject({ kind: 'move', reduction: 275000 });
  });
});
