/**
 * `kedja rank`: the systemic ranking (every supplier failing alone) as the `--json` document (the
 * entries with names, cut at `top` when given) and as a table cut at `shown`. O(shown).
 */
import type { RankEntry } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

import { nameOf } from '../output/names.js';
import { formatNumber, renderTable } from '../output/table.js';

export function rankJson(table: NodeTable, entries: readonly RankEntry[], top?: number) {
  const shown = top === undefined ? entries : entries.slice(0, top);
  return shown.map((entry) => ({ ...entry, name: nameOf(table, entry.supplier) }));
}

export function renderRanking(table: NodeTable, entries: readonly RankEntry[], shown: number): string {
  const rows = entries.slice(0, shown).map((entry, i) => ({ ...entry, position: i + 1 }));
  const text = renderTable(rows, [
    { header: '#', value: (r) => r.position, right: true },
    { header: 'supplier', value: (r) => nameOf(table, r.supplier), max: 40 },
    { header: 'id', value: (r) => r.supplier, max: 24 },
    { header: 'organisations', value: (r) => r.organisations, right: true },
    { header: 'critical', value: (r) => r.criticalOrganisations, right: true },
    { header: 'services', value: (r) => r.services, right: true },
    { header: 'suppliers', value: (r) => r.suppliers, right: true },
    { header: 'residents', value: (r) => r.residents, right: true },
    { header: 'population', value: (r) => r.population, right: true },
  ]);
  const rest = entries.length - rows.length;
  return (
    `Systemic ranking: each of ${formatNumber(entries.length)} suppliers failing alone.\n` +
    'organisations = affected, critical = of those losing a critical function, services and suppliers = failing with it,\n' +
    'residents = each counted once (a region covers its county), population = summed over the organisations.\n\n' +
    text +
    (rest > 0 ? `… and ${formatNumber(rest)} more (--top N to see more)\n` : '')
  );
}
