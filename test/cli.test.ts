/**
 * The `kedja` command end to end, as a user runs it: exit codes, the JSON shapes promised in the
 * issue, selectors, graph JSON export and import, and clear errors without stack traces.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, STACK_FRAME } from './support/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-cli-'));

describe('kedja command line', () => {
  it('prints help and exits 1 without a command, 0 with --help', async () => {
    const bare = await kedja([]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('Usage: kedja');
    const help = await kedja(['--help']);
    expect(help.code).toBe(0);
    for (const command of [
      'validate',
      'blast',
      'timeline',
      'rank',
      'why',
      'simulate',
      'screen',
      'advise',
      'export',
      'import',
      'import-survey',
      'import-dora',
      'serve',
      'demo',
    ])
      expect(help.stdout).toContain(command);
  });

  it('exits 1 on usage errors, without a stack trace', async () => {
    const cases = [
      ['frobnicate'],
      ['blast', 'datasets/demo'],
      ['blast', 'datasets/demo', '--supplier', 'no-such-supplier'],
      ['blast', 'datasets/demo', '--supplier', 'svc-office'],
      ['blast', 'datasets/demo', '--country', 'Sweden'],
      ['rank', 'datasets/demo', '--top', 'ten'],
      ['why', 'datasets/demo', '--supplier', 'sup-dc'],
      ['why', 'datasets/demo', '--org', 'nobody', '--supplier', 'sup-dc'],
      ['export', 'datasets/demo'],
    ];
    const results = await Promise.all(cases.map((args) => kedja(args)));
    cases.forEach((args, i) => {
      const result = results[i]!;
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).not.toMatch(STACK_FRAME);
      expect(result.stderr.length, args.join(' ')).toBeGreaterThan(10);
    });
    const unknown = await kedja(['blast', 'datasets/demo', '--supplier', 'no-such-supplier']);
    expect(unknown.stderr).toContain('KEDJA_SCENARIO_UNKNOWN_ID');
    const wrongKind = await kedja(['blast', 'datasets/demo', '--supplier', 'svc-office']);
    expect(wrongKind.stderr).toContain('KEDJA_SCENARIO_WRONG_KIND');
  });

  it('exits 2 on a missing input, naming it', async () => {
    const result = await kedja(['rank', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/folder: error KEDJA_INPUT_NOT_FOUND');
  });

  it('validate prints a one-line summary of a valid graph', async () => {
    const result = await kedja(['validate', 'datasets/demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'datasets/demo: valid: 4 organisations, 4 services, 7 suppliers; 9 uses edges, 2 contracts edges, 5 providedBy edges, 6 subcontracts edges\n',
    );
  });

  it('blast --json prints exactly one JSON document of the promised shape', async () => {
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-dc', '--json']);
    expect(result.code).toBe(0);
    const blast = JSON.parse(result.stdout);
    // The demo has a possible edge (Kontorsmoln on Hallen Hosting), so `totalsUpper` and each
    // entry's `certainty` appear; Nordisk Datahall's failure never reaches it, so the bounds agree.
    expect(Object.keys(blast)).toEqual([
      'scenario',
      'failedSuppliers',
      'failedServices',
      'affectedOrganisations',
      'totals',
      'totalsUpper',
    ]);
    expect(blast.scenario.members).toEqual(['sup-dc']);
    expect(blast.failedSuppliers[0]).toMatchObject({ id: 'sup-dc', tier: 0, name: 'Nordisk Datahall AB' });
    expect(blast.affectedOrganisations[0]).toEqual({
      id: 'bjorkby',
      tier: 2,
      lost: ['svc-payroll', 'sup-payroll'],
      critical: true,
      hidden: true,
      certainty: 'confirmed',
      name: 'Björkby kommun',
      type: 'municipality',
      population: 12000,
    });
    expect(blast.totals).toEqual({
      organisations: 3,
      criticalOrganisations: 2,
      hiddenOrganisations: 3,
      population: 37000,
      residents: 37000,
      failedSuppliers: 3,
      failedServices: 2,
      byType: { municipality: 2, agency: 1 },
      byCounty: { Exempellän: 2, unspecified: 1 },
      bySector: { water: 1, heating: 1, 'social-care': 1, education: 1 },
    });
    expect(blast.totalsUpper).toEqual(blast.totals);
  });

  it("blast counts residents once: Ådalen lies inside Region Norrexempel's county (issue 16)", async () => {
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-hosting', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const { totals } = JSON.parse(result.stdout);
    // Region Norrexempel 250,000 and Ådalens kommun 25,000: 275,000 served, 250,000 people.
    expect(totals).toMatchObject({ organisations: 2, population: 275000, residents: 250000 });
    // The upper bound adds Björkby (12,000, in the region's county too) and Exempelverket (no
    // population): 287,000 served, still 250,000 people.
    expect(JSON.parse(result.stdout).totalsUpper).toMatchObject({
      organisations: 4,
      population: 287000,
      residents: 250000,
    });
    const human = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-hosting']);
    expect(human.stdout).toContain(
      '250,000 residents, each counted once (population served, summed over organisations: 275,000 to 287,000).',
    );
  });

  it('blast selectors: country, parent group, service country, outside the EU/EEA', async () => {
    const members = async (...options: string[]) => {
      const result = await kedja(['blast', 'datasets/demo', ...options, '--json']);
      expect(result.code, options.join(' ')).toBe(0);
      return JSON.parse(result.stdout).scenario.members as string[];
    };
    expect(await members('--country', 'ie')).toEqual(['sup-office']);
    expect(await members('--parent', 'edu holding')).toEqual(['sup-payroll', 'sup-school']);
    expect(await members('--service-country', 'IE')).toEqual(['svc-office']);
    expect(await members('--outside-eea')).toEqual([]);
    expect(await members('--supplier', 'sup-dc', '--service', 'svc-journal', '--country', 'IE')).toEqual([
      'sup-dc',
      'sup-office',
      'svc-journal',
    ]);
  });

  it('blast in words names the organisations and the failed suppliers', async () => {
    const result = await kedja(['blast', 'datasets/demo', '--supplier', 'sup-hosting']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Scenario: supplier Hallen Hosting AB (sup-hosting) fails.');
    // Lower bound: Ådalen and the region through the journal; upper: Kontorsmoln possibly on Hallen
    // Hosting adds Exempelverket (critical) and Björkby (not critical), all four hidden.
    expect(result.stdout).toContain(
      '2 to 4 organisations affected: the first figure leaves the possible dependencies out, the second takes every one as real; 2 to 3 lose a critical function, 2 to 4 are hit only through subcontractors',
    );
    // A dependency that fails only in the upper bound is marked possible where it is lost.
    expect(result.stdout).toMatch(
      /Ådalens kommun\s+adalen\s+3\s+yes\s+yes\s+certain\s+Kontorspaket Moln \(possible\), Omsorgsjournal/,
    );
    expect(result.stdout).toMatch(
      /Björkby kommun\s+bjorkby\s+3\s+no\s+yes\s+possible\s+Kontorspaket Moln \(possible\)\n/,
    );
    // The failed nodes say which fail only with the possible dependency.
    expect(result.stdout).toMatch(/1\s+supplier\s+Kontorsmoln Ltd\s+sup-office\s+possible\n/);
    expect(result.stdout).toMatch(/1\s+supplier\s+Journalsystem Nord AB\s+sup-journal-a\s+certain\n/);
  });

  it('rank --top N --json gives the first N entries of the promised shape', async () => {
    const result = await kedja(['rank', 'datasets/demo', '--top', '2', '--json']);
    expect(result.code).toBe(0);
    const office = {
      organisations: 4,
      criticalOrganisations: 2,
      services: 1,
      suppliers: 0,
      population: 287000,
      residents: 250000,
    };
    const dc = {
      organisations: 3,
      criticalOrganisations: 2,
      services: 2,
      suppliers: 2,
      population: 37000,
      residents: 37000,
    };
    // The demo's possible edge does not change these two rows: the upper bound equals the lower.
    expect(JSON.parse(result.stdout)).toEqual([
      { supplier: 'sup-office', ...office, upper: office, name: 'Kontorsmoln Ltd' },
      { supplier: 'sup-dc', ...dc, upper: dc, name: 'Nordisk Datahall AB' },
    ]);
  });

  it('why explains an affected organisation and says so when one is not affected', async () => {
    const affected = await kedja(['why', 'datasets/demo', '--org', 'bjorkby', '--supplier', 'sup-dc']);
    expect(affected.code).toBe(0);
    expect(affected.stdout).toContain('Björkby kommun (bjorkby) is affected in round 2');
    expect(affected.stdout).toContain(
      '→ supplier Lönesystem AB (sup-payroll), which relies on it as a subcontractor, fails in round 1',
    );
    const spared = await kedja(['why', 'datasets/demo', '--org', 'region-norr', '--supplier', 'sup-dc', '--json']);
    expect(spared.code).toBe(0);
    expect(JSON.parse(spared.stdout)).toMatchObject({ organisation: 'region-norr', affected: false, chain: [] });
  });

  it('why names every failed member of an alternatives group that failed, not only the one it follows (issue 16)', async () => {
    const args = ['why', 'datasets/demo', '--org', 'adalen', '--supplier', 'sup-hosting'];
    const human = await kedja(args);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(
      '→ service Omsorgsjournal (svc-journal), which is provided by it, fails in round 2; its alternative Omsorgsdata Syd AB (sup-journal-b) failed too',
    );
    const json = JSON.parse((await kedja([...args, '--json'])).stdout);
    expect(json.chain[2]).toEqual({
      id: 'svc-journal',
      kind: 'service',
      tier: 2,
      edge: 'providedBy',
      alternativesFailed: ['sup-journal-b'],
      name: 'Omsorgsjournal',
      alternativesFailedNames: ['Omsorgsdata Syd AB'],
      // The demo has a possible dependency: each step says whether it is certain (test/why-bounds.test.ts).
      certainty: 'confirmed',
    });
    expect(json.chain[1]).not.toHaveProperty('alternativesFailed');
  });

  it('export --format json writes graphology JSON that every command reads back with the same answers', async () => {
    const file = join(tmp(), 'demo.json');
    const exported = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', file]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.nodes).toHaveLength(15);
    expect(json.edges).toHaveLength(22); // 21 confirmed and the possible Kontorsmoln -> Hallen Hosting
    const fromCsv = await kedja(['rank', 'datasets/demo', '--json']);
    const fromJson = await kedja(['rank', file, '--json']);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe(fromCsv.stdout);
    const again = join(tmp(), 'again.json');
    await kedja(['export', file, '-o', again]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('export --format csv writes a canonical folder that reads back as the same graph', async () => {
    const folder = join(tmp(), 'demo-csv');
    const exported = await kedja(['export', 'datasets/demo', '--format', 'csv', '-o', folder]);
    expect(exported.code).toBe(0);
    const viaCsv = await kedja(['export', folder, '--format', 'json', '-o', '-']);
    const direct = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', '-']);
    expect(viaCsv.code).toBe(0);
    expect(JSON.parse(viaCsv.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('reports broken and invalid graph JSON with line and column', async () => {
    const folder = tmp();
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}\n');
    const syntax = await kedja(['validate', broken]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain(`${broken}:3:17: error KEDJA_JSON_SYNTAX`);
    expect(syntax.stderr).not.toMatch(STACK_FRAME);

    const invalid = join(folder, 'invalid.json');
    writeFileSync(
      invalid,
      '{\n  "nodes": [\n    {"key": "a", "attributes": {"kind": "organisation", "name": "A"}},\n' +
        '    {"key": "b", "attributes": {"kind": "vendor", "name": "B"}}\n  ],\n  "edges": []\n}\n',
    );
    const model = await kedja(['validate', invalid]);
    expect(model.code).toBe(2);
    expect(model.stderr).toContain(`${invalid}:4:5: error KEDJA_MODEL_UNKNOWN_KIND`);
  });
});
