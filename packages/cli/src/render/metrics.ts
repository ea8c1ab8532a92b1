/**
 * `kedja metrics`: the human form of core's metrics document (its `--json` form is the document
 * itself), one renderer per section: sharing, where concentration hides, market concentration,
 * categories, geography (and jurisdiction by ownership), ownership, single points of failure,
 * false redundancy, centrality, and, with a study reference, the study's published figures beside
 * Kedja's. Each section renderer returns its lines; `renderMetrics` joins them. O(rows shown) per
 * section, apart from the sorts.
 */
import { nodeName, SERVICE_MODELS, type KedjaGraph, type OrgType } from '@kedja/core';
import { countryNameIn, WORDS, type Lang } from '@kedja/core/i18n';
import type { ConcentrationBounds } from '@kedja/core/metrics';
import { compareWithStudy, type MetricsDocument, type StudyReference } from '@kedja/core/reports';

import { messagesIn } from '../messages/index.js';
import { renderComparisonTableIn } from '../output/comparison.js';
import { formatFixed, formatNumber, formatPercent, renderTable } from '../output/table.js';

/** What every section renderer reads. */
export interface MetricsContext {
  graph: KedjaGraph;
  document: MetricsDocument;
  /** Rows per list. */
  limit: number;
  /** The language of the text (English unless told). */
  lang?: Lang;
  /** With possible dependencies (issue 13): effective and hidden concentration in both bounds. */
  bounds?: ConcentrationBounds;
}

/** A count, or with bounds its range ("3–5"; one number when both agree). */
const rangeOf = ({ lower, upper }: { lower: number; upper: number }, lang: Lang) =>
  lower === upper ? formatNumber(lower, lang) : `${formatNumber(lower, lang)}–${formatNumber(upper, lang)}`;

/** The context's language and its words. */
function wordsOf(context: Pick<MetricsContext, 'lang'>) {
  const lang = context.lang ?? 'en';
  const { common, metrics } = messagesIn(lang);
  return { lang, common, m: metrics, h: metrics.headers, n: (value: number) => formatNumber(value, lang) };
}

const byN = (a: string, b: string) => Number(a) - Number(b);

const more = (total: number, limit: number, lang: Lang) =>
  total > limit ? `${messagesIn(lang).metrics.more(formatNumber(total - limit, lang))}\n` : '';

/** Suppliers where effective reach exceeds declared reach the most. */
export function amplificationRows(document: MetricsDocument) {
  return Object.entries(document.amplification)
    .map(([id, entry]) => ({ id, ...entry, gap: entry.effective - entry.declared }))
    .sort((a, b) => b.gap - a.gap || b.effective - a.effective || (a.id < b.id ? -1 : 1));
}

export const formatRatio = (ratio: number | null, effective: number, lang: Lang = 'en'): string =>
  ratio === null
    ? effective > 0
      ? messagesIn(lang).metrics.hiddenOnly
      : '–'
    : `${formatNumber(Math.round(ratio * 100) / 100, lang)}×`;

/** Services shared by n organisations per model, and suppliers shared by n organisations three ways. */
export function sharingSection(context: MetricsContext): string[] {
  const { lang, m, h } = wordsOf(context);
  const { sharing } = context.document;
  const out: string[] = [];
  const models = SERVICE_MODELS.filter((m) => Object.keys(sharing.services[m]).length > 0);
  if (models.length > 0) {
    const ns = [...new Set(models.flatMap((m) => Object.keys(sharing.services[m])))].sort(byN);
    out.push(m.sharedServices);
    out.push(
      renderTable(
        ns,
        [
          { header: 'n', value: (n) => n, right: true },
          ...models.map((model) => ({
            header: model,
            value: (n: string) => sharing.services[model][n] ?? 0,
            right: true,
          })),
        ],
        lang,
      ),
    );
  }
  const supplierNs = [
    ...new Set(
      [sharing.suppliersContracted, sharing.suppliersDeclared, sharing.suppliersEffective].flatMap(Object.keys),
    ),
  ].sort(byN);
  if (supplierNs.length > 0) {
    out.push(
      m.sharedSuppliers,
      renderTable(
        supplierNs,
        [
          { header: 'n', value: (n) => n, right: true },
          { header: h.contracted, value: (n) => sharing.suppliersContracted[n] ?? 0, right: true },
          { header: h.declared, value: (n) => sharing.suppliersDeclared[n] ?? 0, right: true },
          { header: h.effective, value: (n) => sharing.suppliersEffective[n] ?? 0, right: true },
        ],
        lang,
      ),
    );
  }
  return out;
}

/** Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them. */
export function hiddenConcentrationSection(context: MetricsContext): string[] {
  const { graph, document, limit } = context;
  const { lang, m, h } = wordsOf(context);
  const amplified = amplificationRows(document);
  if (amplified.length === 0) return [];
  // With possible dependencies, effective (the upper bound's in the document) and hidden as ranges.
  const bounded = context.bounds?.suppliers;
  const bounds = (id: string) => bounded?.[id];
  return [
    m.hidden,
    ...(context.bounds
      ? [m.hiddenBounds(formatNumber(context.bounds.possibleEdges, lang), context.bounds.possibleEdges)]
      : []),
    renderTable(
      amplified.slice(0, limit),
      [
        { header: h.supplier, value: (r) => nodeName(graph, r.id), max: 40 },
        { header: h.id, value: (r) => r.id, max: 28 },
        { header: h.contracted, value: (r) => r.contracted, right: true },
        { header: h.declared, value: (r) => r.declared, right: true },
        {
          header: h.effective,
          value: (r) => (bounds(r.id) ? rangeOf(bounds(r.id)!.effective, lang) : r.effective),
          right: true,
        },
        ...(bounded
          ? [
              {
                header: h.hidden,
                value: (r: (typeof amplified)[number]) => (bounds(r.id) ? rangeOf(bounds(r.id)!.hidden, lang) : ''),
                right: true,
              },
            ]
          : []),
        { header: h.amplification, value: (r) => formatRatio(r.ratio, r.effective, lang), right: true },
      ],
      lang,
    ) + more(amplified.length, limit, lang),
  ];
}

/** HHI, CR1/3/5, Gini and the leader of each market (by service model and by category). */
export function marketSection(context: MetricsContext): string[] {
  const { graph, document } = context;
  const { lang, m, h } = wordsOf(context);
  const markets = [
    ...Object.entries(document.concentration.byModel).map(([model, c]) => ({ market: m.model(model), ...c })),
    ...Object.entries(document.concentration.byCategory).map(([m, c]) => ({ market: m, ...c })),
  ];
  if (markets.length === 0) return [];
  return [
    m.markets,
    renderTable(
      markets,
      [
        { header: h.market, value: (r) => r.market, max: 40 },
        { header: h.suppliers, value: (r) => r.suppliers, right: true },
        { header: h.organisations, value: (r) => r.organisations, right: true },
        { header: 'HHI', value: (r) => Math.round(r.hhi), right: true },
        { header: 'CR1', value: (r) => formatPercent(r.cr1, 0, lang), right: true },
        { header: 'CR3', value: (r) => formatPercent(r.cr3, 0, lang), right: true },
        { header: 'CR5', value: (r) => formatPercent(r.cr5, 0, lang), right: true },
        { header: 'Gini', value: (r) => formatFixed(r.gini, 2, lang), right: true },
        { header: h.leader, value: (r) => (r.leader === null ? '–' : nodeName(graph, r.leader)), max: 32 },
      ],
      lang,
    ),
  ];
}

/** Distinct services used per category and organisation type (Tabell 6.1). */
export function categorySection(context: MetricsContext): string[] {
  const { lang, m, h } = wordsOf(context);
  const categories = Object.entries(context.document.categories);
  if (categories.length === 0) return [];
  const types = [...new Set(categories.flatMap(([, row]) => Object.keys(row)))].sort();
  const typeWord = (type: string): string => WORDS[lang].orgTypes[type as OrgType] ?? type;
  return [
    m.categories,
    renderTable(
      categories,
      [
        { header: h.category, value: ([c]) => c, max: 44 },
        ...types.map((t) => ({
          header: typeWord(t),
          value: ([, row]: (typeof categories)[number]) => row[t] ?? 0,
          right: true,
        })),
      ],
      lang,
    ),
  ];
}

