import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { CPV_DIVISIONS, CPV_ICT_CATEGORIES, cpvCategory, cpvKept, parseCpvPrefixes } from './cpv-categories.js';

describe('cpvCategory', () => {
  it('takes the longest ICT prefix: the study category where one fits, else the ICT group', () => {
    expect(cpvCategory('48311000')).toBe('case and document management');
    expect(cpvCategory('48311100-6')).toBe('case and document management');
    expect(cpvCategory('72212450')).toBe('human resources');
    expect(cpvCategory('48331000')).toBe('project management'); // under 4833, productivity
    expect(cpvCategory('48332000')).toBe('collaboration and productivity');
    expect(cpvCategory('48000000')).toBe('software');
    expect(cpvCategory('72260000')).toBe('IT services');
    expect(cpvCategory('30213100')).toBe('computer equipment');
    expect(cpvCategory('64210000')).toBe('telecommunications');
  });

  it('names every other code by its CPV division, and a division it does not know by its number', () => {
    expect(cpvCategory('45000000')).toBe('Construction work');
    expect(cpvCategory('30190000')).toBe(CPV_DIVISIONS.get('30'));
    expect(cpvCategory('99000000')).toBe('CPV 99');
  });

  it('has no prefix twice', () => {
    const prefixes = CPV_ICT_CATEGORIES.map((mapping) => mapping.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('parseCpvPrefixes and cpvKept', () => {
  it('reads digits with dots dropped and ict, and names the rest', () => {
    expect(parseCpvPrefixes('72, 48,30.2,64.2')).toEqual({ prefixes: ['72', '48', '302', '642'], invalid: [] });
    expect(parseCpvPrefixes('ict,72')).toEqual({ prefixes: ['48', '72', '302', '642'], invalid: [] });
    expect(parseCpvPrefixes('IT,123456789').invalid).toEqual(['IT', '123456789']);
  });

  it('keeps a code under any prefix, and every code when there is none', () => {
    expect(cpvKept('72260000', ['302', '72'])).toBe(true);
    expect(cpvKept('30190000', ['302'])).toBe(false);
    expect(cpvKept('30190000', [])).toBe(true);
  });
});

describe('docs/procurement.md', () => {
  it('prints every row of the table, with its label and category', () => {
    const doc = readFileSync(new URL('../../../../docs/procurement.md', import.meta.url), 'utf8');
    for (const { prefix, label, category } of CPV_ICT_CATEGORIES) {
      expect(doc).toMatch(
        new RegExp(`\\| \`${prefix}\`\\s+\\| ${label.replace(/[()]/g, '\\$&')}\\s+\\| ${category}\\s+\\|`),
      );
    }
  });
});
