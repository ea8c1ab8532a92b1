/**
 * Data values named like the built-in keys of a JavaScript object (issue 17, defect 2): a county
 * `__proto__` made organisations vanish from `totals.byCounty`, a sector `constructor` counted as
 * "function Object() { [native code] }1", a service category `__proto__` made `metrics` and
 * `report` exit 3, and a parent group `__proto__` dropped out of the metrics. Every answer keeps
 * such values as ordinary keys: records keyed by data have no prototype (core's `dataRecord`).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

let folder: string;

/** The demo with a county, a sector, a service category and a parent group named like built-in keys. */
beforeAll(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'kedja-keys-')), 'demo');
  cpSync(join(ROOT, 'datasets/demo'), folder, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));
  edit('organisations.csv', (text) =>
    text.replaceAll(',Exempellän,', ',__proto__,').replace('social-care;education', 'constructor;toString'),
  );
  edit('services.csv', (text) => text.replace('collaboration and productivity', '__proto__'));
  edit('suppliers.csv', (text) => text.replace('Megasoft Group', '__proto__'));
});

describe('data named like built-in object keys', () => {
  it('counts a county __proto__ and sectors constructor and toString like any other', async () => {
    const original = JSON.parse((await kedja(['blast', 'datasets/demo', '--supplier', 'sup-office', '--json'])).stdout);
    const result = await kedja(['blast', folder, '--supplier', 'sup-office', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const { totals } = JSON.parse(result.stdout);
    expect(Object.keys(totals.byCounty)).toContain('__proto__');
    expect(totals.byCounty.__proto__).toBe(original.totals.byCounty['Exempellän']);
    expect(totals.bySector.constructor).toBe(original.totals.bySector['social-care']);
    expect(totals.bySector.toString).toBe(original.totals.bySector['education']);
    expect(result.stdout).not.toContain('[native code]');
  });

  it('keeps a service category and a parent group __proto__ in metrics, and report runs', async () => {
    const result = await kedja(['metrics', folder, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const metrics = JSON.parse(result.stdout);
    expect(Object.keys(metrics.categories)).toContain('__proto__');
    expect(Object.keys(metrics.concentration.byCategory)).toContain('__proto__');
    expect(Object.keys(metrics.parentGroups)).toContain('__proto__');
    const original = JSON.parse((await kedja(['metrics', 'datasets/demo', '--json'])).stdout);
    expect(metrics.parentGroups.__proto__).toEqual(original.parentGroups['Megasoft Group']);
    const out = join(mkdtempSync(join(tmpdir(), 'kedja-keys-report-')), 'report.html');
    const report = await kedja(['report', folder, '-o', out]);
    expect(report.code, report.stderr).toBe(0);
  });

  it('gives the timeline by sector with constructor counted', async () => {
    const result = await kedja(['timeline', folder, '--supplier', 'sup-office', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('[native code]');
    expect(result.stdout).toMatch(/"constructor": \d+/);
  });
});
