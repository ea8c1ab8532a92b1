/**
 * The report's tables as document blocks: one function per table, from a part of the report's
 * data to columns and rows of cells, each cell with its text (formatted once, here, in the report's
 * language) and its raw value for tools (codes and numbers, the same in every language). The report
 * document (`report-document.ts`) places them. O(rows × columns).
 */
import type { Lang } from '../i18n/index.js';
import type { TableBlock, TableCell, TableRow } from './document.js';
import { causeWords, countryWords, modelWords, numbersIn, typeWords } from './format.js';
import { REPORT_MESSAGES } from './report-messages.js';
import type { ComparisonTable } from './study-comparison.js';
import type { ReportData } from './types.js';

type Only = TableBlock['only'];
/** A column: its label and whether it holds numbers (right-aligned). */
type Column = [label: string, numeric: boolean];

const numbers = (labels: readonly string[]): Column[] => labels.map((label) => [label, true]);

const num = (value: number, shown: string, data: Record<string, string | number> = {}): TableCell => ({
  text: shown,
  value,
  numeric: true,
  data,
});

/** A whole count, written with the language's grouping. */
const count = (lang: Lang, value: number, data: Record<string, string | number> = {}) =>
  num(value, numbersIn(lang).int(value), data);

/**
 * A count with bounds (issue 13): the lower bound's value, `data-upper` the upper's, and the text
 * "3–5" (one number when both agree), as `kedja rank` writes it.
 */
function countRange(lang: Lang, lower: number, upper: number, data: Record<string, string | number>): TableCell {
  const { int } = numbersIn(lang);
  return num(lower, lower === upper ? int(lower) : `${int(lower)}–${int(upper)}`, { ...data, upper });
}

const words = (lang: Lang) => REPORT_MESSAGES[lang].tables;

function table(id: string, columns: Column[], rows: TableRow[], only?: Only): TableBlock {
  return {
    kind: 'table',
    id,
    columns: columns.map(([label, numeric]) => ({ label, numeric })),
    rows,
    ...(only ? { only } : {}),
  };
}

export function serviceSharingTable({ models, rows }: ReportData['serviceSharing'], lang: Lang): TableBlock {
  return table(
    'service-sharing',
    numbers([words(lang).sharedBy, ...models.map((model) => modelWords(lang, model))]),
    rows.map((r) => ({
      data: { n: r.n },
      cells: [{ text: r.n }, ...r.counts.map((c, i) => count(lang, c, { model: models[i]! }))],
    })),
  );
}

export function supplierSharingTable(rows: ReportData['supplierSharing'], lang: Lang): TableBlock {
  const measures = ['contracted', 'declared', 'effective'] as const;
  const w = words(lang);
  return table(
    'supplier-sharing',
    numbers([w.sharedBy, ...measures.map((measure) => w[measure])]),
    rows.map((r) => ({
      data: { n: r.n },
      cells: [{ text: r.n }, ...measures.map((measure) => count(lang, r[measure], { measure }))],
    })),
  );
}

export function categoriesTable({ types, rows }: ReportData['categories'], lang: Lang): TableBlock {
  return table(
    'categories',
    [[words(lang).category, false], ...numbers(types.map((type) => typeWords(lang, type)))],
    rows.map((r) => ({
      data: { category: r.category },
      cells: [{ text: r.category }, ...r.counts.map((c, i) => count(lang, c, { type: types[i]! }))],
    })),
  );
}

/**
 * The comparison's own words (a title by the table's id, a column group or row label by its English
 * text) in a language; data's labels (categories, bins, country codes) as they are.
 */
export function comparisonWords(lang: Lang) {
  const m = REPORT_MESSAGES[lang].study;
  const labels: Readonly<Record<string, string>> = m.labels;
  const titles: Readonly<Record<string, string>> = m.tables;
  return {
    title: (t: ComparisonTable) => (lang !== 'en' && Object.hasOwn(titles, t.id) ? titles[t.id]! : t.title),
    label: (label: string) => (lang !== 'en' && Object.hasOwn(labels, label) ? labels[label]! : label),
  };
}

