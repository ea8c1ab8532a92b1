import { describe, expect, it } from 'vitest';

import { KedjaError } from '../errors.js';
import { checkConsequenceRules } from './check-rules.js';
import { createConsequenceModel } from './consequence-model.js';
import { DEFAULT_CONSEQUENCE_RULES } from './default-model.js';
import { formatDuration, parseDuration } from './duration.js';
import type { ConsequenceRules } from './types.js';

const source = { document: 'test', text: 'test' };
const OWN: ConsequenceRules = {
  name: 'own',
  sectors: { schools: ['skola', 'education'] },
  fallback: { steps: 2, source },
  maxOutageHours: { reached: 'crisis', before: 'minor', source },
  rules: [
    { id: 'any', when: { fromHours: 0 }, level: 'minor', source },
    { id: 'long', when: { fromHours: 10 }, level: 'critical', source },
    { id: 'school', when: { fromHours: 2, sectors: ['schools'] }, level: 'noticeable', source },
    { id: 'agency', when: { fromHours: 1, orgTypes: ['agency'] }, level: 'crisis', source },
  ],
};

describe('createConsequenceModel', () => {
  const model = createConsequenceModel(OWN);

  it('takes the highest matching rule and says which', () => {
    expect(model.assessDependency({ critical: true }, 0)).toEqual({ level: 'minor', sectors: [], because: ['any'] });
    expect(model.assessDependency({ critical: false }, 12)).toMatchObject({ level: 'critical', because: ['long'] });
    expect(model.assessDependency({ orgType: 'agency', critical: true }, 1).level).toBe('crisis');
    expect(model.assessDependency({ orgType: 'municipality', critical: true }, 1).level).toBe('minor');
  });

  it('matches sectors by function, or by the service category when there is none, without regard to case or spacing', () => {
    expect(model.sectorsOf({ critical: true, function: ' Skola ' })).toEqual(['schools']);
    expect(model.sectorsOf({ critical: true, category: 'education' })).toEqual(['schools']);
    expect(model.sectorsOf({ critical: true, function: 'payroll', category: 'education' })).toEqual([]);
    expect(model.sectorsOf({ critical: true, function: 'payroll' })).toEqual([]);
    expect(model.assessDependency({ critical: true, category: 'education' }, 2).level).toBe('noticeable');
  });

  it('applies its own fallback steps and tolerance levels', () => {
    expect(model.assessDependency({ critical: true, fallback: true }, 12).level).toBe('minor'); // critical, two steps down
    expect(model.assessDependency({ critical: true, fallback: true }, 0).level).toBe('none');
    expect(model.assessDependency({ critical: true, maxOutageHours: 3 }, 3).level).toBe('crisis');
    expect(model.assessDependency({ critical: true, maxOutageHours: 30 }, 12).level).toBe('minor');
  });

  it('gives none when no rule matches', () => {
    const strict = createConsequenceModel({
      ...OWN,
      rules: [{ id: 'late', when: { fromHours: 5 }, level: 'minor', source }],
    });
    expect(strict.assessDependency({ critical: true }, 1)).toEqual({ level: 'none', sectors: [], because: [] });
  });

  it('refuses invalid rules with KEDJA_RULES_INVALID and every problem, each with its path', () => {
    const broken = {
      name: '',
      sectors: { water: 'vatten' },
      fallback: { steps: -1, source },
      maxOutageHours: { reached: 'disaster', before: 'minor', source },
      rules: [
        { id: 'a', when: { fromHours: -1, orgTypes: ['kommun'], sectors: ['heating'] }, level: 'bad', source },
        { id: 'a', when: { fromHours: 1, after: 2 }, level: 'minor' },
      ],
    };
    const problems = checkConsequenceRules(broken);
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'name',
      'sectors.water',
      'fallback.steps',
      'maxOutageHours.reached',
      'rules.0.level',
      'rules.0.when.fromHours',
      'rules.0.when.orgTypes',
      'rules.0.when.sectors',
      'rules.1.id',
      'rules.1.source',
      'rules.1.when.after',
    ]);
    expect(problems.every((p) => p.code === 'KEDJA_RULES_INVALID')).toBe(true);
    expect(problems[4]!.message).toMatch(/^rules\[0\]\.level: must be one of none, minor/);
    let error: unknown;
    try {
      createConsequenceModel(broken as unknown as ConsequenceRules);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KedjaError);
    expect((error as KedjaError).code).toBe('KEDJA_RULES_INVALID');
    expect((error as KedjaError).diagnostics).toHaveLength(11);
    expect(checkConsequenceRules(null)[0]!.message).toContain('one JSON object');
  });

  it('accepts the default rules', () => {
    expect(checkConsequenceRules(DEFAULT_CONSEQUENCE_RULES)).toEqual([]);
  });
});

describe('outage lengths', () => {
  it('reads hours, days, weeks and months (30 days)', () => {
    expect(['4h', '24h', '48h', '1w', '1m', '2d', '36', '1.5h', ' 2 W '].map(parseDuration)).toEqual([
      4, 24, 48, 168, 720, 48, 36, 1.5, 336,
    ]);
  });

  it('refuses anything else with KEDJA_BAD_OPTION', () => {
    for (const text of ['', 'h', '-4h', '1y', 'two days', '1e3']) {
      expect(() => parseDuration(text), text).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
    }
  });

  it('names lengths the way the study does', () => {
    expect([4, 24, 48, 168, 336, 720, 1440, 36.5].map(formatDuration)).toEqual([
      '4 h',
      '24 h',
      '48 h',
      '1 week',
      '2 weeks',
      '1 month',
      '2 months',
      '36.5 h',
    ]);
  });
});
