/** `kedja push <input> --uri ...`: the graph into a Neo4j database, so that its dataset mirrors the input. */
import { pushGraph, withNeo4j } from '@kedja/neo4j';
import type { Command } from 'commander';

import { messagesIn } from '../messages/index.js';
import {
  addNeo4jOptions,
  describeTarget,
  loadInput,
  neo4jTarget,
  parseCount,
  type Neo4jOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { renderPush } from '../render/push.js';

export function registerPush(program: Command, io: Io): void {
  addNeo4jOptions(
    program
      .command('push')
      .description('push the graph into Neo4j (user and password from NEO4J_USER and NEO4J_PASSWORD)')
      .argument('<input>', 'a canonical CSV folder or a graph .json file'),
  )
    .option('--batch-size <n>', 'rows per transaction', parseCount, 5000)
    .option('--json', 'print the summary as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: Neo4jOptions & { batchSize: number; json?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang);
      const target = await neo4jTarget(options);
      // Connect first: an unreachable server or wrong credentials show before a long load.
      const summary = await withNeo4j(target, async (connection) => {
        const graph = await loadInput(input, io);
        const progress = startProgress(io, messagesIn(lang).commands.progress.pushing, graph.order + graph.size, lang);
        try {
          return await pushGraph(connection, graph, {
            dataset: options.dataset,
            batchSize: options.batchSize,
            onProgress: ({ done }) => progress.update(done),
          });
        } finally {
          progress.stop();
        }
      });
      // The --json document is the push summary as it is.
      if (options.json) printJson(io, summary);
      else io.stdout(renderPush(input, describeTarget(target, options.dataset), summary, lang));
    });
}
