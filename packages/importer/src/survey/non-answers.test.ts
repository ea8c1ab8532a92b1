import { describe, expect, it } from 'vitest';

import { isNonAnswer, matchNonAnswer, nonAnswerKind } from './non-answers.js';

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
      'Se bilaga',
      'se bilaga 2',
      'Se svar på fråga 15',
      'Inga molntjänster',
      'Flera olika',
      'Flera olika leverantörer',
      'Kontakta IT-enheten',
    ]) {
      expect(isNonAnswer(raw), raw).toBe(true);
    }
  });

  it('leaves names to the next step', () => {
    for (const raw of [
      'Zoom',
      'Inga Lisa',
      'X2',
      'Vetenskapsrådet',
      'Egen hallhyra Norrdata',
      'Seriline',
      'Flera AB',
    ]) {
      expect(isNonAnswer(raw), raw).toBe(false);
    }
    expect(matchNonAnswer({ raw: 'Zoom' })).toBeUndefined();
    expect(matchNonAnswer({ raw: 'inga' })).toEqual({
      result: 'not-a-name',
      reason: 'an answer that names nothing',
    });
  });

  it('recognises own operation, which is recorded on the organisation', () => {
    for (const raw of [
      'Egen drift',
      'egen drift i eget datacenter',
      'Kommunens eget system',
      'Eget system',
      'Egenutvecklat',
      'In-house',
      'Drivs internt',
      'IT-avdelningen',
      'Kommunens IT-avdelning',
      'Vi har egen drift',
      'Egna servrar',
    ]) {
      expect(nonAnswerKind(raw), raw).toBe('own-operation');
    }
    expect(matchNonAnswer({ raw: 'Egen drift' })).toEqual({
      result: 'not-a-name',
      reason: 'the organisation runs it itself (own operation)',
      ownOperation: true,
    });
  });
});
