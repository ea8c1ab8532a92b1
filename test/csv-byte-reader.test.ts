/**
 * The byte reader of canonical tables (read-table.ts's FastLine, which the bulk loader uses for
 * node and edge tables when no second sink asks for every row) against the rows papaparse makes:
 * folders whose node tables (bad and repeated ids, reserved names, bad numbers, enums, countries
 * and lists, empty required cells, unknown, repeated and missing columns) or edge tables hold
 * every kind of line (quotes, CRLF, spaces, tabs, bad values, unknown and wrong-kind
 * ids, blank lines, too many or too few fields, non-ASCII and invalid UTF-8, NUL, a lone CR, a
 * byte-order mark), read by loadSnapshot with and without a second sink (which turns the byte
 * reader off), give the same diagnostics in the same order and the same snapshot and node table.
 * Seeded, so a failing case can be run again; one case is large enough to span several chunks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadSnapshot, type LoadSnapshotOptions, type LoadSnapshotResult } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { readTableBatches } from '../packages/importer/src/formats/csv/read-table.js';
import { scanFolder, type SimpleNodeSink } from '../packages/importer/src/formats/csv/scan-folder.js';
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

/** A node table's cells: good ones (most rows), and damaged or unusual ones. */
const NODE_CELLS: Record<string, { good: readonly string[]; bad: readonly string[] }> = {
  name: {
    good: ['Name', 'a b', 'Kommun 1', 'X'],
    bad: ['', '"quoted, name"', 'Ådalen', '"two\nlines"', 'x\u0000y', ' n '],
  },
  type: { good: ['municipality', 'Region', 'AGENCY', ''], bad: ['city', ' region ', 'other', '"agency"'] },
  code: { good: ['0180', '', 'x', '12'], bad: ['ö', '"1,2"'] },
  county: { good: ['County 1', 'County 2', 'county 1', ''], bad: ['Län ö', ' County 1 ', 'x'] },
  population: {
    good: ['100', '0', '', '007'],
    bad: ['-1', '1.5', 'x', '12345678901234567', '999999999999999', '9007199254740993', '1e3', ' 5 ', '1 000'],
  },
  employees: { good: ['10', '', '0', '3'], bad: ['-2', 'ten', '0x10', '9999999999999999'] },
  sectors: {
    good: ['health-care;water', 'water', '', 'water;health-care'],
    bad: [' a ; a ;;b', ';', 'Water', ';;', 'a;b;a'],
  },
  cloud: { good: ['true', 'no', '', 'JA'], bad: ['maybe', 'tru', '2'] },
  processing_countries: { good: ['SE', 'se;IE', '', 'SE;SE'], bad: ['XX', ' ie ; us ', 'S', 'SE;;NO', 'SE;X'] },
  own_operation: { good: ['q7_1;q15', '', 'q1', 'q1;q1'], bad: [';', ' q2 '] },
  model: { good: ['SaaS', 'saas', 'PAAS', ''], bad: ['cloud', 'other', 'Other', ' IaaS'] },
  category: { good: ['hr', '', 'x', 'surveys'], bad: ['é'] },
  countries: { good: ['SE', 'no;se', '', 'US'], bad: ['XX', 'SE;', 'sweden'] },
  country: { good: ['SE', 'ie', '', 'US'], bad: ['XX', 'S', 'SWE', ' se '] },
  parent: { good: ['Group A', 'group a', '', 'G'], bad: ['Grupp ö'] },
  failure_probability: { good: ['0.1', '0', '', '.5'], bad: ['1', '1.0', '2', '0.', 'x', '0.05', '1.01', '00.5'] },
  subcontracting: { good: ['known', 'none', 'UNKNOWN', ''], bad: ['some', ' none '] },
};

const NODE_TABLES: Record<string, { ids: readonly string[]; columns: readonly string[] }> = {
  'organisations.csv': {
    ids: ORGS,
    columns: [
      'id',
      'name',
      'type',
      'code',
      'county',
      'population',
      'employees',
      'sectors',
      'cloud',
      'processing_countries',
      'own_operation',
    ],
  },
  'services.csv': { ids: SERVICES, columns: ['id', 'name', 'model', 'category', 'countries'] },
  'suppliers.csv': {
    ids: SUPPLIERS,
    columns: ['id', 'name', 'country', 'parent', 'failure_probability', 'subcontracting'],
  },
};

