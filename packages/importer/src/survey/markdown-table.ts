/**
 * A Markdown table for the normalisation report: a header row, a separator and one row per item,
 * with each cell escaped as data (core's `escapeMarkdown`: no markup, HTML or link from a
 * respondent's answer, pipes and line breaks kept in the cell); `_none_` when there are no rows.
 * O(cells).
 */
import { escapeMarkdown } from '@kedja/core/reports';

export type CellValue = string | number | undefined;

/** Escapes text for a Markdown table cell. */
export const cell = (text: CellValue) => escapeMarkdown(String(text ?? ''));

export function table(headers: string[], rows: CellValue[][]): string {
  if (rows.length === 0) return '_none_\n';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}
