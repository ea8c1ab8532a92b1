import { describe, expect, it } from 'vitest';

import { matchOtherKind } from './match-other-kind.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'skolwebb', kind: 'supplier', name: 'Skolwebb AB', aliases: [], related: ['skolwebben'] },
  { id: 'web', kind: 'supplier', name: 'Webbkontoret Norr AB', aliases: [], related: ['cms', 'analys'] },
  { id: 'google', kind: 'supplier', name: 'Google', aliases: [], related: ['workspace', 'cloud'] },
  { id: 'lonely', kind: 'supplier', name: 'Ensam AB', aliases: [], related: ['gone'] },
  { id: 'skolwebben', kind: 'service', name: 'Skolwebben', model: 'SaaS', aliases: [], related: ['skolwebb'] },
  { id: 'cms', kind: 'service', name: 'Webbkontoret CMS', model: 'SaaS', aliases: [], related: ['web'] },
  { id: 'analys', kind: 'service', name: 'Webbkontoret Analys', model: 'SaaS', aliases: [], related: ['web'] },
  { id: 'workspace', kind: 'service', name: 'Google Workspace', model: 'SaaS', aliases: [], related: ['google'] },
  { id: 'cloud', kind: 'service', name: 'Google Cloud', model: 'IaaS', aliases: [], related: ['google'] },
]);

describe('matchOtherKind', () => {
  it('takes a supplier named for a service as its only service', () => {
    expect(matchOtherKind({ raw: 'Skolwebb', kind: 'service', model: 'SaaS' }, index)).toEqual({
      result: 'merged',
      method: 'via-supplier',
      id: 'skolwebben',
      score: 1,
      matched: 'Skolwebb AB',
      reason: 'names the supplier Skolwebb AB (skolwebb), whose only service of model SaaS is Skolwebben',
    });
  });

  it("takes its only service of the question's model, or else chooses among all its services", () => {
    expect(matchOtherKind({ raw: 'Google', kind: 'service', model: 'IaaS' }, index)).toMatchObject({ id: 'cloud' });
    expect(matchOtherKind({ raw: 'Google', kind: 'service', model: 'PaaS' }, index)).toMatchObject({
      result: 'ambiguous',
      method: 'via-supplier',
      candidates: [
        { id: 'workspace', score: 1, matched: 'Google' },
        { id: 'cloud', score: 1, matched: 'Google' },
      ],
      reason: 'names the supplier Google (google), which has 2 services',
    });
  });

  it('takes a service named for a supplier as its only supplier', () => {
    expect(matchOtherKind({ raw: 'Webbkontoret CMS', kind: 'supplier', model: undefined }, index)).toMatchObject({
      result: 'merged',
      method: 'via-service',
      id: 'web',
      reason: 'names the service Webbkontoret CMS (cms), whose only supplier is Webbkontoret Norr AB',
    });
  });

  it('is unresolved when the named entry has nothing of the kind in the catalogue', () => {
    expect(matchOtherKind({ raw: 'Ensam', kind: 'service', model: 'SaaS' }, index)).toEqual({
      result: 'unresolved',
      reason: 'names the supplier Ensam AB (lonely), which has no service in the catalogue',
    });
  });

  it('leaves a name that is no entry of the other kind to the next step', () => {
    expect(matchOtherKind({ raw: 'Webbkontoret', kind: 'service', model: 'SaaS' }, index)).toBeUndefined();
    expect(matchOtherKind({ raw: 'Skolwebb', kind: 'supplier', model: undefined }, index)).toBeUndefined();
  });
});
