/**
 * `kedja metrics`: the human form of core's metrics document (its `--json` form is the document
 * itself), one renderer per section: sharing, where concentration hides, market concentration,
 * categories, geography (and jurisdiction by ownership), ownership, single points of failure,
 * false redundancy, centrality, and, with a study reference, the study's published figures beside
 * Kedja's. Each section renderer returns its lines; `renderMetrics` joins them. O(rows shown) per
 * section, apart from the sorts.
 */
import { countryName, nodeName, SERVICE_MODELS, type KedjaGraph } from '@kedja/core';
import { compareWithStudy, type MetricsDocument, type StudyReference } from '@kedja/core/reports';

import { renderComparisonTable } from '../output/comparison.js';
import { formatNumber, formatPercent, plural, renderTable } from '../output/table.js';

/** What every section renderer reads. */
export interface MetricsContext {
  graph: KedjaGraph;
  document: MetricsDocument;
  /** Rows per list. */
  limit: number;
}

const byN = (a: string, b: string) => Number(a) - Number(b);

const more = (total: number, limit: number) =>
  total > limit ? `… and ${formatNumber(total - limit)} more (--limit N or --json for all)\n` : '';

/** Suppliers where effective reach exceeds declared reach the most. */
export function amplificationRows(document: MetricsDocument) {
  return Object.entries(document.amplification)
    .map(([id, entry]) => ({ id, ...entry, gap: entry.effective - entry.declared }))
    .sort((a, b) => b.gap - a.gap || b.effective - a.effective || (a.id < b.id ? -1 : 1));
}

export const formatRatio = (ratio: number | null, effective: number): string =>
  ratio === null ? (effective > 0 ? 'hidden only' : '–') : `${formatNumber(Math.round(ratio * 100) / 100)}×`;

/** Services shared by n organisations per model, and suppliers shared by n organisations three ways. */
export function sharingSection({ document }: MetricsContext): string[] {
  const { sharing } = document;
  const out: string[] = [];
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
      'or using a service it provides directly, effective = affected when it fails alone (subcontractors included)',
      renderTable(supplierNs, [
        { header: 'n', value: (n) => n, right: true },
        { header: 'contracted', value: (n) => sharing.suppliersContracted[n] ?? 0, right: true },
        { header: 'declared', value: (n) => sharing.suppliersDeclared[n] ?? 0, right: true },
        { header: 'effective', value: (n) => sharing.suppliersEffective[n] ?? 0, right: true },
      ]),
    );
  }
  return out;
}

/** Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them. */
export function hiddenConcentrationSection({ graph, document, limit }: MetricsContext): string[] {
  const amplified = amplificationRows(document);
  if (amplified.length === 0) return [];
  return [
    'Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them',
    renderTable(amplified.slice(0, limit), [
      { header: 'supplier', value: (r) => nodeName(graph, r.id), max: 40 },
      { header: 'id', value: (r) => r.id, max: 28 },
      { header: 'contracted', value: (r) => r.contracted, right: true },
      { header: 'declared', value: (r) => r.declared, right: true },
      { header: 'effective', value: (r) => r.effective, right: true },
      { header: 'amplification', value: (r) => formatRatio(r.ratio, r.effective), right: true },
    ]) + more(amplified.length, limit),
  ];
}

