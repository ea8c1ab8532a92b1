/**
 * `kedja gaps`: the knowledge gaps (core's `computeKnowledgeGaps`) as the `--json` document (names
 * added, cut at `top` when given, and what `--assume-unknown` assumed) and as a ranked table with
 * what the numbers mean, in English or Swedish. O(shown).
 */
import type { Lang } from '@kedja/core/i18n';
import type { KnowledgeGaps } from '@kedja/core/gaps';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { nameOf } from '../output/names.js';
import { formatNumber, renderTable } from '../output/table.js';

/** What `--assume-unknown` assumed: the providers and how many possible edges it added. */
export interface Assumption {
  providers: readonly string[];
  edges: number;
}

export function gapsJson(table: NodeTable, result: KnowledgeGaps, top?: number, assumption?: Assumption) {
  const gaps = top === undefined ? result.gaps : result.gaps.slice(0, top);
  return {
    ...(assumption !== undefined ? { assumed: { providers: assumption.providers, edges: assumption.edges } } : {}),
    doubt: result.doubt,
    organisationEdges: result.organisationEdges,
    suppliers: result.gaps.length,
    gaps: gaps.map(({ supplier, ...gap }) => ({ supplier, name: nameOf(table, supplier), ...gap })),
  };
}

/** The assumption in one sentence, for stderr or the head of the text. */
export function describeAssumption(assumption: Assumption, lang: Lang): string {
  const m = messagesIn(lang).gaps;
  const providers = assumption.providers.join(', ');
  return assumption.edges === 0
    ? m.assumedNothing(providers)
    : m.assumed(formatNumber(assumption.edges, lang), assumption.edges, providers);
}

/** The gaps as text in `lang`, cut at `shown` rows. */
export function renderGaps(
  table: NodeTable,
  result: KnowledgeGaps,
  shown: number,
  lang: Lang = 'en',
  assumption?: Assumption,
): string {
  const { common, gaps: m } = messagesIn(lang);
  const n = (value: number) => formatNumber(value, lang);
  const head = assumption !== undefined ? `${describeAssumption(assumption, lang)}\n` : '';
  if (result.gaps.length === 0 && result.organisationEdges === 0) return `${head}${m.none}\n`;
  const rows = result.gaps.slice(0, shown).map((gap, i) => ({ ...gap, position: i + 1 }));
  const h = m.headers;
  const text = renderTable(
    rows,
    [
      { header: '#', value: (r) => r.position, right: true },
      { header: h.supplier, value: (r) => nameOf(table, r.supplier), max: 40 },
      { header: h.id, value: (r) => r.supplier, max: 24 },
      { header: h.subcontracting, value: (r) => m.subcontracting[r.subcontracting] },
      { header: h.possible, value: (r) => r.possibleEdges, right: true },
      { header: h.doubt, value: (r) => r.doubt.organisations, right: true },
      { header: h.critical, value: (r) => r.doubt.criticalOrganisations, right: true },
      { header: h.population, value: (r) => r.doubt.population, right: true },
      { header: h.exposed, value: (r) => r.exposed, right: true },
    ],
    lang,
  );
  const unmeasured = result.gaps.filter((gap) => gap.possibleEdges === 0).length;
  const lines = [
    head + m.title(common.nouns.supplier(n(result.gaps.length), result.gaps.length)),
    m.doubt(n(result.doubt.organisations), n(result.doubt.population)),
    ...(result.gaps.length > 0 ? [m.ask, '', text.trimEnd()] : []),
    ...(result.gaps.length > rows.length ? [common.moreTop(n(result.gaps.length - rows.length)).trimEnd()] : []),
    '',
    m.legend,
    ...(unmeasured > 0 ? [m.unmeasured(common.nouns.supplier(n(unmeasured), unmeasured))] : []),
    ...(result.organisationEdges > 0 ? [m.organisationEdges(n(result.organisationEdges))] : []),
  ];
  return `${lines.join('\n')}\n`;
}
