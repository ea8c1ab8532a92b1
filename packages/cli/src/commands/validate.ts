/** `kedja validate <input>`: every problem, or a one-line summary of a valid graph. */
import { formatDiagnostic, hasErrors, type KedjaGraph } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import type { Command } from 'commander';

import { DataError } from '../errors.js';
import { INPUT_DESCRIPTION } from '../load-input.js';
import { printJson, type Io } from '../output/io.js';
import { plural } from '../output/table.js';

export function summarise(graph: KedjaGraph): Record<string, number> {
  const counts: Record<string, number> = {
    organisations: 0,
    services: 0,
    suppliers: 0,
    uses: 0,
    contracts: 0,
    providedBy: 0,
    subcontracts: 0,
  };
  const plurals = { organisation: 'organisations', service: 'services', supplier: 'suppliers' } as const;
  graph.forEachNode((_id, attributes) => void (counts[plurals[attributes.kind]]! += 1));
  graph.forEachEdge((_id, attributes) => void (counts[attributes.kind]! += 1));
  return counts;
}

export function registerValidate(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check a graph and report every problem at once')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--json', 'print the result as one JSON document')
    .action(async (input: string, options: { json?: boolean }) => {
      const { graph, diagnostics } = await loadGraph(input);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.length - errors;
      if (options.json) {
        printJson(io, {
          input,
          valid: graph !== null && !hasErrors(diagnostics),
          errors,
          warnings,
          diagnostics,
          ...(graph ? { counts: summarise(graph) } : {}),
        });
      }
      if (graph === null || hasErrors(diagnostics)) {
        throw new DataError(
          `${input}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; nothing was imported`,
          diagnostics,
        );
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (!options.json) {
        const c = summarise(graph);
        io.stdout(
          `${input}: valid: ${plural(c.organisations!, 'organisation')}, ${plural(c.services!, 'service')}, ` +
            `${plural(c.suppliers!, 'supplier')}; ${plural(c.uses!, 'uses edge')}, ${plural(c.contracts!, 'contracts edge')}, ` +
            `${plural(c.providedBy!, 'providedBy edge')}, ${plural(c.subcontracts!, 'subcontracts edge')}` +
            `${warnings ? `; ${plural(warnings, 'warning')}` : ''}\n`,
        );
      }
    });
}
