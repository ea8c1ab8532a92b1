/**
 * The rows of a binary graph as they are added, node by node and edge by edge (layout.ts): every
 * value goes straight into its column's buffers (column-builders.ts), no object per row is kept;
 * then each table with its metadata as Arrow IPC file bytes. O(rows) time; the files' size in memory.
 */
import { RecordBatch, Schema, Struct, Table, makeData, tableToIPC, type Field } from './apache-arrow.js';

import { columnFor, type Column } from './column-builders.js';
import {
  ARROW_FORMAT,
  ARROW_VERSION,
  EDGE_COLUMNS,
  EDGE_ORDER,
  edgeFields,
  META,
  NODE_COLUMNS,
  NODE_ORDER,
  nodeFields,
  type AttributeColumn,
  type RowKind,
  type RowRanges,
} from './layout.js';

/** One table's rows: `kind`, the leading columns of the table, the attribute columns, then `extra`. */
class TableRows<K extends RowKind> {
  readonly fields: Field[];
  private readonly columns: Column[];
  private readonly ranges = new Map<K, [number, number]>();
  private readonly known: Map<K, Set<string>>;
  rows = 0;
  private current: K | undefined;

  constructor(
    fields: Field[],
    private readonly kinds: readonly K[],
    private readonly attributeColumns: readonly AttributeColumn[],
  ) {
    this.fields = fields;
    this.columns = fields.map((field) => columnFor(field, kinds));
    this.known = new Map(
      kinds.map((kind) => [kind, new Set(attributeColumns.flatMap((column) => column.attributes.get(kind) ?? []))]),
    );
  }

  /** Adds a row: its kind, the values of the leading columns after `kind`, and its attributes. */
  push(kind: K, lead: readonly unknown[], attributes: Readonly<Record<string, unknown>>): void {
    if (this.current !== kind) this.begin(kind);
    this.columns[0]!.push(kind);
    for (let i = 0; i < lead.length; i++) this.columns[1 + i]!.push(lead[i]);
    const at = 1 + lead.length;
    for (let i = 0; i < this.attributeColumns.length; i++) {
      const name = this.attributeColumns[i]!.attributes.get(kind);
      this.columns[at + i]!.push(name === undefined ? undefined : attributes[name]);
    }
    this.columns[this.columns.length - 1]!.push(this.extra(kind, attributes));
    this.rows++;
  }

  private begin(kind: K): void {
    if (this.ranges.has(kind)) throw new Error(`the rows of ${kind} must come together`);
    if (this.current !== undefined) this.ranges.get(this.current)![1] = this.rows;
    this.ranges.set(kind, [this.rows, this.rows]);
    this.current = kind;
  }

  /** The attributes without a column, as JSON (undefined when there are none). */
  private extra(kind: K, attributes: Readonly<Record<string, unknown>>): string | undefined {
    const known = this.known.get(kind)!;
    let extra: Record<string, unknown> | undefined;
    for (const key in attributes) {
      if (key === 'kind' || known.has(key) || attributes[key] === undefined) continue;
      (extra ??= {})[key] = attributes[key];
    }
    return extra === undefined ? undefined : JSON.stringify(extra);
  }

  rowRanges(): RowRanges<K> {
    if (this.current !== undefined) this.ranges.get(this.current)![1] = this.rows;
    const ranges = {} as RowRanges<K>;
    let at = 0;
    for (const kind of this.kinds) {
      const range = this.ranges.get(kind);
      ranges[kind] = range ? [range[0], range[1]] : [at, at];
      at = ranges[kind][1];
    }
    return ranges;
  }

  toBytes(extraMetadata: Readonly<Record<string, string>> = {}): Uint8Array {
    const metadata = new Map([
      [META.format, ARROW_FORMAT],
      [META.version, String(ARROW_VERSION)],
      [META.rows, JSON.stringify(this.rowRanges())],
      ...Object.entries(extraMetadata),
    ]);
    const schema = new Schema(this.fields, metadata);
    const children = this.columns.map((column) => column.finish());
    const data = makeData({ type: new Struct(this.fields), length: this.rows, nullCount: 0, children });
    return tableToIPC(new Table(schema, new RecordBatch(schema, data)), 'file');
  }
}

/** The rows of both tables. Nodes by kind in layout order, then edges by kind in layout order. */
export class ArrowRows {
  readonly nodes = new TableRows(nodeFields(), NODE_ORDER, NODE_COLUMNS);
  readonly edges = new TableRows(edgeFields(), EDGE_ORDER, EDGE_COLUMNS);

  node(kind: (typeof NODE_ORDER)[number], id: string, attributes: Readonly<Record<string, unknown>>): void {
    this.nodes.push(kind, [id], attributes);
  }

  edge(
    kind: (typeof EDGE_ORDER)[number],
    ends: { source: string; target: string; sourceRow: number; targetRow: number },
    attributes: Readonly<Record<string, unknown>>,
  ): void {
    this.edges.push(kind, [ends.source, ends.target, ends.sourceRow, ends.targetRow], attributes);
  }

  /** nodes.arrow (with the graph's attributes) and edges.arrow, as IPC file bytes. */
  toFiles(graphAttributes: Readonly<Record<string, unknown>>): { nodes: Uint8Array; edges: Uint8Array } {
    return {
      nodes: this.nodes.toBytes({ [META.graph]: JSON.stringify(graphAttributes) }),
      edges: this.edges.toBytes(),
    };
  }
}
