/**
 * `kedja import-survey <answers.csv> --catalogue <folder> -o <folder>`: survey answers in, a
 * canonical CSV folder out, with normalisation-report.json and normalisation-report.md beside it
 * (every raw spelling, what it became and why).
 */
import { mkdir } from 'node:fs/promises';

import { formatDiagnostic, hasErrors } from '@kedja/core';
import { importSurvey, MATCH_DEFAULTS, writeCsvFolder, writeNormalisationReport } from '@kedja/importer';
import { InvalidArgumentError, type Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { printJson, type Io } from '../output/io.js';
import { formatNumber, plural } from '../output/table.js';

function parseShare(value: string): number {
  const share = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || share > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.85');
  return share;
}

const METHOD_WORDS: Readonly<Record<string, string>> = {
  alias: 'alias',
  key: 'normalised key',
  'via-supplier': 'supplier for its only service',
  'via-service': 'service for its only supplier',
  prefix: 'leading words',
  fuzzy: 'fuzzy',
  ambiguous: 'ambiguous',
  unresolved: 'unresolved',
  'not-a-name': 'not a name',
};

export function registerImportSurvey(program: Command, io: Io): void {
  program
    .command('import-survey')
    .description('turn survey answers into a canonical CSV folder, normalising the names they give')
    .argument('<answers>', 'survey answers: a CSV file with one row per responding organisation')
    .requiredOption('--catalogue <folder>', 'canonical CSV folder of known services and suppliers')
    .requiredOption('-o, --output <folder>', 'folder to write the graph and the normalisation report into')
    .option('--aliases <file>', 'CSV file with columns alias,id: further known spellings')
    .option(
      '--threshold <share>',
      `least fuzzy score for a merge, 0 to 1 (default ${MATCH_DEFAULTS.threshold})`,
      parseShare,
    )
    .option('--json', 'print a summary as one JSON document')
    .action(
      async (
        answers: string,
        options: { catalogue: string; output: string; aliases?: string; threshold?: number; json?: boolean },
      ) => {
        const { graph, report, diagnostics } = await importSurvey(answers, {
          catalogue: options.catalogue,
          ...(options.aliases !== undefined ? { aliases: options.aliases } : {}),
          ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
        });
        if (!graph || !report || hasErrors(diagnostics)) {
          throw new DataError(`${answers}: the survey could not be imported; nothing was written`, diagnostics);
        }
        for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
        let files: string[];
        try {
          await mkdir(options.output, { recursive: true });
          files = [...(await writeCsvFolder(graph, options.output)).files];
          files.push(...(await writeNormalisationReport(report, options.output)));
        } catch (error) {
          throw new UsageError(
            `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          );
        }
        const c = report.counts;
        if (options.json) {
          printJson(io, { answers, output: options.output, files, counts: c, warnings: diagnostics.length });
          return;
        }
        const methods = Object.entries(c.byMethod)
          .sort((a, b) => b[1] - a[1])
          .map(([method, n]) => `${formatNumber(n)} ${METHOD_WORDS[method] ?? method}`)
          .join(', ');
        io.stdout(
          `${answers}: ${plural(c.respondents, 'respondent')} imported into ${options.output}/` +
            `${c.skippedRows ? ` (${plural(c.skippedRows, 'row')} skipped, see the warnings)` : ''}.\n` +
            `${plural(c.occurrences, 'name')} in the answers, ${plural(c.spellings, 'distinct spelling')}: ${methods}.\n` +
            `New nodes: ${formatNumber(c.newNodes.unresolved)} unresolved, ${formatNumber(c.newNodes.ambiguous)} ambiguous. ` +
            `${plural(c.edges.uses, 'uses edge')}, ${plural(c.edges.contracts, 'contracts edge')}.\n` +
            `Every spelling, what it became and why: ${options.output}/normalisation-report.md\n`,
        );
      },
    );
}
