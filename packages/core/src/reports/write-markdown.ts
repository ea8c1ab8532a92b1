/**
 * The report document as GitHub-flavoured Markdown, for wikis, tickets and e-mail: the same
 * findings and tables as the HTML page, blocks apart by a blank line; charts are left to the HTML
 * form. Table cells stay on one line with their pipes escaped. Lives in core beside the HTML
 * serialiser (see `write-html.ts` for why). Pure; O(size of the text).
 */
import { writtenIn, type Block, type Inline, type ReportDocument, type TableBlock } from './document.js';

const markdown = writtenIn('markdown');

/** A table cell: no line breaks, pipes escaped. */
const mdCell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** The marks around a span: emphasis, strong and code; text, subscripts and metrics are written plain. */
const MARKS = { text: '', sub: '', metric: '', em: '_', strong: '**', code: '`' } as const;

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => (typeof part === 'string' ? part : MARKS[part.kind] + part.text + MARKS[part.kind]))
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
      return `### ${b.text}`;
    case 'paragraph':
      return inline(b.content);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table':
      return table(b);
    case 'chart':
      return null;
  }
}

export function reportToMarkdown(doc: ReportDocument): string {
  const parts = [
    `# ${doc.heading}`,
    ...doc.intro.filter(markdown).map(block),
    ...doc.sections.filter(markdown).flatMap((s) => [`## ${s.title}`, ...s.blocks.filter(markdown).map(block)]),
    ...doc.footer.filter(markdown).map(block),
  ];
  return `${parts.filter((part) => part !== null).join('\n\n')}\n`;
}
