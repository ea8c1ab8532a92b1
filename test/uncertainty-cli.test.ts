/**
 * `kedja blast`, `kedja rank` and `kedja timeline` on a graph with possible dependencies (issue 13): the JSON keeps
 * its fields for the lower bound and adds the upper (`certainty` on every listed node,
 * `totalsUpper`, each rank row's and timeline step's `upper`), the rows sorted by both bounds; the text gives ranges in
 * English and Swedish. A graph without possible dependencies prints what it always did
 * (test/json-before-uncertainty.test.ts).
 */
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { UNCERTAIN } from './support/uncertain.js';

const folder = writeFolder(UNCERTAIN);

describe('kedja blast with possible dependencies', () => {
  it('lists the upper bound, each entry confirmed or possible, totals of the lower bound and totalsUpper', async () => {
    const result = await kedja(['blast', folder, '--supplier', 'sup-3', '--json', '--duration', '48h']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'scenario',
      'failedSuppliers',
      'failedServices',
      'affectedOrganisations',
      'totals',
      'totalsUpper',
      'duration',
    ]);
    expect(json.affectedOrganisations.map((o: { id: string; certainty: string }) => [o.id, o.certainty])).toEqual([
      ['org-a', 'possible'],
      ['org-b', 'possible'],
    ]);
    expect(json.failedSuppliers.map((f: { id: string; certainty: string }) => [f.id, f.certainty])).toEqual([
      ['sup-3', 'confirmed'],
      ['sup-1', 'possible'],
      ['sup-2', 'possible'],
    ]);
    expect(json.totals).toMatchObject({ organisations: 0, failedSuppliers: 1, byLevel: { noticeable: 0 } });
    expect(json.totalsUpper).toMatchObject({ organisations: 2, population: 1000, byLevel: { noticeable: 2 } });
  });

  it('marks what fails for certain as confirmed', async () => {
    const json = JSON.parse((await kedja(['blast', folder, '--supplier', 'sup-1', '--json'])).stdout);
    expect(json.affectedOrganisations).toMatchObject([{ id: 'org-a', certainty: 'confirmed' }]);
    expect(json.totals.organisations).toBe(1);
    expect(json.totalsUpper.organisations).toBe(1);
  });

  it('says "0 to 2 organisations affected" in English and "0 till 2" in Swedish', async () => {
    const [en, sv] = await Promise.all([
      kedja(['blast', folder, '--supplier', 'sup-3']),
      kedja(['blast', folder, '--supplier', 'sup-3', '--lang', 'sv']),
    ]);
    expect(en.stdout).toContain('0 to 2 organisations affected');
    expect(en.stdout).toContain('1 to 3 suppliers and 0 to 2 services fail.');
    expect(en.stdout).toMatch(/Kommun A +org-a +1 +yes +no +possible/);
    expect(sv.stdout).toContain('0 till 2 organisationer drabbas');
    expect(sv.stdout).toMatch(/Kommun A +org-a +1 +ja +nej +möjlig/);
  });
});

describe('kedja rank with possible dependencies', () => {
  it('gives each row upper, sorted by organisations, then upper.organisations, then id', async () => {
    const result = await kedja(['rank', folder, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as { supplier: string; organisations: number; upper: object }[];
    expect(rows.map((row) => [row.supplier, row.organisations])).toEqual([
      ['sup-1', 1],
      ['sup-2', 1],
      ['sup-3', 0],
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'supplier',
      'organisations',
      'criticalOrganisations',
      'services',
      'suppliers',
      'population',
      'residents',
      'upper',
      'name',
    ]);
    expect(rows[2]!.upper).toEqual({
      organisations: 2,
      criticalOrganisations: 2,
      services: 2,
      suppliers: 2,
      population: 1000,
      residents: 1000,
    });
  });

  it('shows ranges in the table, with a legend, in both languages', async () => {
    const [en, sv] = await Promise.all([kedja(['rank', folder]), kedja(['rank', folder, '--lang', 'sv'])]);
    expect(en.stdout).toMatch(/3 +Hosting 3 +sup-3 +0–2 +0–2 +0–2 +0–2 +0–1,000 +0–1,000/);
    expect(en.stdout).toContain('a–b = from the lower bound');
    expect(sv.stdout).toMatch(/3 +Hosting 3 +sup-3 +0–2 +0–2 +0–2 +0–2 +0–1\s000 +0–1\s000/);
    expect(sv.stdout).toContain('a–b = från den nedre gränsen');
  });
});

describe('kedja timeline with possible dependencies', () => {
  it('keeps each step for the lower bound and adds upper with the same fields', async () => {
    const result = await kedja(['timeline', folder, '--supplier', 'sup-3', '--json', '--at', '4h,1w']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.organisations).toBe(0);
    expect(json.organisationsUpper).toBe(2);
    const [first, week] = json.steps;
    expect(Object.keys(week.upper)).toEqual(Object.keys(week).filter((key) => key !== 'upper'));
    expect(first.levels).toEqual({ none: 0, minor: 0, noticeable: 0, critical: 0, crisis: 0 });
    expect(first.upper.levels).toEqual({ none: 0, minor: 2, noticeable: 0, critical: 0, crisis: 0 });
    expect(week).toMatchObject({ hours: 168, organisations: 0, failing: [], population: 0 });
    expect(week.upper).toMatchObject({ hours: 168, organisations: 2, population: 1000 });
    expect(week.upper.newOrganisations).toEqual([
      { id: 'org-a', name: 'Kommun A' },
      { id: 'org-b', name: 'Myndighet B' },
    ]);
  });

  it('gives the upper bound the lower bound has when only confirmed edges fail', async () => {
    const json = JSON.parse((await kedja(['timeline', folder, '--supplier', 'sup-1', '--json'])).stdout);
    for (const step of json.steps) {
      const { upper, ...lower } = step;
      expect(upper).toEqual(lower);
    }
  });

  it('shows ranges and marks what fails only with the possible dependencies, in both languages', async () => {
    const [en, sv] = await Promise.all([
      kedja(['timeline', folder, '--supplier', 'sup-3']),
      kedja(['timeline', folder, '--supplier', 'sup-3', '--lang', 'sv']),
    ]);
    expect(en.stdout).toContain('0 to 2 organisations affected.');
    expect(en.stdout).toContain('a–b = from the lower bound');
    expect(en.stdout).toMatch(/1 week +0 +0–2 +0 +0 +0 +0–2 +0–1,000 +0–1,000/);
    expect(en.stdout).toMatch(/Kommun A \(org-a\): contract with Hosting 3: critical \(.*\) \(possible\)/);
    expect(sv.stdout).toContain('0 till 2 organisationer drabbas.');
    expect(sv.stdout).toContain('a–b = från den nedre gränsen');
    expect(sv.stdout).toMatch(/1\svecka +0 +0–2 +0 +0 +0 +0–2 +0–1\s000 +0–1\s000/);
    expect(sv.stdout).toMatch(/Kommun A \(org-a\): avtal med Hosting 3: kritisk \(.*\) \(möjlig\)/);
  });
});