/** A study's table beside Kedja's figures. */
export function comparisonTable(t: ComparisonTable, lang: Lang): TableBlock {
  const w = words(lang);
  const { comparison } = numbersIn(lang);
  const { label } = comparisonWords(lang);
  const prefix = (group: string) => (group ? `${label(group)}: ` : '');
  const columns = t.groups.flatMap((g): Column[] => [
    [`${prefix(g)}${w.study}`, true],
    [`${prefix(g)}${w.kedja}`, true],
    [w.agree, false],
  ]);
  return table(
    `study-${t.id}`,
    [['', false], ...columns],
    t.rows.map((row) => ({
      data: { label: row.label },
      cells: [
        { text: label(row.label) },
        ...row.values.flatMap((v, group): TableCell[] => [
          { text: comparison(v.study, t.unit), value: v.study, numeric: true, data: { group, field: 'study' } },
          {
            text: comparison(v.computed, t.unit),
            value: v.computed,
            numeric: true,
            data: { group, field: 'computed' },
          },
          {
            text: v.match === null ? '' : v.match ? w.yes : w.no,
            value: v.match,
            data: { group, field: 'match' },
            ...(v.match === false ? { warning: true } : {}),
          },
        ]),
      ],
    })),
  );
}

export function rankingTable(ranking: ReportData['ranking'], lang: Lang): TableBlock {
  const fields = ['organisations', 'critical', 'direct', 'hidden', 'residents', 'population'] as const;
  const w = words(lang);
  return table(
    'ranking',
    [
      [w.rank, true],
      [w.supplier, false],
      [w.organisations, true],
      [w.critical, true],
      [w.namedIt, true],
      [w.hidden, true],
      [w.residents, true],
      [w.population, true],
    ],
    ranking.map((r, i) => ({
      data: { supplier: r.supplier },
      cells: [
        num(i + 1, String(i + 1)),
        { text: r.name },
        ...fields.map((field) =>
          r.upper ? countRange(lang, r[field], r.upper[field], { field }) : count(lang, r[field], { field }),
        ),
      ],
    })),
  );
}

export function amplificationTable(amplification: ReportData['amplification'], lang: Lang): TableBlock {
  const fields = ['contracted', 'declared', 'effective'] as const;
  const w = words(lang);
  const { ratio } = numbersIn(lang);
  return table(
    'amplification',
    [[w.supplier, false], ...numbers(fields.map((field) => w[field])), [w.amplification, true]],
    amplification.map((r) => ({
      data: { supplier: r.supplier },
      cells: [
        { text: r.name },
        ...fields.map((field) => count(lang, r[field], { field })),
        { text: ratio(r.ratio, r.effective, w.hiddenOnly), value: r.ratio, numeric: true, data: { field: 'ratio' } },
      ],
    })),
  );
}

export function marketsTable(markets: ReportData['markets'], lang: Lang): TableBlock {
  const shares = ['cr1', 'cr3', 'cr5'] as const;
  const w = words(lang);
  const { int, pct, fixed } = numbersIn(lang);
  return table(
    'markets',
    [
      [w.market, false],
      ...numbers([w.suppliers, w.organisations, 'HHI', 'CR1', 'CR3', 'CR5', 'Gini']),
      [w.largestSupplier, false],
    ],
    markets.map((r) => ({
      data: { market: r.market, kind: r.kind },
      cells: [
        { text: r.kind === 'model' ? w.model(modelWords(lang, r.market)) : r.market },
        count(lang, r.suppliers, { field: 'suppliers' }),
        count(lang, r.organisations, { field: 'organisations' }),
        num(r.hhi, int(Math.round(r.hhi)), { field: 'hhi' }),
        ...shares.map((field) => num(r[field], pct(r[field], 0), { field })),
        num(r.gini, fixed(r.gini, 2), { field: 'gini' }),
        { text: r.leaderName ?? '–' },
      ],
    })),
  );
}

