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

import { messagesIn } from '../messages/index.js';
import { loadInput, parsePort } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { nameOf } from '../output/names.js';
import { describeScenario } from '../output/scenario.js';
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
    .addOption(langOption())
    .action(async (options: { port?: number; host?: string; text?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang);
      const m = messagesIn(lang).commands.demo;
      if (!options.text) {
        io.stdout(`${m.viewer}\n`);
        const { lang: option, text: _text, ...serve } = options;
        // As kedja serve: only a choice someone made (--lang, KEDJA_LANG) goes to the page; else the browser's language.
        const chosen = option !== undefined || process.env.KEDJA_LANG ? { lang } : {};
        await serveGraph(SWEDEN_DATASET, { ...serve, title: 'sweden-2018', ...chosen }, io);
        return;
      }
      const graph = await loadInput(DEMO_DATASET, io);
      const engine = createEngine(graph);
      const scenario = engine.scenario({ suppliers: ['sup-hosting'] });
      const description = describeScenario(lang, scenario, (id) => nameOf(engine.table, id));
      const flag = lang === 'en' ? '' : ` --lang ${lang}`;
      const rule = `${'='.repeat(100)}\n`;
      io.stdout(`${m.text}\n${rule}`);
      io.stdout(`$ kedja rank datasets/demo${flag}\n\n${renderRanking(engine.table, engine.rank(), 20, lang)}${rule}`);
      const blast = renderBlast(engine.table, engine.blast(scenario), 50, undefined, lang, description);
      io.stdout(`$ kedja blast datasets/demo --supplier sup-hosting${flag}\n\n${blast}${rule}`);
      io.stdout(
        `$ kedja why datasets/demo --org adalen --supplier sup-hosting${flag}\n\n` +
          renderExplanation(engine.table, engine.why('adalen', scenario), description, lang),
      );
      io.stdout(`${rule}${m.end}\n`);
    });
}
