/**
 * `kedja screen`: joint failures, as the `--json` document and as text. `--pairs` (N-2): the pairs
 * of suppliers whose joint failure takes down organisations neither takes down alone, with the
 * redundancy they defeat and any common cause (owner group, country); `--cover`: the fewest
 * suppliers whose joint failure affects a share of the organisations or the population, and how
 * far from the optimum that may be. O(pairs shown + cover size).
 */
import type { CoverResult, PairEntry, PairScreen, SnapshotEngine } from '@kedja/core';
import { LOCALES, WORDS, type Lang } from '@kedja/core/i18n';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { nameOf } from '../output/names.js';
import { largestFirstIn } from '../output/order.js';
import { formatNumber, renderTable } from '../output/table.js';
import { listWords } from '../output/words.js';

/** The N-2 screen in both bounds (issue 13), as the engine gives it. */
export type BoundedPairScreen = ReturnType<SnapshotEngine['pairsBounds']>;
type BoundedPairEntry = BoundedPairScreen['pairs'][number];
/** The cover in both bounds: the lower bound's result and the upper's. */
export type BoundedCover = ReturnType<SnapshotEngine['coverBounds']>;

/** A count, or with bounds its range ("3–5"; one number when both agree). */
const rangeOf = (lower: number, upper: number | undefined, lang: Lang) =>
  upper === undefined || upper === lower
    ? formatNumber(lower, lang)
    : `${formatNumber(lower, lang)}–${formatNumber(upper, lang)}`;

/** A share as a percentage with at most one decimal: "50 %", "33.3 %" ("33,3 %"). */
const percent = (share: number, lang: Lang) =>
  `${(share * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })} %`;

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

/** What a pair takes down beyond, in all, and the redundancies it defeats, named. */
function pairCountsJson(table: NodeTable, pair: Omit<PairEntry, 'a' | 'b'>) {
  const node = (index: number) => ({ id: table.id(index), name: table.name(index) });
  return {
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
  };
}

