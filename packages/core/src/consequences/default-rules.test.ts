/**
 * The default consequence rules, pinned row by row against Tabell 6.4 of MSB1196 (2018). The
 * table below is transcribed from the study (its Swedish words); every default rule must be one
 * of these rows, say so in its source, and give the level written here at the row's length.
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_CONSEQUENCE_RULES as RULES, defaultConsequenceModel as model } from './default-model.js';
import type { ConsequenceLevel } from './levels.js';
import type { RuleOrgType } from './types.js';

interface Row {
  rule: string;
  row: string;
  column: 'Kommuner' | 'Myndigheter';
  /** The outage length of the row, and the hour from which the rule holds. */
  hours: number;
  fromHours: number;
  /** Words of the study's cell that the rule's source must quote. */
  words: string;
  level: ConsequenceLevel;
  orgTypes?: RuleOrgType[];
  sectors?: string[];
}

const MUNICIPAL: RuleOrgType[] = ['municipality', 'region'];
const AGENCY: RuleOrgType[] = ['agency', 'other', 'unspecified'];

const TABELL_6_4: Row[] = [
  // Kommuner
  {
    rule: 'municipality-24h',
    row: '24 h',
    column: 'Kommuner',
    hours: 24,
    fromHours: 0,
    words: 'Överlag få konsekvenser',
    level: 'minor',
    orgTypes: MUNICIPAL,
  },
  {
    rule: 'care-24h',
    row: '24 h',
    column: 'Kommuner',
    hours: 24,
    fromHours: 24,
    words: 'Inom vård och omsorg kan det få stora konsekvenser',
    level: 'critical',
    sectors: ['health-care', 'social-care'],
  },
  {
    rule: 'municipality-48h',
    row: '48 h',
    column: 'Kommuner',
    hours: 48,
    fromHours: 48,
    words: 'Börjar bli kännbart',
    level: 'noticeable',
    orgTypes: MUNICIPAL,
  },
  {
    rule: 'water-heating-48h',
    row: '48 h',
    column: 'Kommuner',
    hours: 48,
    fromHours: 48,
    words: 'Beroende på verksamhet kan det bli kritiskt',
    level: 'critical',
    sectors: ['water', 'heating'],
  },
  {
    rule: 'municipality-1w',
    row: '1 vecka',
    column: 'Kommuner',
    hours: 168,
    fromHours: 168,
    words: 'Kritiskt för flera delar av verksamheten',
    level: 'critical',
    orgTypes: MUNICIPAL,
  },
  {
    rule: 'municipality-1m',
    row: '1 månad',
    column: 'Kommuner',
    hours: 720,
    fromHours: 720,
    words: 'Kris',
    level: 'crisis',
    orgTypes: MUNICIPAL,
  },
  // Myndigheter
  {
    rule: 'agency-24h',
    row: '24 h',
    column: 'Myndigheter',
    hours: 24,
    fromHours: 0,
    words: 'Överlag få konsekvenser men allvarlighetsgraden varierar',
    level: 'minor',
    orgTypes: AGENCY,
  },
  {
    rule: 'agency-48h',
    row: '48 h',
    column: 'Myndigheter',
    hours: 48,
    fromHours: 48,
    words: 'Börjar bli kritiskt',
    level: 'noticeable',
    orgTypes: AGENCY,
  },
  {
    rule: 'agency-1w',
    row: '1 vecka',
    column: 'Myndigheter',
    hours: 168,
    fromHours: 168,
    words: 'För vissa myndigheter är detta kritiskt/allvarligt',
    level: 'critical',
    orgTypes: AGENCY,
  },
  {
    rule: 'agency-1m',
    row: '1 månad',
    column: 'Myndigheter',
    hours: 720,
    fromHours: 720,
    words: 'Kritiskt/allvarligt',
    level: 'critical',
    orgTypes: AGENCY,
  },
];

/** Kedja's own rule, outside the table: a function marked not critical. */
const OWN_RULES = ['not-critical'];

