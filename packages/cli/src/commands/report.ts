/**
 * `kedja report <input> -o <file>`: a report to hand on, in Swedish or English (`--lang`).
 *
 * - Without a scenario, a concentration report: how widely services and suppliers are shared, the
 *   systemic ranking, hidden concentration, markets, geography, single points of failure (beside a
 *   study's figures when the folder has a study.json).
 * - With a scenario (`--supplier`, `--country` ... as `blast` takes them) and `--duration`, a
 *   scenario report for a crisis management group: the scenario in one sentence, the headline
 *   figures, consequence levels over time, the map, who loses what and the chain that reaches them,
 *   hidden dependencies and the three changes that would have helped most.
 *
 * Core builds the report's data and its document once; HTML is one self-contained page with static
 * SVG charts (Vega-Lite, rendered here with vega's headless view) and the map; Markdown carries the
 * same text and tables. `--pdf` prints the HTML page to a PDF beside it with the machine's Chromium.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

import { createEngine, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import {
  buildReport,
  buildReportDocument,
  buildScenarioDocument,
  buildScenarioReport,
  reportToHtml,
  reportToMarkdown,
  type ReportDocument,
} from '@kedja/core/reports';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import {
  addScenarioOptions,
  durationOption,
  INPUT_DESCRIPTION,
  loadConsequenceModel,
  loadInput,
  parseCount,
  rulesOption,
  scenarioSpec,
  type ScenarioOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { VERSION } from '../version.js';
import { renderCharts } from '../report/index.js';
import { readStudyReference } from '../study-file.js';

export const REPORT_FORMATS = ['html', 'md'] as const;

interface ReportOptions extends ScenarioOptions {
  output: string;
  format?: 'html' | 'md';
  top: number;
  title?: string;
  duration?: number;
  rules?: string;
  lang?: string;
  pdf?: boolean;
}

const SCENARIO_KEYS = [
  'supplier',
  'service',
  'country',
  'parent',
  'serviceCountry',
  'outsideEea',
  'jurisdiction',
  'outsideEeaJurisdiction',
] as const;

export function registerReport(program: Command, io: Io): void {
  addScenarioOptions(
    program
      .command('report')
      .description(
        'write a self-contained report to hand on (HTML with charts, or Markdown): concentration, or a scenario with --supplier ... --duration',
      )
      .argument('<input>', INPUT_DESCRIPTION)
      .requiredOption('-o, --output <file>', 'the file to write (- for stdout)')
      .addOption(
        new Option('--format <format>', 'html or md (default: from the file extension, else html)').choices(
          REPORT_FORMATS,
        ),
      )
      .addOption(langOption()),
  )
    .addOption(durationOption().default(48, '48h'))
    .addOption(rulesOption())
    .option(
      '--top <n>',
      'concentration report: suppliers in the ranking and the hidden-concentration list',
      parseCount,
      20,
    )
    .option('--title <title>', 'the report title (default: the input folder or file name)')
    .option('--pdf', 'also print the HTML report to a PDF beside it (needs Chromium or Chrome)')
    .action(async (input: string, options: ReportOptions, command: Command) => {
      const format =
        options.format ?? (['.md', '.markdown'].includes(extname(options.output).toLowerCase()) ? 'md' : 'html');
      const scenario = SCENARIO_KEYS.some((key) => options[key] !== undefined);
      if (!scenario && command.getOptionValueSource('duration') === 'cli')
        throw new UsageError('--duration is for a scenario report: say what fails with --supplier, --country ... too');
      if (!scenario && options.rules !== undefined)
        throw new UsageError('--rules is for a scenario report: say what fails with --supplier, --country ... too');
      if (options.pdf && (format !== 'html' || options.output === '-'))
        throw new UsageError('--pdf prints the HTML report: write it to an .html file with -o');
      const lang = resolveLang(options.lang);
      const spec = scenario ? scenarioSpec(options) : null;
      const model = scenario ? await loadConsequenceModel(options.rules, io) : undefined;
      const graph = await loadInput(input, io);
      const title = options.title ?? (graph.getAttribute('name') || basename(resolve(input)).replace(/\.json$/i, ''));
      const { report, drawings } = spec
        ? await scenarioReport(graph, { input, title, lang, spec, hours: options.duration ?? 48, model })
        : await concentrationReport(graph, { input, title, lang, top: options.top, io });
      const text =
        format === 'md'
          ? reportToMarkdown(report)
          : reportToHtml(report, format === 'html' ? await drawings() : new Map());
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
      io.stderr(
        `wrote ${options.output} (${format === 'md' ? 'Markdown' : `HTML, ${report.charts.length} ${report.charts.length === 1 ? 'chart' : 'charts'}`})\n`,
      );
      if (options.pdf) {
        const pdf = options.output.replace(/\.html?$/i, '') + '.pdf';
        const { printPdf } = await import('../report/print-pdf.js');
        await printPdf(options.output, pdf);
        io.stderr(`wrote ${pdf} (PDF, A4)\n`);
      }
    });
}

interface Built {
  report: ReportDocument;
  /** The drawings of the charts (and the map), made only for HTML. */
  drawings: () => Promise<Map<string, string>>;
}

async function concentrationReport(
  graph: KedjaGraph,
  options: { input: string; title: string; lang: Lang; top: number; io: Io },
): Promise<Built> {
  const study = await readStudyReference(options.input, options.io);
  const data = buildReport(graph, {
    engine: createEngine(graph),
    top: options.top,
    title: options.title,
    ...(study ? { study } : {}),
  });
  const report = buildReportDocument(data, { input: options.input, version: VERSION, lang: options.lang });
  return { report, drawings: () => renderCharts(report.charts) };
}

async function scenarioReport(
  graph: KedjaGraph,
  options: {
    input: string;
    title: string;
    lang: Lang;
    spec: ReturnType<typeof scenarioSpec>;
    hours: number;
    model: Awaited<ReturnType<typeof loadConsequenceModel>> | undefined;
  },
): Promise<Built> {
  const { LEVEL_COLOURS } = await import('@kedja/core/kernel');
  const data = buildScenarioReport(graph, {
    engine: createEngine(graph),
    spec: options.spec,
    hours: options.hours,
    title: options.title,
    ...(options.model ? { model: options.model } : {}),
  });
  const levels = new Map(data.affected.map((o) => [o.id, o.level] as const));
  const { renderScenarioMapSvg } = await import('../report/render-map.js');
  const map = renderScenarioMapSvg(graph, levels, { lang: options.lang });
  const report = buildScenarioDocument(data, {
    lang: options.lang,
    input: options.input,
    version: VERSION,
    date: new Date().toISOString().slice(0, 10),
    map: map !== null,
    levelColours: LEVEL_COLOURS,
  });
  return {
    report,
    drawings: async () => {
      const svgs = await renderCharts(report.charts);
      if (map !== null) svgs.set('map', map);
      return svgs;
    },
  };
}