/** Where data is processed, the EU/EEA share, the suppliers' countries and jurisdictions; ends with a blank line. */
export function geographySection(context: MetricsContext): string[] {
  const { graph, document } = context;
  const { lang, m, n } = wordsOf(context);
  const out: string[] = [];
  const countries = Object.entries(document.countries);
  if (countries.length > 0) {
    out.push(
      m.processed(countries.map(([c, s]) => `${countryNameIn(lang, c)} ${formatPercent(s, 1, lang)}`).join(', ')),
    );
    if (document.eeaShare !== null) out.push(m.eea(formatPercent(document.eeaShare, 1, lang)));
  }
  const supplierCountries = Object.entries(document.suppliersByCountry);
  if (supplierCountries.length > 0) {
    out.push(m.supplierCountries(supplierCountries.map(([c, count]) => `${c} ${n(count)}`).join(', ')));
  }
  for (const line of jurisdictionLines(graph, document, lang)) out.push(line);
  out.push('');
  return out;
}

/**
 * Jurisdiction by ownership, beside Fig 6.9: suppliers per jurisdiction and who loses a critical
 * function when every supplier under a jurisdiction outside the EU/EEA fails. Said only when the
 * data has ownership groups or such suppliers (otherwise it repeats the countries above).
 */
export function jurisdictionLines(graph: KedjaGraph, document: MetricsDocument, lang: Lang = 'en'): string[] {
  const { common, m, n } = wordsOf({ lang });
  const { suppliers, outsideEeaSuppliers, organisations, residents } = document.jurisdiction;
  const groups = graph.getAttribute('parents')?.length ?? 0;
  if (groups === 0 && outsideEeaSuppliers === 0) return [];
  const share = (part: { share: number | null }) =>
    part.share === null ? '' : ` (${formatPercent(part.share, 1, lang)})`;
  const inData = groups > 0 ? m.inData(m.ownershipGroup(n(groups), groups)) : '';
  return [
    m.jurisdictions(
      inData,
      Object.entries(suppliers)
        .map(([c, count]) => `${c} ${n(count)}`)
        .join(', '),
    ),
    m.outsideEea(
      common.nouns.supplier(n(outsideEeaSuppliers), outsideEeaSuppliers),
      outsideEeaSuppliers,
      n(organisations.exposed),
      `${common.nouns.organisation(n(organisations.total), organisations.total)}${share(organisations)}`,
      n(residents.exposed),
      n(residents.total),
      share(residents),
    ),
  ];
}

/** Ownership groups: declared and effective reach of each group's suppliers together. */
export function ownershipSection(context: MetricsContext): string[] {
  const { lang, m, h } = wordsOf(context);
  const groups = Object.entries(context.document.parentGroups).sort(
    (a, b) => b[1].effective - a[1].effective || (a[0] < b[0] ? -1 : 1),
  );
  if (groups.length === 0) return [];
  return [
    m.ownership,
    renderTable(
      groups,
      [
        { header: h.group, value: ([p]) => p, max: 36 },
        { header: h.suppliers, value: ([, e]) => e.suppliers.length, right: true },
        { header: h.declared, value: ([, e]) => e.declared, right: true },
        { header: h.effective, value: ([, e]) => e.effective, right: true },
      ],
      lang,
    ),
  ];
}

