/**
 * Checking a consequence rules file before use: every problem at once, each with the JSON path
 * of the value at fault (`rules[3].when.fromHours`) and the stable code `KEDJA_RULES_INVALID`.
 * Accepts any parsed JSON. O(size of the rules).
 */
import { quoteValue } from '../errors.js';
import type { Diagnostic } from '../errors.js';
import { ORG_TYPES } from '../model/index.js';
import { CONSEQUENCE_LEVELS, isConsequenceLevel } from './levels.js';

export const RULES_CODES = { invalid: 'KEDJA_RULES_INVALID' } as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const ORG_TYPE_VALUES: readonly string[] = [...ORG_TYPES, 'unspecified'];

/** A JSON path in the form `rules[3].when`, and its parts for tools that locate it in a file. */
export interface RulesProblem extends Diagnostic {
  path: (string | number)[];
}

/** Every problem of a rules value; empty when it is a valid `ConsequenceRules`. */
export function checkConsequenceRules(value: unknown): RulesProblem[] {
  const problems: RulesProblem[] = [];
  const problem = (path: (string | number)[], message: string) =>
    problems.push({
      code: RULES_CODES.invalid,
      severity: 'error',
      message: `${formatPath(path)}: ${message}`,
      path,
    });

  if (!isObject(value)) {
    problem([], 'a rules file is one JSON object with name, sectors, fallback, maxOutageHours and rules');
    return problems;
  }
  if (typeof value.name !== 'string' || value.name.trim() === '') problem(['name'], 'needs a non-empty name');

  if (!isObject(value.sectors)) {
    problem(['sectors'], 'needs an object of sector names, each with a list of other words for it');
  } else {
    for (const [sector, words] of Object.entries(value.sectors)) {
      if (!isStringList(words)) problem(['sectors', sector], 'must be a list of strings');
    }
  }

  checkSource(value.fallback, ['fallback'], problem);
  if (isObject(value.fallback) && !(Number.isInteger(value.fallback.steps) && (value.fallback.steps as number) >= 0)) {
    problem(['fallback', 'steps'], 'must be a whole number of 0 or more (levels a fallback routine lowers)');
  }
  checkSource(value.maxOutageHours, ['maxOutageHours'], problem);
  if (isObject(value.maxOutageHours)) {
    for (const key of ['reached', 'before']) {
      if (!isConsequenceLevel(value.maxOutageHours[key])) {
        problem(['maxOutageHours', key], `must be one of ${CONSEQUENCE_LEVELS.join(', ')}`);
      }
    }
  }

  if (!Array.isArray(value.rules)) {
    problem(['rules'], 'needs a list of rules');
    return problems;
  }
  const ids = new Set<string>();
  value.rules.forEach((rule: unknown, i) => {
    const at = ['rules', i];
    if (!isObject(rule)) {
      problem(at, 'each rule is an object with id, when, level and source');
      return;
    }
    if (typeof rule.id !== 'string' || rule.id === '') problem([...at, 'id'], 'needs a non-empty id');
    else if (ids.has(rule.id)) problem([...at, 'id'], `id ${quoteValue(rule.id)} is used twice`);
    else ids.add(rule.id);
    if (!isConsequenceLevel(rule.level)) problem([...at, 'level'], `must be one of ${CONSEQUENCE_LEVELS.join(', ')}`);
    checkSource(rule, at, problem);
    const when = rule.when;
    if (!isObject(when)) {
      problem([...at, 'when'], 'needs a condition object with at least fromHours');
      return;
    }
    const known = new Set(['fromHours', 'orgTypes', 'critical', 'sectors']);
    for (const key of Object.keys(when)) {
      if (!known.has(key)) problem([...at, 'when', key], `unknown condition; use ${[...known].join(', ')}`);
    }
    if (!(typeof when.fromHours === 'number' && Number.isFinite(when.fromHours) && when.fromHours >= 0)) {
      problem([...at, 'when', 'fromHours'], 'must be a number of hours, 0 or more');
    }
    if (when.orgTypes !== undefined) {
      if (!isStringList(when.orgTypes) || when.orgTypes.some((t) => !ORG_TYPE_VALUES.includes(t))) {
        problem([...at, 'when', 'orgTypes'], `must be a list of ${ORG_TYPE_VALUES.join(', ')}`);
      }
    }
    if (when.critical !== undefined && typeof when.critical !== 'boolean') {
      problem([...at, 'when', 'critical'], 'must be true or false');
    }
    if (when.sectors !== undefined) {
      if (!isStringList(when.sectors)) problem([...at, 'when', 'sectors'], 'must be a list of sector names');
      else if (isObject(value.sectors)) {
        for (const sector of when.sectors) {
          if (!(sector in value.sectors)) {
            problem([...at, 'when', 'sectors'], `sector ${quoteValue(sector)} is not listed under "sectors"`);
          }
        }
      }
    }
  });
  return problems;
}

function checkSource(
  holder: unknown,
  at: (string | number)[],
  problem: (path: (string | number)[], message: string) => void,
): void {
  if (!isObject(holder)) {
    problem(at, 'must be an object with a source');
    return;
  }
  const source = holder.source;
  if (!isObject(source) || typeof source.document !== 'string' || typeof source.text !== 'string') {
    problem([...at, 'source'], 'needs a source object with at least document and text (the words it encodes)');
  }
}

export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the whole file)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
