/**
 * The report's tables as document blocks: one function per table, from a part of the report's
 * data to columns and rows of cells, each cell with its text (formatted once, here) and its raw
 * value for tools. The report document (`report-document.ts`) places them. O(rows × columns).
 */
import type { TableBlock, TableCell, TableRow } from './document.js';
import { agreeText, comparisonText, int, pct, ratio } from './format.js';
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

/** A whole count, written with grouping. */
const count = (value: number, data: Record<string, string | number> = {}) => num(value, int(value), data);

function table(id: string, columns: Column[], rows: TableRow[], only?: Only): TableBlock {
  return {
    kind: 'table',
    id,
    columns: columns.map(([label, numeric]) => ({ label, numeric })),
    rows,
    ...(only ? { only } : {}),
  };
}

export function serviceSharingTable({ models, rows }: ReportData['serviceSharing']): TableBlock {
  return table(
    'service-sharing',
    numbers(['shared by n', ...models]),
    rows.map((r) => ({
      data: { n: r.n },
      cells: [{ text: r.n }, ...r.counts.map((c, i) => count(c, { model: models[i]! }))],
    })),
  );
}

export function supplierSharingTable(rows: ReportData['supplierSharing']): TableBlock {
  const measures = ['contracted', 'declared', 'effective'] as const;
  return table(
    'supplier-sharing',
    numbers(['shared by n', ...measures]),
    rows.map((r) => ({
      data: { n: r.n },
      cells: [{ text: r.n }, ...measures.map((measure) => count(r[measure], { measure }))],
    })),
  );
}

export function categoriesTable({ types, rows }: ReportData['categories']): TableBlock {
  return table(
    'categories',
    [['category', false], ...numbers(types)],
    rows.map((r) => ({
      data: { category: r.category },
      cells: [{ text: r.category }, ...r.counts.map((c, i) => count(c, { type: types[i]! }))],
    })),
  );
}

export function comparisonTable(t: ComparisonTable): TableBlock {
  const prefix = (group: string) => (group ? `${group}: ` : '');
  const columns = t.groups.flatMap((g): Column[] => [
    [`${prefix(g)}study`, true],
    [`${prefix(g)}Kedja`, true],
    ['agree', false],
  ]);
  return table(
    `study-${t.id}`,
    [['', false], ...columns],
    t.rows.map((row) => ({
      data: { label: row.label },
      cells: [
        { text: row.label },
        ...row.values.flatMap((v, group): TableCell[] => [
          { text: comparisonText(v.study, t.unit), value: v.study, numeric: true, data: { group, field: 'study' } },
          {
            text: comparisonText(v.computed, t.unit),
            value: v.computed,
            numeric: true,
            data: { group, field: 'computed' },
          },
          {
            text: agreeText(v.match),
            value: v.match,
            data: { group, field: 'match' },
            ...(v.match === false ? { warning: true } : {}),
          },
        ]),
      ],
    })),
  );
}

export function rankingTable(ranking: ReportData['ranking']): TableBlock {
  const fields = ['organisations', 'critical', 'direct', 'hidden', 'population'] as const;
  return table(
    'ranking',
    [
      ['#', true],
      ['supplier', false],
      ['organisations', true],
      ['critical', true],
      ['named it', true],
      ['hidden', true],
      ['population', true],
    ],
    ranking.map((r, i) => ({
      data: { supplier: r.supplier },
      cells: [num(i + 1, String(i + 1)), { text: r.name }, ...fields.map((field) => count(r[field], { field }))],
    })),
  );
}

export function amplificationTable(amplification: ReportData['amplification']): TableBlock {
  const fields = ['contracted', 'declared', 'effective'] as const;
  return table(
    'amplification',
    [['supplier', false], ...numbers(fields), ['amplification', true]],
    amplification.map((r) => ({
      data: { supplier: r.supplier },
      cells: [
        { text: r.name },
        ...fields.map((field) => count(r[field], { field })),
        { text: ratio(r.ratio, r.effective), value: r.ratio, numeric: true, data: { field: 'ratio' } },
      ],
    })),
  );
}

