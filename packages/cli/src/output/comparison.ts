/** Study comparison tables (core's `compareWithStudy`) as plain-text tables: study, Kedja, agree. */
import type { Lang } from '@kedja/core/i18n';
import type { ComparisonTable, ComparisonValue } from '@kedja/core/reports';

import { COMMON_MESSAGES } from '../messages/common.js';
import { formatNumber, formatPercent, renderTable, type Column } from './table.js';

export function formatComparisonValue(value: number | null, unit: ComparisonTable['unit'], lang: Lang = 'en'): string {
  if (value === null) return '–';
  return unit === 'share' ? formatPercent(value, 1, lang) : formatNumber(value, lang);
}

export function agreeMark(value: ComparisonValue, lang: Lang = 'en'): string {
  const m = COMMON_MESSAGES[lang].comparison;
  return value.match === null ? '' : value.match ? m.yes : m.no;
}

/** The table in English (as `array.map(renderComparisonTable)` calls it). */
export const renderComparisonTable = (table: ComparisonTable): string => renderComparisonTableIn(table, 'en');

/** The table in `lang`: the title and groups are core's (English); the columns' words are the reader's. */
export function renderComparisonTableIn(table: ComparisonTable, lang: Lang): string {
  type Row = ComparisonTable['rows'][number];
  const m = COMMON_MESSAGES[lang].comparison;
  const columns: Column<Row>[] = [{ header: '', value: (row) => row.label, max: 48 }];
  table.groups.forEach((group, i) => {
    const prefix = group === '' ? '' : `${group}: `;
    columns.push(
      {
        header: `${prefix}${m.study}`,
        value: (row) => formatComparisonValue(row.values[i]!.study, table.unit, lang),
        right: true,
      },
      {
        header: `${prefix}${m.kedja}`,
        value: (row) => formatComparisonValue(row.values[i]!.computed, table.unit, lang),
        right: true,
      },
      { header: m.agree, value: (row) => agreeMark(row.values[i]!, lang) },
    );
  });
  return `${table.title}\n${renderTable(table.rows, columns, lang)}`;
}
