/**
 * `kedja simulate`: a Monte Carlo result as the `--json` document (names added, the share table
 * cut at `top` when given) and as text: who fails with which probability, the distributions of
 * damage per draw, the worst draw, and each supplier's share of the expected damage. O(suppliers).
 */
import type { SimulationResult } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { nameOf } from '../output/names.js';
import { formatFixed, formatNumber, formatPercent, formatPlain, renderTable } from '../output/table.js';
import { listWords } from '../output/words.js';

/** `simulate --json`: the result with the worst draw's suppliers and the share table named. */
export type SimulationJson = Omit<SimulationResult, 'worst' | 'suppliers'> & {
  worst: Omit<SimulationResult['worst'], 'suppliers'> & { suppliers: { id: string; name: string }[] };
  suppliers: (SimulationResult['suppliers'][number] & { name: string })[];
};

export function simulationJson(table: NodeTable, result: SimulationResult, top?: number): SimulationJson {
  const suppliers = top === undefined ? result.suppliers : result.suppliers.slice(0, top);
  return {
    ...result,
    worst: {
      ...result.worst,
      suppliers: result.worst.suppliers.map((id) => ({ id, name: nameOf(table, id) })),
    },
    suppliers: suppliers.map((s) => ({ ...s, name: nameOf(table, s.supplier) })),
  };
}

/** Which probability each supplier fails with: the default, their own, or some of each. */
function describeProbability({ probability }: SimulationResult, lang: Lang): string {
  const { common, simulate } = messagesIn(lang);
  const m = simulate.probability;
  const suppliers = common.nouns.supplier(formatNumber(probability.suppliers, lang), probability.suppliers);
  const p =
    typeof probability.default === 'number' ? formatPlain(probability.default, lang) : String(probability.default);
  if (probability.fromData === 0) return m.given(suppliers, p);
  if (probability.fromData === probability.suppliers) return m.own(suppliers);
  return m.mixed(formatNumber(probability.fromData, lang), suppliers, p);
}

function distributionTable(result: SimulationResult, lang: Lang): string {
  const m = messagesIn(lang).simulate;
  const h = m.headers;
  const rows = [
    { what: m.rows.organisations, d: result.organisations },
    { what: m.rows.critical, d: result.criticalOrganisations },
    { what: m.rows.population, d: result.population },
  ];
  return renderTable(
    rows,
    [
      { header: h.perDraw, value: (r) => r.what },
      { header: h.mean, value: (r) => formatFixed(r.d.mean, 2, lang), right: true },
      { header: h.median, value: (r) => r.d.median, right: true },
      { header: h.p95, value: (r) => r.d.p95, right: true },
      { header: h.p99, value: (r) => r.d.p99, right: true },
      { header: h.max, value: (r) => r.d.max, right: true },
    ],
    lang,
  );
}

function describeWorst(table: NodeTable, { worst }: SimulationResult, lang: Lang): string {
  const m = messagesIn(lang).simulate;
  if (worst.organisations <= 0) return m.noWorst;
  const n = (value: number) => formatNumber(value, lang);
  const label = (id: string) => `${nameOf(table, id)} (${id})`;
  return m.worst(
    n(worst.draw),
    n(worst.organisations),
    worst.organisations,
    n(worst.criticalOrganisations),
    n(worst.population),
    listWords(worst.suppliers.map(label), { max: 10, lang }),
  );
}

/** The share table (at most `top` rows) and how many suppliers spare nothing. */
function shareLines(table: NodeTable, result: SimulationResult, top: number, lang: Lang): string[] {
  const { common, simulate: m } = messagesIn(lang);
  const h = m.headers;
  const shares = result.suppliers.filter((s) => s.avoided.organisations > 0 || s.avoided.population > 0);
  const out = ['', m.shares, ''];
  const shown = shares.slice(0, top).map((s, i) => ({ ...s, position: i + 1 }));
  const rest = shares.length - shown.length;
  out.push(
    renderTable(
      shown,
      [
        { header: '#', value: (s) => s.position, right: true },
        { header: h.supplier, value: (s) => nameOf(table, s.supplier), max: 40 },
        { header: h.id, value: (s) => s.supplier, max: 24 },
        { header: h.p, value: (s) => s.probability, right: true },
        { header: h.failedIn, value: (s) => s.failures, right: true },
        { header: h.spared, value: (s) => formatFixed(s.avoided.organisations, 3, lang), right: true },
        { header: h.share, value: (s) => formatPercent(s.share, 1, lang), right: true },
        { header: h.populationSpared, value: (s) => formatFixed(s.avoided.population, 0, lang), right: true },
      ],
      lang,
    ) + (rest > 0 ? `${common.moreTop(formatNumber(rest, lang))}\n` : ''),
  );
  const none = result.suppliers.length - shares.length;
  if (none > 0) out.push(m.sparesNothing(formatNumber(none, lang), none));
  return out;
}

/** With possible edges (issue 13): how many were drawn, and with which probability those without one. */
function possibleLines({ possibleEdges }: SimulationResult, lang: Lang): string[] {
  if (possibleEdges === undefined) return [];
  const without = possibleEdges.count - possibleEdges.fromData;
  return [
    messagesIn(lang).simulate.possible(
      formatNumber(possibleEdges.count, lang),
      formatNumber(without, lang),
      without,
      formatPlain(possibleEdges.default, lang),
      formatFixed(possibleEdges.meanPresent, 2, lang),
    ),
  ];
}

/** The simulation as text in `lang` (English unless told), the share table cut at `top` rows. */
export function renderSimulation(table: NodeTable, result: SimulationResult, top: number, lang: Lang = 'en'): string {
  const m = messagesIn(lang).simulate;
  const out: string[] = [
    m.header(
      formatNumber(result.samples, lang),
      result.samples,
      String(result.seed),
      describeProbability(result, lang),
    ),
    m.average(formatFixed(result.meanFailingSuppliers, 2, lang)),
    ...possibleLines(result, lang),
    '',
    distributionTable(result, lang),
    describeWorst(table, result, lang),
  ];
  if (result.suppliers.length > 0 && result.organisations.mean > 0) {
    for (const line of shareLines(table, result, top, lang)) out.push(line);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
