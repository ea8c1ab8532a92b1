/** What import says about a file it cannot read as a graph (what it writes is export's: see export.test.ts). */
import { describe, expect, it } from 'vitest';

import { IMPORT_EXTENSIONS, notAGraphFileMessage } from './import.js';

describe('notAGraphFileMessage', () => {
  it('names the file, the extensions import reads, and that a CSV folder needs no import', () => {
    expect(IMPORT_EXTENSIONS).toBe('.json, .gexf, .graphml');
    expect(notAGraphFileMessage('datasets/demo')).toBe(
      'datasets/demo is not a graph file; give a .json, .gexf, .graphml file (a CSV folder needs no import)',
    );
  });
});