/** Ids that no node may have, or that another row has already. */
const BAD_IDS = ['', 'constructor', '__proto__', 'toString', 'org-0', 'svc-1', 'sup-2', '"sup-0"', 'id\u0000x', ' '];

/**
 * One node table's text: a header (with some optional columns left out, now and then reordered, in
 * other case, with an unknown or repeated column, or without a required one), a row for each of
 * `ids` and `extra` more, some of them damaged (bad ids and repeats, bad values, quotes, blank and
 * short lines), in LF or CRLF, now and then with a byte-order mark or an invalid UTF-8 byte.
 */
function nodeTable(
  rng: Rng,
  columns: readonly string[],
  ids: readonly string[],
  extra: number,
  prefix: string,
  damage: number,
): Buffer {
  const damaged = (p: number) => damage > 0 && rng.chance(p);
  let header = columns.filter((name, i) => i < 2 || rng.chance(0.7));
  if (rng.chance(0.1)) header = [header[0]!, ...header.slice(1).reverse()];
  if (damaged(0.05)) header.push('unknown');
  if (damaged(0.03)) header.push(header[header.length - 1]!);
  if (damaged(0.03)) header = header.filter((name) => name !== 'name');
  if (damaged(0.02)) header = header.filter((name) => name !== 'id');
  const crlf = rng.chance(0.25);
  const lines: string[] = [header.map((name) => (rng.chance(0.05) ? ` ${name.toUpperCase()} ` : name)).join(',')];
  const rowIds = [...ids, ...Array.from({ length: extra }, (_, r) => `${prefix}-x${r}`)];
  for (let r = 0; r < rowIds.length; r++) {
    if (rng.chance(damage)) {
      // A row that is no node: a bad or repeated id, or something else than a row.
      const fields = header.map((name) => (name === 'id' ? pick(rng, [...BAD_IDS, rowIds[0]!]) : 'x'));
      lines.push(rng.chance(0.8) ? fields.join(',') : pick(rng, ['', ' ', ',,,', fields.slice(1).join(',')]));
    }
    const fields = header.map((name) => {
      if (name === 'id') return rowIds[r]!;
      const cells = NODE_CELLS[name] ?? { good: ['x'], bad: ['x'] };
      return rng.chance(damage) ? pick(rng, cells.bad) : pick(rng, cells.good);
    });
    let line = fields.join(',');
    if (rng.chance(damage / 4)) line += ',extra';
    if (rng.chance(damage / 8)) line = line.replace(',', ',\r');
    lines.push(line);
  }
  let text = lines.join(crlf ? '\r\n' : '\n');
  if (rng.chance(0.8)) text += crlf ? '\r\n' : '\n';
  let bytes = Buffer.from(text, 'utf8');
  if (rng.chance(0.05)) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  if (damaged(0.05)) {
    const at = bytes.lastIndexOf(0x2c);
    if (at > 0) bytes[at - 1] = 0xff; // invalid UTF-8
  }
  return bytes;
}

/** Node tables that every edge table's ids are in, one row each, all simple lines. */
function plainNodeTables(dir: string): void {
  writeFileSync(join(dir, 'organisations.csv'), `id,name\n${ORGS.map((id) => `${id},${id}`).join('\n')}\n`);
  writeFileSync(join(dir, 'services.csv'), `id,name\n${SERVICES.map((id) => `${id},${id}`).join('\n')}\n`);
  writeFileSync(join(dir, 'suppliers.csv'), `id,name\n${SUPPLIERS.map((id) => `${id},${id}`).join('\n')}\n`);
}

