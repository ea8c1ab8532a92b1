import { describe, expect, it } from 'vitest';

import type { Row } from '../formats/csv/index.js';
import { applyContext } from './match-context.js';
import { createNameMatcher } from './name-matcher.js';
import type { CatalogueEntry, Resolution } from './matcher-types.js';
import { collectSpellingUses } from './spelling-uses.js';

const entry = (id: string, kind: 'service' | 'supplier', name: string, related: string[]): CatalogueEntry => ({
  id,
  kind,
  name,
  aliases: [],
  related,
  ...(kind === 'service' ? { model: 'SaaS' as const } : {}),
});
const matcher = createNameMatcher([
  entry('nord', 'supplier', 'Omsorgsdata Nord AB', ['journal']),
  entry('syd', 'supplier', 'Omsorgsdata Syd AB', ['plan']),
  entry('journal', 'service', 'Omsorgsjournalen', ['nord']),
  entry('plan', 'service', 'Omsorgsplaneraren', ['syd']),
]);
const row = (line: number, saas: string, suppliers: string): Row => ({
  line,
  cell: (column) => (column === 'q7_1_saas_names' ? saas : column === 'q15_supplier_names' ? suppliers : ''),
  column: () => 1,
  at: () => '',
});

function resolve(...rows: Row[]): Map<string, Resolution> {
  const uses = collectSpellingUses(rows.map((r, i) => ({ row: r, organisation: `k${i}` })));
  const resolutions = new Map<string, Resolution>();
  for (const [key, { question, raw }] of uses.spellings) {
    resolutions.set(key, matcher.match(raw, question.kind, question.model));
  }
  applyContext(uses, resolutions, matcher);
  return resolutions;
}

describe('applyContext', () => {
  it('decides an ambiguous name by the related entry the same respondent names', () => {
    const resolutions = resolve(row(2, 'Omsorgsplaneraren', 'Omsorgsdata'));
    expect(resolutions.get('q15\u0000Omsorgsdata')).toMatchObject({
      result: 'merged',
      method: 'context',
      id: 'syd',
      reason: expect.stringContaining('the respondent on line 2 also names Omsorgsplaneraren (plan)'),
    });
  });

  it('leaves it ambiguous when respondents point both ways, or nothing related is named', () => {
    const both = resolve(row(2, 'Omsorgsplaneraren', 'Omsorgsdata'), row(3, 'Omsorgsjournalen', 'Omsorgsdata'));
    expect(both.get('q15\u0000Omsorgsdata')!.result).toBe('ambiguous');
    expect(resolve(row(2, '', 'Omsorgsdata')).get('q15\u0000Omsorgsdata')!.result).toBe('ambiguous');
  });
});
