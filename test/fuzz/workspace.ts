/**
 * A fuzz case's input before it is written: a set of entries by path (relative to the case
 * folder). A CSV file is kept as rows, so that mutations can work on columns, rows and ids; other
 * files as text or bytes; and the things that are no regular file (a folder, a link, a named pipe)
 * as such. `materialise` writes it all to disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Entry =
  | { type: 'table'; rows: string[][]; separator?: string }
  | { type: 'text'; text: string }
  | { type: 'bytes'; data: Buffer }
  | { type: 'dir' }
  | { type: 'symlink'; target: string }
  | { type: 'fifo' };

export type InputKind = 'csv-folder' | 'dora' | 'survey' | 'json' | 'gexf' | 'graphml';

export interface Workspace {
  kind: InputKind;
  /** Seed dataset's name (for the report). */
  seed: string;
  /** The path given to the command, relative to the case folder: `in` or `in/graph.json`. */
  input: string;
  entries: Map<string, Entry>;
}

/** RFC 4180 rows of a well-formed CSV text (the seeds are). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') cell += text[i++];
    else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) cell += c;
    else if (c === ',') endCell();
    else {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

export function writeCsv(rows: readonly (readonly string[])[], separator = ','): string {
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => `${row.map(quote).join(separator)}\n`).join('');
}

/** An entry as bytes (a table is written as canonical CSV). */
export function bytesOf(entry: Entry): Buffer | null {
  if (entry.type === 'table') return Buffer.from(writeCsv(entry.rows, entry.separator));
  if (entry.type === 'text') return Buffer.from(entry.text);
  if (entry.type === 'bytes') return entry.data;
  return null;
}

export function materialise(workspace: Workspace, folder: string): void {
  for (const [path, entry] of workspace.entries) {
    // An entry inside one that is no folder (the input became a file after files were added to it) is left out.
    const parents = path.split('/').map((_, i, parts) => parts.slice(0, i).join('/'));
    if (parents.some((p) => workspace.entries.has(p) && workspace.entries.get(p)!.type !== 'dir')) continue;
    const full = join(folder, path);
    mkdirSync(dirname(full), { recursive: true });
    if (entry.type === 'dir') mkdirSync(full, { recursive: true });
    else if (entry.type === 'symlink') symlinkSync(entry.target, full);
    else if (entry.type === 'fifo') execFileSync('mkfifo', [full]);
    else writeFileSync(full, bytesOf(entry)!);
  }
  // The input folder exists even when every file in it was taken away.
  const top = workspace.input.split('/')[0]!;
  if (!workspace.entries.has(top)) mkdirSync(join(folder, top), { recursive: true });
}

export function cloneWorkspace(w: Workspace): Workspace {
  const copy = (e: Entry): Entry =>
    e.type === 'table'
      ? { ...e, rows: e.rows.map((row) => [...row]) }
      : e.type === 'bytes'
        ? { type: 'bytes', data: Buffer.from(e.data) }
        : { ...e };
  return { ...w, entries: new Map([...w.entries].map(([path, e]) => [path, copy(e)])) };
}
