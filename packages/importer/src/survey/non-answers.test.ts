import { describe, expect, it } from 'vitest';

import { isNonAnswer, matchNonAnswer } from './non-answers.js';

describe('non-answers', () => {
  it('names nothing, whatever the case, accents and punctuation', () => {
    for (const raw of [
      'vet ej',
      'VET EJ',
      'Vet ej.',
      'Inga',
      '-',
      '',
      '  ',
      'n/a',
      'N/A',
      'Se ovan',
      'okänt',
      "Don't know",
      '???',
    ]) {
      expect(isNonAnswer(raw), raw).toBe(true);
    }
  });

  it('leaves names to the next step', () => {
    for (const raw of ['Zoom', 'Inga Lisa', 'X2', 'Vetenskapsrådet']) expect(isNonAnswer(raw), raw).toBe(false);
    expect(matchNonAnswer({ raw: 'Zoom', kind: 'service', model: 'SaaS' })).toBeUndefined();
    expect(matchNonAnswer({ raw: 'inga', kind: 'supplier', model: undefined })).toEqual({
      result: 'not-a-name',
      reason: 'an answer that names nothing',
    });
  });
});
