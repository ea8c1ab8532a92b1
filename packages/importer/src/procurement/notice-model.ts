/**
 * The part of an eForms notice that Kedja reads, as plain records: who the buyers are, which
 * contracts were settled with which tenders, who tendered (and with which subcontractors), what
 * the lots bought (their main CPV codes) and where the notice comes from. Built from the XML by
 * read-notice.ts and read-results.ts; nothing here refers to the XML any more. Party references
 * (`ORG-0001`) are the notice's own and mean nothing outside it; merge-parties.ts gives the parties
 * their identity across notices.
 */

/** What kind of notice: eForms' notice type (BT-02) grouped as Kedja reports it. */
export type NoticeKind = 'contract award' | 'voluntary ex-ante transparency' | 'modification' | 'completion';

/** An organisation as one notice describes it (efac:Organization/efac:Company). */
export interface NoticeParty {
  /** The notice's own reference (OPT-200, `ORG-0001`). */
  ref: string;
  /** The name as written (BT-500, the first language given). */
  name: string;
  /** The organisation number as written (BT-501), when given. */
  companyId?: string;
  /** ISO 3166-1 alpha-2, from the notice's alpha-3 country code (BT-514), when it has one. */
  country?: string;
}

/** A subcontractor of a tendering party and the tenderers it names as its main contractors. */
export interface NoticeSubcontractor {
  ref: string;
  mainContractors: string[];
}

/** One tender settled by one contract: who signed, who tendered, for which lot and what it bought. */
export interface Award {
  /** The contract's id in the notice (OPT-316, `CON-0001`). */
  contract: string;
  /** The buyer's own contract number (BT-150), when given. */
  contractReference?: string;
  /** The tender's id (OPT-321, `TEN-0001`). */
  tender: string;
  /** The lot (or group of lots) the tender is for, when the notice says. */
  lot?: string;
  /** The main CPV codes of what was bought (the lot's, or the procedure's when the lot has none), 8 digits. */
  cpv: string[];
  /** The parties that signed the contract (the notice's buyers when no signatory is given). */
  signatories: string[];
  /** Whether `signatories` are the contract's own (false: every buyer of the notice). */
  signed: boolean;
  /** The tenderers of the tendering party (the main contractors), in notice order. */
  tenderers: string[];
  subcontractors: NoticeSubcontractor[];
}

/** Something of a notice that could not become part of the graph, and why. */
export interface NoticeSkip {
  /** What was skipped: `contract CON-0002`, `lot result RES-0003`, `subcontractor ORG-0010`. */
  what: string;
  reason: string;
}

export interface EformsNotice {
  /** The file (or archive entry) it was read from. */
  file: string;
  /** The notice identifier (BT-701), a UUID. */
  id: string;
  /** The notice version (BT-757), `01` when absent. */
  version: string;
  kind: NoticeKind;
  /** eForms notice subtype (OPP-070), such as `29`. */
  subtype?: string;
  /** The publication number on TED (OPP-010, `00123456-2024`), when the notice has been published. */
  publicationId?: string;
  /** The publication date (OPP-012), yyyy-mm-dd, when published. */
  published?: string;
  /** The notice's dispatch date (BT-05), yyyy-mm-dd. */
  issued?: string;
  /** Every organisation the notice describes, by reference. */
  parties: ReadonlyMap<string, NoticeParty>;
  /** The buyers' references (BT-500 of cac:ContractingParty) with their legal type (BT-11), in notice order. */
  buyers: readonly { ref: string; legalType?: string }[];
  awards: Award[];
  skipped: NoticeSkip[];
}
