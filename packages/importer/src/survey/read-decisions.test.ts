import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { readDecisions } from './read-decisions.js';

describe('readDecisions', () => {
  it('reads the decided rows, skips those not yet reviewed, and ignores the columns for the reader', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-decisions-')), 'decisions.csv');
    writeFileSync(
      file,
      'spelling,question,decision,id,proposal,reason\n' +
        'Zom,q7_1,Accept,svc-zoom,merge,"edit score 0.86"\n' +
        'Visma,Q7_1,,,ambiguous,tie\n' +
        'Menti,,Map To,new-mentimeter,new entry,\n',
    );
    const diagnostics: Diagnostic[] = [];
    expect(await readDecisions(file, diagnostics)).toEqual([
      { line: 2, spelling: 'Zom', question: 'q7_1', decision: 'accept', id: 'svc-zoom' },
      { line: 4, spelling: 'Menti', question: '', decision: 'map-to', id: 'new-mentimeter' },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('needs the spelling and decision columns', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-decisions-')), 'decisions.csv');
    writeFileSync(file, 'raw,id\nZom,svc-zoom\n');
    const diagnostics: Diagnostic[] = [];
    await readDecisions(file, diagnostics);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'KEDJA_CSV_MISSING_COLUMN',
      'KEDJA_CSV_MISSING_COLUMN',
    ]);
  });
});
