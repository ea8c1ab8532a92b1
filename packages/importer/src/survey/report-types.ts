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
  reason: string;
}

export interface NewNodeReport {
  id: string;
  kind: NameKind;
  name: string;
  /** unresolved: no catalogue entry fits; ambiguous: several do and none was guessed. */
  flag: 'unresolved' | 'ambiguous';
  spellings: string[];
  organisations: number;
}

export interface OrganisationReport {
  line: number;
  /** organisation_id as answered. */
  answered: string;
  id: string;
  name: string;
  match: 'catalogue id' | 'catalogue name' | 'new';
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
  threshold: number;
  margin: number;
  counts: {
    rows: number;
    respondents: number;
    skippedRows: number;
    spellings: number;
    occurrences: number;
    /** Distinct spellings by what became of them: alias, key, via-supplier, via-service, fuzzy, ambiguous, unresolved, not-a-name. */
    byMethod: Record<string, number>;
    newNodes: { unresolved: number; ambiguous: number };
    edges: { uses: number; contracts: number };
    dontKnowAnswers: number;
  };
  spellings: SpellingReport[];
  newNodes: NewNodeReport[];
  organisations: OrganisationReport[];
  countries: CountryReport[];
  /** Services whose countries were added from question 23:1, with the organisations that named them. */
  serviceCountries: { service: string; added: string[]; organisations: string[] }[];
  skippedRows: SkippedRow[];
}
