/**
 * datasets/demo: the hand-checked answers in its README, read from the README's own tables and
 * compared with `kedja rank --json` and `kedja blast --json` (and the consequence levels with the
 * library), so the page and the software agree.
 *
 * The demo has one possible edge (Kontorsmoln possibly on Hallen Hosting, issue 13), so every
 * answer has a lower and an upper bound. Where the README gives the upper bound (a `certainty`
 * column, "Totals in the upper bound", the ranking's upper table) the test checks it; where it
 * does not, the test checks that the upper bound equals the lower, so a change in either is seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { assessConsequences, createEngine, parseDuration } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';

const README = readFileSync(join(ROOT, 'datasets/demo/README.md'), 'utf8');

/** The rows of the first Markdown table after `marker` in `text`, as objects keyed by header. */
function tableAfter(text: string, marker: string): Record<string, string>[] {
  const start = text.indexOf(marker);
  expect(start, `README has "${marker}"`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const header = cells(table[0]!);
  return table.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, i) => [header[i], cell])));
}

const yes = (cell: string | undefined) => cell === 'yes';

describe('datasets/demo answers in its README', () => {
  it('ranking: the lower bound in each row, the upper bound in `upper`', async () => {
    const expected = tableAfter(README, '### Ranking');
    expect(expected).toHaveLength(7);
    const differing = tableAfter(README, 'The upper bound (each row');
    expect(differing.map((r) => r.supplier)).toEqual(['sup-hosting']);
    const result = await kedja(['rank', 'datasets/demo', '--json']);
    expect(result.code).toBe(0);
    type Fields = Record<'organisations' | 'criticalOrganisations' | 'services' | 'suppliers' | 'population', number>;
    const ranking = JSON.parse(result.stdout) as (Fields & { supplier: string; upper: Fields })[];
    const fields = (r: Fields) => [r.organisations, r.criticalOrganisations, r.services, r.suppliers, r.population];
    const cells = (r: Record<string, string>) =>
      [r.organisations, r.critical, r.services, r.suppliers, r.population].map(Number);
    expect(ranking.map((r) => [r.supplier, ...fields(r)])).toEqual(expected.map((r) => [r.supplier, ...cells(r)]));
    // The upper bound: the README's second table where it differs, the lower bound everywhere else.
    const upper = new Map(differing.map((r) => [r.supplier!, cells(r)]));
    const byRow = new Map(expected.map((r) => [r.supplier!, cells(r)]));
    expect(ranking.map((r) => [r.supplier, ...fields(r.upper)])).toEqual(
      expected.map((r) => [r.supplier, ...(upper.get(r.supplier!) ?? byRow.get(r.supplier!)!)]),
    );
  });

  const scenarios = [...README.matchAll(/^### Scenario: `([^`]+)`$/gm)].map((m) => m[1]!);

  it('has the four scenarios', () => expect(scenarios).toHaveLength(4));

  it.each(scenarios)('blast %s', async (options) => {
    const section = README.slice(README.indexOf(`### Scenario: \`${options}\``)).split(/\n### /)[0]!;
    const failed = tableAfter(section, 'Failed suppliers and services:');
    const affected = tableAfter(section, 'Affected organisations:');
    const totalsPattern = (prefix: string) =>
      new RegExp(`^${prefix}: (\\d+) organisations?, (\\d+) critical, (\\d+) hidden, population (\\d+)\\.$`, 'm');
    const totals = totalsPattern('Totals').exec(section);
    expect(totals).not.toBeNull();
    // The upper bound's totals where the README gives them; elsewhere the bounds agree.
    const totalsUpper = totalsPattern('Totals in the upper bound').exec(section) ?? totals;
    // A table without a certainty column lists nodes that fail in both bounds.
    const certainty = (row: Record<string, string>) => row.certainty ?? 'confirmed';

    const result = await kedja(['blast', 'datasets/demo', ...options.split(' '), '--json']);
    expect(result.code).toBe(0);
    const blast = JSON.parse(result.stdout);
    type Failed = { id: string; tier: number; certainty: string };
    const actualFailed = [
      ...blast.failedSuppliers.map((f: Failed) => ({
        id: f.id,
        kind: 'supplier',
        tier: f.tier,
        certainty: f.certainty,
      })),
      ...blast.failedServices.map((f: Failed) => ({ id: f.id, kind: 'service', tier: f.tier, certainty: f.certainty })),
    ];
    expect(new Set(actualFailed.map((f) => JSON.stringify(f)))).toEqual(
      new Set(
        failed.map((f) => JSON.stringify({ id: f.id, kind: f.kind, tier: Number(f.tier), certainty: certainty(f) })),
      ),
    );
    expect(
      blast.affectedOrganisations.map(
        (o: { id: string; tier: number; critical: boolean; hidden: boolean; lost: string[]; certainty: string }) => ({
          id: o.id,
          tier: o.tier,
          critical: o.critical,
          hidden: o.hidden,
          lost: [...o.lost].sort(),
          certainty: o.certainty,
        }),
      ),
    ).toEqual(
      affected.map((o) => ({
        id: o.id,
        tier: Number(o.tier),
        critical: yes(o.critical),
        hidden: yes(o.hidden),
        lost: o.lost!.split(' ').sort(),
        certainty: certainty(o),
      })),
    );
    const counts = (t: Record<string, number>) => [
      t.organisations,
      t.criticalOrganisations,
      t.hiddenOrganisations,
      t.population,
    ];
    expect(counts(blast.totals)).toEqual(totals!.slice(1).map(Number));
    expect(counts(blast.totalsUpper)).toEqual(totalsUpper!.slice(1).map(Number));
  });

  it('gives the upper bound of the scenario the possible edge changes', () => {
    const section = README.slice(README.indexOf('### Scenario: `--supplier sup-hosting`')).split(/\n### /)[0]!;
    expect(section).toMatch(/^Totals in the upper bound: /m);
    expect(tableAfter(section, 'Affected organisations').map((o) => o.certainty)).toContain('possible');
  });

  it('consequence levels by outage length', async () => {
    const expected = tableAfter(README, '## Consequences by outage length');
    expect(expected).toHaveLength(9);
    const { graph } = await loadGraph(join(ROOT, 'datasets/demo'));
    const engine = createEngine(graph!);
    const lengths = { '4 h': '4h', '24 h': '24h', '48 h': '48h', '1 week': '1w', '1 month': '1m' };
    for (const supplier of new Set(expected.map((row) => row.supplier!))) {
      // The README's table is the lower bound; `blast` is the upper (Hallen Hosting's would add two rows).
      const blast = engine.blastLower({ suppliers: [supplier] });
      const rows = expected.filter((row) => row.supplier === supplier);
      for (const [column, length] of Object.entries(lengths)) {
        const levels = assessConsequences(graph!, blast, parseDuration(length)).map((c) => [c.id, c.level]);
        expect(Object.fromEntries(levels), `${supplier} ${column}`).toEqual(
          Object.fromEntries(rows.map((row) => [row.organisation!, row[column]!])),
        );
      }
    }
  });

  it('why adalen under sup-hosting follows the chain the README gives', async () => {
    const result = await kedja(['why', 'datasets/demo', '--org', 'adalen', '--supplier', 'sup-hosting', '--json']);
    expect(result.code).toBe(0);
    const why = JSON.parse(result.stdout);
    const chain = /gives the chain ([^.]+)\./.exec(README.replace(/\s+/g, ' '))![1]!.split(' → ');
    expect(why.chain.map((step: { id: string }) => step.id)).toEqual(chain);
  });

  it('concentration', async () => {
    const expected = tableAfter(README, '### Concentration');
    expect(expected).toHaveLength(7);
    const result = await kedja(['metrics', 'datasets/demo', '--json']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      amplification: Record<string, { contracted: number; declared: number; effective: number }>;
      bounds: { suppliers: Record<string, { effective: { lower: number; upper: number } }> };
      falseRedundancy: {
        owner: string;
        group: string;
        members: string[];
        cause: { kind: string; id: string };
        organisations: string[];
      }[];
    };
    for (const row of expected) {
      expect(document.amplification[row.supplier!], row.supplier).toMatchObject({
        contracted: Number(row.contracted),
        declared: Number(row.declared),
        effective: Number(row.effective),
      });
      // `amplification` answers for the upper bound; `bounds` gives both.
      expect(document.bounds.suppliers[row.supplier!]?.effective, row.supplier).toEqual({
        lower: Number(row['effective lower']),
        upper: Number(row.effective),
      });
    }
    expect(Object.keys(document.amplification).sort()).toEqual(expected.map((r) => r.supplier).sort());

    const findings = tableAfter(README, '### False redundancy');
    expect(findings.length).toBeGreaterThanOrEqual(1);
    expect(
      document.falseRedundancy.map((f) => ({
        owner: f.owner,
        group: f.group,
        members: f.members.join(' '),
        cause: `${f.cause.kind} ${f.cause.id}`,
        organisations: f.organisations.join(' '),
      })),
    ).toEqual(findings);
  });
});
