import { describe, expect, it } from 'vitest';

import { nameForms, ngramFingerprint } from './name-forms.js';

describe('nameForms', () => {
  it("gives OpenRefine's fingerprint and n-gram fingerprint, the key without editions and the phonetic key", () => {
    expect(nameForms('Office 365 Microsoft')).toMatchObject({
      key: 'office365microsoft',
      fingerprint: '365 microsoft office',
    });
    expect(nameForms('Microsoft Office 365').fingerprint).toBe(nameForms('Office 365, Microsoft').fingerprint);
    expect(nameForms('Gooogle').ngrams).toBe(nameForms('Google').ngrams);
    expect(nameForms('Visma Enterprise AB')).toMatchObject({ core: ['visma'], coreKey: 'visma', phonetic: 'vsm' });
  });

  it('n-gram fingerprints are the sorted distinct bigrams', () => {
    expect(ngramFingerprint('zoom')).toBe('omoozo');
    expect(ngramFingerprint('a')).toBe('');
  });
});
