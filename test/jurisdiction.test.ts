/**
 * Ownership chains and jurisdiction across packages: parents.csv read alike by both CSV loaders
 * (the malformed cases in support/malformed-cases.ts check their diagnostics one by one), carried
 * through every format with nothing lost, and `--jurisdiction` selecting the same suppliers from a
 * graph, from the bulk loader's columns and from the binary graph, as the reference says, on random
 * graphs with random ownership tables; and on sweden-2018, the suppliers of US groups including
 * their EU subsidiaries.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addSupplier, createEngine, createSnapshotEngine, type KedjaGraph, type ScenarioSpec } from '@kedja/core';
import type { ParentGroup } from '@kedja/core/kernel';
import { referenceBlast, referenceJurisdiction } from '@kedja/core/reference';
import {
  gexfToGraph,
  graphmlToGraph,
  graphToGexf,
  graphToGraphml,
  graphToJson,
  loadArrowSnapshot,
  loadSnapshot,
  readArrowGraph,
  readCsvFolder,
  readGraphJson,
  writeArrowFolder,
  writeArrowGraph,
  writeCsvFolder,
} from '@kedja/importer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';
import { BASE, writeFolder } from './support/fixtures.js';
import { randomCase, SMALL } from './support/random-graph.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-parents-'));
const EEA_OUTSIDE = new Set(['US', 'GB', 'CN']);

/** The base fixture with sup-1 (SE, group Grupp) owned by a US holding, and cells in other case and spacing. */
const PARENTS = 'group,name,country,parent\n grupp ,Grupp AB,se,US Holding\nUS Holding,Holding Inc,us,\nSpare,,,\n';
const EXPECTED: ParentGroup[] = [
  { group: 'grupp', name: 'Grupp AB', country: 'SE', parent: 'US Holding' },
  { group: 'US Holding', name: 'Holding Inc', country: 'US' },
  { group: 'Spare' },
];

describe('parents.csv in both loaders', () => {
  it('becomes the graph attribute parents, and the bulk loader resolves it alike', async () => {
    const folder = writeFolder({ 'parents.csv': PARENTS });
    const read = await readCsvFolder(folder);
    const bulk = await loadSnapshot(folder);
    expect(read.diagnostics).toEqual([]);
    expect(read.graph!.getAttribute('parents')).toEqual(EXPECTED);
    expect(bulk.parents).toEqual(EXPECTED);
    const fromGraph = createEngine(read.graph!);
    const fromBulk = createSnapshotEngine(bulk.snapshot!, bulk.table!);
    const specs: ScenarioSpec[] = [
      { jurisdictions: ['US'] },
      { outsideEeaJurisdiction: true },
      { jurisdictions: ['IE'] },
    ];
    for (const spec of specs) expect(fromBulk.blast(spec)).toEqual(fromGraph.blast(spec));
    expect(fromGraph.scenario({ jurisdictions: ['us'] }).members).toEqual(['sup-1']);
    expect(fromGraph.scenario({ countries: ['US'] }).members).toEqual([]);
    const sup1 = bulk.table!.indexOf('sup-1')!;
    expect(bulk.table!.ownership(sup1)).toEqual({ ultimateParent: 'US Holding', jurisdiction: 'US' });
    expect(bulk.table!.ownership(bulk.table!.indexOf('sup-2')!)).toEqual({
      ultimateParent: undefined,
      jurisdiction: 'IE',
    });
  });

  it('a folder without parents.csv, or with only its header, has no parents attribute', async () => {
    for (const changes of [{}, { 'parents.csv': 'group,name,country,parent\n' }] as Record<string, string>[]) {
      const read = await readCsvFolder(writeFolder(changes));
      expect(read.graph!.getAttribute('parents')).toBeUndefined();
      expect((await loadSnapshot(writeFolder(changes))).parents).toBeUndefined();
    }
  });

  it('reports problems of parents.csv after the other tables, in the same order from both loaders', async () => {
    const folder = writeFolder({
      'provided_by.csv': `${BASE['provided_by.csv']}svc-1,sup-1,\n`,
      'parents.csv': 'group,country,parent\nA,XX,B\nB,,A\nC,,Nowhere\nc,US,\n',
    });
    const read = await readCsvFolder(folder);
    const bulk = await loadSnapshot(folder);
    const at = read.diagnostics.map((d) => `${d.code} ${d.file!.slice(folder.length + 1)}:${d.line}:${d.column}`);
    expect(at).toEqual([
      'KEDJA_CSV_DUPLICATE_EDGE provided_by.csv:5:1',
      'KEDJA_CSV_BAD_COUNTRY parents.csv:2:2',
      'KEDJA_CSV_OWNERSHIP_CYCLE parents.csv:2:3',
      'KEDJA_CSV_UNKNOWN_GROUP parents.csv:4:3',
      'KEDJA_CSV_DUPLICATE_GROUP parents.csv:5:1',
    ]);
    expect(JSON.stringify(bulk.diagnostics)).toBe(JSON.stringify(read.diagnostics));
  });
});

