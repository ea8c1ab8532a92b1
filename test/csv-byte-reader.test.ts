/**
 * The byte reader of canonical edge tables (read-table.ts's FastLine, which the bulk loader uses
 * when no second sink asks for every row) against the rows papaparse makes: folders whose edge
 * tables hold every kind of line (quotes, CRLF, spaces, tabs, bad values, unknown and wrong-kind
 * ids, blank lines, too many or too few fields, non-ASCII and invalid UTF-8, NUL, a lone CR, a
 * byte-order mark), read by loadSnapshot with and without a second sink (which turns the byte
 * reader off), give the same diagnostics in the same order and the same snapshot and node table.
 * Seeded, so a failing case can be run again; one case is large enough to span several chunks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadSnapshot, type LoadSnapshotOptions } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { Rng } from './fuzz/prng.js';

const ORGS = ['org-0', 'org-1', 'org-2', 'ORG-3', 'org-å', 'org 5'];
const SERVICES = ['svc-0', 'svc-1', 'svc-2', 'svc-3'];
const SUPPLIERS = ['sup-0', 'sup-1', 'sup-2'];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(0, items.length - 1)]!;

const CELLS: Record<string, readonly string[]> = {
  organisation: [...ORGS, ...ORGS, ...ORGS, 'org-9', 'svc-1', '', ' org-1 ', 'org-1\t', '"org-2"'],
  service: [...SERVICES, ...SERVICES, ...SERVICES, 'svc-9', 'org-1', '', ' svc-2', '"svc-0"'],
  supplier: [...SUPPLIERS, ...SUPPLIERS, ...SUPPLIERS, 'sup-9', 'svc-0', ''],
  critical: ['true', 'false', 'yes', 'NO', '1', '0', 'ja', 'Nej', 'TRUE', 'maybe', '', ' true ', 'tru', 'n', 'nejj'],
  fallback: ['true', 'false', '', 'x'],
  function: ['admin', 'a b', '"quoted, text"', 'é', '', 'x\u0000y', '"two\nlines"', 'naïve'],
  max_outage_hours: ['', '4', '4.5', '4.', '.5', 'x', '12', '007', '1e3', '-1'],
  alternatives: ['', '', '', 'g1', 'g2', ' g1 ', 'G1', 'grupp ö'],
  certainty: ['', '', '', 'confirmed', 'possible', 'maybe'],
  probability: ['', '', '', '0.5', '2'],
};

const TABLES = {
  'uses.csv': ['organisation', 'service', 'critical', 'function', 'max_outage_hours', 'fallback', 'alternatives'],
  'contracts.csv': ['organisation', 'supplier', 'critical', 'alternatives'],
  'provided_by.csv': ['service', 'supplier', 'alternatives'],
};

/** One edge table's text: a header (now and then with other columns) and rows, some of them damaged. */
function table(rng: Rng, columns: string[], rows: number): Buffer {
  const header = [...columns];
  if (rng.chance(0.2)) header.push('certainty', 'probability');
  if (rng.chance(0.1)) header.reverse();
  if (rng.chance(0.05)) header.push('unknown');
  if (rng.chance(0.05)) header.splice(1, 1);
  const crlf = rng.chance(0.25);
  const lines: string[] = [header.map((name) => (rng.chance(0.05) ? ` ${name.toUpperCase()} ` : name)).join(',')];
  const damage = rng.chance(0.7) ? 0.15 : 0.01;
  for (let r = 0; r < rows; r++) {
    const fields = header.map((name) => {
      const cells = CELLS[name] ?? ['x'];
      // Mostly good cells, so that most lines take the fast way.
      return rng.chance(damage) ? pick(rng, cells) : pick(rng, cells.slice(0, 4));
    });
    let line = fields.join(',');
    if (rng.chance(damage / 4)) line += ',extra';
    if (rng.chance(damage / 4)) line = fields.slice(0, -1).join(',');
    if (rng.chance(damage / 4)) line = pick(rng, ['', ' ', ' , ,', ',,,,,,', '\t']);
    if (rng.chance(damage / 8)) line = line.replace(',', ',\r');
    lines.push(line);
  }
  let text = lines.join(crlf ? '\r\n' : '\n');
  if (rng.chance(0.1) && crlf) text = text.replace(/\r\n(?=[^\r]*$)/, '\n'); // one lone LF in a CRLF file
  if (rng.chance(0.8)) text += crlf ? '\r\n' : '\n';
  let bytes = Buffer.from(text, 'utf8');
  if (rng.chance(0.05)) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  if (rng.chance(0.1)) {
    const at = bytes.lastIndexOf(0x2c);
    if (at > 0) bytes[at - 1] = 0xff; // invalid UTF-8
  }
  return bytes;
}

