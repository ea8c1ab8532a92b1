/**
 * `kedja demo`: the viewer on datasets/sweden-2018 (the real 290 municipalities, regions and
 * agencies, calibrated to the MSB study), served on 127.0.0.1 until interrupted: click a supplier
 * and see who goes dark. `--text` prints the main job on the small demo dataset instead: the
 * systemic ranking, the blast radius of the supplier that hides behind a redundancy, and why one
 * organisation is hit.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createEngine } from '@kedja/core';
import type { Command } from 'commander';

import { loadInput, parsePort } from '../options/index.js';
import type { Io } from '../output/io.js';
import { renderBlast } from '../render/blast.js';
import { renderRanking } from '../render/rank.js';
import { renderExplanation } from '../render/why.js';
import { DEFAULT_PORT, serveGraph } from '../serve/index.js';

/** A dataset the published package ships (dist/datasets), or in the repository its datasets/ folder. */
function dataset(name: string): string {
  const shipped = fileURLToPath(new URL(`../datasets/${name}`, import.meta.url));
  return existsSync(shipped) ? shipped : fileURLToPath(new URL(`../../../../datasets/${name}`, import.meta.url));
}

export const DEMO_DATASET = dataset('demo');
export const SWEDEN_DATASET = dataset('sweden-2018');

export function registerDemo(program: Command, io: Io): void {
  program
    .command('demo')
    .description(
      'open datasets/sweden-2018 in the viewer (served on 127.0.0.1 until interrupted); --text for the demo in text',
    )
    .option('--port <n>', `port to listen on (0 picks a free one; default ${DEFAULT_PORT})`, parsePort)
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--text', 'print the systemic ranking, one blast radius and one explanation on datasets/demo instead')
    .action(async (options: { port?: number; host?: string; text?: boolean }) => {
      if (!options.text) {
        io.stdout(
          'Kedja demo: datasets/sweden-2018, the 290 Swedish municipalities, 21 regions and 347 agencies with service use\n' +
            'calibrated to the MSB study. Click a supplier (or pick one in the ranking) to see who goes dark.\n',
        );
        await serveGraph(SWEDEN_DATASET, { ...options, title: 'sweden-2018' }, io);
        return;
      }
      const graph = await loadInput(DEMO_DATASET, io);
      const engine = createEngine(graph);
      const scenario = engine.scenario({ suppliers: ['sup-hosting'] });
      const rule = `${'='.repeat(100)}\n`;
      io.stdout(`Kedja demo on datasets/demo (four organisations, four services, seven suppliers).\n${rule}`);
      io.stdout(`$ kedja rank datasets/demo\n\n${renderRanking(engine.table, engine.rank(), 20)}${rule}`);
      io.stdout(
        `$ kedja blast datasets/demo --supplier sup-hosting\n\n${renderBlast(engine.table, engine.blast(scenario), 50)}${rule}`,
      );
      io.stdout(
        `$ kedja why datasets/demo --org adalen --supplier sup-hosting\n\n` +
          renderExplanation(engine.table, engine.why('adalen', scenario), scenario.description),
      );
      io.stdout(
        `${rule}The journal service has two alternative suppliers, yet one hosting firm behind both takes it down:\n` +
          'the redundancy is false and the dependence hidden. Try your own data: kedja validate <folder>.\n',
      );
    });
}
