/** `kedja validate <input>`: every problem, or a one-line summary of a valid graph. */
import { formatDiagnostic, hasErrors } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import type { Command } from 'commander';

import { DataError } from '../errors.js';
import { INPUT_DESCRIPTION, printNotes } from '../options/index.js';
import { printJson, type Io } from '../output/io.js';
import { invalidGraphMessage, renderValidation, validateJson } from '../render/index.js';

export function registerValidate(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check a graph and report every problem at once')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--json', 'print the result as one JSON document')
    .action(async (input: string, options: { json?: boolean }) => {
      const { graph, diagnostics, notes } = await loadGraph(input);
      printNotes(io, notes);
      if (options.json) printJson(io, validateJson(input, graph, diagnostics));
      if (graph === null || hasErrors(diagnostics)) {
        throw new DataError(invalidGraphMessage(input, diagnostics), diagnostics);
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (!options.json) io.stdout(renderValidation(input, graph, diagnostics));
    });
}
