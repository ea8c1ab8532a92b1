/**
 * `kedja metrics <input> [--json] [--limit N]`: every concentration metric of a graph. `--json`
 * prints core's metrics document (keys documented in the README); the human form prints the
 * sharing tables, where concentration hides, market concentration, categories, geography,
 * ownership, single points of failure, false redundancy and centralities, and, when the input
 * folder has a study.json, the study's published figures beside Kedja's.
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import { concentrationBounds, engineConcentrationBounds, type ConcentrationBounds } from '@kedja/core/metrics';
import { buildMetricsDocument, buildMetricsDocumentFrom, type MetricsDocument } from '@kedja/core/reports';
import type { Command } from 'commander';

import { assumeRequest, assumeUnknownOption, INPUT_DESCRIPTION, loadInput, parseCount } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { renderMetrics } from '../render/metrics.js';
import { readStudyReference } from '../study-file.js';
import { loadMetricsSnapshot, metricsGraphView } from './metrics-input.js';

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
      const assume = assumeRequest(options.assumeUnknown, lang);
      // A CSV folder or a binary graph goes straight into the snapshot, with no graph
      // (metrics-input.ts); the human output reads the few facts of a graph it needs from the same
      // load (metricsGraphView).
      const loaded = await loadMetricsSnapshot(input, io, assume);
      let graph: KedjaGraph;
      let document: MetricsDocument;
      let bounds: ConcentrationBounds | undefined;
      if (loaded !== undefined) {
        const { engine, facts } = loaded;
        document = buildMetricsDocumentFrom(engine, facts);
        bounds = engine.possibleEdges > 0 ? engineConcentrationBounds(engine) : undefined;
        if (options.json) {
          printJson(io, bounds ? { ...document, bounds } : document);
          return;
        }
        graph = metricsGraphView(engine, facts, loaded.dependsOnAnything);
      } else {
        graph = await loadInput(input, io, { assume });
        const engine = createEngine(graph);
        document = buildMetricsDocument(graph, { engine });
        // With possible dependencies (issue 13): effective concentration and hidden dependencies in both bounds.
        bounds = engine.possibleEdges > 0 ? concentrationBounds(graph, { engine }) : undefined;
        if (options.json) {
          printJson(io, bounds ? { ...document, bounds } : document);
          return;
        }
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
