/**
 * Consequences through the real command: `blast --duration` adds a level per organisation and the
 * totals per level (the blast JSON keeps its shape, fields are only added), `timeline` in words
 * and JSON, and `--rules` with a user's file, good and broken.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-rules-'));
const DEFAULT_RULES = JSON.parse(
  readFileSync(join(ROOT, 'packages/core/src/consequences/default-rules.json'), 'utf8'),
) as { rules: { id: string; level: string }[] };

describe('consequences on the command line', () => {
  it('blast --duration adds level and totals.byLevel, and keeps every other field', async () => {
    const plain = JSON.parse((await kedja(['blast', 'datasets/demo', '--supplier', 'sup-hosting', '--json'])).stdout);
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-hosting', '--duration', '4h', '--json']);
    expect(result.code).toBe(0);
    const blast = JSON.parse(result.stdout);
    expect(Object.keys(blast)).toEqual([...Object.keys(plain), 'duration']);
    expect(blast.duration).toEqual({ hours: 4, label: '4 h', rules: 'MSB1196 Tabell 6.4' });
    // The list is the upper bound (the demo's possible edge: Kontorsmoln on Hallen Hosting), which adds
    // Exempelverket (case handling tolerates 24 h: minor at 4 h) and Björkby (office suite not critical,
    // fallback: none); `totals` counts the lower bound, Ådalen and the region, and `totalsUpper` all four.
    expect(blast.affectedOrganisations.map((o: { id: string; level: string }) => [o.id, o.level])).toEqual([
      ['exempelverket', 'minor'],
      ['adalen', 'minor'],
      ['bjorkby', 'none'],
      ['region-norr', 'critical'],
    ]);
    expect(blast.totals).toEqual({
      ...plain.totals,
      byLevel: { none: 0, minor: 1, noticeable: 0, critical: 1, crisis: 0 },
    });
    expect(blast.totalsUpper).toEqual({
      ...plain.totalsUpper,
      byLevel: { none: 1, minor: 2, noticeable: 0, critical: 1, crisis: 0 },
    });
    for (const [i, o] of plain.affectedOrganisations.entries()) {
      expect(blast.affectedOrganisations[i]).toEqual({ ...o, level: blast.affectedOrganisations[i].level });
    }
  });

  it('blast --duration in words adds a level column and a line of levels', async () => {
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-office', '--duration', '1w']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'After 1 week (rules: MSB1196 Tabell 6.4): crisis 0, critical 2, noticeable 0, minor 0, none 2.',
    );
    // The demo has a possible edge, so the table has a certainty column; Kontorsmoln's failure does
    // not depend on it, so every organisation is certain.
    expect(result.stdout).toMatch(
      /Exempelverket\s+exempelverket\s+1\s+yes\s+no\s+certain\s+critical\s+Kontorspaket Moln/,
    );
  });

  it('refuses a duration it cannot read, as a usage error', async () => {
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-office', '--duration', 'soon']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not an outage length');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('timeline --json gives the steps, what fails at each, and the population behind it', async () => {
    const result = await kedja(['timeline', 'datasets/demo', '--supplier', 'sup-hosting', '--json']);
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.stdout);
    // The demo's possible edge adds the upper bound: Exempelverket and Björkby besides Ådalen and the region.
    expect(Object.keys(timeline)).toEqual(['scenario', 'rules', 'organisations', 'organisationsUpper', 'steps']);
    expect([timeline.organisations, timeline.organisationsUpper]).toEqual([2, 4]);
    expect(timeline.steps.map((s: { label: string }) => s.label)).toEqual(['4 h', '24 h', '48 h', '1 week', '1 month']);
    expect(timeline.steps[0]).toMatchObject({
      hours: 4,
      levels: { none: 0, minor: 1, noticeable: 0, critical: 1, crisis: 0 },
      failing: [
        {
          organisation: 'region-norr',
          name: 'Region Norrexempel',
          function: 'health care',
          dependency: 'svc-journal',
          level: 'critical',
          sectors: ['health-care'],
        },
      ],
      organisations: 1,
      population: 250000,
      newOrganisations: [{ id: 'region-norr', name: 'Region Norrexempel' }],
      bySector: { 'health-care': 1 },
    });
    expect(timeline.steps[4].crisis.map((o: { id: string }) => o.id)).toEqual(['adalen', 'region-norr']);
  });

  it('timeline --at takes its own lengths', async () => {
    const result = await kedja(['timeline', 'datasets/demo', '--supplier', 'sup-dc', '--at', '72,1w', '--json']);
    expect(result.code).toBe(0);
    const steps = JSON.parse(result.stdout).steps;
    expect(steps.map((s: { hours: number }) => s.hours)).toEqual([72, 168]);
    // Björkby's and Exempelverket's payroll tolerate 72 hours (max_outage_hours).
    expect(
      steps[0].failing.map((f: { organisation: string; function: string }) => `${f.organisation}:${f.function}`),
    ).toEqual(['bjorkby:payroll', 'exempelverket:payroll']);
  });

  it('--rules uses a file of one’s own', async () => {
    const own = structuredClone(DEFAULT_RULES);
    own.rules.find((r) => r.id === 'municipality-24h')!.level = 'crisis';
    const file = join(tmp(), 'rules.json');
    writeFileSync(file, JSON.stringify({ ...own, name: 'our own' }, null, 2));
    const result = await kedja([
      'blast',
      'datasets/demo',
      '--supplier',
      'sup-hosting',
      '--duration',
      '4h',
      '--rules',
      file,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const blast = JSON.parse(result.stdout);
    expect(blast.duration.rules).toBe('our own');
    // Region Norrexempel: crisis from the first hour; Ådalen too, but its max_outage_hours (24) caps it
    // at noticeable before 24 hours.
    expect(blast.totals.byLevel).toEqual({ none: 0, minor: 0, noticeable: 1, critical: 0, crisis: 1 });
  });

  it('--rules with a broken file exits 2 with line and column of each problem', async () => {
    const folder = tmp();
    const syntax = join(folder, 'syntax.json');
    writeFileSync(syntax, '{\n  "name": "x",\n}\n');
    const bad = await kedja(['timeline', 'datasets/demo', '--supplier', 'sup-dc', '--rules', syntax]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${syntax}:3:1: error KEDJA_JSON_SYNTAX`);

    const invalid = join(folder, 'invalid.json');
    const rules = structuredClone(DEFAULT_RULES);
    rules.rules[2]!.level = 'disaster';
    writeFileSync(invalid, JSON.stringify(rules, null, 2));
    const result = await kedja([
      'blast',
      'datasets/demo',
      '--supplier',
      'sup-dc',
      '--duration',
      '1w',
      '--rules',
      invalid,
      '--json',
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const line =
      readFileSync(invalid, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"disaster"')) + 1;
    expect(result.stderr).toContain(`${invalid}:${line}:16: error KEDJA_RULES_INVALID: rules[2].level: must be one of`);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
