/** What import says after writing a binary graph (what it writes otherwise is export's: see export.test.ts). */
import { describe, expect, it } from 'vitest';

import { renderImportedToArrow } from './import.js';

describe('renderImportedToArrow', () => {
  it('names the folder written and its two files', () => {
    expect(renderImportedToArrow('out/graph.arrow')).toBe('wrote out/graph.arrow/ (nodes.arrow, edges.arrow)\n');
  });
});

describe('renderImportedToArrow in Swedish', () => {
  it('names the folder written in Swedish', () => {
    expect(renderImportedToArrow('out/graph.arrow', 'sv')).toBe('skrev out/graph.arrow/ (nodes.arrow, edges.arrow)\n');
  });
});
