import { describe, expect, it } from 'vitest';

import { decide } from './decide-match.js';
import { buildMatcherIndex } from './matcher-index.js';
import type { ScoredCandidate } from './score-candidates.js';

const index = buildMatcherIndex([
  { id: 'saas', kind: 'service', name: 'Teams', model: 'SaaS', aliases: [], related: [] },
  { id: 'paas', kind: 'service', name: 'Teams', model: 'PaaS', aliases: [], related: [] },
  { id: 'paas2', kind: 'service', name: 'Teams Två', model: 'PaaS', aliases: [], related: [] },
]);
const SETTINGS = { threshold: 0.85, margin: 0.05 };
const exact = (id: string, score = 1): ScoredCandidate => ({
  id,
  score,
  matched: 'Teams',
  method: 'alias',
  evidence: [`alias ${score.toFixed(2)}: because`],
  tier: 'exact',
  why: 'because',
});
const near = (id: string, score: number): ScoredCandidate => ({
  ...exact(id, score),
  method: 'edit',
  tier: 'near',
  why: `edit ${score}`,
});

describe('decide', () => {
  it('merges the only candidate, with its reasons and the runners-up', () => {
    expect(decide(index, [exact('saas'), near('paas2', 0.6)], undefined, SETTINGS)).toEqual({
      result: 'merged',
      method: 'alias',
      id: 'saas',
      score: 1,
      matched: 'Teams',
      reason: 'because',
      evidence: ['alias 1.00: because'],
      runnersUp: [{ id: 'paas2', score: 0.6, matched: 'Teams', method: 'edit', evidence: ['alias 0.60: because'] }],
    });
  });

  it('lets the best exact score decide: a lower exact score does not tie', () => {
    expect(decide(index, [exact('saas'), exact('paas', 0.98)], undefined, SETTINGS)).toMatchObject({ id: 'saas' });
  });

  it("merges the only candidate of the question's model among tied ones", () => {
    expect(decide(index, [exact('saas'), exact('paas')], 'PaaS', SETTINGS)).toMatchObject({
      result: 'merged',
      id: 'paas',
      reason: 'because; of 2 equally close entries the only PaaS service',
    });
  });

  it('is ambiguous without a model, or with several of the model', () => {
    expect(decide(index, [exact('saas'), exact('paas')], undefined, SETTINGS)).toMatchObject({
      result: 'ambiguous',
      method: 'alias',
      reason: 'same alias between saas, paas',
    });
    expect(decide(index, [exact('paas'), exact('paas2')], 'PaaS', SETTINGS).result).toBe('ambiguous');
  });

  it('merges near evidence at the threshold, calls scores within the margin close, and is unresolved below', () => {
    expect(decide(index, [near('saas', 0.9), near('paas', 0.84)], undefined, SETTINGS)).toMatchObject({ id: 'saas' });
    expect(decide(index, [near('saas', 0.9), near('paas', 0.85)], undefined, SETTINGS)).toMatchObject({
      result: 'ambiguous',
      reason: 'close call between saas, paas',
    });
    expect(decide(index, [near('saas', 0.84)], undefined, SETTINGS)).toEqual({
      result: 'unresolved',
      best: { id: 'saas', score: 0.84, matched: 'Teams', method: 'edit', evidence: ['alias 0.84: because'] },
      reason: 'best score 0.84 (edit: edit 0.84) is below the threshold 0.85',
    });
    expect(decide(index, [], undefined, SETTINGS)).toEqual({
      result: 'unresolved',
      reason: 'no catalogue entry of this kind',
    });
  });
});
