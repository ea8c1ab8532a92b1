/** `kedja pull --uri ... -o <file.json|folder>`: a graph pushed to Neo4j, read back. */
import { writeCsvFolder, writeGraphJson } from '@kedja/importer';
import { pullGraph, withNeo4j } from '@kedja/neo4j';
import { formatDiagnostic } from '@kedja/core';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { addNeo4jOptions, describeTarget, neo4jTarget, type Neo4jOptions } from '../neo4j-options.js';
import type { Io } from '../output/io.js';

export function registerPull(program: Command, io: Io): void {
  addNeo4jOptions(
    program
      .command('pull')
      .description('read a graph pushed to Neo4j back (user and password from NEO4J_USER and NEO4J_PASSWORD)'),
  )
    .requiredOption('-o, --output <path>', 'a .json file (graphology JSON) or a folder (canonical CSV)')
    .action(async (options: Neo4jOptions & { output: string }) => {
      const target = neo4jTarget(options);
      const from = describeTarget(target, options.dataset);
      const { graph, diagnostics } = await withNeo4j(target, (connection) =>
        pullGraph(connection, { dataset: options.dataset }),
      );
      if (graph === null) throw new DataError(`${from} does not hold a valid Kedja graph`, diagnostics);
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const what = `${graph.order} nodes, ${graph.size} edges`;
      try {
        if (options.output.toLowerCase().endsWith('.json')) {
          await writeGraphJson(graph, options.output);
          io.stderr(`wrote ${options.output} (${what}) from ${from}\n`);
        } else {
          const { dropped } = await writeCsvFolder(graph, options.output);
          if (dropped.length > 0)
            io.stderr(
              `note: the CSV format has no column for ${dropped.join(', ')}; write a .json file to keep them\n`,
            );
          io.stderr(`wrote ${options.output}/ (${what}) from ${from}\n`);
        }
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    });
}
