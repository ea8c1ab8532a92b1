import { describe, expect, it } from 'vitest';

import type { Evidence } from './matcher-types.js';
import { scoreCandidates } from './score-candidates.js';

const evidence = (id: string, method: Evidence['method'], score: number, tier: Evidence['tier']): Evidence => ({
  id,
  method,
  score,
  matched: id,
  tier,
  why: `${method} says ${id}`,
});

describe('scoreCandidates', () => {
  it('gives each entry its strongest evidence as its score, with every finding as a reason', () => {
    const candidates = scoreCandidates([
      evidence('visma', 'edit', 0.8, 'near'),
      evidence('visma', 'phonetic', 0.9, 'near'),
      evidence('vasa', 'edit', 0.6, 'near'),
    ]);
    expect(candidates.map((c) => [c.id, c.score, c.method, c.evidence])).toEqual([
      ['visma', 0.9, 'phonetic', ['phonetic 0.90: phonetic says visma', 'edit 0.80: edit says visma']],
      ['vasa', 0.6, 'edit', ['edit 0.60: edit says vasa']],
    ]);
  });

  it('ranks exact evidence before near evidence whatever the scores, then by score, method and id', () => {
    const candidates = scoreCandidates([
      evidence('b', 'edit', 1, 'near'),
      evidence('a', 'brand', 0.98, 'exact'),
      evidence('c', 'alias', 0.98, 'exact'),
    ]);
    expect(candidates.map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });
});
