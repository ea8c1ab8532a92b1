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
    const found = {
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
    };
    expect(pairs.pairs).toEqual([
      {
        suppliers: [
          { id: 'sup-journal-a', name: 'Journalsystem Nord AB' },
          { id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' },
        ],
        ...found,
        commonCause: { country: 'SE' },
        // The demo's possible edge (Kontorsmoln on Hallen Hosting) is not reached when the two journal
        // suppliers fail, so the upper bound finds the same pair with the same counts.
        upper: found,
      },
    ]);
  });

  it('--cover finds the fewest suppliers for a share, proven optimal here', async () => {
    const result = await kedja(['screen', 'datasets/demo', '--cover', '75%', '--by', 'population', '--json']);
    expect(result.code).toBe(0);
    const cover = {
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
    };
    // Kontorsmoln alone reaches all four organisations in both bounds, so the upper bound's cover is the same.
    expect(JSON.parse(result.stdout).cover).toEqual({ ...cover, upper: cover });
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
  it('proposes fallback routines and a move off Hallen Hosting for the upper bound, with the lower bound beside', async () => {
    const result = await kedja(['advise', 'datasets/demo', '--top', '5', '--json']);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    // The advice takes the demo's possible edge (Kontorsmoln on Hallen Hosting) as real: the score is
    // the critical column of the ranking's upper bound, 2 + 2 + 2 + 2 + 3 = 11 (Hallen Hosting then
    // also takes Exempelverket); the lower bound's is 10 (datasets/demo/README.md).
    expect(advice).toMatchObject({
      by: 'critical',
      scoreBefore: 11,
      scoreAfter: 4,
      lower: { scoreBefore: 10, scoreAfter: 4 },
    });
    expect(advice.definition).toContain('the sum, over each of the 7 suppliers failing alone');
    // Exempelverket's payroll fallback spares it in three failures (-3). Then every change spares one
    // organisation in one failure: moving Journalsystem Nord off Hallen Hosting no longer spares Ådalen,
    // which loses the office suite through Kontorsmoln in the upper bound; fallback routines win the ties.
    expect(
      advice.steps.map((s: { kind: string; scoreAfter: number; lower: { scoreAfter: number } }) => [
        s.kind,
        s.scoreAfter,
        s.lower.scoreAfter,
      ]),
    ).toEqual([
      ['fallback', 8, 7],
      ['fallback', 7, 6],
      ['fallback', 6, 5],
      ['fallback', 5, 4],
      ['move', 4, 4],
    ]);
    expect(advice.steps[0]).toMatchObject({ organisation: { id: 'exempelverket' }, service: { id: 'svc-payroll' } });
    // The last change cuts only the upper bound: Kontorsmoln off Hallen Hosting spares Exempelverket
    // when Hallen Hosting fails, which it does only if the possible edge is real.
    expect(advice.steps[4]).toMatchObject({
      supplier: { id: 'sup-office' },
      subcontractor: { id: 'sup-hosting' },
      reduction: 1,
      spared: [
        {
          supplier: { id: 'sup-hosting', name: 'Hallen Hosting AB' },
          organisations: [{ id: 'exempelverket', name: 'Exempelverket' }],
        },
      ],
      lower: { reduction: 0 },
    });
    expect(advice.steps[4].advice).toContain('Ask Kontorsmoln Ltd (sup-office) to move off its subcontractor');
    expect(advice.steps[4].effect).toContain('when Hallen Hosting AB fails alone, Exempelverket keeps');
  });

  it('weighs by population with --by population', async () => {
    const result = await kedja(['advise', 'datasets/demo', '--by', 'population', '--top', '1', '--json']);
    expect(result.code).toBe(0);
    const advice = JSON.parse(result.stdout);
    // Exempelverket has no population, so both bounds score 336,000 (Kontorsmoln 25,000, Nordisk Datahall,
    // Lönesystem and Skolwebb 12,000 each, Hallen Hosting 275,000).
    expect(advice).toMatchObject({ by: 'population', scoreBefore: 336000, lower: { scoreBefore: 336000 } });
    expect(advice.steps).toHaveLength(1);
    // In the upper bound, moving Journalsystem Nord off Hallen Hosting spares only the region (Ådalen
    // still loses the office suite through Kontorsmoln), as does the region's own fallback routine:
    // 250,000 either way, and the fallback wins the tie.
    expect(advice.steps[0]).toMatchObject({
      kind: 'fallback',
      organisation: { id: 'region-norr' },
      service: { id: 'svc-journal' },
      reduction: 250000,
      lower: { reduction: 250000 },
    });
  });
});
