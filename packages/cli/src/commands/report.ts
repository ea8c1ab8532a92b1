/**
 * `kedja report <input> -o <file> [--format html|md] [--top N]`: a concentration report to hand to
 * a colleague. Core builds the report's data and its document once; HTML is one self-contained
 * page with static SVG charts (Vega-Lite, rendered here with vega's headless view); Markdown
 * carries the same tables. With a study.json in the input folder, the study's published figures
 * stand beside Kedja's.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

import { createEngine } from '@kedja/core';
import { buildReport, buildReportDocument, reportToHtml, reportToMarkdown } from '@kedja/core/reports';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadInput, parseCount } from '../options/index.js';
import type { Io } from '../output/io.js';
import { VERSION } from '../version.js';
import { renderCharts } from '../report/index.js';
import { readStudyReference } from '../study-file.js';

export const REPORT_FORMATS = ['html', 'md'] as const;

export function registerReport(program: Command, io: Io): void {
  program
    .command('report')
    .description('write a self-contained concentration report (HTML with charts, or Markdown)')
    .argument('<input>', INPUT_DESCRIPTION)
    .requiredOption('-o, --output <file>', 'the file to write (- for stdout)')
    .addOption(
      new Option('--format <format>', 'html or md (default: from the file extension, else html)').choices(
        REPORT_FORMATS,
      ),
    )
    .option('--top <n>', 'suppliers in the ranking and the hidden-concentration list', parseCount, 20)
    .option('--title <title>', 'the report title (default: the input folder or file name)')
    .action(async (input: string, options: { output: string; format?: 'html' | 'md'; top: number; title?: string }) => {
      const format =
        options.format ?? (['.md', '.markdown'].includes(extname(options.output).toLowerCase()) ? 'md' : 'html');
      const graph = await loadInput(input, io);
      const study = await readStudyReference(input, io);
      const title = options.title ?? (graph.getAttribute('name') || basename(resolve(input)).replace(/\.json$/i, ''));
      const data = buildReport(graph, {
        engine: createEngine(graph),
        top: options.top,
        title,
        ...(study ? { study } : {}),
      });
      const report = buildReportDocument(data, { input, version: VERSION });
      const text = format === 'md' ? reportToMarkdown(report) : reportToHtml(report, await renderCharts(report.charts));
      if (options.output === '-') {
        io.stdout(text);
        return;
      }
      try {
        await writeFile(options.output, text, 'utf8');
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      io.stderr(`wrote ${options.output} (${format === 'md' ? 'Markdown' : `HTML, ${data.charts.length} charts`})\n`);
    });
}