/** Organisations that one supplier failing alone affects, and services with a single provider. */
export function singlePointsSection(context: MetricsContext): string[] {
  const { graph, document, limit } = context;
  const { lang, common, m, h, n } = wordsOf(context);
  const name = (id: string) => nodeName(graph, id);
  const spof = Object.entries(document.singlePointsOfFailure.organisations).sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  const withDependencies = graph
    .filterNodes((_n, a) => a.kind === 'organisation')
    .filter((id) => graph.outDegree(id) > 0).length;
  const singleProvider = document.singlePointsOfFailure.singleProviderServices.length;
  const out = [
    m.singlePoints(
      n(spof.length),
      common.nouns.organisation(n(withDependencies), withDependencies),
      n(singleProvider),
      common.nouns.service(n(document.graph.services), document.graph.services),
    ),
  ];
  if (spof.length === 0) return [...out, ''];
  out.push(
    renderTable(
      spof.slice(0, limit),
      [
        { header: h.organisation, value: ([id]) => name(id), max: 36 },
        { header: h.id, value: ([id]) => id, max: 24 },
        { header: h.suppliers, value: ([, list]) => list.length, right: true },
        { header: h.which, value: ([, list]) => list.map(name).join(', '), max: 60 },
      ],
      lang,
    ) + more(spof.length, limit, lang),
  );
  return out;
}

/** Alternatives that one supplier, owner or country defeats. */
export function falseRedundancySection(context: MetricsContext): string[] {
  const { graph, document, limit } = context;
  const { lang, m, h, n } = wordsOf(context);
  const name = (id: string) => nodeName(graph, id);
  const findings = document.falseRedundancy;
  const out = [m.falseRedundancy(n(findings.length), findings.length)];
  if (findings.length === 0) return [...out, ''];
  const cause = (f: (typeof findings)[number]) =>
    f.cause.kind === 'supplier'
      ? name(f.cause.id)
      : f.cause.kind === 'parent'
        ? m.owner(f.cause.id)
        : m.country(f.cause.id);
  out.push(
    renderTable(
      findings.slice(0, limit),
      [
        { header: h.alternativesOf, value: (f) => `${name(f.owner)} [${f.group}]`, max: 40 },
        { header: h.members, value: (f) => f.members.map(name).join(' | '), max: 50 },
        { header: h.fallWith, value: (f) => cause(f), max: 36 },
        { header: h.exposed, value: (f) => f.organisations.length, right: true },
      ],
      lang,
    ) + more(findings.length, limit, lang),
  );
  return out;
}

/** The top five by direct dependents, subcontracting betweenness and PageRank. */
export function centralitySection(context: MetricsContext): string[] {
  const { graph, document } = context;
  const { m, n } = wordsOf(context);
  const top = (record: Record<string, number>, digits: number) =>
    Object.entries(record)
      .slice(0, 5)
      .map(([id, v]) => `${nodeName(graph, id)} ${n(Number(v.toFixed(digits)))}`)
      .join(', ');
  return [
    m.centrality,
    `  ${m.dependents}: ${top(document.centrality.dependents, 0) || '–'}`,
    `  ${m.betweenness}: ${top(document.centrality.subcontractingBetweenness, 2) || '–'}`,
    `  ${m.pagerank}: ${top(document.centrality.pagerank, 3) || '–'}`,
  ];
}

/** The study's published figures beside Kedja's, table by table, and the study's notes. */
export function studySection(context: MetricsContext, study: StudyReference): string[] {
  const { lang, m } = wordsOf(context);
  return [
    '',
    m.study(study.study),
    '',
    ...compareWithStudy(context.graph, context.document, study).map((table) => renderComparisonTableIn(table, lang)),
    ...(study.published.notes ?? []).map(m.note),
  ];
}

/** Every section as text, in `options.lang` (English unless told). */
export function renderMetrics(
  graph: KedjaGraph,
  document: MetricsDocument,
  options: { input: string; limit: number; study?: StudyReference; lang?: Lang; bounds?: ConcentrationBounds },
): string {
  const context: MetricsContext = {
    graph,
    document,
    limit: options.limit,
    lang: options.lang ?? 'en',
    ...(options.bounds ? { bounds: options.bounds } : {}),
  };
  const { common, m, n } = wordsOf(context);
  const g = document.graph;
  const out = [
    m.title(
      options.input,
      common.nouns.organisation(n(g.organisations), g.organisations),
      common.nouns.service(n(g.services), g.services),
      common.nouns.supplier(n(g.suppliers), g.suppliers),
    ),
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
