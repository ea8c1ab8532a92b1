/**
 * Graph files other tools write, through the real command: a yEd GraphML file (yEd's `yfiles.type`
 * keys, labels in its node graphics) reads with its labels as names, and a Gephi GEXF file without
 * Kedja's kinds imports once `--node-kind` maps its own attributes (inline or from a file), the edge
 * kinds inferred from the kinds at their ends.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

const YED = join(ROOT, 'test/fixtures/foreign/yed-suppliers.graphml');
const GEPHI = join(ROOT, 'test/fixtures/foreign/gephi-network.gexf');
const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-foreign-'));
const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');

describe('yEd GraphML', () => {
  it('reads: no crash on its keys, a clear request for kinds, and with --node-kind its labels as names', async () => {
    const dir = tmp();
    const bare = await kedja(['import', YED, '-o', join(dir, 'a')]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('error KEDJA_GRAPH_NO_KINDS: no node has a "kind" attribute');
    expect(bare.stderr).not.toMatch(/Cannot set properties|STACK/);
    const rules = 'Typ=kommun:organisation,Typ=tjänst:service,Typ=leverantör:supplier';
    const mapped = await kedja(['import', YED, '--node-kind', rules, '-o', join(dir, 'b')]);
    expect(mapped.code, mapped.stderr).toBe(0);
    const out = join(dir, 'b');
    expect(read(out, 'organisations.csv')).toContain('\nn0,Ådalens kommun,');
    expect(read(out, 'services.csv')).toContain('\nn1,Ärendesystemet,');
    expect(read(out, 'suppliers.csv').split('\n').slice(1, 3)).toEqual([
      'n2,Ärendebolaget AB,,,',
      'n3,Hallen Hosting AB,,,',
    ]);
    expect(read(out, 'uses.csv')).toContain('\nn0,n1,');
    expect(read(out, 'provided_by.csv')).toContain('\nn1,n2,');
    expect(read(out, 'subcontracts.csv')).toContain('\nn2,n3,');
    const blast = await kedja(['blast', out, '--supplier', 'n3', '--json']);
    expect(JSON.parse(blast.stdout).affectedOrganisations.map((o: { id: string }) => o.id)).toEqual(['n0']);
  });
});

describe('Gephi GEXF with its own attributes', () => {
  const RULES = 'type=kommun:organisation,type=region:organisation,type=*:supplier';

  it('is refused without rules, with advice, and imports with --node-kind, edge kinds inferred', async () => {
    const dir = tmp();
    const bare = await kedja(['import', GEPHI, '-o', join(dir, 'a')]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('node-kind rules (kedja import --node-kind)');
    const mapped = await kedja(['import', GEPHI, '--node-kind', RULES, '-o', join(dir, 'b')]);
    expect(mapped.code, mapped.stderr).toBe(0);
    // Columns no row uses (certainty, probability) are not written: the folder reads as before.
    expect(read(join(dir, 'b'), 'contracts.csv')).toBe('organisation,supplier,critical,alternatives\n0,2,,\n1,2,,\n');
    expect(read(join(dir, 'b'), 'subcontracts.csv')).toBe('supplier,subcontractor,rank,service,alternatives\n2,3,,,\n');
    expect(read(join(dir, 'b'), 'organisations.csv')).toContain('\n0,Björkby kommun,');
  });

  it('takes the rules from a small mapping file too, and names the nodes no rule covers', async () => {
    const dir = tmp();
    const rules = join(dir, 'kinds.txt');
    writeFileSync(
      rules,
      '# Gephi "type" column to Kedja kinds\ntype=Kommun:organisation\ntype=Region:organisation\ntype=Leverantör:supplier\n',
    );
    const partial = await kedja(['import', GEPHI, '--node-kind', rules, '-o', join(dir, 'a')]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('1 node(s) have no "kind" and match no node-kind rule: 3 ("Datahallen AB")');
    writeFileSync(rules, `${readFileSync(rules, 'utf8')}type=Underleverantör:supplier\n`);
    const whole = await kedja(['import', GEPHI, '--node-kind', rules, '-o', join(dir, 'b')]);
    expect(whole.code, whole.stderr).toBe(0);
    const bad = await kedja(['import', GEPHI, '--node-kind', 'type=Kommun', '-o', join(dir, 'c')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"type=Kommun" is not a rule; write attribute=value:kind');
    for (const result of [partial, bad]) expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
