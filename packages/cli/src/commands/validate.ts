/** `kedja validate <input>`: every problem, or a one-line summary of a valid graph. */
import { formatDiagnostic, hasErrors } from '@kedja/core';
import { loadInput } from '@kedja/importer/input';
import type { Command } from 'commander';

import { DataError } from '../errors.js';
import { INPUT_DESCRIPTION, printNotes } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { countGraph, countSnapshot, invalidGraphMessage, renderValidation, validateJson } from '../render/validate.js';

export function registerValidate(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check a graph and report every problem at once')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--json', 'print the result as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: { json?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang);
      // A CSV folder is checked on its way into a snapshot, at any size; other inputs as graphs. A
      // binary graph has every file read and checked, its snapshot.arrow against its tables.
      const loaded = await loadInput(input, { verify: true });
      const { diagnostics, notes } = loaded;
      printNotes(io, notes);
      const counts =
        loaded.form === 'snapshot'
          ? countSnapshot(loaded.snapshot)
          : loaded.form === 'graph'
            ? countGraph(loaded.graph)
            : null;
      if (options.json) printJson(io, validateJson(input, counts, diagnostics));
      if (counts === null || hasErrors(diagnostics)) {
        throw new DataError(invalidGraphMessage(input, diagnostics, lang), diagnostics);
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (!options.json) io.stdout(renderValidation(input, counts, diagnostics, lang));
    });
}
