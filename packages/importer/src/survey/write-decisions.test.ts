import { describe, expect, it } from 'vitest';

import type { NormalisationReport, SpellingReport } from './report-types.js';
import { renderDecisions } from './write-decisions.js';

const spelling = (raw: string, extra: Partial<SpellingReport>): SpellingReport => ({
  question: 'q7_1',
  kind: 'service',
  raw,
  occurrences: 2,
  lines: [2, 3],
  result: 'merged',
  reason: 'because, "quoted"',
  ...extra,
});

describe('renderDecisions', () => {
  it('lists the proposals to review, pre-filled, and leaves out the certain merges', () => {
    const report = {
      spellings: [
        spelling('Zoom', { method: 'alias', id: 'svc-zoom', score: 1 }),
        spelling('Zom', {
          method: 'edit',
          id: 'svc-zoom',
          score: 0.89,
          runnersUp: [{ id: 'svc-x', score: 0.5, matched: 'X' }],
        }),
        spelling('Vklass', { result: 'unresolved', id: 'unresolved-service-vklass' }),
        spelling('Visma', {
          result: 'ambiguous',
          method: 'via-supplier',
          candidates: [{ id: 'a', score: 0.99, matched: 'Visma' }],
        }),
        spelling('Egen drift', { result: 'not-a-name', ownOperation: true }),
        spelling('Zoom.us', {
          method: 'decision',
          id: 'svc-zoom',
          score: 1,
          decision: { line: 4, decision: 'map-to', id: 'svc-zoom' },
        }),
      ],
    } as unknown as NormalisationReport;
    expect(renderDecisions(report).split('\n')).toEqual([
      'spelling,question,decision,id,proposal,score,method,candidates,times,reason',
      'Zom,q7_1,accept,svc-zoom,merge,0.89,edit,svc-x (0.50),2,"because, ""quoted"""',
      'Vklass,q7_1,accept,unresolved-service-vklass,new entry,,,,2,"because, ""quoted"""',
      'Visma,q7_1,,,ambiguous,,via-supplier,a (0.99),2,"because, ""quoted"""',
      'Egen drift,q7_1,accept,own-operation,own operation,,,,2,"because, ""quoted"""',
      'Zoom.us,q7_1,map-to,svc-zoom,merge,1.00,decision,,2,"because, ""quoted"""',
      '',
    ]);
  });
});
