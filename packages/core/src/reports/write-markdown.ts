/**
 * The report document as GitHub-flavoured Markdown, for wikis, tickets and e-mail: the same
 * findings and tables as the HTML page, blocks apart by a blank line; charts are left to the HTML
 * form. Text from data is escaped so that it reads as itself (no markup, no HTML, no links), and
 * table cells stay on one line. Lives in core beside the HTML
 * serialiser (see `write-html.ts` for why). Pure; O(size of the text).
 */
import { writtenIn, type Block, type Inline, type ReportDocument, type TableBlock } from './document.js';

const markdown = writtenIn('markdown');

/**
 * Text from data (a name, a finding) as Markdown that reads as that text and nothing else: every
 * character that can open markup inside a line (emphasis, links, images, HTML, entities, table
 * cells, code, strikethrough) backslash-escaped, line breaks made spaces. A supplier named
 * `<script>` or `[x](javascript:...)` stays those characters in every Markdown viewer.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*[\]<|~!]/g, '\\$&')
    // `&` only where it would start an entity, `_` only where it could open or close emphasis (not
    // inside a word, as in file_24.xml), so that the raw text stays readable.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');

/** Data that may begin a line (a span, a heading): a leading `#` or `>` would make a heading or a quote. */
export const mdText = (text: string): string => escapeMarkdown(text).replace(/^[#>]/, '\\$&');

/** A table cell: data on one line, pipes escaped with the rest (a `#` in a cell is only text). */
const mdCell = escapeMarkdown;

/** A code span holding any text: a fence of more backticks than the text's longest run. */
function codeSpan(text: string): string {
  const longest = (text.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

/** The marks around a span: emphasis and strong; text, subscripts and metrics are written plain. */
const MARKS = { text: '', sub: '', metric: '', em: '_', strong: '**' } as const;

/** The report's own wording as it is; spans (data) escaped, inside their marks. */
function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.kind === 'code') return codeSpan(part.text.replace(/\r?\n/g, ' '));
      return MARKS[part.kind] + mdText(part.text) + MARKS[part.kind];
    })
    .join('');
}

function table(block: TableBlock): string {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  const rule = `|${block.columns.map((c) => (c.numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  return [
    line(block.columns.map((c) => c.label)),
    rule,
    ...block.rows.map((r) => line(r.cells.map((c) => c.text))),
  ].join('\n');
}

/** A block as Markdown, or null for a chart. */
function block(b: Block): string | null {
  switch (b.kind) {
    case 'heading':
      return `### ${mdText(b.text)}`;
    case 'paragraph':
      return inline(b.content);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table':
      return table(b);
    case 'chart':
    case 'figure':
      return null;
  }
}

export function reportToMarkdown(doc: ReportDocument): string {
  const parts = [
    `# ${mdText(doc.heading)}`,
    ...doc.intro.filter(markdown).map(block),
    ...doc.sections.filter(markdown).flatMap((s) => [`## ${mdText(s.title)}`, ...s.blocks.filter(markdown).map(block)]),
    ...doc.footer.filter(markdown).map(block),
  ];
  return `${parts.filter((part) => part !== null).join('\n\n')}\n`;
}
