/**
 * The mutations of the fuzz harness: each takes a workspace (workspace.ts) and a random number
 * generator, changes the workspace in place and says what it did in one line (null when it does
 * not apply, and another is drawn). Four families: on the rows and columns of CSV tables (every
 * folder kind: canonical, DORA, survey), on the bytes of any file (encodings, byte-order marks,
 * NUL bytes, quotes, line endings, truncation), on the file system (folders, links and named pipes
 * where a file should be, stray files and folders), and on graph files (JSON, GEXF, GraphML).
 */
import type { Rng } from './prng.js';
import { bytesOf, parseCsv, type Entry, type InputKind, type Workspace } from './workspace.js';

export interface Mutation {
  name: string;
  kinds: readonly InputKind[];
  /** Relative chance of being drawn (1 by default): the expensive ones are drawn less often. */
  weight?: number;
  apply(w: Workspace, rng: Rng): string | null;
}

const FOLDERS: InputKind[] = ['csv-folder', 'dora', 'survey'];
const GRAPHS: InputKind[] = ['json', 'gexf', 'graphml'];
const ALL: InputKind[] = [...FOLDERS, ...GRAPHS];

/** Ids and values that have broken programs before: built-in object keys, edge-key separators, quoting. */
export const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'a->b',
  'uses:x->y',
  '->',
  ' padded ',
  'comma,inside',
  'quote"inside',
  'line\nbreak',
  'tab\tinside',
  'semi;colon',
  'nul\u0000inside',
  'Ådalen ÅÄÖ åäö',
  '😀',
  '\u202eevil',
  '0',
  '-1',
  'null',
  'undefined',
  'NaN',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  '../../etc/passwd',
  '%s%n%x',
  '\\',
  '*',
  'x'.repeat(3000),
];

/** Values that are almost numbers, booleans, countries or enums. */
export const BAD_VALUES = [
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-0',
  '12 000',
  '12,000',
  '0x10',
  '1.5',
  '-3',
  '9007199254740993',
  '1e3',
  '+7',
  '.5',
  '٣',
  '１２',
  'maybe',
  'JA',
  'se',
  'ZZ',
  'SE;;XX',
  '',
  ' ',
  'eba_GA:',
  'eba_TA:S99',
];

// ---------------------------------------------------------------------------------------------
// Helpers

type Table = Extract<Entry, { type: 'table' }>;

function tables(w: Workspace): [string, Table][] {
  return [...w.entries].filter((pair): pair is [string, Table] => pair[1].type === 'table');
}

function pickTable(w: Workspace, rng: Rng, minRows = 1): [string, Table] | null {
  const found = tables(w).filter(([, t]) => t.rows.length > minRows && (t.rows[0]?.length ?? 0) > 0);
  return found.length > 0 ? rng.pick(found) : null;
}

function files(w: Workspace): [string, Entry][] {
  return [...w.entries].filter(([, e]) => bytesOf(e) !== null);
}

const name = (path: string) => path.split('/').pop()!;

/** Replaces a file's entry by its bytes, changed by `change`. */
function onBytes(w: Workspace, rng: Rng, change: (data: Buffer) => [Buffer, string] | null): string | null {
  const found = files(w);
  if (found.length === 0) return null;
  const [path, entry] = rng.pick(found);
  const result = change(bytesOf(entry)!);
  if (result === null) return null;
  w.entries.set(path, { type: 'bytes', data: result[0] });
  return `${name(path)}: ${result[1]}`;
}

function insertAt(data: Buffer, at: number, bytes: Buffer): Buffer {
  return Buffer.concat([data.subarray(0, at), bytes, data.subarray(at)]);
}

/** The offset just after a random separator or line break (the start of a field), or 0. */
function fieldStart(data: Buffer, rng: Rng): number {
  const starts: number[] = [];
  for (let i = 0; i < data.length && starts.length < 5000; i++) {
    if (data[i] === 0x2c || data[i] === 0x0a) starts.push(i + 1);
  }
  return starts.length > 0 ? rng.pick(starts) : 0;
}

/** A long field: mostly letters, sometimes with quotes, separators and line breaks inside. */
export function hugeValue(rng: Rng): { text: string; size: string } {
  const mb = rng.pick([0.06, 0.25, 0.5, 1, 2, 4, 8]);
  const unit = rng.pick(['x', 'abcdefghij', 'å', 'a,b"c\nd;', '0']);
  const text = unit.repeat(Math.ceil((mb * 1024 * 1024) / unit.length));
  return { text, size: `${mb} MB of ${JSON.stringify(unit)}` };
}

