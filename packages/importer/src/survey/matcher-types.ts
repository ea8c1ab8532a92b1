/**
 * The types of name matching: the catalogue entries a free-text name is matched against (with
 * the brand-list spellings linked to them), the methods that find evidence, the evidence and
 * candidates, and the resolution of a name. Types only.
 */
import type { ServiceModel } from '@kedja/core';

export type NameKind = 'service' | 'supplier';

/** A spelling of a catalogue entry that a brand list knows (brand-list.ts), with its source. */
export interface BrandSpelling {
  spelling: string;
  /** The brand as the list names it ("Microsoft 365"). */
  brand: string;
  /** Where the list has it from. */
  source: string;
}

export interface CatalogueEntry {
  id: string;
  kind: NameKind;
  name: string;
  /** Services only: the service model, used to break ties. */
  model?: ServiceModel;
  /** Further known spellings (aliases.csv). */
  aliases: readonly string[];
  /** For a service its suppliers' ids, for a supplier the ids of the services it provides. */
  related: readonly string[];
  /** Spellings from the brand lists (renames, abbreviations), after the catalogue's own. */
  brands?: readonly BrandSpelling[];
}

/**
 * The methods, strongest evidence first. Exact: a catalogue name or alias (`alias`), the same
 * normalised key (`key`), the same words in any order (`fingerprint`), a brand-list spelling
 * (`brand`), the other kind (`via-supplier`, `via-service`). Near: the same n-gram fingerprint
 * (`ngram`), the same name without editions (`edition`), the leading words (`prefix`), the
 * catalogue name's words all present (`token-set`), the same phonetic key (`phonetic`), edit
 * distance (`edit`). Across respondents: `context`. A reviewer's decision: `decision`.
 */
export const METHODS = [
  'alias',
  'key',
  'fingerprint',
  'brand',
  'via-supplier',
  'via-service',
  'ngram',
  'edition',
  'prefix',
  'token-set',
  'phonetic',
  'edit',
  'context',
  'decision',
] as const;
export type Method = (typeof METHODS)[number];

/** What one method found for one catalogue entry. */
export interface Evidence {
  id: string;
  method: Method;
  /** 0..1: the method's score for this entry. */
  score: number;
  /** The catalogue spelling that matched. */
  matched: string;
  /** Exact evidence decides before near evidence is weighed. */
  tier: 'exact' | 'near';
  /** In words, for the report. */
  why: string;
}

export interface Candidate {
  id: string;
  /** The combined score, 0..1: the strongest evidence for this entry. */
  score: number;
  /** The catalogue spelling of the strongest evidence. */
  matched: string;
  /** The method of the strongest evidence. */
  method?: Method;
  /** Every finding for this entry, strongest first. */
  evidence?: string[];
}

export type Resolution =
  | {
      result: 'merged';
      method: Method;
      id: string;
      score: number;
      matched: string;
      reason: string;
      /** Every finding for the entry merged into, strongest first. */
      evidence?: string[];
      /** The next best entries. */
      runnersUp?: Candidate[];
    }
  | { result: 'ambiguous'; method: Method; candidates: Candidate[]; reason: string }
  | { result: 'unresolved'; best?: Candidate; runnersUp?: Candidate[]; reason: string }
  | { result: 'not-a-name'; reason: string; ownOperation?: boolean };

export interface MatchOptions {
  /** Least score (0..1) for a merge on near evidence. */
  threshold?: number;
  /** Near scores this close to the best are close calls (ambiguous). */
  margin?: number;
}

export interface NameMatcher {
  match(raw: string, kind: NameKind, model?: ServiceModel): Resolution;
  entry(id: string): CatalogueEntry | undefined;
  /** Every entry of a kind with its combined score for a name, best first (for the review and for context). */
  candidates(raw: string, kind: NameKind): Candidate[];
}

/** One name to match: as answered, the kind the question asks for and the question's service model. */
export interface MatchQuery {
  raw: string;
  kind: NameKind;
  model: ServiceModel | undefined;
}
