/**
 * `kedja screen`: joint failures, as the `--json` document and as text. `--pairs` (N-2): the pairs
 * of suppliers whose joint failure takes down organisations neither takes down alone, with the
 * redundancy they defeat and any common cause (owner group, country); `--cover`: the fewest
 * suppliers whose joint failure affects a share of the organisations or the population, and how
 * far from the optimum that may be. O(pairs shown + cover size).
 */
import type { CoverResult, PairEntry, PairScreen } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

import { nameOf } from '../output/names.js';
import { largestFirstIn } from '../output/order.js';
import { formatNumber, plural, renderTable } from '../output/table.js';
import { listWords } from '../output/words.js';

const percent = (share: number) => `${(share * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;

/** The number of suppliers: an engine's table numbers them first. */
function supplierCount(table: NodeTable): number {
  let n = 0;
  while (n < table.count && table.kind(n) === 'supplier') n++;
  return n;
}

/** Facts the two suppliers share that one cause could strike: owner group, country. */
export function commonCause(table: NodeTable, a: string, b: string): { parent?: string; country?: string } {
  const x = table.indexOf(a);
  const y = table.indexOf(b);
  if (x === undefined || y === undefined || table.kind(x) !== 'supplier' || table.kind(y) !== 'supplier') return {};
  const [parent, otherParent] = [table.parent(x), table.parent(y)];
  const [country, otherCountry] = [table.country(x), table.country(y)];
  return {
    ...(parent !== undefined && parent.trim().toLowerCase() === otherParent?.trim().toLowerCase() ? { parent } : {}),
    ...(country !== undefined && country === otherCountry ? { country } : {}),
  };
}

export function pairJson(table: NodeTable, pair: PairEntry) {
  const node = (index: number) => ({ id: table.id(index), name: table.name(index) });
  const a = table.id(pair.a);
  const b = table.id(pair.b);
  return {
    suppliers: [node(pair.a), node(pair.b)],
    beyond: pair.beyond.map((o) => {
      const population = table.kind(o) === 'organisation' ? table.population(o) : undefined;
      return { ...node(o), ...(population !== undefined ? { population } : {}) };
    }),
    beyondPopulation: pair.beyondPopulation,
    organisations: pair.organisations,
    defeats: pair.defeated.map((d) => ({
      ...node(d.owner),
      kind: table.kind(d.owner),
      alternatives: d.members.map(node),
    })),
    commonCause: commonCause(table, a, b),
  };
}

/** `screen --cover --json`: the cover with names, its size and how far from the optimum it may be. */
export interface CoverJson {
  by: CoverResult['by'];
  share: number;
  target: number;
  total: number;
  reachable: boolean;
  size: number;
  suppliers: { id: string; name: string; organisations: number; population: number }[];
  lowerBound: number;
  optimal: boolean;
  /** Suppliers the cover may have beyond the smallest possible; null when the target cannot be reached. */
  gap: number | null;
  method: CoverResult['method'];
  searched: number[];
}

export function coverJson(table: NodeTable, cover: CoverResult): CoverJson {
  return {
    by: cover.by,
    share: cover.share,
    target: cover.target,
    total: cover.total,
    reachable: cover.reachable,
    size: cover.steps.length,
    suppliers: cover.steps.map((step) => ({
      id: table.id(step.supplier),
      name: table.name(step.supplier),
      organisations: step.organisations,
      population: step.population,
    })),
    lowerBound: cover.lowerBound,
    optimal: cover.optimal,
    gap: cover.reachable ? cover.steps.length - cover.lowerBound : null,
    method: cover.method,
    searched: cover.searched,
  };
}

/** What `screen --json` prints: the pairs screen, the cover, or both. */
export interface ScreenJson {
  pairs?: { suppliers: number; total: number; checked: number; found: number; pairs: ReturnType<typeof pairJson>[] };
  cover?: CoverJson;
}

export function screenJson(table: NodeTable, pairs?: PairScreen, cover?: CoverResult): ScreenJson {
  return {
    ...(pairs
      ? {
          pairs: {
            suppliers: supplierCount(table),
            total: pairs.total,
            checked: pairs.checked,
            found: pairs.found,
            pairs: pairs.pairs.map((pair) => pairJson(table, pair)),
          },
        }
      : {}),
    ...(cover ? { cover: coverJson(table, cover) } : {}),
  };
}

type PairRow = ReturnType<typeof pairJson> & { position: number };

function pairTable(rows: readonly PairRow[]): string {
  return renderTable(rows, [
    { header: '#', value: (r) => r.position, right: true },
    { header: 'pair', value: (r) => r.suppliers.map((s) => s.name).join(' + '), max: 50 },
    { header: 'only together', value: (r) => r.beyond.length, right: true },
    { header: 'population', value: (r) => r.beyondPopulation, right: true },
    {
      header: 'common cause',
      value: (r) =>
        [
          r.commonCause.parent ? `owner ${r.commonCause.parent}` : '',
          r.commonCause.country ? `country ${r.commonCause.country}` : '',
        ]
          .filter(Boolean)
          .join(', ') || '-',
    },
  ]);
}

/** A pair in sentences: whom only the two together take down, and which redundancies they defeat. */
function describePair(table: NodeTable, r: PairRow): string[] {
  const [a, b] = r.suppliers as [{ id: string; name: string }, { id: string; name: string }];
  const beyond = r.beyond
    .map((o) => o.id)
    .sort(largestFirstIn(table))
    .map((id) => `${nameOf(table, id)} (${id})`);
  return [
    `${r.position}. ${a.name} (${a.id}) + ${b.name} (${b.id}): only together they take down ${listWords(beyond)}.`,
    ...r.defeats.map(
      (d) =>
        `   It defeats the declared redundancy of ${d.kind} ${d.name} (${d.id}): ${d.alternatives.map((m) => m.name).join(' or ')}.`,
    ),
  ];
}

export function renderPairs(table: NodeTable, screen: PairScreen): string {
  const out: string[] = [
    'N-2 screen: pairs of suppliers whose joint failure takes down organisations that neither takes down alone.',
    `${plural(supplierCount(table), 'supplier')}, ${plural(screen.total, 'pair')}; ${formatNumber(screen.checked)} checked by propagation ` +
      '(only pairs that together defeat a declared redundancy can do this).',
    '',
  ];
  if (screen.found === 0) {
    out.push('No pair does: every organisation a pair takes down, one of the two takes down alone.');
    return `${out.join('\n')}\n`;
  }
  const rows = screen.pairs.map((pair, i) => ({ ...pairJson(table, pair), position: i + 1 }));
  out.push(pairTable(rows));
  for (const r of rows) for (const line of describePair(table, r)) out.push(line);
  const rest = screen.found - rows.length;
  if (rest > 0) out.push(`… and ${formatNumber(rest)} more pairs (--top N to see more)`);
  return `${out.join('\n')}\n`;
}

/** How good the cover is: optimal (and how that is known), or how far from the optimum it may be. */
function describeOptimality(cover: CoverResult, gap: number | null): string {
  const searched = cover.searched.length > 0 ? `; every set of ${cover.searched.join(', ')} was tried` : '';
  if (cover.optimal) {
    return cover.method === 'exhaustive'
      ? `Optimal: found by trying every smaller set than the greedy choice${searched}.`
      : `Optimal: no smaller set can (lower bound ${cover.lowerBound}, from what each supplier can reach at all${searched}).`;
  }
  return `Greedy choice: at most ${plural(gap!, 'supplier')} more than the smallest possible. No set of fewer than ${plural(cover.lowerBound, 'supplier')} can reach the target${searched}.`;
}

export function renderCover(table: NodeTable, cover: CoverResult): string {
  const json = coverJson(table, cover);
  const what = cover.by === 'organisations' ? 'organisations' : 'the population served';
  const target =
    cover.by === 'organisations'
      ? `${formatNumber(cover.target)} of ${formatNumber(cover.total)}`
      : `${formatNumber(Math.ceil(cover.target))} of ${formatNumber(cover.total)}`;
  const out = [
    `Cover: the fewest suppliers whose joint failure affects at least ${percent(cover.share)} of ${what} (${target}).`,
    '',
  ];
  if (!cover.reachable) {
    out.push(
      `No set of suppliers can: even all of them failing together affect less than ${percent(cover.share)} of ${what}.`,
    );
    return `${out.join('\n')}\n`;
  }
  out.push(
    renderTable(
      json.suppliers.map((s, i) => ({ ...s, position: i + 1 })),
      [
        { header: '#', value: (r) => r.position, right: true },
        { header: 'supplier', value: (r) => r.name, max: 40 },
        { header: 'id', value: (r) => r.id, max: 24 },
        { header: 'organisations', value: (r) => r.organisations, right: true },
        { header: 'population', value: (r) => r.population, right: true },
      ],
    ),
  );
  const last = json.suppliers[json.suppliers.length - 1]!;
  const reached =
    cover.by === 'organisations'
      ? `${plural(last.organisations, 'organisation')} (${percent(last.organisations / cover.total)})`
      : `population ${formatNumber(last.population)} (${percent(last.population / cover.total)})`;
  out.push(
    json.size === 1
      ? `1 supplier suffices: it affects ${reached}.`
      : `${plural(json.size, 'supplier')} suffice: together they affect ${reached} (each row counts what the suppliers up to it affect together).`,
    describeOptimality(cover, json.gap),
  );
  return `${out.join('\n')}\n`;
}

/** What `screen` prints: the pairs screen, then the cover, as asked. */
export function renderScreen(table: NodeTable, pairs?: PairScreen, cover?: CoverResult): string {
  const parts: string[] = [];
  if (pairs) parts.push(renderPairs(table, pairs));
  if (cover) parts.push(renderCover(table, cover));
  return parts.join('\n');
}
