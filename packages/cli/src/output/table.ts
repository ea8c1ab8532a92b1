/**
 * Plain-text tables for human output: a header, aligned columns, numbers right-aligned, long
 * cells cut with an ellipsis. Deliberately tiny; no colours, so output pastes into e-mail.
 */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number;
  /** Right-align (numbers). */
  right?: boolean;
  /** Cut longer cells to this many characters. */
  max?: number;
}

const cut = (text: string, max: number | undefined) =>
  max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function formatNumber(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return cut(typeof value === 'number' ? formatNumber(value) : value, column.max);
    }),
  );
  const widths = columns.map((column, i) =>
    cells.reduce((width, row) => Math.max(width, row[i]!.length), column.header.length),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (columns[i]!.right ? value.padStart(widths[i]!) : value.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return (
    [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
  );
}

/** A share (0..1) as a percentage with one decimal: "61.3 %". */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)} %`;
}

/** "1 organisation", "2 organisations". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
