/**
 * `kedja metrics <input> [--json] [--limit N]`: every concentration metric of a graph. `--json`
 * prints core's metrics document (keys documented in the README); the human form prints the
 * sharing tables, where concentration hides, market concentration, categories, geography,
 * ownership, single points of failure, false redundancy and centralities, and, when the input
 * folder has a study.json, the study's published figures beside Kedja's.
 */
import { countryName, createEngine, nodeName, SERVICE_MODELS, type KedjaGraph } from '@kedja/core';
import { buildMetricsDocument, compareWithStudy, type MetricsDocument, type StudyReference } from '@kedja/core/reports';
import type { Command } from 'commander';

import { INPUT_DESCRIPTION, loadInput } from '../load-input.js';
import { renderComparisonTable } from '../output/comparison.js';
import { printJson, type Io } from '../output/io.js';
import { formatNumber, formatPercent, plural, renderTable } from '../output/table.js';
import { readStudyReference } from '../study-file.js';
import { parseCount } from './options.js';

const byN = (a: string, b: string) => Number(a) - Number(b);

/** Suppliers where effective reach exceeds declared reach the most. */
export function amplificationRows(document: MetricsDocument) {
  return Object.entries(document.amplification)
    .map(([id, entry]) => ({ id, ...entry, gap: entry.effective - entry.declared }))
    .sort((a, b) => b.gap - a.gap || b.effective - a.effective || (a.id < b.id ? -1 : 1));
}

export const formatRatio = (ratio: number | null, effective: number): string =>
  ratio === null ? (effective > 0 ? 'hidden only' : '–') : `${formatNumber(Math.round(ratio * 100) / 100)}×`;

