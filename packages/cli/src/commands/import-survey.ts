/**
 * `kedja import-survey <answers.csv> --catalogue <folder> -o <folder>`: survey answers in, a
 * canonical CSV folder out, with normalisation-report.json and normalisation-report.md beside it
 * (every raw spelling, what it became and why) and decisions.csv, the proposals for a reviewer,
 * whose edited copy `--decisions` applies on the next run.
 */
import { mkdir } from 'node:fs/promises';

import { formatDiagnostic, hasErrors, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import {
  importSurvey,
  MATCH_DEFAULTS,
  writeCsvFolder,
  writeNormalisationReport,
  type NormalisationReport,
} from '@kedja/importer';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { parseThreshold } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { cannotWriteMessage } from '../render/export.js';
import { renderSurveyImport, surveyImportJson } from '../render/import-survey.js';

interface SurveyOptions {
  catalogue: string;
  output: string;
  aliases?: string;
  brands?: string[];
  shippedBrands: boolean;
  decisions?: string;
  threshold?: number;
  json?: boolean;
  lang?: string;
}

/** A repeatable option's values. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The graph as a canonical CSV folder with the normalisation report beside it; the files written. */
async function writeSurveyFolder(
  graph: KedjaGraph,
  report: NormalisationReport,
  output: string,
  lang: Lang,
): Promise<string[]> {
  try {
    await mkdir(output, { recursive: true });
    const files = [...(await writeCsvFolder(graph, output)).files];
    for (const file of await writeNormalisationReport(report, output)) files.push(file);
    return files;
  } catch (error) {
    throw new UsageError(cannotWriteMessage(output, error, lang));
  }
}

export function registerImportSurvey(program: Command, io: Io): void {
  program
    .command('import-survey')
    .description('turn survey answers into a canonical CSV folder, normalising the names they give')
    .argument('<answers>', 'survey answers: a CSV file with one row per responding organisation')
    .requiredOption('--catalogue <folder>', 'canonical CSV folder of known services and suppliers')
    .requiredOption('-o, --output <folder>', 'folder to write the graph and the normalisation report into')
    .option('--aliases <file>', 'CSV file with columns alias,id: further known spellings')
    .option(
      '--decisions <file>',
      "a reviewer's decisions (decisions.csv of an earlier run, edited: accept, reject or map-to an id)",
    )
    .option(
      '--brands <file>',
      'CSV file with columns kind,brand,spelling,source: brand knowledge of your own (repeatable)',
      collect,
    )
    .option('--no-shipped-brands', "leave out Kedja's brand list (renames and abbreviations of common vendors)")
    .option(
      '--threshold <share>',
      `least score for a merge on near evidence, 0 to 1 (default ${MATCH_DEFAULTS.threshold})`,
      parseThreshold,
    )
    .option('--json', 'print a summary as one JSON document')
    .addOption(langOption())
    .action(async (answers: string, options: SurveyOptions) => {
      const lang = resolveLang(options.lang);
      const { graph, report, diagnostics } = await importSurvey(answers, {
        catalogue: options.catalogue,
        ...(options.aliases !== undefined ? { aliases: options.aliases } : {}),
        ...(options.brands !== undefined ? { brands: options.brands } : {}),
        shippedBrands: options.shippedBrands,
        ...(options.decisions !== undefined ? { decisions: options.decisions } : {}),
        ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
      });
      if (!graph || !report || hasErrors(diagnostics)) {
        throw new DataError(`${answers}: the survey could not be imported; nothing was written`, diagnostics);
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const files = await writeSurveyFolder(graph, report, options.output, lang);
      const imported = { answers, output: options.output, files, counts: report.counts, warnings: diagnostics.length };
      if (options.json) printJson(io, surveyImportJson(imported));
      else io.stdout(renderSurveyImport(imported, lang));
    });
}
