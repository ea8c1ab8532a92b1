/**
 * `kedja rank`: the systemic ranking (every supplier failing alone) as the `--json` document (the
 * entries with names, cut at `top` when given) and as a table cut at `shown`. O(shown).
 */
import type { RankEntry } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { nameOf } from '../output/names.js';
import { formatNumber, renderTable } from '../output/table.js';

export function rankJson(table: NodeTable, entries: readonly RankEntry[], top?: number) {
  const shown = top === undefined ? entries : entries.slice(0, top);
  return shown.map((entry) => ({ ...entry, name: nameOf(table, entry.supplier) }));
}

/** The ranking as text in `lang` (English unless told), cut at `shown` rows. */
export function renderRanking(
  table: NodeTable,
  entries: readonly RankEntry[],
  shown: number,
  lang: Lang = 'en',
): string {
  const { common, rank: m } = messagesIn(lang);
  const h = m.headers;
  const rows = entries.slice(0, shown).map((entry, i) => ({ ...entry, position: i + 1 }));
  const text = renderTable(
    rows,
    [
      { header: '#', value: (r) => r.position, right: true },
      { header: h.supplier, value: (r) => nameOf(table, r.supplier), max: 40 },
      { header: h.id, value: (r) => r.supplier, max: 24 },
      { header: h.organisations, value: (r) => r.organisations, right: true },
      { header: h.critical, value: (r) => r.criticalOrganisations, right: true },
      { header: h.services, value: (r) => r.services, right: true },
      { header: h.suppliers, value: (r) => r.suppliers, right: true },
      { header: h.residents, value: (r) => r.residents, right: true },
      { header: h.population, value: (r) => r.population, right: true },
    ],
    lang,
  );
  const rest = entries.length - rows.length;
  return (
    `${m.title(formatNumber(entries.length, lang))}\n${m.legend}\n\n` +
    text +
    (rest > 0 ? `${common.moreTop(formatNumber(rest, lang))}\n` : '')
  );
}