/** Every cell equal to `from`, in every table, becomes `to`. */
function renameEverywhere(w: Workspace, from: string, to: string): number {
  let count = 0;
  for (const [, t] of tables(w)) {
    for (const row of t.rows.slice(1)) {
      for (let i = 0; i < row.length; i++) {
        if (row[i] !== from) continue;
        row[i] = to;
        count++;
      }
    }
  }
  return count;
}

const show = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value);

// ---------------------------------------------------------------------------------------------
// Rows and columns of tables

const TABLE_MUTATIONS: Mutation[] = [
  {
    name: 'drop-column',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      const [path, t] = found;
      const col = rng.int(0, t.rows[0]!.length - 1);
      const dropped = t.rows[0]![col];
      for (const row of t.rows) row.splice(col, 1);
      return `${name(path)}: column ${show(dropped ?? '')} dropped`;
    },
  },
  {
    name: 'garble-header',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      const [path, t] = found;
      const col = rng.int(0, t.rows[0]!.length - 1);
      const old = t.rows[0]![col] ?? '';
      const garbled = rng.pick([
        old.toUpperCase(),
        ` ${old} `,
        `${old}x`,
        old.slice(1),
        '',
        rng.pick(HOSTILE),
        old.replace(/[aeiou]/, '\u00e4'),
      ]);
      t.rows[0]![col] = garbled;
      return `${name(path)}: header ${show(old)} -> ${show(garbled)}`;
    },
  },
  {
    name: 'duplicate-column',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      const [path, t] = found;
      const col = rng.int(0, t.rows[0]!.length - 1);
      for (const row of t.rows) row.push(row[col] ?? '');
      return `${name(path)}: column ${show(t.rows[0]![col] ?? '')} repeated at the end`;
    },
  },
  {
    name: 'shuffle-columns',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      const [path, t] = found;
      const width = t.rows[0]!.length;
      const order = [...Array(width).keys()].sort(() => rng.next() - 0.5);
      for (const [i, row] of t.rows.entries()) t.rows[i] = order.map((c) => row[c] ?? '');
      return `${name(path)}: columns reordered`;
    },
  },
  {
    name: 'drop-file',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = files(w);
      if (found.length === 0) return null;
      const [path] = rng.pick(found);
      w.entries.delete(path);
      return `${name(path)} removed`;
    },
  },
  {
    name: 'unknown-file',
    kinds: FOLDERS,
    apply(w, rng) {
      const file = rng.pick([
        'subcontract.csv',
        'extra.csv',
        'b_99.99.csv',
        'b_05.03.csv',
        'Organisations.CSV',
        '.hidden.csv',
      ]);
      const header = rng.pick([['id', 'name'], ['c0010', 'c0020'], ['x']]);
      w.entries.set(`${w.input}/${file}`, { type: 'table', rows: [header, header.map((h) => `${h}-1`)] });
      return `${file} added`;
    },
  },
  {
    name: 'duplicate-row',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const row = rng.int(1, t.rows.length - 1);
      t.rows.splice(rng.int(1, t.rows.length), 0, [...t.rows[row]!]);
      return `${name(path)}: line ${row + 1} repeated`;
    },
  },
  {
    name: 'header-only',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      found[1].rows.length = 1;
      return `${name(found[0])}: every row removed`;
    },
  },
  {
    name: 'unknown-id',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const row = t.rows[rng.int(1, t.rows.length - 1)]!;
      const col = rng.int(0, Math.min(2, row.length - 1));
      row[col] = `fuzz-unknown-${rng.int(0, 999)}`;
      return `${name(path)}: ${show(t.rows[0]![col] ?? '')} of a row set to an unknown id`;
    },
  },
  {
    name: 'other-id',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      const donor = pickTable(w, rng);
      if (!found || !donor) return null;
      const [path, t] = found;
      const id = donor[1].rows[rng.int(1, donor[1].rows.length - 1)]![0] ?? '';
      const row = t.rows[rng.int(1, t.rows.length - 1)]!;
      const col = rng.int(0, Math.min(2, row.length - 1));
      row[col] = id;
      return `${name(path)}: ${show(t.rows[0]![col] ?? '')} of a row set to ${show(id)} from ${name(donor[0])}`;
    },
  },
  {
    name: 'self-loop',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found || found[1].rows[0]!.length < 2) return null;
      const [path, t] = found;
      const row = t.rows[rng.int(1, t.rows.length - 1)]!;
      row[1] = row[0] ?? '';
      return `${name(path)}: a row's second cell set to its first (${show(row[0] ?? '')})`;
    },
  },
  {
    name: 'subcontract-cycle',
    kinds: ['csv-folder'],
    apply(w, rng) {
      const suppliers = w.entries.get('in/suppliers.csv');
      const subcontracts = w.entries.get('in/subcontracts.csv');
      if (suppliers?.type !== 'table' || subcontracts?.type !== 'table') return null;
      const ids = suppliers.rows.slice(1).map((row) => row[0] ?? '');
      if (ids.length < 2) return null;
      const length = rng.int(2, Math.min(4, ids.length));
      const cycle = [...ids].sort(() => rng.next() - 0.5).slice(0, length);
      const header = subcontracts.rows[0]!;
      for (const [i, id] of cycle.entries()) {
        const row = header.map(() => '');
        row[header.indexOf('supplier')] = id;
        row[header.indexOf('subcontractor')] = cycle[(i + 1) % cycle.length]!;
        if (header.includes('service')) row[header.indexOf('service')] = 'fuzz cycle';
        subcontracts.rows.push(row);
      }
      return `subcontracts.csv: cycle ${cycle.join(' -> ')} added`;
    },
  },
  {
    // Ids that hold a separator of edge keys: edges a -> "b<sep>c" and "a<sep>b" -> c must stay two edges.
    name: 'edge-key-collision',
    kinds: ['csv-folder'],
    apply(w, rng) {
      const suppliers = w.entries.get('in/suppliers.csv');
      const subcontracts = w.entries.get('in/subcontracts.csv');
      if (suppliers?.type !== 'table' || subcontracts?.type !== 'table') return null;
      const sep = rng.pick(['->', '\u0000', ':', '/', '|', ' ']);
      const [a, ab, bc, c] = ['fz-a', `fz-a${sep}b`, `b${sep}c`, 'c'];
      for (const id of [a, ab, bc, c]) {
        suppliers.rows.push(
          suppliers.rows[0]!.map((column) => (column === 'id' ? id : column === 'name' ? `Supplier ${id}` : '')),
        );
      }
      const header = subcontracts.rows[0]!;
      for (const [from, to] of [
        [a, bc],
        [ab, c],
      ] as const) {
        subcontracts.rows.push(
          header.map((column) => (column === 'supplier' ? from : column === 'subcontractor' ? to : '')),
        );
      }
      return `suppliers ${[a, ab, bc, c].map(show).join(', ')} with subcontracts ${show(a)} -> ${show(bc)} and ${show(ab)} -> ${show(c)}`;
    },
  },
  {
    name: 'hostile-id',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const from = found[1].rows[rng.int(1, found[1].rows.length - 1)]![0] ?? '';
      const to = rng.pick(HOSTILE);
      if (from === '' || from === to) return null;
      const count = renameEverywhere(w, from, to);
      return `id ${show(from)} renamed to ${show(to)} in ${count} cells`;
    },
  },
  {
    name: 'hostile-value',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found || found[1].rows[0]!.length < 2) return null;
      const [path, t] = found;
      const col = rng.int(1, t.rows[0]!.length - 1);
      const value = rng.pick(HOSTILE);
      // The same value in several rows: a county or a sector named __proto__ is shared.
      for (const row of t.rows.slice(1)) if (rng.chance(0.5)) row[col] = value;
      return `${name(path)}: column ${show(t.rows[0]![col] ?? '')} set to ${show(value)} in some rows`;
    },
  },
  {
    name: 'bad-value',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const row = rng.int(1, t.rows.length - 1);
      const col = rng.int(0, t.rows[0]!.length - 1);
      const value = rng.pick(BAD_VALUES);
      t.rows[row]![col] = value;
      return `${name(path)}: line ${row + 1} column ${show(t.rows[0]![col] ?? '')} set to ${show(value)}`;
    },
  },
  {
    name: 'row-shape',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const line = rng.int(1, t.rows.length - 1);
      const row = t.rows[line]!;
      const longer = rng.chance(0.5);
      if (longer) row.push('extra');
      else row.pop();
      return `${name(path)}: line ${line + 1} ${longer ? 'has a field too many' : 'lacks its last field'}`;
    },
  },
  {
    name: 'blank-rows',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      const [path, t] = found;
      const blank = rng.chance(0.5) ? [''] : t.rows[0]!.map(() => '');
      t.rows.splice(rng.int(1, t.rows.length), 0, blank);
      return `${name(path)}: an empty row (${blank.length} fields) inserted`;
    },
  },
  {
    name: 'separator',
    kinds: FOLDERS,
    apply(w, rng) {
      const found = pickTable(w, rng, 0);
      if (!found) return null;
      found[1].separator = rng.pick([';', '\t']);
      return `${name(found[0])}: written ${JSON.stringify(found[1].separator)}-separated`;
    },
  },
  {
    name: 'huge-field',
    kinds: FOLDERS,
    weight: 0.4,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const row = rng.int(1, t.rows.length - 1);
      const col = rng.int(0, t.rows[0]!.length - 1);
      const { text, size } = hugeValue(rng);
      t.rows[row]![col] = text;
      return `${name(path)}: line ${row + 1} column ${show(t.rows[0]![col] ?? '')} set to ${size}`;
    },
  },
  {
    name: 'many-rows',
    kinds: FOLDERS,
    weight: 0.3,
    apply(w, rng) {
      const found = pickTable(w, rng);
      if (!found) return null;
      const [path, t] = found;
      const count = rng.pick([5_000, 20_000, 60_000]);
      const template = t.rows[rng.int(1, t.rows.length - 1)]!;
      for (let i = 0; i < count; i++) t.rows.push([`fuzz-${i}`, ...template.slice(1)]);
      return `${name(path)}: ${count} rows added like ${show(template.join(','))}, first cells fuzz-0, fuzz-1, ...`;
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Bytes of any file

const BYTE_MUTATIONS: Mutation[] = [
  {
    name: 'byte-order-mark',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const where = rng.pick(['start', 'twice', 'middle']);
        const bom = Buffer.from([0xef, 0xbb, 0xbf]);
        if (where === 'start') return [Buffer.concat([bom, data]), 'UTF-8 byte-order mark'];
        if (where === 'twice') return [Buffer.concat([bom, bom, data]), 'two UTF-8 byte-order marks'];
        return [insertAt(data, fieldStart(data, rng), bom), 'a byte-order mark inside'];
      }),
  },
  {
    name: 'utf-16',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const le = Buffer.from(data.toString('utf8'), 'utf16le');
        const variant = rng.pick(['le-bom', 'be-bom', 'le-no-bom']);
        if (variant === 'le-no-bom') return [le, 'UTF-16LE without byte-order mark'];
        if (variant === 'le-bom')
          return [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE with byte-order mark'];
        const be = Buffer.from(le).swap16();
        return [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE with byte-order mark'];
      }),
  },
  {
    name: 'windows-1252',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => [Buffer.from(data.toString('utf8'), 'latin1'), 'written as Windows-1252 (Latin-1)']),
  },
  {
    name: 'bad-utf-8',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const bad = rng.pick([[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]);
        const at = fieldStart(data, rng);
        return [
          insertAt(data, at, Buffer.from(bad)),
          `invalid UTF-8 ${Buffer.from(bad).toString('hex')} at byte ${at}`,
        ];
      }),
  },
  {
    name: 'nul-bytes',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const at = rng.int(0, data.length);
        return [insertAt(data, at, Buffer.alloc(rng.int(1, 4))), `NUL bytes at byte ${at}`];
      }),
  },
  {
    name: 'unterminated-quote',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const at = fieldStart(data, rng);
        return [insertAt(data, at, Buffer.from('"')), `an opening quote at byte ${at} that is never closed`];
      }),
  },
  {
    name: 'text-after-quote',
    kinds: FOLDERS,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const at = fieldStart(data, rng);
        return [insertAt(data, at, Buffer.from('"quoted"tail')), `"quoted"tail at byte ${at}`];
      }),
  },
  {
    name: 'line-endings',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const text = data.toString('latin1');
        const variant = rng.pick(['crlf', 'cr', 'mixed', 'no-final']);
        const changed =
          variant === 'crlf'
            ? text.replace(/\n/g, '\r\n')
            : variant === 'cr'
              ? text.replace(/\n/g, '\r')
              : variant === 'mixed'
                ? text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']))
                : text.replace(/\n$/, '');
        return [Buffer.from(changed, 'latin1'), `line endings: ${variant}`];
      }),
  },
  {
    name: 'truncate',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        const at = rng.int(0, data.length);
        return [data.subarray(0, at), `cut at byte ${at} of ${data.length}`];
      }),
  },
  {
    name: 'flip-bytes',
    kinds: ALL,
    apply: (w, rng) =>
      onBytes(w, rng, (data) => {
        if (data.length === 0) return null;
        const copy = Buffer.from(data);
        const at: number[] = [];
        for (let i = rng.int(1, 6); i > 0; i--) {
          const p = rng.int(0, copy.length - 1);
          copy[p] = rng.int(0, 255);
          at.push(p);
        }
        return [copy, `bytes changed at ${at.join(', ')}`];
      }),
  },
];