function folder(rng: Rng, rows: number, damagedNodes = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-byte-reader-'));
  if (!damagedNodes) plainNodeTables(dir);
  else {
    const clean = rng.chance(0.3);
    for (const [file, { ids, columns }] of Object.entries(NODE_TABLES)) {
      if (!clean && rng.chance(0.02)) continue;
      const extra = rng.int(0, 30);
      const damage = clean ? 0 : rng.chance(0.7) ? 0.04 : 0.005;
      const text = !clean && rng.chance(0.02) ? '' : nodeTable(rng, columns, ids, extra, file.slice(0, 3), damage);
      writeFileSync(join(dir, file), text);
    }
  }
  for (const [file, columns] of Object.entries(TABLES)) {
    if (rng.chance(damagedNodes ? 0.7 : 0.1)) continue;
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

/** The byte reader with every edge table shared with a second thread (table-part.ts), against one thread. */
async function expectSameSplit(dir: string, bytes: LoadSnapshotResult, what: string): Promise<void> {
  const split = await loadSnapshot(dir, { splitFrom: 0 });
  expect(JSON.stringify(split.diagnostics), what).toBe(JSON.stringify(bytes.diagnostics));
  expect(split.snapshot, what).toEqual(bytes.snapshot);
  expect(JSON.stringify(split.table), what).toBe(JSON.stringify(bytes.table));
}

describe('the byte reader of node tables', () => {
  it('gives the simple lines of node tables to simpleNode, and every other line to node as a row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kedja-byte-reader-'));
    plainNodeTables(dir);
    const seen: string[] = [];
    const sink: SimpleNodeSink = {
      nodeAttributes: ['name'],
      simpleNode: (kind, id, ordinal, values) => seen.push(`simple ${kind} ${id} ${ordinal} ${String(values[0])}`),
      node: (kind, id, ordinal, attributes) => seen.push(`row ${kind} ${id} ${ordinal} ${String(attributes?.name)}`),
      edge() {},
    };
    const result = await scanFolder(dir, readTableBatches, {}, sink);
    expect(result.diagnostics).toEqual([]);
    // org-å is not ASCII: a row; the others are simple lines.
    expect(seen.filter((line) => line.startsWith('row'))).toEqual(['row organisation org-å 4 org-å']);
    expect(seen).toContain('simple organisation org 5 5 org 5');
    expect(seen).toContain('simple supplier sup-2 2 sup-2');
    expect(seen).toHaveLength(ORGS.length + SERVICES.length + SUPPLIERS.length);
  });
});

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
      if (c % 10 === 0) await expectSameSplit(dir, bytes, what);
    }
  });

  it('gives what papaparse gives with damaged node tables, on 300 folders', async () => {
    let valid = 0;
    for (let c = 0; c < 300; c++) {
      const rng = new Rng(20261204, c);
      const dir = folder(rng, rng.int(0, 20), true);
      const { bytes, rows } = await bothWays(dir);
      const what = `case ${c} (${dir})`;
      expect(JSON.stringify(bytes.diagnostics), what).toBe(JSON.stringify(rows.diagnostics));
      expect(bytes.snapshot, what).toEqual(rows.snapshot);
      expect(JSON.stringify(bytes.table), what).toBe(JSON.stringify(rows.table));
      if (c % 10 === 0) await expectSameSplit(dir, bytes, what);
      if (bytes.snapshot !== null) valid++;
    }
    // Both kinds of folder are among the cases: with problems, and loaded.
    expect(valid).toBeGreaterThan(10);
    expect(valid).toBeLessThan(290);
  });

  it('gives what papaparse gives on tables of several chunks, damaged near their end', async () => {
    for (let c = 0; c < 4; c++) {
      const rng = new Rng(7, c);
      const dir = mkdtempSync(join(tmpdir(), 'kedja-byte-reader-'));
      plainNodeTables(dir);
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
      await expectSameSplit(dir, bytes, `case ${c}`);
      // A second sink that takes edges one by one is given the second thread's edges the same way.
      const given = async (options: LoadSnapshotOptions) => {
        const edges: string[] = [];
        const also = { node() {}, edge() {}, numericEdge: (...edge: unknown[]) => edges.push(edge.join(' ')) };
        await loadSnapshot(dir, { ...options, also });
        return edges;
      };
      const edges = await given({});
      expect(await given({ splitFrom: 0 }), `case ${c}`).toEqual(edges);
      expect(edges.length, `case ${c}`).toBeGreaterThan(10_000);
    }
  });
});
