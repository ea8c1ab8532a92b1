/**
 * The shape of a consequence rules file (the default one is `default-rules.json`), and the facts
 * the model reads about one lost dependency. Rules are data: every rule names the row of the
 * source it encodes, so a reader can check it, and users can pass their own file.
 */
import type { OrgType } from '../model/index.js';
import type { ConsequenceLevel } from './levels.js';

/** Where a rule comes from: a table row and column, and its words (in the original language). */
export interface RuleSource {
  /** The document, such as "MSB1196 (2018)". */
  document: string;
  /** "Tabell 6.4", or absent for a rule that is Kedja's own reading. */
  table?: string;
  /** The table row: "24 h", "48 h", "1 vecka", "1 månad". */
  row?: string;
  /** The table column: "Kommuner" or "Myndigheter". */
  column?: string;
  /** The words of the source. */
  text: string;
  /** The same in English. */
  english?: string;
}

/** An organisation type, or `unspecified` for organisations without one. */
export type RuleOrgType = OrgType | 'unspecified';

export interface RuleCondition {
  /** The rule applies once the outage has lasted this many hours. */
  fromHours: number;
  /** Only organisations of these types (absent: any). */
  orgTypes?: RuleOrgType[];
  /** Only dependencies whose `critical` flag is this (absent: either). */
  critical?: boolean;
  /** Only dependencies that serve one of these sectors (absent: any, with or without a sector). */
  sectors?: string[];
}

export interface ConsequenceRule {
  /** A short stable name, shown as the reason for a level. */
  id: string;
  when: RuleCondition;
  level: ConsequenceLevel;
  source: RuleSource;
  /** How the source was read, when that took a judgement. */
  note?: string;
}

export interface ConsequenceRules {
  /** Shown in reports. */
  name: string;
  /** Sector names and the other words (function names, service categories) that mean them. */
  sectors: Record<string, string[]>;
  /** A fallback routine on a dependency lowers its level by `steps`. */
  fallback: { steps: number; source: RuleSource; note?: string };
  /**
   * A `maxOutageHours` on a dependency overrides the rules' clock: from that many hours on the
   * level is at least `reached`; before, it is at most `before`.
   */
  maxOutageHours: { reached: ConsequenceLevel; before: ConsequenceLevel; source: RuleSource; note?: string };
  rules: ConsequenceRule[];
}

/** What the model needs to know about one lost dependency of an affected organisation. */
export interface DependencyFacts {
  orgType?: OrgType;
  /** The dependency's `critical` flag (absent in the data means true). */
  critical: boolean;
  /** Its function (uses edges), matched against the rules' sectors. */
  function?: string;
  /** The category of the service it uses, matched when the dependency has no function. */
  category?: string;
  maxOutageHours?: number;
  fallback?: boolean;
}