export function countriesTable(countries: ReportData['countries'], lang: Lang): TableBlock {
  const withStudy = countries.some((c) => c.study !== null);
  const w = words(lang);
  const { pct } = numbersIn(lang);
  return table(
    'countries',
    [[w.country, false], ...numbers(withStudy ? [w.share, w.study] : [w.share])],
    countries.map((c) => ({
      data: { country: c.country },
      cells: [
        { text: `${countryWords(lang, c)} (${c.country})` },
        num(c.share, pct(c.share), { field: 'share' }),
        ...(withStudy ? [num(c.study ?? 0, c.study === null ? '–' : pct(c.study), { field: 'study' })] : []),
      ],
    })),
  );
}

export function supplierCountriesTable(
  suppliersByCountry: ReportData['suppliersByCountry'],
  lang: Lang,
  only?: Only,
): TableBlock {
  const w = words(lang);
  return table(
    'supplier-countries',
    [
      [w.country, false],
      [w.suppliers, true],
    ],
    suppliersByCountry.map((c) => ({
      data: { country: c.country },
      cells: [{ text: countryWords(lang, c) }, count(lang, c.suppliers, { field: 'suppliers' })],
    })),
    only,
  );
}

/** `label` names the first column: "group" under a heading that says what it is, else "ownership group". */
export function parentGroupsTable(
  groups: ReportData['parentGroups'],
  label: string,
  lang: Lang,
  only?: Only,
): TableBlock {
  const fields = ['suppliers', 'declared', 'effective'] as const;
  const w = words(lang);
  return table(
    'parent-groups',
    [[label, false], ...numbers(fields.map((field) => w[field]))],
    groups.map((g) => ({
      data: { group: g.group },
      cells: [{ text: g.group }, ...fields.map((field) => count(lang, g[field], { field }))],
    })),
    only,
  );
}

export function singlePointsTable(
  organisations: ReportData['singlePointsOfFailure']['organisations'],
  lang: Lang,
): TableBlock {
  const w = words(lang);
  return table(
    'single-points-of-failure',
    [
      [w.organisation, false],
      [w.type, false],
      [w.suppliers, true],
      [w.which, false],
    ],
    organisations.map((o) => ({
      data: { organisation: o.id },
      cells: [
        { text: o.name },
        { text: typeWords(lang, o.type) },
        count(lang, o.suppliers.length, { field: 'suppliers' }),
        { text: o.suppliers.map((s) => s.name).join(', ') },
      ],
    })),
  );
}

/** Names, the first `limit` of them and how many more. */
function someNames(items: { name: string }[], limit: number, lang: Lang): string {
  const names = items
    .slice(0, limit)
    .map((item) => item.name)
    .join(', ');
  return items.length > limit ? words(lang).more(names, numbersIn(lang).int(items.length - limit)) : names;
}

/**
 * The findings of false redundancy. `members` joins the members' names; `listExposed` adds a column
 * naming the exposed organisations (the first twelve).
 */
export function falseRedundancyTable(
  rows: ReportData['falseRedundancy'],
  layout: { members: string; listExposed: boolean },
  lang: Lang,
  only?: Only,
): TableBlock {
  const w = words(lang);
  return table(
    'false-redundancy',
    [
      [w.alternativesOf, false],
      [w.alternativesGroup, false],
      [w.members, false],
      [w.allFallWith, false],
      [w.exposed, true],
      ...(layout.listExposed ? [[w.exposedOrganisations, false] satisfies Column] : []),
    ],
    rows.map((f) => ({
      data: { owner: f.owner, group: f.group, cause: `${f.cause.kind}:${f.cause.id}` },
      cells: [
        { text: f.ownerName },
        { text: f.group },
        { text: f.members.map((x) => x.name).join(layout.members) },
        { text: causeWords(lang, f.cause) },
        count(lang, f.organisations.length, { field: 'exposed' }),
        ...(layout.listExposed ? [{ text: someNames(f.organisations, 12, lang) }] : []),
      ],
    })),
    only,
  );
}
