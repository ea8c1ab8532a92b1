/** The `kedja` command line: one commander program, one file per command under commands/. */
import { Command } from 'commander';

import { registerAdvise } from './commands/advise.js';
import { registerBlast } from './commands/blast.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerGenerate } from './commands/generate.js';
import { registerImport } from './commands/import.js';
import { registerImportDora } from './commands/import-dora.js';
import { registerImportSurvey } from './commands/import-survey.js';
import { registerImportProcurement } from './commands/import-procurement.js';
import { registerImportEdges } from './commands/import-edges.js';
import { registerMetrics } from './commands/metrics.js';
import { registerPull } from './commands/pull.js';
import { registerPush } from './commands/push.js';
import { registerReport } from './commands/report.js';
import { registerRank } from './commands/rank.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';
import { registerSimulate } from './commands/simulate.js';
import { registerTimeline } from './commands/timeline.js';
import { registerValidate } from './commands/validate.js';
import { registerWhy } from './commands/why.js';
import type { Io } from './output/io.js';
import { VERSION } from './version.js';

export { VERSION };

export function createProgram(io: Io): Command {
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
  for (const register of [
    registerValidate,
    registerBlast,
    registerTimeline,
    registerRank,
    registerWhy,
    registerSimulate,
    registerScreen,
    registerAdvise,
    registerMetrics,
    registerReport,
    registerExport,
    registerGenerate,
    registerPush,
    registerPull,
    registerImport,
    registerImportSurvey,
    registerImportDora,
    registerImportProcurement,
    registerImportEdges,
    registerServe,
    registerDemo,
  ]) {
    register(program, io);
  }
  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
      .showHelpAfterError('(add --help for usage)');
  }
  return program;
}
