import { describe, expect, it } from 'vitest';

import type { Row } from '../formats/csv/index.js';
import { collectSpellingUses, spellingKey } from './spelling-uses.js';
import { NAME_QUESTIONS } from './survey-table.js';

const row = (line: number, cells: Record<string, string>): Row => ({
  line,
  cell: (column) => cells[column] ?? '',
  column: () => 1,
  at: () => '',
});

describe('collectSpellingUses', () => {
  it('collects every spelling per question with who wrote it, and what each respondent wrote', () => {
    const uses = collectSpellingUses([
      { row: row(2, { q7_1_saas_names: 'Zoom, Teams', q15_supplier_names: 'Zoom' }), organisation: 'k1' },
      { row: row(3, { q7_1_saas_names: 'Zoom' }), organisation: 'k2' },
    ]);
    const saas = NAME_QUESTIONS[0]!;
    expect(uses.spellings.get(spellingKey(saas, 'Zoom'))).toMatchObject({ organisations: ['k1', 'k2'], lines: [2, 3] });
    expect([...uses.spellings.values()].map((u) => `${u.question.question} ${u.raw}`)).toEqual([
      'q7_1 Zoom',
      'q7_1 Teams',
      'q15 Zoom',
    ]);
    expect(uses.respondents.map((r) => r.spellings.length)).toEqual([3, 1]);
  });
});