export function renderMetrics(
  graph: KedjaGraph,
  document: MetricsDocument,
  options: { input: string; limit: number; study?: StudyReference },
): string {
  const { limit } = options;
  const name = (id: string) => nodeName(graph, id);
  const out: string[] = [];
  const more = (total: number) =>
    total > limit ? `… and ${formatNumber(total - limit)} more (--limit N or --json for all)\n` : '';
  const { graph: g, sharing } = document;
  out.push(
    `Concentration metrics for ${options.input}: ${plural(g.organisations, 'organisation')}, ${plural(g.services, 'service')}, ${plural(g.suppliers, 'supplier')}.`,
    '',
  );

  const models = SERVICE_MODELS.filter((m) => Object.keys(sharing.services[m]).length > 0);
  if (models.length > 0) {
    const ns = [...new Set(models.flatMap((m) => Object.keys(sharing.services[m])))].sort(byN);
    out.push('Services shared by n organisations (per model; for SaaS the study counted the same in Tabell 6.2)');
    out.push(
      renderTable(ns, [
        { header: 'n', value: (n) => n, right: true },
        ...models.map((m) => ({ header: m, value: (n: string) => sharing.services[m][n] ?? 0, right: true })),
      ]),
    );
  }
  const supplierNs = [
    ...new Set(
      [sharing.suppliersContracted, sharing.suppliersDeclared, sharing.suppliersEffective].flatMap(Object.keys),
    ),
  ].sort(byN);
  if (supplierNs.length > 0) {
    out.push(
      'Suppliers shared by n organisations: contracted = holding a contract (Tabell 6.3), declared = contracted',
    );
    out.push(
      'or using a service it provides directly, effective = affected when it fails alone (subcontractors included)',
    );
    out.push(
      renderTable(supplierNs, [
        { header: 'n', value: (n) => n, right: true },
        { header: 'contracted', value: (n) => sharing.suppliersContracted[n] ?? 0, right: true },
        { header: 'declared', value: (n) => sharing.suppliersDeclared[n] ?? 0, right: true },
        { header: 'effective', value: (n) => sharing.suppliersEffective[n] ?? 0, right: true },
      ]),
    );
  }

  const amplified = amplificationRows(document);
  if (amplified.length > 0) {
    out.push('Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them');
    out.push(
      renderTable(amplified.slice(0, limit), [
        { header: 'supplier', value: (r) => name(r.id), max: 40 },
        { header: 'id', value: (r) => r.id, max: 28 },
        { header: 'contracted', value: (r) => r.contracted, right: true },
        { header: 'declared', value: (r) => r.declared, right: true },
        { header: 'effective', value: (r) => r.effective, right: true },
        { header: 'amplification', value: (r) => formatRatio(r.ratio, r.effective), right: true },
      ]) + more(amplified.length),
    );
  }

  const markets = [
    ...Object.entries(document.concentration.byModel).map(([m, c]) => ({ market: `${m} (model)`, ...c })),
    ...Object.entries(document.concentration.byCategory).map(([m, c]) => ({ market: m, ...c })),
  ];
  if (markets.length > 0) {
    out.push(
      'Market concentration by model and by category (shares of organisations served; HHI 0–10,000, above 1,800 highly concentrated)',
    );
    out.push(
      renderTable(markets, [
        { header: 'market', value: (r) => r.market, max: 40 },
        { header: 'suppliers', value: (r) => r.suppliers, right: true },
        { header: 'organisations', value: (r) => r.organisations, right: true },
        { header: 'HHI', value: (r) => Math.round(r.hhi), right: true },
        { header: 'CR1', value: (r) => formatPercent(r.cr1, 0), right: true },
        { header: 'CR3', value: (r) => formatPercent(r.cr3, 0), right: true },
        { header: 'CR5', value: (r) => formatPercent(r.cr5, 0), right: true },
        { header: 'Gini', value: (r) => r.gini.toFixed(2), right: true },
        { header: 'leader', value: (r) => (r.leader === null ? '–' : name(r.leader)), max: 32 },
      ]),
    );
  }

  const categories = Object.entries(document.categories);
  if (categories.length > 0) {
    const types = [...new Set(categories.flatMap(([, row]) => Object.keys(row)))].sort();
    out.push('Distinct services used per category and organisation type (Tabell 6.1)');
    out.push(
      renderTable(categories, [
        { header: 'category', value: ([c]) => c, max: 44 },
        ...types.map((t) => ({ header: t, value: ([, row]: (typeof categories)[number]) => row[t] ?? 0, right: true })),
      ]),
    );
  }

  const countries = Object.entries(document.countries);
  if (countries.length > 0) {
    out.push(
      `Where data is processed (shares of service–country pairs, Fig 6.10): ${countries.map(([c, s]) => `${countryName(c)} ${formatPercent(s)}`).join(', ')}.`,
    );
    if (document.eeaShare !== null) out.push(`Inside the EU/EEA (Fig 6.9): ${formatPercent(document.eeaShare)}.`);
  }
  const supplierCountries = Object.entries(document.suppliersByCountry);
  if (supplierCountries.length > 0) {
    out.push(
      `Suppliers by country of the legal entity: ${supplierCountries.map(([c, n]) => `${c} ${formatNumber(n)}`).join(', ')}.`,
    );
  }
  out.push('');
  const groups = Object.entries(document.parentGroups).sort(
    (a, b) => b[1].effective - a[1].effective || (a[0] < b[0] ? -1 : 1),
  );
  if (groups.length > 0) {
    out.push(
      "Ownership groups: organisations that declare any of the group's suppliers, and affected when the whole group fails",
    );
    out.push(
      renderTable(groups, [
        { header: 'group', value: ([p]) => p, max: 36 },
        { header: 'suppliers', value: ([, e]) => e.suppliers.length, right: true },
        { header: 'declared', value: ([, e]) => e.declared, right: true },
        { header: 'effective', value: ([, e]) => e.effective, right: true },
      ]),
    );
  }

  const spof = Object.entries(document.singlePointsOfFailure.organisations).sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  const withDependencies = graph
    .filterNodes((_n, a) => a.kind === 'organisation')
    .filter((id) => graph.outDegree(id) > 0).length;
  const singleProvider = document.singlePointsOfFailure.singleProviderServices.length;
  out.push(
    `Single points of failure: ${formatNumber(spof.length)} of ${plural(withDependencies, 'organisation')} with dependencies are affected by at least one supplier failing alone; ` +
      `${formatNumber(singleProvider)} of ${plural(g.services, 'service')} have a single provider and no alternative.`,
  );
  if (spof.length > 0) {
    out.push(
      renderTable(spof.slice(0, limit), [
        { header: 'organisation', value: ([id]) => name(id), max: 36 },
        { header: 'id', value: ([id]) => id, max: 24 },
        { header: 'suppliers', value: ([, list]) => list.length, right: true },
        { header: 'which', value: ([, list]) => list.map(name).join(', '), max: 60 },
      ]) + more(spof.length),
    );
  } else out.push('');

  const findings = document.falseRedundancy;
  out.push(
    `False redundancy: ${plural(findings.length, 'finding')} (alternatives that one supplier, owner or country defeats).`,
  );
  if (findings.length > 0) {
    const cause = (f: (typeof findings)[number]) =>
      f.cause.kind === 'supplier'
        ? name(f.cause.id)
        : f.cause.kind === 'parent'
          ? `owner ${f.cause.id}`
          : `country ${f.cause.id}`;
    out.push(
      renderTable(findings.slice(0, limit), [
        { header: 'alternatives of', value: (f) => `${name(f.owner)} [${f.group}]`, max: 40 },
        { header: 'members', value: (f) => f.members.map(name).join(' | '), max: 50 },
        { header: 'all fall with', value: (f) => cause(f), max: 36 },
        { header: 'exposed', value: (f) => f.organisations.length, right: true },
      ]) + more(findings.length),
    );
  } else out.push('');

  const top = (record: Record<string, number>, digits: number) =>
    Object.entries(record)
      .slice(0, 5)
      .map(([id, v]) => `${name(id)} ${formatNumber(Number(v.toFixed(digits)))}`)
      .join(', ');
  out.push('Centrality (top 5)');
  out.push(`  direct dependents: ${top(document.centrality.dependents, 0) || '–'}`);
  out.push(
    `  betweenness in the subcontracting network: ${top(document.centrality.subcontractingBetweenness, 2) || '–'}`,
  );
  out.push(`  PageRank on the dependency graph: ${top(document.centrality.pagerank, 3) || '–'}`);

  if (options.study) {
    out.push('', `Beside the study: ${options.study.study} (figures from study.json)`, '');
    for (const table of compareWithStudy(graph, document, options.study)) out.push(renderComparisonTable(table));
    for (const note of options.study.published.notes ?? []) out.push(`Note: ${note}`);
  }
  return out.join('\n').replace(/\n*$/, '\n');
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
    .action(async (input: string, options: { json?: boolean; limit: number }) => {
      const graph = await loadInput(input, io);
      const document = buildMetricsDocument(graph, { engine: createEngine(graph) });
      if (options.json) {
        printJson(io, document);
        return;
      }
      const study = await readStudyReference(input, io);
      io.stdout(renderMetrics(graph, document, { input, limit: options.limit, ...(study ? { study } : {}) }));
    });
}
