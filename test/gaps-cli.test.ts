/**
 * `kedja gaps` and `--assume-unknown` (issue 13) end to end on the small uncertain dataset
 * (support/uncertain.ts): the JSON against `kedja rank --json` (the whole doubt is the sum of each
 * row's upper minus lower bound), the same answer from the CSV folder, a JSON graph file and a
 * binary graph (three loaders, the suppliers' subcontracting carried by each), the text in English
 * and Swedish, and the errors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { UNCERTAIN } from './support/uncertain.js';

const folder = writeFolder(UNCERTAIN);

interface GapsJson {
  assumed?: { providers: string[]; edges: number };
  doubt: { organisations: number; criticalOrganisations: number; population: number };
  organisationEdges: number;
  suppliers: number;
  gaps: {
    supplier: string;
    name: string;
    subcontracting: string;
    possibleEdges: number;
    doubt: GapsJson['doubt'];
    exposed: number;
  }[];
}

async function gaps(...args: string[]): Promise<GapsJson> {
  const result = await kedja(['gaps', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as GapsJson;
}

describe('kedja gaps', () => {
  it('ranks the suppliers whose answer settles the most doubt, the whole doubt agreeing with kedja rank', async () => {
    const json = await gaps(folder);
    const ranking = JSON.parse((await kedja(['rank', folder, '--json'])).stdout) as {
      organisations: number;
      upper: { organisations: number };
    }[];
    const doubt = ranking.reduce((sum, row) => sum + row.upper.organisations - row.organisations, 0);
    expect(json.doubt.organisations).toBe(doubt);
    expect(doubt).toBeGreaterThan(0);
    // sup-2's possible subcontract to Hosting 3 is the only way Myndighet B falls with Hosting 3;
    // sup-1's possible subcontract is not needed by anyone (Kommun A's possible contract with Hosting 3 reaches it anyway).
    expect(json.gaps.map((g) => [g.supplier, g.subcontracting, g.possibleEdges, g.doubt.organisations])).toEqual([
      ['sup-2', 'none', 1, 1],
      ['sup-1', 'unknown', 1, 0],
    ]);
    expect(json.gaps[0]!.name).toBe('Leverantör 2');
    expect(json.organisationEdges).toBe(2);
    expect(json.suppliers).toBe(2);
    expect(json.assumed).toBeUndefined();
    expect((await gaps(folder, '--top', '1')).gaps).toHaveLength(1);
  });

  it('gives one answer from a CSV folder, a JSON graph file and a binary graph', async () => {
    const out = writeFolder();
    const file = join(out, 'graph.json');
    const arrow = join(out, 'graph.arrow');
    expect((await kedja(['export', folder, '--format', 'json', '-o', file])).code).toBe(0);
    expect((await kedja(['import', folder, '-o', arrow])).code).toBe(0);
    const fromCsv = await gaps(folder);
    expect(await gaps(file)).toEqual(fromCsv);
    expect(await gaps(arrow)).toEqual(fromCsv);
  });

  it('explains itself in English and Swedish', async () => {
    const [en, sv] = await Promise.all([kedja(['gaps', folder]), kedja(['gaps', folder, '--lang', 'sv'])]);
    expect(en.stdout).toContain('Knowledge gaps: 2 suppliers whose subcontracting is unknown');
    expect(en.stdout).toMatch(/1 +Leverantör 2 +sup-2 +none +1 +1 +1 +0 +1/);
    expect(en.stdout).toContain('2 possible dependencies are organisations’ own');
    expect(sv.stdout).toContain('Kunskapsluckor: 2 leverantörer vars underleverantörer är okända');
    expect(sv.stdout).toMatch(/2 +Leverantör 1 +sup-1 +okända/);
  });

  it('says there is nothing to ask on a graph without doubt', async () => {
    const plain = writeFolder();
    expect((await kedja(['gaps', plain])).stdout).toContain('No knowledge gaps');
    expect(await gaps(plain)).toEqual({
      doubt: { organisations: 0, criticalOrganisations: 0, population: 0 },
      organisationEdges: 0,
      suppliers: 0,
      gaps: [],
    });
  });
});

describe('--assume-unknown', () => {
  it('assumes every unknown supplier may depend on the providers, from ids or a file', async () => {
    const json = await gaps(folder, '--assume-unknown', 'sup-2');
    expect(json.assumed).toEqual({ providers: ['sup-2'], edges: 1 });
    // sup-1 (unknown) now may subcontract to sup-2, and that is the only way Kommun A falls with sup-2.
    expect(json.gaps.find((g) => g.supplier === 'sup-1')).toMatchObject({
      possibleEdges: 2,
      doubt: { organisations: 1 },
    });

    const list = join(writeFolder(), 'providers.txt');
    writeFileSync(list, '# the platforms\nsup-2\n\nsup-3\n');
    const fromFile = await gaps(folder, '--assume-unknown', list);
    expect(fromFile.assumed).toEqual({ providers: ['sup-2', 'sup-3'], edges: 1 });
    expect(await gaps(folder, '--assume-unknown', 'sup-2,sup-3')).toEqual(fromFile);
  });

  it('says what it assumed in the text, in both languages', async () => {
    const en = await kedja(['gaps', folder, '--assume-unknown', 'sup-2']);
    expect(en.stdout).toContain(
      'What-if (--assume-unknown): every supplier with unknown subcontracting may depend on sup-2; 1 possible dependency assumed.',
    );
    const sv = await kedja(['gaps', folder, '--assume-unknown', 'sup-2', '--lang', 'sv']);
    expect(sv.stdout).toContain('1 möjligt beroende antaget');
  });

  it('refuses ids that are not suppliers, with a stable code and exit 1', async () => {
    const missing = await kedja(['gaps', folder, '--assume-unknown', 'nosuch']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('KEDJA_SCENARIO_UNKNOWN_ID');
    expect(missing.stderr).toContain('"nosuch"');
    const organisation = await kedja(['gaps', folder, '--assume-unknown', 'org-a']);
    expect(organisation.code).toBe(1);
    expect(organisation.stderr).toContain('KEDJA_SCENARIO_WRONG_KIND');
    const empty = await kedja(['gaps', folder, '--assume-unknown', ',']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('names no supplier');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('applies to timeline and why too, saying on stderr what it assumed', async () => {
    const plain = JSON.parse((await kedja(['timeline', folder, '--supplier', 'sup-2', '--json'])).stdout);
    const result = await kedja(['timeline', folder, '--supplier', 'sup-2', '--assume-unknown', 'sup-2', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 possible dependency assumed');
    const assumed = JSON.parse(result.stdout);
    // Kommun A may now fall with sup-2 (through sup-1's assumed subcontract); the lower bound stays the data's.
    expect(assumed.organisations).toBe(plain.organisations);
    expect(assumed.organisationsUpper).toBe(plain.organisationsUpper + 1);
    const why = await kedja(['why', folder, '--org', 'org-a', '--supplier', 'sup-2', '--assume-unknown', 'sup-2']);
    expect(why.code, why.stderr).toBe(0);
    // Kommun A falls only if the assumed subcontract is real: the step is marked possible.
    expect(why.stdout).toMatch(/sup-2.*\n.*Leverantör 1 \(sup-1\) \(possible\), which relies on it as a subcontractor/);
  });

  it('applies to blast, rank and metrics: the lower bound is the data’s, the upper may only grow', async () => {
    const rank = async (...extra: string[]) =>
      new Map(
        (
          JSON.parse((await kedja(['rank', folder, '--json', ...extra])).stdout) as {
            supplier: string;
            organisations: number;
            upper: { organisations: number };
          }[]
        ).map((row) => [row.supplier, row]),
      );
    const [before, after] = await Promise.all([rank(), rank('--assume-unknown', 'sup-2')]);
    for (const [supplier, row] of after) {
      expect(row.organisations).toBe(before.get(supplier)!.organisations);
      expect(row.upper.organisations).toBeGreaterThanOrEqual(before.get(supplier)!.upper.organisations);
    }
    expect(after.get('sup-2')!.upper.organisations).toBe(before.get('sup-2')!.upper.organisations + 1);
    const blast = JSON.parse(
      (await kedja(['blast', folder, '--supplier', 'sup-2', '--assume-unknown', 'sup-2', '--json'])).stdout,
    );
    expect(blast.totalsUpper.organisations).toBe(after.get('sup-2')!.upper.organisations);
    const metrics = await kedja(['metrics', folder, '--assume-unknown', 'sup-2', '--json']);
    expect(metrics.code, metrics.stderr).toBe(0);
    expect(metrics.stderr).toContain('1 possible dependency assumed');
  });

  it('is refused with --engine neo4j, whose graph is the database’s', async () => {
    const result = await kedja(['rank', '--engine', 'neo4j', '--uri', 'bolt://127.0.0.1:1', '--assume-unknown', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--assume-unknown works on a graph in memory');
  });
});