/** A graph with ownership groups from the base fixture. */
async function ownedGraph(): Promise<KedjaGraph> {
  return (await readCsvFolder(writeFolder({ 'parents.csv': PARENTS }))).graph!;
}

describe('parents through every format', () => {
  it('the CSV folder: written as parents.csv and read back the same; a stale one is removed', async () => {
    const graph = await ownedGraph();
    const folder = tmp();
    const { files } = await writeCsvFolder(graph, folder);
    expect(files).toContain(join(folder, 'parents.csv'));
    expect(readFileSync(join(folder, 'parents.csv'), 'utf8')).toBe(
      'group,name,country,parent\ngrupp,Grupp AB,SE,US Holding\nUS Holding,Holding Inc,US,\nSpare,,,\n',
    );
    expect((await readCsvFolder(folder)).graph!.getAttribute('parents')).toEqual(EXPECTED);
    graph.removeAttribute('parents');
    await writeCsvFolder(graph, folder);
    expect(existsSync(join(folder, 'parents.csv'))).toBe(false);
  });

  it('JSON, GEXF and GraphML keep the groups', async () => {
    const graph = await ownedGraph();
    const folder = tmp();
    writeFileSync(join(folder, 'g.json'), graphToJson(graph));
    const fromJson = await readGraphJson(join(folder, 'g.json'));
    const fromGexf = gexfToGraph(graphToGexf(graph), 'g.gexf');
    const fromGraphml = graphmlToGraph(graphToGraphml(graph), 'g.graphml');
    for (const result of [fromJson, fromGexf, fromGraphml]) {
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.graph!.getAttribute('parents')).toEqual(EXPECTED);
    }
    // Writing GEXF leaves the graph as it was.
    expect(graph.getAttribute('parents')).toEqual(EXPECTED);
  });

  it('the binary graph keeps them, written from a graph or straight from the folder, read as a graph or a snapshot', async () => {
    const graph = await ownedGraph();
    const fromGraph = join(tmp(), 'g.arrow');
    await writeArrowGraph(graph, fromGraph);
    const fromFolder = join(tmp(), 'f.arrow');
    expect((await writeArrowFolder(writeFolder({ 'parents.csv': PARENTS }), fromFolder)).written).toBe(true);
    for (const file of [fromGraph, fromFolder]) {
      expect((await readArrowGraph(file)).graph!.getAttribute('parents')).toEqual(EXPECTED);
      const snapshot = await loadArrowSnapshot(file);
      expect(snapshot.parents).toEqual(EXPECTED);
      const engine = createSnapshotEngine(snapshot.snapshot!, snapshot.table!);
      expect(engine.scenario({ jurisdictions: ['US'] }).members).toEqual(['sup-1']);
    }
  });

  it('a graph file with a bad ownership table is refused with the model codes, at the attribute', async () => {
    const graph = await ownedGraph();
    graph.setAttribute('parents', [...EXPECTED, { group: 'US Holding', parent: 'grupp' }]);
    const file = join(tmp(), 'g.json');
    writeFileSync(file, graphToJson(graph));
    const read = await readGraphJson(file);
    expect(read.graph).toBeNull();
    expect(read.diagnostics.map((d) => d.code)).toEqual(['KEDJA_MODEL_DUPLICATE_GROUP']);
    const gexf = gexfToGraph(graphToGexf(graph), 'g.gexf');
    expect(gexf.diagnostics.map((d) => d.code)).toEqual(['KEDJA_MODEL_DUPLICATE_GROUP']);
  });
});