/** A pair, named; with bounds its fields answer for the lower bound and `upper` for the upper. */
export function pairJson(table: NodeTable, pair: PairEntry | BoundedPairEntry) {
  const node = (index: number) => ({ id: table.id(index), name: table.name(index) });
  return {
    suppliers: [node(pair.a), node(pair.b)],
    ...pairCountsJson(table, pair),
    commonCause: commonCause(table, table.id(pair.a), table.id(pair.b)),
    ...('upper' in pair ? { upper: pairCountsJson(table, pair.upper) } : {}),
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
  pairs?: {
    suppliers: number;
    total: number;
    checked: number;
    found: number;
    pairs: ReturnType<typeof pairJson>[];
    /** With possible edges: pairs found and checked in the upper bound (the fields above: the lower). */
    upper?: BoundedPairScreen['upper'];
  };
  /** With possible edges: the lower bound's cover, and `upper` the upper bound's. */
  cover?: CoverJson & { upper?: CoverJson };
}

export function screenJson(
  table: NodeTable,
  pairs?: PairScreen | BoundedPairScreen,
  cover?: CoverResult | BoundedCover,
): ScreenJson {
  return {
    ...(pairs
      ? {
          pairs: {
            suppliers: supplierCount(table),
            total: pairs.total,
            checked: pairs.checked,
            found: pairs.found,
            pairs: pairs.pairs.map((pair) => pairJson(table, pair)),
            ...('upper' in pairs ? { upper: pairs.upper } : {}),
          },
        }
      : {}),
    ...(cover
      ? { cover: { ...coverJson(table, cover), ...('upper' in cover ? { upper: coverJson(table, cover.upper) } : {}) } }
      : {}),
  };
}

type PairRow = ReturnType<typeof pairJson> & { position: number };

function pairTable(rows: readonly PairRow[], lang: Lang): string {
  const m = messagesIn(lang).screen.pairs;
  return renderTable(
    rows,
    [
      { header: '#', value: (r) => r.position, right: true },
      { header: m.headers.pair, value: (r) => r.suppliers.map((s) => s.name).join(' + '), max: 50 },
      { header: m.headers.together, value: (r) => rangeOf(r.beyond.length, r.upper?.beyond.length, lang), right: true },
      {
        header: m.headers.population,
        value: (r) => rangeOf(r.beyondPopulation, r.upper?.beyondPopulation, lang),
        right: true,
      },
      {
        header: m.headers.cause,
        value: (r) =>
          [
            r.commonCause.parent ? m.owner(r.commonCause.parent) : '',
            r.commonCause.country ? m.country(r.commonCause.country) : '',
          ]
            .filter(Boolean)
            .join(', ') || '-',
      },
    ],
    lang,
  );
}

/** A pair in sentences: whom only the two together take down, and which redundancies they defeat. */
function describePair(table: NodeTable, r: PairRow, lang: Lang): string[] {
  const { common, screen } = messagesIn(lang);
  const m = screen.pairs;
  const [a, b] = r.suppliers as [{ id: string; name: string }, { id: string; name: string }];
  // A pair found only with the possible dependencies is told by the upper bound's lists.
  const onlyUpper = r.beyond.length === 0 && r.upper !== undefined;
  const said = onlyUpper ? r.upper! : r;
  const beyond = said.beyond
    .map((o) => o.id)
    .sort(largestFirstIn(table))
    .map((id) => `${nameOf(table, id)} (${id})`);
  return [
    (onlyUpper ? m.pairPossible : m.pair)(
      String(r.position),
      `${a.name} (${a.id})`,
      `${b.name} (${b.id})`,
      listWords(beyond, { lang }),
    ),
    ...said.defeats.map(
      (d) =>
        `   ${m.defeats(
          WORDS[lang].kinds[d.kind],
          `${d.name} (${d.id})`,
          d.alternatives.map((member) => member.name).join(` ${common.or} `),
        )}`,
    ),
  ];
}

/** The N-2 screen as text in `lang` (English unless told). */
export function renderPairs(table: NodeTable, screen: PairScreen | BoundedPairScreen, lang: Lang = 'en'): string {
  const { common, screen: messages } = messagesIn(lang);
  const m = messages.pairs;
  const n = (value: number) => formatNumber(value, lang);
  const suppliers = supplierCount(table);
  const out: string[] = [
    m.title,
    m.counts(common.nouns.supplier(n(suppliers), suppliers), n(screen.total), screen.total, n(screen.checked)),
    ...('upper' in screen ? [m.bounds(n(screen.found), n(screen.upper.found))] : []),
    '',
  ];
  const found = 'upper' in screen ? screen.foundEither : screen.found;
  if (found === 0) {
    out.push(m.none);
    return `${out.join('\n')}\n`;
  }
  const rows = screen.pairs.map((pair, i) => ({ ...pairJson(table, pair), position: i + 1 }));
  out.push(pairTable(rows, lang));
  for (const r of rows) for (const line of describePair(table, r, lang)) out.push(line);
  const rest = found - rows.length;
  if (rest > 0) out.push(m.more(n(rest)));
  return `${out.join('\n')}\n`;
}

/** How good the cover is: optimal (and how that is known), or how far from the optimum it may be. */
function describeOptimality(cover: CoverResult, gap: number | null, lang: Lang): string {
  const { common, screen } = messagesIn(lang);
  const m = screen.cover;
  const suppliers = (count: number) => common.nouns.supplier(formatNumber(count, lang), count);
  const searched = cover.searched.length > 0 ? m.searched(cover.searched.join(', ')) : '';
  if (cover.optimal) {
    return cover.method === 'exhaustive' ? m.exhaustive(searched) : m.bound(String(cover.lowerBound), searched);
  }
  return m.greedy(suppliers(gap!), suppliers(cover.lowerBound), searched);
}

/** The cover as text in `lang` (English unless told). */
export function renderCover(table: NodeTable, cover: CoverResult | BoundedCover, lang: Lang = 'en'): string {
  const { common, screen } = messagesIn(lang);
  const m = screen.cover;
  const n = (value: number) => formatNumber(value, lang);
  const json = coverJson(table, cover);
  const what = cover.by === 'organisations' ? m.organisations : m.population;
  const target =
    cover.by === 'organisations'
      ? m.of(n(cover.target), n(cover.total))
      : m.of(n(Math.ceil(cover.target)), n(cover.total));
  const out = [m.title(percent(cover.share, lang), what, target), ''];
  if ('upper' in cover) out.push(m.lowerBound);
  if (!cover.reachable) {
    out.push(m.unreachable(percent(cover.share, lang), what));
    if ('upper' in cover) out.push(upperCover(table, cover.upper, lang));
    return `${out.join('\n')}\n`;
  }
  out.push(
    renderTable(
      json.suppliers.map((s, i) => ({ ...s, position: i + 1 })),
      [
        { header: '#', value: (r) => r.position, right: true },
        { header: m.headers.supplier, value: (r) => r.name, max: 40 },
        { header: m.headers.id, value: (r) => r.id, max: 24 },
        { header: m.headers.organisations, value: (r) => r.organisations, right: true },
        { header: m.headers.population, value: (r) => r.population, right: true },
      ],
      lang,
    ),
  );
  const last = json.suppliers[json.suppliers.length - 1]!;
  const reached =
    cover.by === 'organisations'
      ? `${common.nouns.organisation(n(last.organisations), last.organisations)} (${percent(last.organisations / cover.total, lang)})`
      : m.reachedPopulation(n(last.population), percent(last.population / cover.total, lang));
  out.push(
    json.size === 1 ? m.one(reached) : m.many(common.nouns.supplier(n(json.size), json.size), reached),
    describeOptimality(cover, json.gap, lang),
  );
  if ('upper' in cover) out.push(upperCover(table, cover.upper, lang));
  return `${out.join('\n')}\n`;
}

/** The upper bound's cover in one line: how many suppliers suffice with every possible dependency real, and which. */
function upperCover(table: NodeTable, upper: CoverResult, lang: Lang): string {
  const { common, screen } = messagesIn(lang);
  if (!upper.reachable) return screen.cover.upperUnreachable;
  const size = upper.steps.length;
  const names = upper.steps.map((step) => `${table.name(step.supplier)} (${table.id(step.supplier)})`);
  return screen.cover.upper(common.nouns.supplier(formatNumber(size, lang), size), size, listWords(names, { lang }));
}

/** What `screen` prints: the pairs screen, then the cover, as asked, in `lang` (English unless told). */
export function renderScreen(
  table: NodeTable,
  pairs?: PairScreen | BoundedPairScreen,
  cover?: CoverResult | BoundedCover,
  lang: Lang = 'en',
): string {
  const parts: string[] = [];
  if (pairs) parts.push(renderPairs(table, pairs, lang));
  if (cover) parts.push(renderCover(table, cover, lang));
  return parts.join('\n');
}
