/**
 * Kedja's figures beside a study's published ones: one table per published table or figure, each
 * row a label with, per column group (municipalities, agencies, ...), the study's value, Kedja's
 * value and whether they agree (counts exactly; shares within one percentage point). Histograms are
 * compared in the study's bins. Survey shares (Fig 6.1, 6.6) come from the survey answers that a
 * study reference carries. Pure data; O(size of the tables).
 */
import { binHistogram, SERVICE_BINS, SUPPLIER_BINS, type Bin, type Histogram } from '../metrics/index.js';
import type { KedjaGraph } from '../model/index.js';
import type { MetricsDocument } from './metrics-document.js';
import type { Shares, StudyReference } from './study-reference.js';
import { dataRecord } from '../model/index.js';

export type ComparisonUnit = 'count' | 'share';

export interface ComparisonValue {
  study: number | null;
  computed: number | null;
  /** Counts equal, or shares within one percentage point; null when either side is missing. */
  match: boolean | null;
}

export interface ComparisonTable {
  id: string;
  title: string;
  unit: ComparisonUnit;
  /** Column groups, for example ["municipalities", "agencies"]; [""] for a single pair. */
  groups: string[];
  rows: { label: string; values: ComparisonValue[] }[];
}

export const SHARE_TOLERANCE = 0.01;

function value(
  study: number | null | undefined,
  computed: number | null | undefined,
  unit: ComparisonUnit,
): ComparisonValue {
  const s = study ?? null;
  const c = computed ?? null;
  const match =
    s === null || c === null ? null : unit === 'count' ? s === c : Math.abs(s - c) <= SHARE_TOLERANCE + 1e-12;
  return { study: s, computed: c, match };
}

function binnedRows(study: Histogram, computed: Histogram, bins: readonly Bin[]) {
  const s = binHistogram(study, bins);
  const c = binHistogram(computed, bins);
  return s.map(({ bin, count }, i) => ({
    label: `n = ${bin.replace('-', '–')}`,
    values: [value(count, c[i]!.count, 'count')],
  }));
}

const TYPES = [
  ['municipality', 'municipalities'],
  ['agency', 'agencies'],
] as const;

/** What every table of the comparison reads: the graph, its metrics and the study's figures. */
interface Sources {
  document: MetricsDocument;
  published: StudyReference['published'];
  survey: StudyReference['survey'];
  /** The organisation type of a node, undefined when it is not in the graph or has none. */
  typeOf: (id: string) => string | undefined;
}

function respondentsTable({ published, survey, typeOf }: Sources): ComparisonTable | null {
  if (!published.respondents || !survey) return null;
  const respondents = published.respondents;
  const counted: Record<string, number> = dataRecord();
  for (const id of survey.respondents) {
    const type = typeOf(id) ?? 'unspecified';
    counted[type] = (counted[type] ?? 0) + 1;
  }
  return {
    id: 'respondents',
    title: 'Respondents (Tabell 1.1)',
    unit: 'count',
    groups: [''],
    rows: [
      ...TYPES.map(([type, label]) => ({
        label,
        values: [value(respondents[type], counted[type] ?? 0, 'count')],
      })),
      { label: 'total', values: [value(sum(respondents), survey.respondents.length, 'count')] },
    ],
  };
}

function surveyTable({ published, survey, typeOf }: Sources): ComparisonTable | null {
  if (!published.survey || !survey) return null;
  const share = (yes: readonly string[], of: readonly string[], type?: string) => {
    const base = of.filter((id) => type === undefined || typeOf(id) === type);
    const set = new Set(yes);
    return base.length === 0 ? null : base.filter((id) => set.has(id)).length / base.length;
  };
  const row = (label: string, shares: Shares | undefined, yes: readonly string[], of: readonly string[]) => ({
    label,
    values: [
      value(shares?.all, share(yes, of), 'share'),
      ...TYPES.map(([type]) => value(shares?.[type], share(yes, of, type), 'share')),
    ],
  });
  return {
    id: 'survey',
    title: 'Procured cloud services (Fig 6.1; SaaS, PaaS and IaaS as shares of those with cloud, Fig 6.6)',
    unit: 'share',
    groups: ['all', ...TYPES.map(([, label]) => label)],
    rows: [
      row('procured cloud service', published.survey.cloud, survey.cloud, survey.respondents),
      row('SaaS', published.survey.saas, survey.saas, survey.cloud),
      row('PaaS', published.survey.paas, survey.paas, survey.cloud),
      row('IaaS', published.survey.iaas, survey.iaas, survey.cloud),
    ],
  };
}

function saasSharingTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.saasSharing) return null;
  return {
    id: 'saas-sharing',
    title: 'SaaS shared by n organisations (Tabell 6.2)',
    unit: 'count',
    groups: [''],
    rows: binnedRows(published.saasSharing, document.sharing.services.SaaS, SERVICE_BINS),
  };
}

function namedByTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.namedSaas && !published.namedSuppliers) return null;
  return {
    id: 'named-by',
    title: 'Organisations that named their SaaS (Tabell 6.2) and their suppliers (Tabell 6.3)',
    unit: 'count',
    groups: TYPES.map(([, label]) => label),
    rows: [
      {
        label: 'named SaaS',
        values: TYPES.map(([type]) =>
          value(published.namedSaas?.[type], document.sharing.users.SaaS[type] ?? 0, 'count'),
        ),
      },
      {
        label: 'named suppliers',
        values: TYPES.map(([type]) =>
          value(published.namedSuppliers?.[type], document.sharing.contractingOrganisations[type] ?? 0, 'count'),
        ),
      },
    ],
  };
}

function platformsTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.paas && !published.iaas) return null;
  const facts = (h: Histogram) => ({
    distinct: Object.values(h).reduce((a, b) => a + b, 0),
    largest: Object.keys(h)
      .map(Number)
      .reduce((a, b) => Math.max(a, b), 0),
  });
  const row = (label: string, study: { distinct: number; largest: number } | undefined, computed: Histogram) => {
    const { distinct, largest } = facts(computed);
    return {
      label,
      values: [value(study?.distinct, distinct, 'count'), value(study?.largest, largest, 'count')],
    };
  };
  return {
    id: 'platforms',
    title: 'PaaS and IaaS (section 6.2)',
    unit: 'count',
    groups: ['distinct', 'shared by at most'],
    rows: [
      row('PaaS', published.paas, document.sharing.services.PaaS),
      row('IaaS', published.iaas, document.sharing.services.IaaS),
    ],
  };
}

function supplierSharingTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.supplierSharing) return null;
  return {
    id: 'supplier-sharing',
    title: 'Suppliers named by n organisations (Tabell 6.3)',
    unit: 'count',
    groups: [''],
    rows: binnedRows(published.supplierSharing, document.sharing.suppliersContracted, SUPPLIER_BINS),
  };
}

function categoriesTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.categories) return null;
  const categories = [...new Set([...Object.keys(published.categories), ...Object.keys(document.categories)])];
  return {
    id: 'categories',
    title: 'Distinct SaaS per category (Tabell 6.1)',
    unit: 'count',
    groups: TYPES.map(([, label]) => label),
    rows: categories.map((category) => ({
      label: category,
      values: TYPES.map(([type]) =>
        value(published.categories?.[category]?.[type] ?? 0, document.categories[category]?.[type] ?? 0, 'count'),
      ),
    })),
  };
}

function countriesTable({ published, document }: Sources): ComparisonTable | null {
  if (!published.countries && published.eeaShare === undefined) return null;
  const countries = [...new Set([...Object.keys(published.countries ?? {}), ...Object.keys(document.countries)])];
  return {
    id: 'countries',
    title: 'Where data is processed (Fig 6.10; EU/EEA, Fig 6.9)',
    unit: 'share',
    groups: [''],
    rows: [
      ...countries.map((country) => ({
        label: country,
        values: [value(published.countries?.[country] ?? 0, document.countries[country] ?? 0, 'share')],
      })),
      ...(published.eeaShare !== undefined
        ? [{ label: 'EU/EEA', values: [value(published.eeaShare, document.eeaShare, 'share')] }]
        : []),
    ],
  };
}

/** The tables in the order of the study; a table the study does not publish is left out. */
const TABLES = [
  respondentsTable,
  surveyTable,
  saasSharingTable,
  namedByTable,
  platformsTable,
  supplierSharingTable,
  categoriesTable,
  countriesTable,
];

export function compareWithStudy(
  graph: KedjaGraph,
  document: MetricsDocument,
  reference: StudyReference,
): ComparisonTable[] {
  const typeOf = (id: string) =>
    graph.hasNode(id) ? (graph.getNodeAttribute(id, 'orgType' as never) as string | undefined) : undefined;
  const sources: Sources = { document, published: reference.published, survey: reference.survey, typeOf };
  return TABLES.map((table) => table(sources)).filter((table): table is ComparisonTable => table !== null);
}

function sum(record: Record<string, number>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}
