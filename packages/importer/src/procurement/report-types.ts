/**
 * The procurement import report: what was read, what was skipped and why, what was merged, which
 * categories the contracts fell into, and where every edge comes from. Built once by
 * import-procurement.ts and written by render-report.ts as JSON and Markdown beside the graph.
 */
import type { KeptApart, MergeEntry } from './merge-parties.js';
import type { NoticeKind } from './notice-model.js';

/** One contract behind an edge: the notice, its date, the contract and what it bought. */
export interface EdgeSource {
  /** The notice identifier (BT-701). */
  notice: string;
  /** The TED publication number (OPP-010), when the notice was published. */
  publication?: string;
  /** The publication date, or the dispatch date (BT-05) when the notice was not published. */
  date?: string;
  dateKind: 'published' | 'dispatched';
  /** The contract's id in the notice (`CON-0001`). */
  contract: string;
  /** The buyer's contract number (BT-150), when given. */
  contractReference?: string;
  lot?: string;
  cpv: string[];
  /** The file (or archive entry) the notice was read from. */
  file: string;
}

export interface EdgeProvenance {
  edge: string;
  kind: string;
  source: string;
  target: string;
  sources: EdgeSource[];
}

export interface SkippedItem {
  /** The file, archive entry or notice it was found in. */
  where: string;
  what: string;
  reason: string;
}

export interface ProcurementCounts {
  organisations: number;
  suppliers: number;
  services: number;
  contracts: number;
  subcontracts: number;
  uses: number;
  providedBy: number;
}

export interface ProcurementReport {
  inputs: string[];
  /** `--cpv` prefixes applied (empty: every code kept). */
  cpvPrefixes: string[];
  read: {
    /** Files and archive entries looked at. */
    entries: number;
    /** Notices read, by kind (the latest version of each). */
    notices: Partial<Record<NoticeKind, number>>;
    /** Settled contracts (with one tender each) that became edges. */
    awards: number;
  };
  counts: ProcurementCounts;
  /** Contracts per service category, most first. */
  categories: { category: string; contracts: number }[];
  merges: MergeEntry[];
  keptApart: KeptApart[];
  skipped: SkippedItem[];
  provenance: EdgeProvenance[];
}