/** A random case with countries, ownership groups and parents: groups own only groups listed after them (no cycle). */
const ownedCase = randomCase(SMALL).chain((random) => {
  const suppliers = random.graph.filterNodes((_id, a) => a.kind === 'supplier');
  const country = fc.constantFrom<string | undefined>(undefined, 'SE', 'IE', 'NO', 'US', 'GB', 'CN');
  return fc
    .record({
      groups: fc.array(fc.record({ country, up: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), {
        maxLength: 5,
      }),
      // Group indices beyond the table name groups that parents.csv lacks.
      members: fc.array(fc.record({ country, group: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) }), {
        minLength: suppliers.length,
        maxLength: suppliers.length,
      }),
      spec: fc.record({
        jurisdictions: fc.subarray(['SE', 'IE', 'NO', 'US', 'GB', 'CN']),
        outsideEeaJurisdiction: fc.boolean(),
      }),
    })
    .map(({ groups, members, spec }) => {
      const graph = random.graph.copy() as KedjaGraph;
      const name = (i: number) => (i % 2 === 0 ? `Group ${i}` : ` group ${i} `.toUpperCase());
      graph.setAttribute(
        'parents',
        groups.map(({ country: c, up }, i) => ({
          group: `Group ${i}`,
          ...(c !== undefined ? { country: c } : {}),
          ...(up !== undefined && i + up < groups.length ? { parent: name(i + up) } : {}),
        })),
      );
      suppliers.forEach((id, i) => {
        const { country: c, group } = members[i]!;
        graph.replaceNodeAttributes(id, {
          kind: 'supplier',
          name: id,
          ...(c !== undefined ? { country: c } : {}),
          ...(group !== undefined ? { parent: name(group) } : {}),
        });
      });
      return { graph, spec };
    });
});

function referenceMembers(graph: KedjaGraph, spec: { jurisdictions: string[]; outsideEeaJurisdiction: boolean }) {
  return graph
    .filterNodes((_id, a) => a.kind === 'supplier')
    .filter((id) => {
      const j = referenceJurisdiction(graph, id);
      if (j === undefined) return false;
      return spec.jurisdictions.includes(j) || (spec.outsideEeaJurisdiction && EEA_OUTSIDE.has(j));
    })
    .sort();
}