function folder(rng: Rng, rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-byte-reader-'));
  writeFileSync(join(dir, 'organisations.csv'), `id,name\n${ORGS.map((id) => `${id},${id}`).join('\n')}\n`);
  writeFileSync(join(dir, 'services.csv'), `id,name\n${SERVICES.map((id) => `${id},${id}`).join('\n')}\n`);
  writeFileSync(join(dir, 'suppliers.csv'), `id,name\n${SUPPLIERS.map((id) => `${id},${id}`).join('\n')}\n`);
  for (const [file, columns] of Object.entries(TABLES)) {
    if (rng.chance(0.1)) continue;
    writeFileSync(join(dir, file), rng.chance(0.03) ? '' : table(rng, columns, rows));
  }
  return dir;
}

/** A second sink that turns the byte reader off: every row is read by papaparse. */
const rowsOnly: NonNullable<LoadSnapshotOptions['also']> = { node() {}, edge() {} };

async function bothWays(dir: string) {
  const bytes = await loadSnapshot(dir);
  const rows = await loadSnapshot(dir, { also: rowsOnly });
  return { bytes, rows };
}

describe('the byte reader of edge tables', () => {
  it('gives what papaparse gives, on 300 damaged folders', async () => {
    for (let c = 0; c < 300; c++) {
      const rng = new Rng(20261203, c);
      const dir = folder(rng, rng.int(0, 40));
      const { bytes, rows } = await bothWays(dir);
      const what = `case ${c} (${dir})`;
      expect(JSON.stringify(bytes.diagnostics), what).toBe(JSON.stringify(rows.diagnostics));
      expect(bytes.snapshot, what).toEqual(rows.snapshot);
      expect(JSON.stringify(bytes.table), what).toBe(JSON.stringify(rows.table));
    }
  });

  it('gives what papaparse gives on tables of several chunks, damaged near their end', async () => {
    for (let c = 0; c < 4; c++) {
      const rng = new Rng(7, c);
      const dir = mkdtempSync(join(tmpdir(), 'kedja-byte-reader-'));
      writeFileSync(join(dir, 'organisations.csv'), `id,name\n${ORGS.map((id) => `${id},${id}`).join('\n')}\n`);
      writeFileSync(join(dir, 'services.csv'), `id,name\n${SERVICES.map((id) => `${id},${id}`).join('\n')}\n`);
      writeFileSync(join(dir, 'suppliers.csv'), `id,name\n${SUPPLIERS.map((id) => `${id},${id}`).join('\n')}\n`);
      const lines = ['organisation,service,critical,function,alternatives'];
      for (let r = 0; r < 60_000; r++)
        lines.push(`${pick(rng, ORGS.slice(0, 3))},${pick(rng, SERVICES)},${pick(rng, ['true', 'no'])},f${r},`);
      const late = [`org-1,svc-1,maybe,x,`, `org-1,"svc-2",true,"a\nb",`, `org-1,svc-9,true,x,`, `org-1,svc-1,,x,,`];
      lines.splice(rng.int(40_000, 59_000), 0, late[c]!);
      lines.splice(rng.int(10_000, 39_000), 0, `org-2,svc-0,true,é,`);
      // A line longer than a read of the file (1 MiB), which the reader must hold whole.
      lines.splice(rng.int(100, 9_000), 0, `org-0,svc-3,true,${'f'.repeat(2_500_000)},`);
      const crlf = c % 2 === 1;
      writeFileSync(join(dir, 'uses.csv'), lines.join(crlf ? '\r\n' : '\n') + (c === 3 ? '' : '\n'));
      const { bytes, rows } = await bothWays(dir);
      expect(JSON.stringify(bytes.diagnostics), `case ${c}`).toBe(JSON.stringify(rows.diagnostics));
      expect(bytes.snapshot, `case ${c}`).toEqual(rows.snapshot);
      expect(bytes.diagnostics.length + (bytes.snapshot === null ? 0 : 1), `case ${c}`).toBeGreaterThan(0);
    }
  });
});
