import { describe, expect, it } from 'vitest';

import { phoneticKey, phoneticWord } from './phonetic-key.js';

describe('phoneticWord', () => {
  it('gives spellings that sound alike one key', () => {
    expect(phoneticWord('vizma')).toBe(phoneticWord('visma'));
    expect(phoneticWord('googel')).toBe(phoneticWord('google'));
    expect(phoneticWord('unicum')).toBe(phoneticWord('unikum'));
    expect(phoneticWord('temas')).toBe(phoneticWord('teams'));
    expect(phoneticWord('philips')).toBe(phoneticWord('filips'));
  });

  it('knows the Swedish soft sounds at the start of a word', () => {
    expect(phoneticWord('sjoberg')).toBe(phoneticWord('schoberg'));
    expect(phoneticWord('skelleftea')).toBe(phoneticWord('sjelleftea'));
    expect(phoneticWord('kista')).toBe(phoneticWord('tjista'));
    expect(phoneticWord('gellivare')).toBe(phoneticWord('jellivare'));
    expect(phoneticWord('hjalmar')).toBe(phoneticWord('jalmar'));
  });

  it('keeps names that sound different apart, and numbers as they are', () => {
    expect(phoneticWord('visma')).not.toBe(phoneticWord('vasa'));
    expect(phoneticWord('nord')).not.toBe(phoneticWord('syd'));
    expect(phoneticWord('365')).toBe('365');
    expect(phoneticKey(['office', '365'])).toBe('ofs 365');
  });
});
