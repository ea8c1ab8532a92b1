/**
 * Small helpers for writing HTML as strings: escaping text (names are text, never HTML) and
 * attributes, inline content and tables of the report document. Pure; O(length of the output).
 */
import type { Inline, TableBlock, TableCell } from './document.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for any context, attribute values included. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text for element content, where only `&`, `<` and `>` have a meaning. */
export function escContent(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v === null ? '' : String(v))}"`)
    .join('');
}

/** `{ n: 3 }` → `{ 'data-n': 3 }`. */
export const dataAttrs = (data: Record<string, string | number> = {}): Record<string, string | number> =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));

export function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escContent(part);
      if (part.kind === 'text') return esc(part.text);
      if (part.kind === 'metric')
        return `<strong${attrs({ 'data-metric': part.metric, 'data-value': part.value })}>${esc(part.text)}</strong>`;
      return `<${part.kind}>${esc(part.text)}</${part.kind}>`;
    })
    .join('');
}

function cell(c: TableCell): string {
  const classes = [c.numeric ? 'num' : '', c.warning ? 'no' : ''].filter(Boolean).join(' ');
  const attributes = { ...(classes ? { class: classes } : {}), ...dataAttrs(c.data), 'data-value': c.value };
  return `<td${attrs(attributes)}>${esc(c.text)}</td>`;
}

export function table(block: TableBlock): string {
  const th = block.columns
    .map(
      (c) =>
        `<th${attrs({ class: c.numeric ? 'num' : undefined, style: c.width ? `width: ${c.width}` : undefined })}>${esc(c.label)}</th>`,
    )
    .join('');
  const fixed = block.columns.some((c) => c.width !== undefined);
  const tr = block.rows.map((row) => `<tr${attrs(dataAttrs(row.data))}>${row.cells.map(cell).join('')}</tr>`);
  return `<table${attrs({ class: fixed ? 'fixed' : undefined, 'data-table': block.id })}>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${tr.join('\n')}\n</tbody>\n</table>`;
}
