/** Tiny helpers for writing HTML as strings: escaping text and attributes, and table markup. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from data (names are text, never HTML). */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v === null ? '' : String(v))}"`)
    .join('');
}

export interface Cell {
  text: string;
  /** Raw value for machines (data-value), when it differs from the text. */
  value?: string | number | boolean | null;
  numeric?: boolean;
  data?: Record<string, string | number>;
  className?: string;
}

export const num = (value: number, text: string, data: Record<string, string | number> = {}): Cell => ({
  text,
  value,
  numeric: true,
  data,
});

export function table(
  data: Record<string, string>,
  head: string[],
  rows: { data?: Record<string, string | number>; cells: Cell[] }[],
  numericColumns: boolean[] = [],
): string {
  const th = head.map((h, i) => `<th${numericColumns[i] ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const tr = rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const dataAttrs = Object.fromEntries(Object.entries(cell.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
          const classes = [cell.numeric ? 'num' : '', cell.className ?? ''].filter(Boolean).join(' ');
          return `<td${attrs({ ...(classes ? { class: classes } : {}), ...dataAttrs, 'data-value': cell.value === undefined ? undefined : cell.value })}>${esc(cell.text)}</td>`;
        })
        .join('');
      const rowAttrs = Object.fromEntries(Object.entries(row.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
      return `<tr${attrs(rowAttrs)}>${cells}</tr>`;
    })
    .join('\n');
  const tableAttrs = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  return `<table${attrs(tableAttrs)}>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${tr}\n</tbody>\n</table>`;
}
