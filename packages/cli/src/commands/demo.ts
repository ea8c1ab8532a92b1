/**
 * `kedja demo`: the main job on the shipped demo dataset, in one command: the systemic ranking,
 * the blast radius of the supplier that hides behind a redundancy, and why one organisation is hit.
 */
import { fileURLToPath } from 'node:url';

import { createEngine } from '@kedja/core';
import type { Command } from 'commander';

import { loadInput } from '../load-input.js';
import type { Io } from '../output/io.js';
import { renderBlast } from './blast.js';
import { renderRanking } from './rank.js';
import { renderExplanation } from './why.js';

export const DEMO_DATASET = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

export function registerDemo(program: Command, io: Io): void {
  program
    .command('demo')
    .description('run the systemic ranking and one blast radius on the shipped demo dataset')
    .action(async () => {
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
