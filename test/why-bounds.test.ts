/**
 * `kedja why` with possible dependencies (issue 13). An organisation affected without the possible
 * dependencies is explained by a chain of confirmed ones (engine.whyLower), never by one through a
 * possible edge that merely happens to be as short; one affected only with them is explained by the
 * upper bound's chain, each step that fails only there marked possible. On random graphs against
 * the reference's lower bound, and end to end on the demo (Hallen Hosting fails: Ådalen loses its
 * journal for certain and may lose the office suite through Kontorsmoln's possible subcontract;
 * Björkby is affected only through it).
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import { referenceBlastBounds } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { randomCase, SMALL } from './support/random-graph.js';

/** Whether some confirmed edge leads from `source` to `target`. */
const confirmedEdge = (graph: KedjaGraph, source: string, target: string) =>
  graph.someOutEdge(source, (_edge, attributes, _s, t) => t === target && attributes.certainty !== 'possible');

describe('engine.whyLower', () => {
  it('explains every organisation of the lower bound by confirmed dependencies only, on 1,000 random graphs', () => {
    let explained = 0;
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph, scenario }) => {
        const engine = createEngine(graph);
        const spec = {
          suppliers: scenario.filter((id) => id.startsWith('s')),
          services: scenario.filter((id) => id.startsWith('v')),
        };
        const { lower, upper } = referenceBlastBounds(graph, scenario);
        for (const organisation of upper.affected.keys()) {
          const why = engine.whyLower(organisation, spec);
          expect(why.affected).toBe(lower.affected.has(organisation));
          if (!why.affected) continue;
          explained++;
          expect(why.tier).toBe(lower.affected.get(organisation)!.tier);
          why.chain.forEach((step, i) => {
            if (i === 0) expect(scenario).toContain(step.id);
            else {
              expect(confirmedEdge(graph, step.id, why.chain[i - 1]!.id)).toBe(true);
              if (step.kind !== 'organisation') expect(lower.failed.get(step.id)).toBe(step.tier);
            }
          });
        }
      }),
      { numRuns: 1_000 },
    );
    expect(explained).toBeGreaterThan(100);
  });
});

describe('kedja why with possible dependencies', () => {
  const args = ['why', 'datasets/demo', '--supplier', 'sup-hosting'];

  it('explains Ådalen by the journal, for certain, and says what it may also lose', async () => {
    const json = JSON.parse((await kedja([...args, '--org', 'adalen', '--json'])).stdout);
    expect(json.certainty).toBe('confirmed');
    expect(json.chain.map((step: { id: string }) => step.id)).toEqual([
      'sup-hosting',
      'sup-journal-a',
      'svc-journal',
      'adalen',
    ]);
    expect(json.chain.every((step: { certainty: string }) => step.certainty === 'confirmed')).toBe(true);
    expect(json.lost).toEqual(['svc-journal']);
    expect(json.lostPossible).toEqual(['svc-office']);
    const text = (await kedja([...args, '--org', 'adalen'])).stdout;
    expect(text).toContain(
      'It lost: Omsorgsjournal (svc-journal).\nIt may also lose, through possible dependencies: Kontorspaket Moln (svc-office).\nAffected for certain',
    );
  });

  it('explains Björkby through Kontorsmoln’s possible subcontract, each step marked, in both languages', async () => {
    const json = JSON.parse((await kedja([...args, '--org', 'bjorkby', '--json'])).stdout);
    expect(json.certainty).toBe('possible');
    expect(json.chain.map((step: { id: string; certainty: string }) => [step.id, step.certainty])).toEqual([
      ['sup-hosting', 'confirmed'],
      ['sup-office', 'possible'],
      ['svc-office', 'possible'],
      ['bjorkby', 'possible'],
    ]);
    const en = (await kedja([...args, '--org', 'bjorkby'])).stdout;
    expect(en).toContain(
      'It would lose: Kontorspaket Moln (svc-office).\nAffected only if possible dependencies are real',
    );
    expect(en).toContain('→ supplier Kontorsmoln Ltd (sup-office) (possible), which relies on it as a subcontractor');
    const sv = (await kedja([...args, '--org', 'bjorkby', '--lang', 'sv'])).stdout;
    expect(sv).toContain(
      '→ leverantör Kontorsmoln Ltd (sup-office) (möjlig), som förlitar sig på den som underleverantör',
    );
  });

  it('says an organisation the scenario does not reach is not affected, with no bounds to give', async () => {
    const json = JSON.parse(
      (await kedja(['why', 'datasets/demo', '--supplier', 'sup-journal-a', '--org', 'adalen', '--json'])).stdout,
    );
    expect(json).toMatchObject({ affected: false, chain: [], lost: [] });
    expect(json.certainty).toBeUndefined();
  });
});
