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

  it("is linear in a word's length (the key once flattened on every letter: 512 KB took seconds)", () => {
    const word = 'abcdefghij'.repeat(100_000);
    const key = phoneticWord(word);
    expect(key.length).toBeGreaterThan(500_000);
    expect(key.startsWith('abkdfgj')).toBe(true);
  });
});
