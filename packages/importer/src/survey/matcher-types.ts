/**
 * The types of name matching: the catalogue entries a free-text name is matched against, the
 * methods that can decide, the candidates a method finds and the resolution of a name. Types only.
 */
import type { ServiceModel } from '@kedja/core';

export type NameKind = 'service' | 'supplier';

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
}

export type Method = 'alias' | 'key' | 'via-supplier' | 'via-service' | 'prefix' | 'fuzzy';

export interface Candidate {
  id: string;
  /** 1 for alias and key matches, the fuzzy score otherwise. */
  score: number;
  /** The catalogue spelling that matched. */
  matched: string;
}

export type Resolution =
  | { result: 'merged'; method: Method; id: string; score: number; matched: string; reason: string }
  | { result: 'ambiguous'; method: Method; candidates: Candidate[]; reason: string }
  | { result: 'unresolved'; best?: Candidate; reason: string }
  | { result: 'not-a-name'; reason: string };

export interface MatchOptions {
  /** Least fuzzy score (0..1) for a merge. */
  threshold?: number;
  /** Fuzzy scores this close to the best are close calls (ambiguous). */
  margin?: number;
}

export interface NameMatcher {
  match(raw: string, kind: NameKind, model?: ServiceModel): Resolution;
  entry(id: string): CatalogueEntry | undefined;
}

/** One name to match: as answered, the kind the question asks for and the question's service model. */
export interface MatchQuery {
  raw: string;
  kind: NameKind;
  model: ServiceModel | undefined;
}