/** HHI, CR1/3/5, Gini and the leader of each market (by service model and by category). */
export function marketSection({ graph, document }: MetricsContext): string[] {
  const markets = [
    ...Object.entries(document.concentration.byModel).map(([m, c]) => ({ market: `${m} (model)`, ...c })),
    ...Object.entries(document.concentration.byCategory).map(([m, c]) => ({ market: m, ...c })),
  ];
  if (markets.length === 0) return [];
  return [
    'Market concentration by model and by category (shares of organisations served; HHI 0–10,000, above 1,800 highly concentrated)',
    renderTable(markets, [
      { header: 'market', value: (r) => r.market, max: 40 },
      { header: 'suppliers', value: (r) => r.suppliers, right: true },
      { header: 'organisations', value: (r) => r.organisations, right: true },
      { header: 'HHI', value: (r) => Math.round(r.hhi), right: true },
      { header: 'CR1', value: (r) => formatPercent(r.cr1, 0), right: true },
      { header: 'CR3', value: (r) => formatPercent(r.cr3, 0), right: true },
      { header: 'CR5', value: (r) => formatPercent(r.cr5, 0), right: true },
      { header: 'Gini', value: (r) => r.gini.toFixed(2), right: true },
      { header: 'leader', value: (r) => (r.leader === null ? '–' : nodeName(graph, r.leader)), max: 32 },
    ]),
  ];
}

/** Distinct services used per category and organisation type (Tabell 6.1). */
export function categorySection({ document }: MetricsContext): string[] {
  const categories = Object.entries(document.categories);
  if (categories.length === 0) return [];
  const types = [...new Set(categories.flatMap(([, row]) => Object.keys(row)))].sort();
  return [
    'Distinct services used per category and organisation type (Tabell 6.1)',
    renderTable(categories, [
      { header: 'category', value: ([c]) => c, max: 44 },
      ...types.map((t) => ({ header: t, value: ([, row]: (typeof categories)[number]) => row[t] ?? 0, right: true })),
    ]),
  ];
}

/** Where data is processed, the EU/EEA share, the suppliers' countries and jurisdictions; ends with a blank line. */
export function geographySection({ graph, document }: MetricsContext): string[] {
  const out: string[] = [];
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
  for (const line of jurisdictionLines(graph, document)) out.push(line);
  out.push('');
  return out;
}

/**
 * Jurisdiction by ownership, beside Fig 6.9: suppliers per jurisdiction and who loses a critical
 * function when every supplier under a jurisdiction outside the EU/EEA fails. Said only when the
 * data has ownership groups or such suppliers (otherwise it repeats the countries above).
 */
export function jurisdictionLines(graph: KedjaGraph, document: MetricsDocument): string[] {
  const { suppliers, outsideEeaSuppliers, organisations, residents } = document.jurisdiction;
  const groups = graph.getAttribute('parents')?.length ?? 0;
  if (groups === 0 && outsideEeaSuppliers === 0) return [];
  const share = (part: { share: number | null }) => (part.share === null ? '' : ` (${formatPercent(part.share)})`);
  return [
    `Suppliers by jurisdiction (the ultimate parent's country, else their own${groups > 0 ? `; ${plural(groups, 'ownership group')} in the data` : ''}): ${Object.entries(
      suppliers,
    )
      .map(([c, n]) => `${c} ${formatNumber(n)}`)
      .join(', ')}.`,
    `Under a jurisdiction outside the EU/EEA: ${plural(outsideEeaSuppliers, 'supplier')}; if ${outsideEeaSuppliers === 1 ? 'it fails' : 'they all fail'}, ` +
      `${formatNumber(organisations.exposed)} of ${plural(organisations.total, 'organisation')}${share(organisations)} lose a critical function, ` +
      `with ${formatNumber(residents.exposed)} of ${formatNumber(residents.total)} residents${share(residents)}, each counted once.`,
  ];
}

/** Ownership groups: declared and effective reach of each group's suppliers together. */
export function ownershipSection({ document }: MetricsContext): string[] {
  const groups = Object.entries(document.parentGroups).sort(
    (a, b) => b[1].effective - a[1].effective || (a[0] < b[0] ? -1 : 1),
  );
  if (groups.length === 0) return [];
  return [
    "Ownership groups: organisations that declare any of the group's suppliers, and affected when the whole group fails",
    renderTable(groups, [
      { header: 'group', value: ([p]) => p, max: 36 },
      { header: 'suppliers', value: ([, e]) => e.suppliers.length, right: true },
      { header: 'declared', value: ([, e]) => e.declared, right: true },
      { header: 'effective', value: ([, e]) => e.effective, right: true },
    ]),
  ];
}

