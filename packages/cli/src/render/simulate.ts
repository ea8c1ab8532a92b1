/**
 * `kedja simulate`: a Monte Carlo result as the `--json` document (names added, the share table
 * cut at `top` when given) and as text: who fails with which probability, the distributions of
 * damage per draw, the worst draw, and each supplier's share of the expected damage. O(suppliers).
 */
import type { SimulationResult } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

import { nameOf } from '../output/names.js';

import { formatNumber, plural, renderTable } from '../output/table.js';
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

const fixed = (value: number, digits = 2) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number) => `${fixed(share * 100, 1)} %`;

/** Which probability each supplier fails with: the default, their own, or some of each. */
function describeProbability({ probability }: SimulationResult): string {
  if (probability.fromData === 0) {
    return `each of ${plural(probability.suppliers, 'supplier')} fails with probability ${probability.default}`;
  }
  if (probability.fromData === probability.suppliers) {
    return `each of ${plural(probability.suppliers, 'supplier')} fails with its own failure_probability`;
  }
  return `${formatNumber(probability.fromData)} of ${plural(probability.suppliers, 'supplier')} fail with their own failure_probability, the others with ${probability.default}`;
}

function distributionTable(result: SimulationResult): string {
  const rows = [
    { what: 'organisations affected', d: result.organisations },
    { what: 'losing a critical function', d: result.criticalOrganisations },
    { what: 'population served', d: result.population },
  ];
  return renderTable(rows, [
    { header: 'per draw', value: (r) => r.what },
    { header: 'mean', value: (r) => fixed(r.d.mean), right: true },
    { header: 'median', value: (r) => r.d.median, right: true },
    { header: 'p95', value: (r) => r.d.p95, right: true },
    { header: 'p99', value: (r) => r.d.p99, right: true },
    { header: 'max', value: (r) => r.d.max, right: true },
  ]);
}

function describeWorst(table: NodeTable, { worst }: SimulationResult): string {
  if (worst.organisations <= 0) return 'No draw affects any organisation.';
  const label = (id: string) => `${nameOf(table, id)} (${id})`;
  return (
    `Worst draw (number ${formatNumber(worst.draw)}): ${plural(worst.organisations, 'organisation')} affected, ` +
    `${formatNumber(worst.criticalOrganisations)} losing a critical function, population ${formatNumber(worst.population)}; ` +
    `failed suppliers: ${listWords(worst.suppliers.map(label), { max: 10 })}.`
  );
}

/** The share table (at most `top` rows) and how many suppliers spare nothing. */
function shareLines(table: NodeTable, result: SimulationResult, top: number): string[] {
  const shares = result.suppliers.filter((s) => s.avoided.organisations > 0 || s.avoided.population > 0);
  const out = [
    '',
    'Share of the expected damage: organisations per draw that would be spared if the supplier never failed',
    '(shares overlap where suppliers fail together, so they need not add up to 100 %).',
    '',
  ];
  const shown = shares.slice(0, top).map((s, i) => ({ ...s, position: i + 1 }));
  const rest = shares.length - shown.length;
  out.push(
    renderTable(shown, [
      { header: '#', value: (s) => s.position, right: true },
      { header: 'supplier', value: (s) => nameOf(table, s.supplier), max: 40 },
      { header: 'id', value: (s) => s.supplier, max: 24 },
      { header: 'p', value: (s) => s.probability, right: true },
      { header: 'failed in', value: (s) => s.failures, right: true },
      { header: 'spared', value: (s) => fixed(s.avoided.organisations, 3), right: true },
      { header: 'share', value: (s) => percent(s.share), right: true },
      { header: 'population spared', value: (s) => fixed(s.avoided.population, 0), right: true },
    ]) + (rest > 0 ? `… and ${formatNumber(rest)} more (--top N to see more)\n` : ''),
  );
  const none = result.suppliers.length - shares.length;
  if (none > 0) {
    out.push(
      `${plural(none, 'supplier')} ${none === 1 ? 'spares' : 'spare'} nothing: no organisation depends on ${none === 1 ? 'it' : 'them'} failing.`,
    );
  }
  return out;
}

export function renderSimulation(table: NodeTable, result: SimulationResult, top: number): string {
  const out: string[] = [
    `Monte Carlo: ${plural(result.samples, 'draw')}, seed ${result.seed}; ${describeProbability(result)}.`,
    `On average ${fixed(result.meanFailingSuppliers)} suppliers fail per draw.`,
    '',
    distributionTable(result),
    describeWorst(table, result),
  ];
  if (result.suppliers.length > 0 && result.organisations.mean > 0) {
    for (const line of shareLines(table, result, top)) out.push(line);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
