/**
 * The second reader of a large edge table (packages/importer/src/formats/csv/table-part.ts) on its
 * own: a worker thread really reads the simple lines from a byte on, stops at the first line that
 * is not simple, and gives back exactly the edges the scanner's FastLine gives, with their lines.
 * That the whole load is the same with it as without is test/csv-byte-reader.test.ts's part.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NumericEdgeSink } from '@kedja/importer';
import { afterEach, describe, expect, it } from 'vitest';

import { ByteIds } from '../packages/importer/src/formats/csv/byte-ids.js';
import { TABLES } from '../packages/importer/src/formats/csv/schema.js';
import { TableParts } from '../packages/importer/src/formats/csv/table-part.js';

const ORGS = ['org-0', 'org-1', 'org-2'];
const SERVICES = ['svc-0', 'svc-1'];
// The scanner's numbering: ordinal times four plus the kind's code (organisation 0, service 1).
const known = new Map([
  ...ORGS.map((id, i) => [id, i * 4] as const),
  ...SERVICES.map((id, i) => [id, i * 4 + 1] as const),
]);
const ids = (kind: number) => new ByteIds(known, kind);
const uses = TABLES.find((table) => table.file === 'uses.csv')!;

/** uses.csv with `rows` lines after the header, the line `odd` (1-based file line) replaced by `oddText`; its text and each line's start. */
function usesFile(rows: number, odd?: { line: number; text: string }) {
  const lines = ['organisation,service,critical,alternatives'];
  for (let r = 0; r < rows; r++)
    lines.push(`${ORGS[r % 3]},${SERVICES[r % 2]},${r % 5 === 0 ? 'no' : 'true'},${r % 7 === 0 ? 'g' : ''}`);
  if (odd) lines[odd.line - 1] = odd.text;
  const text = `${lines.join('\n')}\n`;
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += Buffer.byteLength(line) + 1;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'kedja-table-part-')), 'uses.csv');
  writeFileSync(file, text);
  return { file, size: at, starts, lines };
}

/** The edges given to the sink, one string each. */
function recorder() {
  const edges: string[] = [];
  const sink: NumericEdgeSink = {
    numericEdge: (kind, source, sourceOrdinal, target, targetOrdinal, critical, alternatives, line) =>
      edges.push(`${kind} ${source}:${sourceOrdinal} ${target}:${targetOrdinal} ${critical} ${alternatives} @${line}`),
  };
  return { edges, sink };
}

let parts: TableParts | undefined;
afterEach(async () => {
  await parts?.close();
  parts = undefined;
});

describe('the second reader of an edge table', () => {
  it('reads the simple lines from a line on to the end, on a worker thread, as the scanner would', async () => {
    const { file, size, starts, lines } = usesFile(1000);
    parts = await TableParts.forFolder(join(file, '..'), new Set(['uses.csv']), 0);
    const { edges, sink } = recorder();
    const read = await parts!.part(uses, ids, sink)!.read(file, starts[600]!, false);
    expect(read).toBeDefined();
    expect(read!.stop).toBe(size);
    expect(read!.lines).toBe(lines.length - 600);
    read!.replay(601);
    expect(edges).toHaveLength(lines.length - 600);
    // File line 601 is row 599 (the header is line 1): org-2 (599 % 3), svc-1, critical, no label.
    expect(edges[0]).toBe('uses organisation:2 service:1 true  @601');
    // Line 603 is row 601: org-1, svc-1; 601 % 7 === 6, 601 % 5 === 1.
    expect(edges[2]).toBe('uses organisation:1 service:1 true  @603');
    // The last line is row 999: org-0, svc-1, 999 % 7 === 5 (no label).
    expect(edges.at(-1)).toBe(`uses organisation:0 service:1 true  @${lines.length}`);
    expect(edges.filter((edge) => edge.includes(' true g @')).length).toBeGreaterThan(0);
  });

  it('stops at the first line that is not simple, which is left to the asking thread', async () => {
    for (const text of [
      'org-1,"svc-0",true,',
      'org-1,svc-9,true,',
      'org-1,svc-0,maybe,',
      'org-å,svc-0,true,',
      'org-1,svc-0',
    ]) {
      const { file, starts } = usesFile(1000, { line: 800, text });
      parts = await TableParts.forFolder(join(file, '..'), new Set(['uses.csv']), 0);
      const { edges, sink } = recorder();
      const read = await parts!.part(uses, ids, sink)!.read(file, starts[500]!, false);
      expect(read!.stop, text).toBe(starts[799]);
      expect(read!.lines, text).toBe(299);
      read!.replay(501);
      expect(edges.at(-1), text).toMatch(/ @799$/);
      await parts!.close();
    }
  });

  it('is not started for small tables unless asked, and reads nothing for a table it does not take', async () => {
    const { file } = usesFile(10);
    expect(await TableParts.forFolder(join(file, '..'), new Set(['uses.csv']))).toBeUndefined();
    parts = await TableParts.forFolder(join(file, '..'), new Set(['uses.csv']), 0);
    const subcontracts = TABLES.find((table) => table.file === 'subcontracts.csv')!;
    expect(parts!.part(subcontracts, ids, recorder().sink)).toBeUndefined();
  });
});
