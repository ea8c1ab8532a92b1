/**
 * The `kedja` command line: one commander program, one file per command under commands/. Only the
 * command being run is loaded (with what it imports): `kedja rank` never loads the XML, spreadsheet,
 * Neo4j or chart libraries that other commands need, and `kedja --version` loads no command at
 * all. Help without a command, and an unknown command, load them all.
 */
import { Command } from 'commander';

import type { Io } from './output/io.js';
import { VERSION } from './version.js';

export { VERSION };

type Register = (program: Command, io: Io) => void;

/** Every command, in the order help lists them, with the module that registers it. */
const COMMANDS: readonly (readonly [string, () => Promise<Register>])[] = [
  ['validate', async () => (await import('./commands/validate.js')).registerValidate],
  ['blast', async () => (await import('./commands/blast.js')).registerBlast],
  ['timeline', async () => (await import('./commands/timeline.js')).registerTimeline],
  ['rank', async () => (await import('./commands/rank.js')).registerRank],
  ['gaps', async () => (await import('./commands/gaps.js')).registerGaps],
  ['why', async () => (await import('./commands/why.js')).registerWhy],
  ['simulate', async () => (await import('./commands/simulate.js')).registerSimulate],
  ['screen', async () => (await import('./commands/screen.js')).registerScreen],
  ['advise', async () => (await import('./commands/advise.js')).registerAdvise],
  ['metrics', async () => (await import('./commands/metrics.js')).registerMetrics],
  ['report', async () => (await import('./commands/report.js')).registerReport],
  ['export', async () => (await import('./commands/export.js')).registerExport],
  ['generate', async () => (await import('./commands/generate.js')).registerGenerate],
  ['push', async () => (await import('./commands/push.js')).registerPush],
  ['pull', async () => (await import('./commands/pull.js')).registerPull],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['import-survey', async () => (await import('./commands/import-survey.js')).registerImportSurvey],
  ['import-dora', async () => (await import('./commands/import-dora.js')).registerImportDora],
  ['import-procurement', async () => (await import('./commands/import-procurement.js')).registerImportProcurement],
  ['import-edges', async () => (await import('./commands/import-edges.js')).registerImportEdges],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
  ['demo', async () => (await import('./commands/demo.js')).registerDemo],
];

export const COMMAND_NAMES: readonly string[] = COMMANDS.map(([name]) => name);

/** The commands the arguments need: the one named first, none for `--version` alone, else all. */
function needed(args: readonly string[] | undefined): readonly (readonly [string, () => Promise<Register>])[] {
  if (args === undefined) return COMMANDS;
  const [first] = args;
  if (args.length === 1 && (first === '--version' || first === '-V')) return [];
  const named = COMMANDS.find(([name]) => name === first);
  return named ? [named] : COMMANDS;
}

/**
 * The program, with the commands `args` needs registered (all of them when `args` is not given).
 * Parse the same `args` with it.
 */
export async function createProgram(io: Io, args?: readonly string[]): Promise<Command> {
  const program = new Command('kedja')
    .description(
      'If a supplier fails, who loses what? Failure propagation and concentration analysis for supply graphs.',
    )
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nInput is a folder of canonical CSV files (see docs/format.md), a graph file (.json, .gexf, .graphml) or a DORA register folder.\n' +
        'Exit codes: 0 success, 1 usage error, 2 invalid input data, 3 internal error.\n\n' +
        'Example: kedja blast datasets/demo --supplier sup-hosting',
    );
  program.configureHelp({ sortSubcommands: false });
  for (const [, load] of needed(args)) (await load())(program, io);
  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
      .showHelpAfterError('(add --help for usage)');
  }
  return program;
}
