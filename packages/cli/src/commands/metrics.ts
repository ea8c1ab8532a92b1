/**
 * `kedja metrics <input> [--json] [--limit N]`: every concentration metric of a graph. `--json`
 * prints core's metrics document (keys documented in the README); the human form prints the
 * sharing tables, where concentration hides, market concentration, categories, geography,
 * ownership, single points of failure, false redundancy and centralities, and, when the input
 * folder has a study.json, the study's published figures beside Kedja's.
 */
import { createEngine } from '@kedja/core';
import { concentrationBounds, engineConcentrationBounds } from '@kedja/core/metrics';
import { buildMetricsDocument, buildMetricsDocumentFrom } from '@kedja/core/reports';
import type { Command } from 'commander';

import { assumeRequest, assumeUnknownOption, INPUT_DESCRIPTION, loadInput, parseCount } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { renderMetrics } from '../render/metrics.js';
import { readStudyReference } from '../study-file.js';
import { loadMetricsSnapshot } from './metrics-input.js';

interface MetricsOptions {
  json?: boolean;
  limit: number;
  lang?: string;
  assumeUnknown?: string[];
}

export function registerMetrics(program: Command, io: Io): void {
  program
    .command('metrics')
    .description(
      'concentration metrics: sharing, hidden concentration, market concentration, geography, single points of failure, false redundancy',
    )
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--limit <n>', 'rows per list in the human output', parseCount, 10)
    .option('--json', 'print every metric as one JSON document')
    .addOption(assumeUnknownOption())
    .addOption(langOption())
    .action(async (input: string, options: MetricsOptions) => {
      const lang = resolveLang(options.lang);
      if (options.json) {
        // A CSV folder goes straight into the snapshot, with no graph (metrics-input.ts).
        const loaded = await loadMetricsSnapshot(input, io, assumeRequest(options.assumeUnknown, lang));
        if (loaded !== undefined) {
          const { engine, facts } = loaded;
          const document = buildMetricsDocumentFrom(engine, facts);
          const bounds = engine.possibleEdges > 0 ? engineConcentrationBounds(engine) : undefined;
          printJson(io, bounds ? { ...document, bounds } : document);
          return;
        }
      }
      const graph = await loadInput(input, io, { assume: assumeRequest(options.assumeUnknown, lang) });
      const engine = createEngine(graph);
      const document = buildMetricsDocument(graph, { engine });
      // With possible dependencies (issue 13): effective concentration and hidden dependencies in both bounds.
      const bounds = engine.possibleEdges > 0 ? concentrationBounds(graph, { engine }) : undefined;
      if (options.json) {
        printJson(io, bounds ? { ...document, bounds } : document);
        return;
      }
      const study = await readStudyReference(input, io);
      io.stdout(
        renderMetrics(graph, document, {
          input,
          limit: options.limit,
          lang,
          ...(study ? { study } : {}),
          ...(bounds ? { bounds } : {}),
        }),
      );
    });
}
