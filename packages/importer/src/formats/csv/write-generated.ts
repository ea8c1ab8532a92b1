/**
 * Writing a generated graph (core's `GraphGenerator`) as a canonical CSV folder at disk speed:
 * rows are joined into large string chunks and written with backpressure, so memory stays bounded
 * whatever the size. Generated ids and names need no quoting; any cell that would is quoted by
 * RFC 4180 all the same. O(rows).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import {
  GENERATED_HEADERS,
  GENERATED_TABLES,
  GraphGenerator,
  type GenerateOptions,
  type GeneratedTable,
} from '@kedja/core/generate';

const CHUNK = 1 << 20;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export interface GenerateProgress {
  table: GeneratedTable;
  rows: number;
}

/** Writes the seven files of a generated graph into `folder`; returns the row count per table. */
export async function writeGeneratedFolder(
  options: GenerateOptions,
  folder: string,
  onProgress: (progress: GenerateProgress) => void = () => {},
): Promise<Record<GeneratedTable, number>> {
  const generator = new GraphGenerator(options);
  await mkdir(folder, { recursive: true });
  const counts = {} as Record<GeneratedTable, number>;
  for (const table of GENERATED_TABLES) {
    const output = createWriteStream(join(folder, `${table}.csv`), 'utf8');
    let chunk = `${GENERATED_HEADERS[table].join(',')}\n`;
    let rows = 0;
    for (const row of generator.rows(table)) {
      chunk += `${row.map(quote).join(',')}\n`;
      rows++;
      if (chunk.length >= CHUNK) {
        if (!output.write(chunk)) await once(output, 'drain');
        chunk = '';
        onProgress({ table, rows });
      }
    }
    output.end(chunk);
    await once(output, 'finish');
    counts[table] = rows;
    onProgress({ table, rows });
  }
  return counts;
}
