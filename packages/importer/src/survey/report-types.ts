/** The normalisation report of a survey import: every raw spelling, what it became and why. */
import type { Candidate, Method, NameKind } from './matcher-types.js';

export type SpellingResult = 'merged' | 'ambiguous' | 'unresolved' | 'not-a-name';

export interface SpellingReport {
  /** q7_1, q8_1, q9_1 or q15. */
  question: string;
  kind: NameKind;
  raw: string;
  occurrences: number;
  /** Lines of the answers file where it appears. */
  lines: number[];
  result: SpellingResult;
  method?: Method;
  /** The node it became: a catalogue id, or the id of a new node flagged unresolved or ambiguous. */
  id?: string;
  name?: string;
  score?: number;
  matched?: string;
  candidates?: Candidate[];
  /** Merged: every finding for the entry, strongest first. */
  evidence?: string[];
  /** The next best entries. */
  runnersUp?: Candidate[];
  /** Not a name: the organisation runs it itself. */
  ownOperation?: boolean;
  /** The reviewer's decision that decided it: its line in the decisions file, the decision and the id. */
  decision?: { line: number; decision: string; id: string };
  reason: string;
}

export interface DecisionReport {
  /** Line in the decisions file. */
  line: number;
  spelling: string;
  question: string;
  decision: string;
  id: string;
  /** applied; no-match: it no longer matches anything (no answer has the spelling, or its proposal is gone); invalid. */
  status: 'applied' | 'no-match' | 'invalid';
  note: string;
}

export interface NewNodeReport {
  id: string;
  kind: NameKind;
  name: string;
  /** unresolved: no catalogue entry fits; ambiguous: several do and none was guessed. */
  flag: 'unresolved' | 'ambiguous';
  spellings: string[];
  organisations: number;
  /** The methods that clustered its spellings (cluster-unresolved.ts); empty for a single spelling. */
  linkedBy?: string[];
}

export interface OrganisationReport {
  line: number;
  /** organisation_id as answered. */
  answered: string;
  id: string;
  name: string;
  match: 'catalogue id' | 'catalogue name' | 'new';
  /** The questions it answered with its own operation ("egen drift"). */
  ownOperation?: string[];
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface CountryReport {
  raw: string;
  code: string | null;
  occurrences: number;
  lines: number[];
}

export interface NormalisationReport {
  answers: string;
  catalogue: string;
  aliases: string | null;
  /** The brand lists used: "shipped" for Kedja's own, and the files given. */
  brands: string[];
  /** The decisions file applied. */
  decisionsFile: string | null;
  threshold: number;
  margin: number;
  counts: {
    rows: number;
    respondents: number;
    skippedRows: number;
    spellings: number;
    occurrences: number;
    /** Distinct spellings by what became of them: the method of a merge (METHODS), else ambiguous, unresolved, not-a-name. */
    byMethod: Record<string, number>;
    newNodes: { unresolved: number; ambiguous: number };
    edges: { uses: number; contracts: number };
    dontKnowAnswers: number;
    /** Answers that the organisation runs the thing itself. */
    ownOperationAnswers: number;
    /** The reviewer's decisions by status. */
    decisions: { applied: number; noMatch: number; invalid: number };
  };
  spellings: SpellingReport[];
  newNodes: NewNodeReport[];
  organisations: OrganisationReport[];
  countries: CountryReport[];
  /** Services whose countries were added from question 23:1, with the organisations that named them. */
  serviceCountries: { service: string; added: string[]; organisations: string[] }[];
  skippedRows: SkippedRow[];
  /** Every row of the decisions file that decides something, and what became of it. */
  decisions: DecisionReport[];
}
