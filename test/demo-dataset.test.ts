/**
 * datasets/demo: the hand-checked answers in its README, read from the README's own tables and
 * compared with `kedja rank --json` and `kedja blast --json` (and the consequence levels with the
 * library), so the page and the software agree.
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
  it('ranking', async () => {
    const expected = tableAfter(README, '### Ranking');
    expect(expected).toHaveLength(7);
    const result = await kedja(['rank', 'datasets/demo', '--json']);
    expect(result.code).toBe(0);
    const ranking = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(
      ranking.map((r) => [r.supplier, r.organisations, r.criticalOrganisations, r.services, r.suppliers, r.population]),
    ).toEqual(
      expected.map((r) => [
        r.supplier,
        Number(r.organisations),
        Number(r.critical),
        Number(r.services),
        Number(r.suppliers),
        Number(r.population),
      ]),
    );
  });

  const scenarios = [...README.matchAll(/^### Scenario: `([^`]+)`$/gm)].map((m) => m[1]!);

  it('has the four scenarios', () => expect(scenarios).toHaveLength(4));

  it.each(scenarios)('blast %s', async (options) => {
    const section = README.slice(README.indexOf(`### Scenario: \`${options}\``)).split(/\n### /)[0]!;
    const failed = tableAfter(section, 'Failed suppliers and services:');
    const affected = tableAfter(section, 'Affected organisations:');
    const totals = /Totals: (\d+) organisations?, (\d+) critical, (\d+) hidden, population (\d+)\./.exec(section);
    expect(totals).not.toBeNull();

    const result = await kedja(['blast', 'datasets/demo', ...options.split(' '), '--json']);
    expect(result.code).toBe(0);
    const blast = JSON.parse(result.stdout);
    const actualFailed = [
      ...blast.failedSuppliers.map((f: { id: string; tier: number }) => ({ id: f.id, kind: 'supplier', tier: f.tier })),
      ...blast.failedServices.map((f: { id: string; tier: number }) => ({ id: f.id, kind: 'service', tier: f.tier })),
    ];
    expect(new Set(actualFailed.map((f) => JSON.stringify(f)))).toEqual(
      new Set(failed.map((f) => JSON.stringify({ id: f.id, kind: f.kind, tier: Number(f.tier) }))),
    );
    expect(
      blast.affectedOrganisations.map(
        (o: { id: string; tier: number; critical: boolean; hidden: boolean; lost: string[] }) => ({
          id: o.id,
          tier: o.tier,
          critical: o.critical,
          hidden: o.hidden,
          lost: [...o.lost].sort(),
        }),
      ),
    ).toEqual(
      affected.map((o) => ({
        id: o.id,
        tier: Number(o.tier),
        critical: yes(o.critical),
        hidden: yes(o.hidden),
        lost: o.lost!.split(' ').sort(),
      })),
    );
    expect([
      blast.totals.organisations,
      blast.totals.criticalOrganisations,
      blast.totals.hiddenOrganisations,
      blast.totals.population,
    ]).toEqual(totals!.slice(1).map(Number));
  });

  it('consequence levels by outage length', async () => {
    const expected = tableAfter(README, '## Consequences by outage length');
    expect(expected).toHaveLength(9);
    const { graph } = await loadGraph(join(ROOT, 'datasets/demo'));
    const engine = createEngine(graph!);
    const lengths = { '4 h': '4h', '24 h': '24h', '48 h': '48h', '1 week': '1w', '1 month': '1m' };
    for (const supplier of new Set(expected.map((row) => row.supplier!))) {
      const blast = engine.blast({ suppliers: [supplier] });
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
