/**
 * A study's published figures, to set beside what Kedja computes from a graph, and the survey
 * answers a graph cannot hold (who answered, who has cloud services at all). `datasets/sweden-2018`
 * ships one as `study.json` for the MSB study; `kedja metrics` and `kedja report` show the
 * comparison when the input folder has such a file. Plain data; `checkStudyReference` checks the
 * shape of one read from a file. O(size).
 */
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import type { Histogram } from '../metrics/index.js';

/** A share per organisation type, and `all` for every respondent together. */
export type Shares = Partial<Record<'all' | 'municipality' | 'agency' | 'region' | 'other', number>>;

export interface StudyReference {
  /** The study's title, shown as the source of every published figure. */
  study: string;
  /** What the file is, in one or two sentences. */
  about?: string;
  published: {
    /** Respondents per organisation type (Tabell 1.1). */
    respondents?: Record<string, number>;
    /** Shares of respondents with any cloud service (Fig 6.1), and of those with SaaS, PaaS, IaaS (Fig 6.6). */
    survey?: { cloud?: Shares; saas?: Shares; paas?: Shares; iaas?: Shares };
    /** Organisations per type that named their SaaS, and their suppliers. */
    namedSaas?: Record<string, number>;
    namedSuppliers?: Record<string, number>;
    /** Tabell 6.2: SaaS shared by exactly n organisations. */
    saasSharing?: Histogram;
    /** Section 6.2: distinct PaaS and IaaS, and how many organisations share the most shared one. */
    paas?: { distinct: number; largest: number };
    iaas?: { distinct: number; largest: number };
    /** Tabell 6.3: suppliers named by exactly n organisations. */
    supplierSharing?: Histogram;
    /** Tabell 6.1: category → organisation type → distinct SaaS (absent: no data). */
    categories?: Record<string, Record<string, number>>;
    /** Fig 6.10: country → share of services processing data there. */
    countries?: Record<string, number>;
    /** Fig 6.9: share inside the EU/EEA. */
    eeaShare?: number;
    /** Notes on readings of the study (inconsistencies, definitions), shown with the comparison. */
    notes?: string[];
  };
  /** Survey answers as organisation ids: who answered, and who said yes to each question. */
  survey?: { respondents: string[]; cloud: string[]; saas: string[]; paas: string[]; iaas: string[] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws `KEDJA_BAD_OPTION` with what is wrong unless `value` has the shape of a StudyReference. */
export function checkStudyReference(value: unknown): StudyReference {
  const fail = (what: string): never => {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `reports/study-reference: ${what}`);
  };
  if (!isRecord(value)) fail('a study reference is a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.study !== 'string') fail('"study" must be the study\'s title');
  if (!isRecord(record.published)) fail('"published" must be an object of published figures');
  if (record.survey !== undefined) {
    if (!isRecord(record.survey)) fail('"survey" must be an object of lists of organisation ids');
    for (const key of ['respondents', 'cloud', 'saas', 'paas', 'iaas']) {
      const list = (record.survey as Record<string, unknown>)[key];
      if (!Array.isArray(list) || list.some((id) => typeof id !== 'string'))
        fail(`"survey.${key}" must be a list of ids`);
    }
  }
  return value as StudyReference;
}
