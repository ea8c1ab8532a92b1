/**
 * A seeded synthetic graph as a graphology graph, for tests and the Neo4j benchmark: exactly what
 * `kedja generate` writes (core's GraphGenerator, through `writeGeneratedFolder`), read back with
 * `readCsvFolder`. The same options give the same graph. O(rows).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { KedjaGraph } from '@kedja/core';
import type { GenerateOptions } from '@kedja/core/generate';
import { readCsvFolder, writeGeneratedFolder } from '@kedja/importer';

export async function generateGraph(
  options: Omit<GenerateOptions, 'alternativeShare'> & { alternativeShare?: number },
): Promise<KedjaGraph> {
  const folder = mkdtempSync(join(tmpdir(), 'kedja-generated-'));
  try {
    await writeGeneratedFolder({ alternativeShare: 0.1, ...options }, folder);
    const { graph, diagnostics } = await readCsvFolder(folder);
    if (graph === null) throw new Error(`the generated graph did not read back: ${diagnostics[0]?.message}`);
    return graph;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
