/**
 * Plain-text tables for human output: a header, aligned columns, numbers right-aligned, long
 * cells cut with an ellipsis. Deliberately tiny; no colours, so output pastes into e-mail. Numbers
 * in the reader's language: 1,234.5 in English, 1 234,5 in Swedish (a no-break space groups).
 */
import { formatShare, LOCALES, type Lang } from '@kedja/core/i18n';

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

/** A number with the language's grouping and at most two decimals: "1,234.57" or "1 234,57". */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  return Number.isInteger(value)
    ? value.toLocaleString(LOCALES[lang])
    : value.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 });
}

/** A number as JavaScript writes it, ungrouped ("1000", "0.005"), with a decimal comma in Swedish. */
export function formatPlain(value: number, lang: Lang = 'en'): string {
  return lang === 'en' ? String(value) : String(value).replace('.', ',');
}

/** A number with exactly `digits` decimals: "0.50" or "0,50". */
export function formatFixed(value: number, digits: number, lang: Lang = 'en'): string {
  return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], lang: Lang = 'en'): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return cut(typeof value === 'number' ? formatNumber(value, lang) : value, column.max);
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

/** A share (0..1) as a percentage with one decimal: "61.3 %" ("61,3 %" in Swedish). */
export function formatPercent(share: number, digits = 1, lang: Lang = 'en'): string {
  return formatShare(lang, share, digits);
}

/** "1 organisation", "2 organisations" (English only: the catalogue's counted nouns speak both languages). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
