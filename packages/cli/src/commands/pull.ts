/** `kedja pull --uri ... -o <file.json|folder>`: a graph pushed to Neo4j, read back. */
import { formatDiagnostic } from '@kedja/core';
import { writeCsvFolder, writeGraphJson } from '@kedja/importer';
import { pullGraph, withNeo4j } from '@kedja/neo4j';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { addNeo4jOptions, describeTarget, neo4jTarget, type Neo4jOptions } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { cannotWriteMessage } from '../render/export.js';
import { pullsToJson, renderPulled } from '../render/pull.js';

export function registerPull(program: Command, io: Io): void {
  addNeo4jOptions(
    program
      .command('pull')
      .description('read a graph pushed to Neo4j back (user and password from NEO4J_USER and NEO4J_PASSWORD)'),
  )
    .requiredOption('-o, --output <path>', 'a .json file (graphology JSON) or a folder (canonical CSV)')
    .addOption(langOption())
    .action(async (options: Neo4jOptions & { output: string; lang?: string }) => {
      const lang = resolveLang(options.lang);
      const target = await neo4jTarget(options);
      const from = describeTarget(target, options.dataset);
      const { graph, diagnostics } = await withNeo4j(target, (connection) =>
        pullGraph(connection, { dataset: options.dataset }),
      );
      if (graph === null) throw new DataError(`${from} does not hold a valid Kedja graph`, diagnostics);
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const { output } = options;
      let dropped: readonly string[] = [];
      try {
        if (pullsToJson(output)) await writeGraphJson(graph, output);
        else ({ dropped } = await writeCsvFolder(graph, output));
      } catch (error) {
        throw new UsageError(cannotWriteMessage(output, error, lang));
      }
      io.stderr(renderPulled(graph, { output, from, dropped }, lang));
    });
}