export function marketsTable(markets: ReportData['markets']): TableBlock {
  const shares = ['cr1', 'cr3', 'cr5'] as const;
  return table(
    'markets',
    [
      ['market', false],
      ...numbers(['suppliers', 'organisations', 'HHI', 'CR1', 'CR3', 'CR5', 'Gini']),
      ['largest supplier', false],
    ],
    markets.map((r) => ({
      data: { market: r.market, kind: r.kind },
      cells: [
        { text: r.kind === 'model' ? `${r.market} (model)` : r.market },
        count(r.suppliers, { field: 'suppliers' }),
        count(r.organisations, { field: 'organisations' }),
        num(r.hhi, int(Math.round(r.hhi)), { field: 'hhi' }),
        ...shares.map((field) => num(r[field], pct(r[field], 0), { field })),
        num(r.gini, r.gini.toFixed(2), { field: 'gini' }),
        { text: r.leaderName ?? '–' },
      ],
    })),
  );
}

export function countriesTable(countries: ReportData['countries']): TableBlock {
  const withStudy = countries.some((c) => c.study !== null);
  return table(
    'countries',
    [['country', false], ...numbers(withStudy ? ['share', 'study'] : ['share'])],
    countries.map((c) => ({
      data: { country: c.country },
      cells: [
        { text: `${c.name} (${c.country})` },
        num(c.share, pct(c.share), { field: 'share' }),
        ...(withStudy ? [num(c.study ?? 0, c.study === null ? '–' : pct(c.study), { field: 'study' })] : []),
      ],
    })),
  );
}

export function supplierCountriesTable(suppliersByCountry: ReportData['suppliersByCountry'], only?: Only): TableBlock {
  return table(
    'supplier-countries',
    [
      ['country', false],
      ['suppliers', true],
    ],
    suppliersByCountry.map((c) => ({
      data: { country: c.country },
      cells: [{ text: c.name }, count(c.suppliers, { field: 'suppliers' })],
    })),
    only,
  );
}

/** `label` names the first column: "group" under a heading that says what it is, else "ownership group". */
export function parentGroupsTable(groups: ReportData['parentGroups'], label: string, only?: Only): TableBlock {
  const fields = ['suppliers', 'declared', 'effective'] as const;
  return table(
    'parent-groups',
    [[label, false], ...numbers(fields)],
    groups.map((g) => ({
      data: { group: g.group },
      cells: [{ text: g.group }, ...fields.map((field) => count(g[field], { field }))],
    })),
    only,
  );
}

export function singlePointsTable(organisations: ReportData['singlePointsOfFailure']['organisations']): TableBlock {
  return table(
    'single-points-of-failure',
    [
      ['organisation', false],
      ['type', false],
      ['suppliers', true],
      ['which', false],
    ],
    organisations.map((o) => ({
      data: { organisation: o.id },
      cells: [
        { text: o.name },
        { text: o.type },
        count(o.suppliers.length, { field: 'suppliers' }),
        { text: o.suppliers.map((s) => s.name).join(', ') },
      ],
    })),
  );
}

/** Names, the first `limit` of them and how many more. */
function someNames(items: { name: string }[], limit: number): string {
  const names = items.slice(0, limit).map((item) => item.name);
  return items.length > limit ? `${names.join(', ')} and ${int(items.length - limit)} more` : names.join(', ');
}

/**
 * The findings of false redundancy. `members` joins the members' names; `listExposed` adds a column
 * naming the exposed organisations (the first twelve).
 */
export function falseRedundancyTable(
  rows: ReportData['falseRedundancy'],
  layout: { members: string; listExposed: boolean },
  only?: Only,
): TableBlock {
  return table(
    'false-redundancy',
    [
      ['alternatives of', false],
      ['group', false],
      ['members', false],
      ['all fall with', false],
      ['exposed', true],
      ...(layout.listExposed ? [['exposed organisations', false] satisfies Column] : []),
    ],
    rows.map((f) => ({
      data: { owner: f.owner, group: f.group, cause: `${f.cause.kind}:${f.cause.id}` },
      cells: [
        { text: f.ownerName },
        { text: f.group },
        { text: f.members.map((x) => x.name).join(layout.members) },
        { text: f.cause.label },
        count(f.organisations.length, { field: 'exposed' }),
        ...(layout.listExposed ? [{ text: someNames(f.organisations, 12) }] : []),
      ],
    })),
    only,
  );
}