// ---------------------------------------------------------------------------------------------
// The file system

const FILE_SYSTEM_MUTATIONS: Mutation[] = [
  {
    name: 'not-a-file',
    kinds: ALL,
    apply(w, rng) {
      const found = files(w);
      if (found.length === 0) return null;
      const [path] = rng.pick(found);
      const variant = rng.pick(['dir', 'broken-link', 'link-loop', 'fifo', 'link-to-dir'] as const);
      const entry: Entry =
        variant === 'dir'
          ? { type: 'dir' }
          : variant === 'fifo'
            ? { type: 'fifo' }
            : variant === 'broken-link'
              ? { type: 'symlink', target: '/nonexistent/kedja-fuzz' }
              : variant === 'link-loop'
                ? { type: 'symlink', target: name(path) }
                : { type: 'symlink', target: '.' };
      w.entries.set(path, entry);
      return `${name(path)} replaced by ${variant}`;
    },
  },
  {
    name: 'link-to-file',
    kinds: ALL,
    apply(w, rng) {
      const found = files(w);
      if (found.length === 0) return null;
      const [path, entry] = rng.pick(found);
      const elsewhere = `elsewhere/${name(path)}`;
      w.entries.set(elsewhere, entry);
      w.entries.set(path, { type: 'symlink', target: `${'../'.repeat(path.split('/').length - 1)}${elsewhere}` });
      return `${name(path)} is a symbolic link to a regular file elsewhere`;
    },
  },
  {
    name: 'input-not-usable',
    kinds: ALL,
    weight: 0.5,
    apply(w, rng) {
      const variant = rng.pick(['fifo', 'empty-folder', 'broken-link', 'empty-file'] as const);
      w.entries.clear();
      if (variant === 'empty-folder') w.entries.set(w.input, { type: 'dir' });
      else if (variant === 'fifo') w.entries.set(w.input, { type: 'fifo' });
      else if (variant === 'broken-link')
        w.entries.set(w.input, { type: 'symlink', target: '/nonexistent/kedja-fuzz' });
      else w.entries.set(w.input, { type: 'bytes', data: Buffer.alloc(0) });
      return `the input itself is ${variant}`;
    },
  },
  {
    name: 'dora-tables-inside',
    kinds: ['csv-folder', 'survey'],
    apply(w, rng) {
      const where = rng.pick(['reports/', 'nested/reports/', '']);
      const rows = (text: string) => parseCsv(text);
      w.entries.set(`${w.input}/${where}b_05.01.csv`, {
        type: 'table',
        rows: rows('c0010,c0020,c0050,c0080\nFUZZPROVIDER00000001,LEI,Fuzz Provider AB,eba_GA:SE\n'),
      });
      w.entries.set(`${w.input}/${where}b_02.02.csv`, {
        type: 'table',
        rows: rows('c0010,c0020,c0030,c0060\nA-1,FUZZENTITY0000000001,FUZZPROVIDER00000001,eba_TA:S19\n'),
      });
      return `DORA tables b_05.01.csv and b_02.02.csv added in ${where || 'the folder itself'}`;
    },
  },
  {
    name: 'canonical-tables-inside',
    kinds: ['dora'],
    apply(w, rng) {
      const where = rng.pick(['', 'graph/']);
      w.entries.set(`${w.input}/${where}organisations.csv`, {
        type: 'table',
        rows: [
          ['id', 'name'],
          ['o1', 'Org'],
        ],
      });
      w.entries.set(`${w.input}/${where}services.csv`, { type: 'table', rows: [['id', 'name']] });
      w.entries.set(`${w.input}/${where}suppliers.csv`, { type: 'table', rows: [['id', 'name']] });
      return `canonical tables added in ${where || 'the register folder itself'}`;
    },
  },
  {
    name: 'stray-entries',
    kinds: FOLDERS,
    apply(w, rng) {
      const variant = rng.pick([
        'README.md',
        'notes.txt',
        'sub/organisations.csv',
        'graph.json',
        'book.xlsx',
        'empty/',
      ]);
      const path = `${w.input}/${variant}`;
      if (variant.endsWith('/')) w.entries.set(path.slice(0, -1), { type: 'dir' });
      else if (variant.endsWith('.csv'))
        w.entries.set(path, {
          type: 'table',
          rows: [
            ['id', 'name'],
            ['x', 'X'],
          ],
        });
      else
        w.entries.set(path, {
          type: 'bytes',
          data: Buffer.from(variant.endsWith('.xlsx') ? 'PK\x03\x04garbage' : '{}\n'),
        });
      return `${variant} added to the folder`;
    },
  },
];

export const MUTATIONS: Mutation[] = [...TABLE_MUTATIONS, ...BYTE_MUTATIONS, ...FILE_SYSTEM_MUTATIONS];
