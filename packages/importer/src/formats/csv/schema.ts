/**
 * The canonical CSV format: which files a folder holds and which columns each file has.
 * docs/format.md describes the same tables for people; a test keeps the two in step.
 */
import { ORG_TYPES, SERVICE_MODELS, type EdgeKind, type NodeKind } from '@kedja/core';
import { EDGE_CERTAINTIES, SUBCONTRACTING } from '@kedja/core/kernel';

export type ColumnType =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'ref'; kind: NodeKind }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'count'; min: number }
  | { type: 'number' }
  | { type: 'probability' }
  | { type: 'boolean' }
  | { type: 'country' }
  | { type: 'countries' }
  | { type: 'list' };

export interface ColumnSpec {
  /** Column name in the header (lower case). */
  name: string;
  /** Must be in the header and non-empty on every row. */
  required: boolean;
  /** The attribute it fills on the node or edge (absent for ids and references). */
  attribute?: string;
  value: ColumnType;
  /**
   * Written by `kedja export` only when some row has a value: columns added after the format was
   * first published, so that a graph that does not use them is written byte for byte as before.
   */
  writtenWhenUsed?: boolean;
}

export interface TableSpec {
  file: string;
  /** A folder must have this file (the others are optional and count as empty when absent). */
  required: boolean;
  /** A node table gives nodes of this kind; an edge table gives edges of this kind. */
  node?: NodeKind;
  edge?: EdgeKind;
  columns: ColumnSpec[];
  /** A header column the table does not know: an error (the default: a typo must not pass) or a warning (the column is ignored). */
  unknownColumns?: 'error' | 'warning';
  /** Turns a header cell into a column name (default: lower case), for formats that spell headers more than one way. */
  headerKey?: (header: string) => string;
}

const col = (name: string, value: ColumnType, attribute?: string, required = false): ColumnSpec =>
  attribute === undefined ? { name, required, value } : { name, required, attribute, value };
const req = (name: string, value: ColumnType, attribute?: string) => col(name, value, attribute, true);
/** The columns of every edge table that say how sure the edge is (issue 13): a possible edge, and how likely. */
const certainty = (): ColumnSpec[] => [
  { ...col('certainty', { type: 'enum', values: EDGE_CERTAINTIES }, 'certainty'), writtenWhenUsed: true },
  { ...col('probability', { type: 'probability' }, 'probability'), writtenWhenUsed: true },
];

export const TABLES: readonly TableSpec[] = [
  {
    file: 'organisations.csv',
    required: true,
    node: 'organisation',
    columns: [
      req('id', { type: 'id' }),
      req('name', { type: 'text' }, 'name'),
      col('type', { type: 'enum', values: ORG_TYPES }, 'orgType'),
      col('code', { type: 'text' }, 'code'),
      col('county', { type: 'text' }, 'county'),
      col('population', { type: 'count', min: 0 }, 'population'),
      col('employees', { type: 'count', min: 0 }, 'employees'),
      col('sectors', { type: 'list' }, 'sectors'),
      col('cloud', { type: 'boolean' }, 'cloud'),
      col('uses_saas', { type: 'boolean' }, 'usesSaas'),
      col('uses_paas', { type: 'boolean' }, 'usesPaas'),
      col('uses_iaas', { type: 'boolean' }, 'usesIaas'),
      col('processing_countries', { type: 'countries' }, 'processingCountries'),
      col('subcontractor_routine', { type: 'boolean' }, 'subcontractorRoutine'),
      col('shared_supplier_risk', { type: 'text' }, 'sharedSupplierRisk'),
      col('incident_kinds', { type: 'list' }, 'incidentKinds'),
      col('own_operation', { type: 'list' }, 'ownOperation'),
    ],
  },
  {
    file: 'services.csv',
    required: true,
    node: 'service',
    columns: [
      req('id', { type: 'id' }),
      req('name', { type: 'text' }, 'name'),
      col('model', { type: 'enum', values: SERVICE_MODELS }, 'model'),
      col('category', { type: 'text' }, 'category'),
      col('countries', { type: 'countries' }, 'countries'),
    ],
  },
  {
    file: 'suppliers.csv',
    required: true,
    node: 'supplier',
    columns: [
      req('id', { type: 'id' }),
      req('name', { type: 'text' }, 'name'),
      col('country', { type: 'country' }, 'country'),
      col('parent', { type: 'text' }, 'parent'),
      col('failure_probability', { type: 'probability' }, 'failureProbability'),
      { ...col('subcontracting', { type: 'enum', values: SUBCONTRACTING }, 'subcontracting'), writtenWhenUsed: true },
    ],
  },
  {
    file: 'uses.csv',
    required: false,
    edge: 'uses',
    columns: [
      req('organisation', { type: 'ref', kind: 'organisation' }),
      req('service', { type: 'ref', kind: 'service' }),
      col('critical', { type: 'boolean' }, 'critical'),
      col('function', { type: 'text' }, 'function'),
      col('max_outage_hours', { type: 'number' }, 'maxOutageHours'),
      col('fallback', { type: 'boolean' }, 'fallback'),
      col('alternatives', { type: 'text' }, 'alternatives'),
      ...certainty(),
    ],
  },
  {
    file: 'contracts.csv',
    required: false,
    edge: 'contracts',
    columns: [
      req('organisation', { type: 'ref', kind: 'organisation' }),
      req('supplier', { type: 'ref', kind: 'supplier' }),
      col('critical', { type: 'boolean' }, 'critical'),
      col('alternatives', { type: 'text' }, 'alternatives'),
      ...certainty(),
    ],
  },
  {
    file: 'provided_by.csv',
    required: false,
    edge: 'providedBy',
    columns: [
      req('service', { type: 'ref', kind: 'service' }),
      req('supplier', { type: 'ref', kind: 'supplier' }),
      col('alternatives', { type: 'text' }, 'alternatives'),
      ...certainty(),
    ],
  },
  {
    file: 'subcontracts.csv',
    required: false,
    edge: 'subcontracts',
    columns: [
      req('supplier', { type: 'ref', kind: 'supplier' }),
      req('subcontractor', { type: 'ref', kind: 'supplier' }),
      col('rank', { type: 'count', min: 1 }, 'rank'),
      col('service', { type: 'text' }, 'service'),
      col('alternatives', { type: 'text' }, 'alternatives'),
      ...certainty(),
    ],
  },
];

/**
 * The ownership groups: each group's country and the group that owns it, so that every supplier
 * has an ultimate parent and a jurisdiction (core's model/parents.ts). Neither nodes nor edges: the
 * rows become the graph's `parents` attribute. Read after the other tables.
 */
export const PARENTS_TABLE: TableSpec = {
  file: 'parents.csv',
  required: false,
  columns: [
    req('group', { type: 'text' }, 'group'),
    col('name', { type: 'text' }, 'name'),
    col('country', { type: 'country' }, 'country'),
    col('parent', { type: 'text' }, 'parent'),
  ],
};

/** Every file a canonical folder may hold: the node and edge tables, then parents.csv. */
export const TABLE_FILES: readonly string[] = [...TABLES, PARENTS_TABLE].map((table) => table.file);