/** Organisations that one supplier failing alone affects, and services with a single provider. */
export function singlePointsSection({ graph, document, limit }: MetricsContext): string[] {
  const name = (id: string) => nodeName(graph, id);
  const spof = Object.entries(document.singlePointsOfFailure.organisations).sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  const withDependencies = graph
    .filterNodes((_n, a) => a.kind === 'organisation')
    .filter((id) => graph.outDegree(id) > 0).length;
  const singleProvider = document.singlePointsOfFailure.singleProviderServices.length;
  const out = [
    `Single points of failure: ${formatNumber(spof.length)} of ${plural(withDependencies, 'organisation')} with dependencies are affected by at least one supplier failing alone; ` +
      `${formatNumber(singleProvider)} of ${plural(document.graph.services, 'service')} have a single provider and no alternative.`,
  ];
  if (spof.length === 0) return [...out, ''];
  out.push(
    renderTable(spof.slice(0, limit), [
      { header: 'organisation', value: ([id]) => name(id), max: 36 },
      { header: 'id', value: ([id]) => id, max: 24 },
      { header: 'suppliers', value: ([, list]) => list.length, right: true },
      { header: 'which', value: ([, list]) => list.map(name).join(', '), max: 60 },
    ]) + more(spof.length, limit),
  );
  return out;
}

/** Alternatives that one supplier, owner or country defeats. */
export function falseRedundancySection({ graph, document, limit }: MetricsContext): string[] {
  const name = (id: string) => nodeName(graph, id);
  const findings = document.falseRedundancy;
  const out = [
    `False redundancy: ${plural(findings.length, 'finding')} (alternatives that one supplier, owner or country defeats).`,
  ];
  if (findings.length === 0) return [...out, ''];
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
    ]) + more(findings.length, limit),
  );
  return out;
}

/** The top five by direct dependents, subcontracting betweenness and PageRank. */
export function centralitySection({ graph, document }: MetricsContext): string[] {
  const top = (record: Record<string, number>, digits: number) =>
    Object.entries(record)
      .slice(0, 5)
      .map(([id, v]) => `${nodeName(graph, id)} ${formatNumber(Number(v.toFixed(digits)))}`)
      .join(', ');
  return [
    'Centrality (top 5)',
    `  direct dependents: ${top(document.centrality.dependents, 0) || '–'}`,
    `  betweenness in the subcontracting network: ${top(document.centrality.subcontractingBetweenness, 2) || '–'}`,
    `  PageRank on the dependency graph: ${top(document.centrality.pagerank, 3) || '–'}`,
  ];
}

/** The study's published figures beside Kedja's, table by table, and the study's notes. */
export function studySection({ graph, document }: MetricsContext, study: StudyReference): string[] {
  return [
    '',
    `Beside the study: ${study.study} (figures from study.json)`,
    '',
    ...compareWithStudy(graph, document, study).map(renderComparisonTable),
    ...(study.published.notes ?? []).map((note) => `Note: ${note}`),
  ];
}

export function renderMetrics(
  graph: KedjaGraph,
  document: MetricsDocument,
  options: { input: string; limit: number; study?: StudyReference },
): string {
  const context: MetricsContext = { graph, document, limit: options.limit };
  const g = document.graph;
  const out = [
    `Concentration metrics for ${options.input}: ${plural(g.organisations, 'organisation')}, ${plural(g.services, 'service')}, ${plural(g.suppliers, 'supplier')}.`,
    '',
    ...sharingSection(context),
    ...hiddenConcentrationSection(context),
    ...marketSection(context),
    ...categorySection(context),
    ...geographySection(context),
    ...ownershipSection(context),
    ...singlePointsSection(context),
    ...falseRedundancySection(context),
    ...centralitySection(context),
    ...(options.study ? studySection(context, options.study) : []),
  ];
  return out.join('\n').replace(/\n*$/, '\n');
}
