/**
 * `kedja rank`: the systemic ranking (every supplier failing alone) as the `--json` document (the
 * entries with names, cut at `top` when given) and as a table cut at `shown`. With possible
 * dependencies (issue 13, core's `rankBounds`) each entry carries `upper`, and the table shows each
 * count as a range from the lower bound to the upper ("3–5"; one number when they agree). O(shown).
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

/** A row of the ranking, with the upper bound's counts when the graph has possible dependencies. */
type MaybeBounded = RankEntry & { upper?: Omit<RankEntry, 'supplier'> };
type Count = Exclude<keyof RankEntry, 'supplier'>;

/** The ranking as text in `lang` (English unless told), cut at `shown` rows. */
export function renderRanking(
  table: NodeTable,
  entries: readonly MaybeBounded[],
  shown: number,
  lang: Lang = 'en',
): string {
  const { common, rank: m } = messagesIn(lang);
  const h = m.headers;
  const bounded = entries.some((entry) => entry.upper !== undefined);
  // A count, or with bounds its range ("3–5", a number when both agree).
  const count =
    (key: Count) =>
    (entry: MaybeBounded): number | string => {
      const upper = entry.upper?.[key];
      return upper === undefined || upper === entry[key]
        ? entry[key]
        : `${formatNumber(entry[key], lang)}–${formatNumber(upper, lang)}`;
    };
  const rows = entries.slice(0, shown).map((entry, i) => ({ ...entry, position: i + 1 }));
  const text = renderTable(
    rows,
    [
      { header: '#', value: (r) => r.position, right: true },
      { header: h.supplier, value: (r) => nameOf(table, r.supplier), max: 40 },
      { header: h.id, value: (r) => r.supplier, max: 24 },
      { header: h.organisations, value: count('organisations'), right: true },
      { header: h.critical, value: count('criticalOrganisations'), right: true },
      { header: h.services, value: count('services'), right: true },
      { header: h.suppliers, value: count('suppliers'), right: true },
      { header: h.residents, value: count('residents'), right: true },
      { header: h.population, value: count('population'), right: true },
    ],
    lang,
  );
  const rest = entries.length - rows.length;
  return (
    `${m.title(formatNumber(entries.length, lang))}\n${m.legend}\n${bounded ? `${m.rangeLegend}\n` : ''}\n` +
    text +
    (rest > 0 ? `${common.moreTop(formatNumber(rest, lang))}\n` : '')
  );
}
