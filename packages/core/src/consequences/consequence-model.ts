/**
 * The consequence model: from an outage length and the facts of one lost dependency to a level.
 *
 *   const model = createConsequenceModel(rules);       // checks the rules once
 *   model.assessDependency({ orgType: 'municipality', critical: true, function: 'home care' }, 48);
 *   // { level: 'critical', sectors: ['social-care'], because: ['care-24h'] }
 *
 * The level of a dependency after `hours` of outage, in three steps:
 * 1. the highest level among the rules that match (outage at least `fromHours`, organisation type,
 *    critical flag, sector); `none` when no rule matches;
 * 2. a fallback routine lowers it by `fallback.steps`;
 * 3. a `maxOutageHours` on a critical dependency has the last word: from that many hours on, at
 *    least `maxOutageHours.reached`; before, at most `maxOutageHours.before`. On a dependency marked
 *    not critical it is ignored: no critical function runs there, so its loss cannot become critical.
 * A dependency serves a sector when its function (or, when it names none, its service's category) is
 * the sector's name or one of its other words (compared without case, with spaces, hyphens and
 * underscores alike). A function that names no sector is not overridden by the category: payroll
 * on a social-services system is payroll.
 * O(rules) per dependency.
 */
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import { checkConsequenceRules, RULES_CODES } from './check-rules.js';
import { maxLevel, minLevel, stepLevel, type ConsequenceLevel } from './levels.js';
import type { ConsequenceRules, DependencyFacts } from './types.js';

export interface DependencyAssessment {
  level: ConsequenceLevel;
  /** The sectors the dependency serves, by the rules' sector words. */
  sectors: string[];
  /** What decided the level: rule ids, then `fallback` and `max-outage-hours` when they changed it. */
  because: string[];
}

export interface ConsequenceModel {
  readonly rules: ConsequenceRules;
  /** The sectors a dependency serves. */
  sectorsOf(facts: DependencyFacts): string[];
  /** The level of one lost dependency after `hours` of outage. */
  assessDependency(facts: DependencyFacts, hours: number): DependencyAssessment;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase('sv')
    .replace(/[\s_-]+/g, ' ');

/** Builds a model from rules; throws `KEDJA_RULES_INVALID` (with every problem) when they are not valid. */
export function createConsequenceModel(rules: ConsequenceRules): ConsequenceModel {
  const problems = checkConsequenceRules(rules);
  if (problems.length > 0) {
    throw new KedjaError(
      RULES_CODES.invalid,
      `the consequence rules are not valid: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  }
  const words = new Map<string, string[]>();
  for (const [sector, others] of Object.entries(rules.sectors)) {
    for (const word of [sector, ...others]) {
      const key = normalise(word);
      words.set(key, [...new Set([...(words.get(key) ?? []), sector])]);
    }
  }

  const sectorsOf = (facts: DependencyFacts): string[] => {
    const text = facts.function ?? facts.category;
    return (text !== undefined ? words.get(normalise(text)) : undefined) ?? [];
  };

  return {
    rules,
    sectorsOf,
    assessDependency(facts, hours) {
      if (!(hours >= 0)) throw new KedjaError(CORE_ERROR_CODES.badOption, `an outage length must be 0 hours or more`);
      const sectors = sectorsOf(facts);
      const orgType = facts.orgType ?? 'unspecified';
      let level: ConsequenceLevel = 'none';
      let decisive: string | undefined;
      for (const rule of rules.rules) {
        const { when } = rule;
        if (hours < when.fromHours) continue;
        if (when.orgTypes && !when.orgTypes.includes(orgType)) continue;
        if (when.critical !== undefined && when.critical !== facts.critical) continue;
        if (when.sectors && !when.sectors.some((s) => sectors.includes(s))) continue;
        if (decisive === undefined || maxLevel(rule.level, level) !== level) {
          level = rule.level;
          decisive = rule.id;
        }
      }
      const because = decisive === undefined ? [] : [decisive];
      if (facts.fallback === true && rules.fallback.steps > 0) {
        const lowered = stepLevel(level, -rules.fallback.steps);
        if (lowered !== level) because.push('fallback');
        level = lowered;
      }
      if (facts.maxOutageHours !== undefined && facts.critical) {
        const { reached, before } = rules.maxOutageHours;
        const bounded = hours >= facts.maxOutageHours ? maxLevel(level, reached) : minLevel(level, before);
        if (bounded !== level) because.push('max-outage-hours');
        level = bounded;
      }
      return { level, sectors, because };
    },
  };
}
