import { describe, expect, it } from 'vitest';

import { decide } from './decide-match.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'saas', kind: 'service', name: 'Teams', model: 'SaaS', aliases: [], related: [] },
  { id: 'paas', kind: 'service', name: 'Teams', model: 'PaaS', aliases: [], related: [] },
  { id: 'paas2', kind: 'service', name: 'Teams Två', model: 'PaaS', aliases: [], related: [] },
]);
const words = { method: 'alias' as const, why: () => 'because', tie: 'same alias' };
const candidate = (id: string) => ({ id, score: 1, matched: 'Teams' });

describe('decide', () => {
  it('merges the only candidate', () => {
    expect(decide(index, [candidate('saas')], undefined, words)).toEqual({
      result: 'merged',
      method: 'alias',
      id: 'saas',
      score: 1,
      matched: 'Teams',
      reason: 'because',
    });
  });

  it("merges the only candidate of the question's model among several", () => {
    expect(decide(index, [candidate('saas'), candidate('paas')], 'PaaS', words)).toMatchObject({
      result: 'merged',
      id: 'paas',
      reason: 'because; of 2 equally close entries the only PaaS service',
    });
  });

  it('is ambiguous without a model, or with several of the model', () => {
    expect(decide(index, [candidate('saas'), candidate('paas')], undefined, words)).toEqual({
      result: 'ambiguous',
      method: 'alias',
      candidates: [candidate('saas'), candidate('paas')],
      reason: 'same alias between saas, paas',
    });
    expect(decide(index, [candidate('paas'), candidate('paas2')], 'PaaS', words).result).toBe('ambiguous');
    expect(decide(index, [candidate('paas'), candidate('paas2')], 'IaaS', words).result).toBe('ambiguous');
  });
});
