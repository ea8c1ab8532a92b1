/**
 * The report document: a report as plain data, built once from the report's data
 * (`buildReportDocument`) and written by small serialisers (`reportToHtml`, `reportToMarkdown`).
 * A document is a heading, an introduction, sections of blocks (headings, paragraphs, lists,
 * tables, chart references) and a footer. Table cells keep their raw values beside their text, for
 * the HTML `data-` attributes that tools read. A block or section marked `only` is written by one
 * serialiser alone: the HTML page explains more than the Markdown file, in its own words. The
 * small constructors below keep the builder short. Types and O(1) constructors only.
 */
import type { ChartSpec } from './types.js';

export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Inline content. A string is the report's own wording around values; a `text` span holds text
 * from elsewhere (names and other data, findings, shared definitions). Both are text, never markup:
 * HTML escapes a string for element content (`&`, `<`, `>`) and a span for any context (quotes too).
 */
export type Inline = string | Span;

export type Span =
  | { kind: 'text' | 'em' | 'strong' | 'code' | 'sub'; text: string }
  /** A number tools can read: HTML marks it with `data-metric` and `data-value`; Markdown writes the text. */
  | { kind: 'metric'; metric: string; value: number | null; text: string };

/** Written by both serialisers, or by the one named. */
interface Targeted {
  only?: ReportFormat;
}

export interface HeadingBlock extends Targeted {
  kind: 'heading';
  text: string;
}

export interface ParagraphBlock extends Targeted {
  kind: 'paragraph';
  content: Inline[];
  /** How the paragraph reads: `lede` under the title, `note` in small print (HTML classes). */
  style?: 'lede' | 'note';
  /** The number the whole paragraph stands for, for tools (HTML `data-metric`, `data-value`). */
  metric?: { metric: string; value: number | null };
}

export interface ListBlock extends Targeted {
  kind: 'list';
  ordered: boolean;
  items: Inline[][];
  style?: 'findings' | 'note';
}

export interface TableCell {
  text: string;
  /** The raw value for machines (HTML `data-value`), when it differs from the text. */
  value?: string | number | boolean | null;
  numeric?: boolean;
  /** More raw values for machines (HTML `data-<key>`). */
  data?: Record<string, string | number>;
  /** Draws the eye: a disagreement. */
  warning?: boolean;
}

export interface TableRow {
  /** Raw values identifying the row (HTML `data-<key>` on the row). */
  data: Record<string, string | number>;
  cells: TableCell[];
}

export interface TableBlock extends Targeted {
  kind: 'table';
  /** HTML `data-table`. */
  id: string;
  /** `width`: the column's share of the table's width (CSS, e.g. `20%`); with any, the table lays out fixed. */
  columns: { label: string; numeric: boolean; width?: string }[];
  rows: TableRow[];
}

/** A chart of the document's `charts`, by id; a serialiser without a drawing of it writes nothing. */
export interface ChartBlock extends Targeted {
  kind: 'chart';
  id: string;
}

/**
 * A drawing the caller supplies by id (in the same map as the charts' drawings), such as the map of
 * a scenario; a serialiser without it writes nothing.
 */
export interface FigureBlock extends Targeted {
  kind: 'figure';
  id: string;
  /** Read out by screen readers and written under the drawing. */
  title: string;
  description: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ChartBlock | FigureBlock;

export interface ReportSection extends Targeted {
  /** Anchor of the section (HTML `id`). */
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  /** The language the document is written in, a BCP 47 tag (HTML `<html lang>`); default `en`. */
  lang?: string;
  /** The page's title (HTML `<title>`). */
  title: string;
  /** The heading above everything. */
  heading: string;
  intro: ParagraphBlock[];
  sections: ReportSection[];
  footer: ParagraphBlock[];
  /** The charts the chart blocks refer to, as Vega-Lite specifications. */
  charts: ChartSpec[];
}

/** Whether a block or section is written in a format. */
export const writtenIn = (format: ReportFormat) => (item: Targeted) => item.only === undefined || item.only === format;

const span =
  (kind: 'text' | 'em' | 'strong' | 'code' | 'sub') =>
  (text: string): Span => ({ kind, text });
export const text = span('text');
export const em = span('em');
export const strong = span('strong');
export const code = span('code');
export const sub = span('sub');
export const metric = (name: string, value: number | null, shown: string): Span => ({
  kind: 'metric',
  metric: name,
  value,
  text: shown,
});

export const heading = (title: string, only?: ReportFormat): HeadingBlock => ({
  kind: 'heading',
  text: title,
  ...(only ? { only } : {}),
});

export const paragraph = (
  content: Inline[] | Inline,
  options: Omit<ParagraphBlock, 'kind' | 'content'> = {},
): ParagraphBlock => ({ kind: 'paragraph', content: Array.isArray(content) ? content : [content], ...options });

export const list = (items: Inline[][], options: Partial<Omit<ListBlock, 'kind' | 'items'>> = {}): ListBlock => ({
  kind: 'list',
  ordered: options.ordered ?? false,
  items,
  ...(options.style ? { style: options.style } : {}),
  ...(options.only ? { only: options.only } : {}),
});

export const chart = (id: string): ChartBlock => ({ kind: 'chart', id });
