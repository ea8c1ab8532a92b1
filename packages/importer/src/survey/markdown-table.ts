/**
 * A Markdown table for the normalisation report: a header row, a separator and one row per item,
 * with each cell escaped (backslashes, pipes, line breaks); `_none_` when there are no rows.
 * O(cells).
 */

export type CellValue = string | number | undefined;

/** Escapes text for a Markdown table cell. */
export const cell = (text: CellValue) =>
  String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

export function table(headers: string[], rows: CellValue[][]): string {
  if (rows.length === 0) return '_none_\n';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}