describe('jurisdiction against the reference on random graphs', () => {
  it('the engine selects what the reference selects, and the blast is the reference blast of those', () => {
    fc.assert(
      fc.property(ownedCase, ({ graph, spec }) => {
        const engine = createEngine(graph);
        const members = referenceMembers(graph, spec);
        const scenario = engine.scenario(spec);
        expect(scenario.members).toEqual(members);
        const fast = engine.blast(scenario);
        const slow = referenceBlast(graph, members);
        expect(new Map([...fast.failedSuppliers, ...fast.failedServices].map((f) => [f.id, f.tier]))).toEqual(
          slow.failed,
        );
        expect(new Set(fast.affectedOrganisations.map((o) => o.id))).toEqual(new Set(slow.affected.keys()));
      }),
      { numRuns: 1_000 },
    );
  });

  it('the bulk loader and the binary graph select the same as the graph', async () => {
    await fc.assert(
      fc.asyncProperty(ownedCase, async ({ graph, spec }) => {
        const folder = tmp();
        await writeCsvFolder(graph, folder);
        const bulk = await loadSnapshot(folder);
        const arrow = join(folder, 'g.arrow');
        await writeArrowGraph(graph, arrow);
        const binary = await loadArrowSnapshot(arrow);
        const expected = referenceMembers(graph, spec);
        for (const loaded of [bulk, binary]) {
          expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(createSnapshotEngine(loaded.snapshot!, loaded.table!).scenario(spec).members).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('sweden-2018: --jurisdiction US', () => {
  it('selects the suppliers of US groups, their Irish and Swedish subsidiaries too, and the US-based ones', async () => {
    const dataset = join(ROOT, 'datasets/sweden-2018');
    const [byJurisdiction, byCountry] = await Promise.all([
      kedja(['blast', dataset, '--jurisdiction', 'US', '--json']),
      kedja(['blast', dataset, '--country', 'US', '--json']),
    ]);
    expect(byJurisdiction.code, byJurisdiction.stderr).toBe(0);
    const members = (JSON.parse(byJurisdiction.stdout) as { scenario: { members: string[] } }).scenario.members;
    const usBased = (JSON.parse(byCountry.stdout) as { scenario: { members: string[] } }).scenario.members;
    // Megamoln's Irish and Swedish companies, Jättemoln's US one, and every supplier based in the US.
    expect(members).toEqual(expect.arrayContaining(['megamoln-ireland-ltd', 'megamoln-sverige-ab', 'jattemoln-inc']));
    expect(members).toEqual(expect.arrayContaining(usBased));
    expect(usBased).not.toContain('megamoln-ireland-ltd');
    // Exactly the suppliers whose chain ends in the US (Skolkoncernen's, three levels up), or US-based without one.
    const { graph } = await readCsvFolder(dataset);
    const expected = graph!
      .filterNodes((_id, a) => a.kind === 'supplier')
      .filter((id) => referenceJurisdiction(graph!, id) === 'US')
      .sort();
    expect(members).toEqual(expected);
    const school = graph!.filterNodes((_id, a) => a.kind === 'supplier' && a.parent === 'Skolkoncernen (fiktiv)');
    expect(school.length).toBeGreaterThan(0);
    expect(members).toEqual(expect.arrayContaining(school));
    // Omsorgskoncernen is owned from Norway: inside the EEA.
    const care = graph!.filterNodes((_id, a) => a.kind === 'supplier' && a.parent === 'Omsorgskoncernen (fiktiv)');
    for (const id of care) expect(members).not.toContain(id);
  }, 60_000);

  it('round-trips through kedja import and export with nothing lost', async () => {
    const dataset = join(ROOT, 'datasets/sweden-2018');
    const folder = tmp();
    for (const format of ['json', 'gexf', 'graphml']) {
      const file = join(folder, `g.${format}`);
      const out = join(folder, `back-${format}`);
      expect((await kedja(['export', dataset, '--format', format, '-o', file])).code).toBe(0);
      const back = await kedja(['import', file, '-o', out]);
      expect(back.code, back.stderr).toBe(0);
      expect(readFileSync(join(out, 'parents.csv'), 'utf8')).toBe(readFileSync(join(dataset, 'parents.csv'), 'utf8'));
    }
    const why = await kedja(['why', dataset, '--org', 'kommun-0180', '--jurisdiction', 'US', '--json']);
    expect(why.code, why.stderr).toBe(0);
    expect(JSON.parse(why.stdout).scenario.spec.jurisdictions).toEqual(['US']);
  }, 120_000);

  it('adds no spec field to a scenario without jurisdiction (the JSON of existing commands is unchanged)', async () => {
    const result = await kedja(['blast', join(ROOT, 'datasets/demo'), '--supplier', 'sup-hosting', '--json']);
    const spec = (JSON.parse(result.stdout) as { scenario: { spec: object } }).scenario.spec;
    expect(Object.keys(spec)).toEqual([
      'suppliers',
      'services',
      'countries',
      'parents',
      'serviceCountries',
      'outsideEea',
    ]);
    // A supplier added to a graph without a parents table keeps its own country as jurisdiction.
    const { graph } = await readCsvFolder(join(ROOT, 'datasets/demo'));
    addSupplier(graph!, 'x', { name: 'X', country: 'US', parent: 'Megasoft Group' });
    expect(createEngine(graph!).scenario({ jurisdictions: ['US'] }).members).toEqual(['x']);
  });
});
