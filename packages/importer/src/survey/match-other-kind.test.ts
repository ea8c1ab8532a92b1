import { describe, expect, it } from 'vitest';

import { otherKindEvidence } from './match-other-kind.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

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
const other = (raw: string, kind: 'service' | 'supplier', model?: 'SaaS' | 'PaaS' | 'IaaS') =>
  otherKindEvidence(queryForms(raw), index, kind, model);

describe('otherKindEvidence', () => {
  it('takes a supplier named for a service as its only service, exact evidence worth 0.99', () => {
    expect(other('Skolwebb', 'service', 'SaaS')).toEqual({
      result: 'evidence',
      evidence: [
        {
          id: 'skolwebben',
          method: 'via-supplier',
          score: 0.99,
          matched: 'Skolwebb AB',
          tier: 'exact',
          why: 'names the supplier Skolwebb AB (skolwebb), whose only service of model SaaS is Skolwebben',
        },
      ],
    });
  });

  it("takes the services of the question's model, or else all its services", () => {
    const ids = (model: 'IaaS' | 'PaaS') => {
      const found = other('Google', 'service', model);
      return found.result === 'evidence' ? found.evidence.map((e) => e.id) : found.result;
    };
    expect(ids('IaaS')).toEqual(['cloud']);
    expect(ids('PaaS')).toEqual(['workspace', 'cloud']);
  });

  it('takes a service named for a supplier as its only supplier', () => {
    expect(other('Webbkontoret CMS', 'supplier')).toMatchObject({
      evidence: [
        {
          id: 'web',
          method: 'via-service',
          why: 'names the service Webbkontoret CMS (cms), whose only supplier is Webbkontoret Norr AB',
        },
      ],
    });
  });

  it('says so when the named entry has nothing of the kind, and gives nothing for a name of no other entry', () => {
    expect(other('Ensam', 'service', 'SaaS')).toEqual({
      result: 'nothing-of-kind',
      reason: 'names the supplier Ensam AB (lonely), which has no service in the catalogue',
    });
    expect(other('Webbkontoret', 'service', 'SaaS')).toEqual({ result: 'none' });
    expect(other('Skolwebb', 'supplier')).toEqual({ result: 'none' });
  });
});