describe('default consequence rules against Tabell 6.4', () => {
  it('has exactly the rows of the table plus Kedja’s own, each once', () => {
    expect(RULES.rules.map((r) => r.id).sort()).toEqual([...TABELL_6_4.map((r) => r.rule), ...OWN_RULES].sort());
  });

  it.each(TABELL_6_4.map((row) => [`${row.row} / ${row.column} (${row.rule})`, row] as const))(
    '%s: source, condition and level',
    (_name, row) => {
      const rule = RULES.rules.find((r) => r.id === row.rule)!;
      expect(rule.source).toMatchObject({
        document: 'MSB1196 (2018)',
        table: 'Tabell 6.4',
        row: row.row,
        column: row.column,
      });
      expect(rule.source.text).toContain(row.words);
      expect(rule.level).toBe(row.level);
      expect(rule.when.fromHours).toBe(row.fromHours);
      expect(rule.when.critical).toBe(true);
      expect(rule.when.orgTypes).toEqual(row.orgTypes);
      expect(rule.when.sectors).toEqual(row.sectors);
    },
  );

  const plain = TABELL_6_4.filter((row) => row.sectors === undefined);
  it.each(plain.map((row) => [`${row.row} / ${row.column}`, row] as const))(
    '%s: a critical function with no sector, fallback or tolerance gets the row’s level at its length',
    (_name, row) => {
      for (const orgType of row.orgTypes!) {
        const facts = orgType === 'unspecified' ? { critical: true } : { orgType, critical: true };
        expect(model.assessDependency(facts, row.hours).level, orgType).toBe(row.level);
        // ... and keeps it until the next row's length.
        const next = plain.find((r) => r.column === row.column && r.hours > row.hours);
        if (next) expect(model.assessDependency(facts, next.hours - 1).level, orgType).toBe(row.level);
      }
    },
  );

  it('24 h / Kommuner: below 24 h a municipality’s outage is minor, as short outages are no worse', () => {
    expect(model.assessDependency({ orgType: 'municipality', critical: true }, 4).level).toBe('minor');
    expect(model.assessDependency({ orgType: 'municipality', critical: true }, 0).level).toBe('minor');
  });

  it('health and social care escalate from 24 h, water and heating from 48 h, for every organisation type', () => {
    for (const orgType of ['municipality', 'agency'] as const) {
      for (const fn of ['health-care', 'home care', 'social services']) {
        expect(model.assessDependency({ orgType, critical: true, function: fn }, 23).level).toBe('minor');
        expect(model.assessDependency({ orgType, critical: true, function: fn }, 24).level).toBe('critical');
      }
      for (const fn of ['water', 'District heating']) {
        expect(model.assessDependency({ orgType, critical: true, function: fn }, 47).level).toBe('minor');
        expect(model.assessDependency({ orgType, critical: true, function: fn }, 48).level).toBe('critical');
      }
    }
    // Crisis still comes with a month, and only for municipalities and regions.
    expect(model.assessDependency({ orgType: 'region', critical: true, function: 'health care' }, 720).level).toBe(
      'crisis',
    );
    expect(model.assessDependency({ orgType: 'agency', critical: true, function: 'health care' }, 720).level).toBe(
      'critical',
    );
  });

  it('a fallback routine (the text beside the table) lowers the level one step, never below none', () => {
    expect(RULES.fallback.source.text).toContain('reservrutiner som kan tillämpas istället');
    expect(RULES.fallback.steps).toBe(1);
    const facts = { orgType: 'municipality' as const, critical: true, fallback: true };
    expect(model.assessDependency(facts, 24).level).toBe('none');
    expect(model.assessDependency(facts, 168).level).toBe('noticeable');
    expect(model.assessDependency(facts, 720).level).toBe('critical');
    expect(model.assessDependency({ ...facts, critical: false }, 720).level).toBe('none');
  });

  it('max_outage_hours overrides the clock: critical once reached, at most noticeable before', () => {
    const facts = { orgType: 'municipality' as const, critical: true, maxOutageHours: 4 };
    expect(model.assessDependency(facts, 3.5).level).toBe('minor');
    expect(model.assessDependency(facts, 4)).toMatchObject({
      level: 'critical',
      because: ['municipality-24h', 'max-outage-hours'],
    });
    const tolerant = { orgType: 'municipality' as const, critical: true, maxOutageHours: 1000 };
    expect(model.assessDependency(tolerant, 720).level).toBe('noticeable');
    // It has the last word over a fallback routine, which the organisation's own figure includes.
    expect(model.assessDependency({ ...facts, fallback: true }, 4).level).toBe('critical');
  });

  it('a dependency marked not critical stays minor at any length, whatever its max_outage_hours', () => {
    for (const hours of [0, 24, 48, 168, 720, 10_000]) {
      expect(model.assessDependency({ orgType: 'municipality', critical: false }, hours).level).toBe('minor');
      expect(model.assessDependency({ orgType: 'municipality', critical: false, maxOutageHours: 4 }, hours).level).toBe(
        'minor',
      );
    }
  });
});
