/** Study comparison tables (core's `compareWithStudy`) as plain-text tables: study, Kedja, agree. */
import type { ComparisonTable, ComparisonValue } from '@kedja/core/reports';

import { formatNumber, formatPercent, renderTable, type Column } from './table.js';

export function formatComparisonValue(value: number | null, unit: ComparisonTable['unit']): string {
  if (value === null) return '–';
  return unit === 'share' ? formatPercent(value) : formatNumber(value);
}

export const agreeMark = (value: ComparisonValue): string => (value.match === null ? '' : value.match ? 'yes' : 'NO');

export function renderComparisonTable(table: ComparisonTable): string {
  type Row = ComparisonTable['rows'][number];
  const columns: Column<Row>[] = [{ header: '', value: (row) => row.label, max: 48 }];
  table.groups.forEach((group, i) => {
    const prefix = group === '' ? '' : `${group}: `;
    columns.push(
      {
        header: `${prefix}study`,
        value: (row) => formatComparisonValue(row.values[i]!.study, table.unit),
        right: true,
      },
      {
        header: `${prefix}Kedja`,
        value: (row) => formatComparisonValue(row.values[i]!.computed, table.unit),
        right: true,
      },
      { header: 'agree', value: (row) => agreeMark(row.values[i]!) },
    );
  });
  return `${table.title}\n${renderTable(table.rows, columns)}`;
}
