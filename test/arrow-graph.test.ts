/**
 * Kedja's binary graph (a folder of nodes.arrow and edges.arrow, issue 12) against the CSV loader:
 * the same answers from both on every dataset that ships (the CLI's JSON, byte for byte, and the
 * ranking's checksum), on generated graphs and on random graphs; the same warnings and metrics as
 * a graph read from the file, though no graph is built; the same graph back, every
 * attribute included; a damaged, truncated, newer or incomplete file refused with exit 2; and the
 * files read by another Arrow implementation (Polars, in Rust), as an analyst would read them.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addOrganisation, createEngine, createSnapshotEngine, type KedjaGraph } from '@kedja/core';
import {
  loadArrowSnapshot,
  loadSnapshot,
  readArrowGraph,
  readCsvFolder,
  writeArrowFolder,
  writeArrowGraph,
  writeGeneratedFolder,
  writeGraphJson,
} from '@kedja/importer';
import { RecordBatch, Schema, Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import fc from 'fast-check';
import pl from 'nodejs-polars';
import { beforeAll, describe, expect, it } from 'vitest';

import { checksum, type Answer } from './bench/checksum.mjs';
import { kedja, ROOT, STACK_FRAME } from './support/cli.js';
import { MEDIUM, randomCase } from './support/random-graph.js';

const scratch = (name: string) => mkdtempSync(join(tmpdir(), `kedja-arrow-${name}-`));

/** A graph as plain data, edges by key, for comparing two graphs attribute by attribute. */
function plain(graph: KedjaGraph) {
  const nodes = new Map(graph.mapNodes((id, attributes) => [id, attributes] as const));
  const edges = new Map(
    graph.mapEdges((key, attributes, source, target) => [key, { source, target, attributes }] as const),
  );
  return { attributes: graph.getAttributes(), nodes, edges };
}

/** A copy of a binary graph as a Kedja without snapshot.arrow wrote it: the tables and their manifest alone. */
function withoutSnapshot(folder: string): string {
  const copy = join(scratch('tables'), 'graph.arrow');
  cpSync(folder, copy, { recursive: true });
  rmSync(join(copy, 'snapshot.arrow'));
  const manifest = JSON.parse(readFileSync(join(copy, 'kedja.json'), 'utf8'));
  delete manifest.files['snapshot.arrow'];
  writeFileSync(join(copy, 'kedja.json'), JSON.stringify(manifest));
  return copy;
}

type NodeTable = NonNullable<Awaited<ReturnType<typeof loadArrowSnapshot>>['table']>;

/** Every answer of a node table, node by node. */
function tableFacts(table: NodeTable) {
  return Array.from({ length: table.count }, (_, node) => [
    table.id(node),
    table.kind(node),
    table.indexOf(table.id(node)),
    table.name(node),
    table.orgType(node),
    table.county(node),
    table.sectors(node),
    table.population(node),
    table.country(node),
    table.parent(node),
    table.ownership(node),
    table.failureProbability(node),
    table.subcontracting(node),
    table.serviceCountries(node),
  ]);
}

/** The ranking's answers per supplier, reduced to one checksum (test/bench/checksum.mjs). */
function rankingChecksum(stdout: string): string {
  const entries = JSON.parse(stdout) as (Answer & { supplier: string })[];
  return checksum(new Map(entries.map(({ supplier, ...answer }) => [supplier, answer])));
}

/** Each dataset that ships, as the CSV folder a user (or an importer) gives Kedja. */
const SOURCES: { name: string; folder: () => Promise<string> }[] = [
  { name: 'demo', folder: async () => join(ROOT, 'datasets/demo') },
  { name: 'sweden-2018', folder: async () => join(ROOT, 'datasets/sweden-2018') },
  {
    name: 'dora-sample (import-dora)',
    folder: async () => {
      const out = join(scratch('dora'), 'graph');
      expect((await kedja(['import-dora', 'datasets/dora-sample', '-o', out])).code).toBe(0);
      return out;
    },
  },
  {
    name: 'survey-sample (import-survey)',
    folder: async () => {
      const out = join(scratch('survey'), 'graph');
      const args = ['import-survey', 'datasets/survey-sample/answers.csv'];
      args.push('--catalogue', 'datasets/survey-sample/catalogue', '--aliases', 'datasets/survey-sample/aliases.csv');
      expect((await kedja([...args, '-o', out])).code).toBe(0);
      return out;
    },
  },
  {
    name: 'eforms-samples (import-procurement)',
    folder: async () => {
      const out = join(scratch('eforms'), 'graph');
      expect((await kedja(['import-procurement', 'datasets/eforms-samples', '-o', out])).code).toBe(0);
      return out;
    },
  },
];

describe('binary graph: the same answers as the CSV folder', () => {
  it.each(SOURCES)('$name: every command prints the same from the binary graph', async ({ folder: make }) => {
    const folder = await make();
    const arrow = join(scratch('dataset'), 'graph.arrow');
    const imported = await kedja(['import', folder, '-o', arrow]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('graph.arrow');

    const rank = await kedja(['rank', folder, '--json']);
    expect(rank.code, rank.stderr).toBe(0);
    const top = (JSON.parse(rank.stdout) as { supplier: string }[])[0]?.supplier;
    const commands = [
      ['rank', '{}', '--json'],
      ['rank', '{}', '--top', '5'],
      ['metrics', '{}', '--json'],
      ['validate', '{}', '--json'],
      ['simulate', '{}', '--samples', '300', '--p', '0.05', '--seed', '3', '--json'],
      ['screen', '{}', '--pairs', '--cover', '0.5', '--json'],
      ['export', '{}', '--format', 'json', '-o', '-'],
      ...(top === undefined ? [] : [['blast', '{}', '--supplier', top, '--json']]),
    ];
    for (const args of commands) {
      const [fromCsv, fromArrow] = await Promise.all([
        kedja(args.map((arg) => (arg === '{}' ? folder : arg))),
        kedja(args.map((arg) => (arg === '{}' ? arrow : arg))),
      ]);
      expect(fromCsv.code, `${args.join(' ')}: ${fromCsv.stderr}`).toBe(0);
      expect(fromArrow.code, `${args.join(' ')}: ${fromArrow.stderr}`).toBe(0);
      expect(fromArrow.stdout.replaceAll(arrow, folder), args.join(' ')).toBe(fromCsv.stdout);
      if (args[0] === 'rank' && args.includes('--json')) {
        expect(rankingChecksum(fromArrow.stdout)).toBe(rankingChecksum(fromCsv.stdout));
      }
    }
  });

  it('sweden-2018: the graph comes back attribute for attribute, and back to the same CSV', async () => {
    const folder = join(ROOT, 'datasets/sweden-2018');
    const arrow = join(scratch('round'), 'graph.arrow');
    expect((await kedja(['import', folder, '-o', arrow])).code).toBe(0);
    const [fromCsv, fromArrow] = await Promise.all([readCsvFolder(folder), readArrowGraph(arrow)]);
    expect(fromArrow.diagnostics).toEqual([]);
    expect(plain(fromArrow.graph!)).toEqual(plain(fromCsv.graph!));

    const back = join(scratch('back'), 'csv');
    const again = join(scratch('again'), 'csv');
    expect((await kedja(['import', arrow, '-o', back])).code).toBe(0);
    expect((await kedja(['import', folder, '-o', again])).code).toBe(0);
    for (const file of ['organisations.csv', 'services.csv', 'suppliers.csv', 'uses.csv', 'contracts.csv']) {
      expect(readFileSync(join(back, file), 'utf8'), file).toBe(readFileSync(join(again, file), 'utf8'));
    }
  });

  it.each([
    { seed: 1, organisations: 300, services: 80, suppliers: 60, usesPerOrganisation: 5, alternativeShare: 0 },
    { seed: 7, organisations: 900, services: 200, suppliers: 150, usesPerOrganisation: 8, alternativeShare: 0.3 },
  ])('generated graph (seed $seed): the same ranking and blast radius, written both ways', async (spec) => {
    const folder = scratch('generated');
    await writeGeneratedFolder(spec, folder);
    const streamed = join(scratch('streamed'), 'graph.arrow');
    const fromGraph = join(scratch('from-graph'), 'graph.arrow');
    const written = await writeArrowFolder(folder, streamed);
    expect(written.diagnostics).toEqual([]);
    expect(written.written).toBe(true);
    const csvGraph = await readCsvFolder(folder);
    await writeArrowGraph(csvGraph.graph!, fromGraph);
    // The one-pass writer (CSV rows straight to columns) and the graph writer write the same bytes.
    for (const file of ['nodes.arrow', 'edges.arrow', 'kedja.json']) {
      expect(readFileSync(join(streamed, file)).equals(readFileSync(join(fromGraph, file))), file).toBe(true);
    }
    const csv = await loadSnapshot(folder);
    const arrow = await loadArrowSnapshot(streamed);
    expect(arrow.diagnostics).toEqual([]);
    const a = createSnapshotEngine(csv.snapshot!, csv.table!);
    const b = createSnapshotEngine(arrow.snapshot!, arrow.table!);
    expect(b.rank()).toEqual(a.rank());
    for (const spec of [{ countries: ['IE'] }, { suppliers: [a.rank()[0]!.supplier] }, { parents: ['Group 1'] }]) {
      expect(b.blast(spec)).toEqual(a.blast(spec));
    }
    expect(plain((await readArrowGraph(streamed)).graph!)).toEqual(plain(csvGraph.graph!));
  });

  it('random graphs: the same graph back and the same answers as the graph engine', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), async ({ graph, scenario }) => {
        const folder = join(scratch('random'), 'graph.arrow');
        await writeArrowGraph(graph, folder);
        const back = await readArrowGraph(folder);
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(plain(back.graph!)).toEqual(plain(graph));
        const loaded = await loadArrowSnapshot(folder);
        // The snapshot's loader warns as the graph's does (a lone alternative), with no graph.
        expect(loaded.diagnostics).toEqual(back.diagnostics);
        // Read from snapshot.arrow, the snapshot and node table are those built from the tables.
        expect(existsSync(join(folder, 'snapshot.arrow'))).toBe(true);
        const tables = withoutSnapshot(folder);
        const built = await loadArrowSnapshot(tables);
        expect(built.diagnostics.map((d) => ({ ...d, file: d.file?.replace(tables, folder) }))).toEqual(
          loaded.diagnostics,
        );
        const { index: storedIndex, ...stored } = loaded.snapshot!;
        const { index: builtIndex, ...fromTables } = built.snapshot!;
        expect(stored).toEqual(fromTables);
        expect([...storedIndex]).toEqual([...builtIndex]);
        expect(tableFacts(loaded.table!)).toEqual(tableFacts(built.table!));
        const engine = createSnapshotEngine(loaded.snapshot!, loaded.table!);
        const reference = createEngine(graph);
        expect(engine.rank()).toEqual(reference.rank());
        const spec = {
          suppliers: scenario.filter((id) => id.startsWith('s')),
          services: scenario.filter((id) => id.startsWith('v')),
        };
        expect(engine.blast(spec)).toEqual(reference.blast(spec));
        rmSync(folder, { recursive: true });
      }),
      { numRuns: 150 },
    );
  });

  it('metrics: the same document and text from the binary graph (no graph built) as from the graph', async () => {
    // Random graphs with possible edges and alternatives groups (lone ones too), one with a name.
    const cases = fc.sample(randomCase(MEDIUM, { possible: true }), { numRuns: 6, seed: 12 });
    cases[0]!.graph.setAttribute('name' as never, 'Ett namngivet nät' as never);
    let lone = 0;
    for (const [i, { graph }] of cases.entries()) {
      const dir = scratch(`metrics-${i}`);
      const arrow = join(dir, 'graph.arrow');
      const file = join(dir, 'graph.json');
      await writeArrowGraph(graph, arrow);
      await writeGraphJson(graph, file);
      for (const options of [['--json'], ['--lang', 'sv']]) {
        const [fromArrow, fromGraph] = await Promise.all([
          kedja(['metrics', arrow, ...options]),
          kedja(['metrics', file, ...options]),
        ]);
        expect(fromGraph.code, fromGraph.stderr).toBe(0);
        expect(fromArrow.code, fromArrow.stderr).toBe(0);
        expect(fromArrow.stdout.replaceAll(arrow, file), `case ${i} ${options.join(' ')}`).toBe(fromGraph.stdout);
        // The same warnings; the graph file's reader adds the line and column of the edge.
        const unplaced = (stderr: string) => stderr.replace(/graph\.json:\d+:\d+:/g, 'graph.json:');
        expect(fromArrow.stderr.replaceAll(arrow, file)).toBe(unplaced(fromGraph.stderr));
        if (options[0] === '--json' && i === 0)
          expect(JSON.parse(fromArrow.stdout).graph.name).toBe('Ett namngivet nät');
        lone += fromArrow.stderr.split('KEDJA_MODEL_LONE_ALTERNATIVE').length - 1;
      }
    }
    expect(lone).toBeGreaterThan(0);
  });

  it('keeps attributes the format has no column for, and the graph’s own attributes', async () => {
    const { graph } = await readCsvFolder(join(ROOT, 'datasets/demo'));
    graph!.setAttribute('title' as never, 'Demo, with notes' as never);
    graph!.setNodeAttribute('adalen', 'contact' as never, { phone: '+46 611 00 00', hours: [8, 17] } as never);
    addOrganisation(graph!, 'ny-kommun', { name: 'Ny kommun', population: 0 });
    const folder = join(scratch('extra'), 'graph.arrow');
    await writeArrowGraph(graph!, folder);
    const back = await readArrowGraph(folder);
    expect(plain(back.graph!)).toEqual(plain(graph!));
    expect(back.graph!.getNodeAttribute('adalen', 'contact' as never)).toEqual({
      phone: '+46 611 00 00',
      hours: [8, 17],
    });
  });
});

describe('binary graph: ids a graph cannot hold', () => {
  it('are refused by every reader, naming the row of nodes.arrow; ids that are fine but not plain ASCII are kept', async () => {
    // A graph built past the model's checks (graphology takes any key), written as a Kedja would
    // not: ids are checked on their bytes, and only those that might be refused are decoded.
    const { graph } = await readCsvFolder(join(ROOT, 'datasets/demo'));
    const odd = ['bad\u0001id', 'toString', 'padded ', '\u00a0nbsp'];
    const fine = ['ok-å', 'å-ok', 'org 1', 'constructo'];
    for (const id of [...odd, ...fine]) graph!.addNode(id, { kind: 'supplier', name: `Named ${id}` } as never);
    const folder = join(scratch('odd-ids'), 'graph.arrow');
    await writeArrowGraph(graph!, folder);
    const ids = tableFromIPC(readFileSync(join(folder, 'nodes.arrow')))
      .getChild('id')!
      .toArray() as string[];
    const rows = odd.map((id) => ids.indexOf(id)).sort((a, b) => a - b);
    for (const verify of [false, true]) {
      const loaded = await loadArrowSnapshot(folder, { verify });
      expect(loaded.snapshot).toBeNull();
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.line)).toEqual(rows.map((row) => row + 1));
      expect(errors.map((d) => d.message.split(':')[0])).toEqual(rows.map((row) => `row ${row}`));
      expect(errors.every((d) => d.file === join(folder, 'nodes.arrow') && d.code === 'KEDJA_ARROW_SHAPE')).toBe(true);
    }
    const ranked = await kedja(['rank', folder, '--json']);
    expect(ranked.code).toBe(2);
    expect(ranked.stderr).toContain('KEDJA_ARROW_SHAPE');
    expect(ranked.stderr).not.toMatch(STACK_FRAME);
    // Without them, the same graph is read, the fine ids with it.
    for (const id of odd) graph!.dropNode(id);
    await writeArrowGraph(graph!, folder);
    const loaded = await loadArrowSnapshot(folder);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const id of fine) expect(loaded.table!.id(loaded.snapshot!.index.get(id)!)).toBe(id);
  });
});

describe('binary graph: a damaged file is refused', () => {
  let good: string;
  beforeAll(async () => {
    good = join(scratch('good'), 'graph.arrow');
    expect((await kedja(['import', 'datasets/demo', '-o', good])).code).toBe(0);
  });

  /** A copy of the good graph, changed by `damage`. */
  function damaged(damage: (folder: string) => void): string {
    const folder = join(scratch('damaged'), 'graph.arrow');
    cpSync(good, folder, { recursive: true });
    damage(folder);
    return folder;
  }
  const manifest = (folder: string) => JSON.parse(readFileSync(join(folder, 'kedja.json'), 'utf8'));
  /** Rewrites the manifest so that it vouches for the files as they now are. */
  async function vouch(folder: string): Promise<void> {
    const { createHash } = await import('node:crypto');
    const m = manifest(folder);
    for (const name of Object.keys(m.files)) {
      const bytes = readFileSync(join(folder, name));
      m.files[name] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    writeFileSync(join(folder, 'kedja.json'), JSON.stringify(m));
  }
  const truncate = (file: string, keep: number) => writeFileSync(file, readFileSync(file).subarray(0, keep));

  /**
   * `reads`: the files' readers that see the damage, the engine's (nodes.arrow and snapshot.arrow:
   * rank, blast, ...) and the graph's (nodes.arrow and edges.arrow: export, metrics); both unless
   * told. A file a reader does not read is checked for its size only, and `validate` reads them all.
   */
  const CASES: {
    name: string;
    code: string;
    says: RegExp;
    reads?: 'engine' | 'graph';
    make: () => Promise<string> | string;
  }[] = [
    {
      name: 'truncated nodes.arrow',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /truncated or changed/,
      make: () => damaged((f) => truncate(join(f, 'nodes.arrow'), 1000)),
    },
    {
      // rank reads no byte of nodes.arrow (snapshot.arrow holds its ids and names) but hashes it.
      name: 'one byte changed in nodes.arrow',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /nodes\.arrow\b.*\bdamaged: its SHA-256/,
      make: () =>
        damaged((f) => {
          const bytes = readFileSync(join(f, 'nodes.arrow'));
          bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
          writeFileSync(join(f, 'nodes.arrow'), bytes);
        }),
    },
    {
      name: 'one byte changed in edges.arrow',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /damaged: its SHA-256/,
      reads: 'graph',
      make: () =>
        damaged((f) => {
          const bytes = readFileSync(join(f, 'edges.arrow'));
          bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
          writeFileSync(join(f, 'edges.arrow'), bytes);
        }),
    },
    {
      name: 'truncated, with a manifest that vouches for it',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /not a readable Arrow file/,
      make: async () => {
        const f = damaged((f) => truncate(join(f, 'edges.arrow'), 600));
        await vouch(f);
        return f;
      },
    },
    {
      name: 'a newer format version',
      code: 'KEDJA_ARROW_VERSION',
      says: /newer than this Kedja reads/,
      make: () => damaged((f) => writeFileSync(join(f, 'kedja.json'), JSON.stringify({ ...manifest(f), version: 2 }))),
    },
    {
      name: 'edges.arrow missing',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /missing/,
      make: () => damaged((f) => rmSync(join(f, 'edges.arrow'))),
    },
    {
      name: 'kedja.json missing',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /missing: a binary graph holds kedja.json/,
      make: () => damaged((f) => rmSync(join(f, 'kedja.json'))),
    },
    {
      name: 'kedja.json not JSON',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /not readable JSON/,
      make: () => damaged((f) => writeFileSync(join(f, 'kedja.json'), '{"format": "kedja-gra')),
    },
    {
      name: 'one byte changed in snapshot.arrow',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /snapshot\.arrow\b.*\bdamaged: its SHA-256/,
      reads: 'engine',
      make: () =>
        damaged((f) => {
          const bytes = readFileSync(join(f, 'snapshot.arrow'));
          bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
          writeFileSync(join(f, 'snapshot.arrow'), bytes);
        }),
    },
    {
      name: 'snapshot.arrow missing',
      code: 'KEDJA_ARROW_CORRUPT',
      says: /snapshot\.arrow\b.*\bmissing/,
      make: () => damaged((f) => rmSync(join(f, 'snapshot.arrow'))),
    },
    {
      name: 'nodes and edges swapped',
      code: 'KEDJA_ARROW_SHAPE',
      says: /column "id" is missing/,
      make: async () => {
        const f = damaged((f) => {
          copyFileSync(join(f, 'nodes.arrow'), join(f, 'swap'));
          copyFileSync(join(f, 'edges.arrow'), join(f, 'nodes.arrow'));
          copyFileSync(join(f, 'swap'), join(f, 'edges.arrow'));
          rmSync(join(f, 'swap'));
        });
        await vouch(f);
        return f;
      },
    },
  ];

  it.each(CASES)('$name: exit 2 with $code, no stack trace, nothing printed', async ({ code, says, reads, make }) => {
    const folder = await make();
    const refusing = [['validate', folder, '--json']];
    const answering: string[][] = [];
    (reads === 'graph' ? answering : refusing).push(['rank', folder, '--json']);
    (reads === 'engine' ? answering : refusing).push(['export', folder, '--format', 'json', '-o', '-']);
    for (const command of refusing) {
      const result = await kedja(command);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(code);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      if (command[0] !== 'validate') expect(result.stdout).toBe('');
    }
    // A command that does not read the damaged file answers from the whole ones, as from the good graph.
    for (const command of answering) {
      const [result, fromGood] = await Promise.all([
        kedja(command),
        kedja(command.map((arg) => (arg === folder ? good : arg))),
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.replaceAll(folder, good)).toBe(fromGood.stdout);
    }
  });

  it.each(CASES)(
    '$name: the same refusal when the files are hashed on a worker thread while they are read',
    async ({ reads, make }) => {
      const folder = await make();
      const inline = { backgroundHashBytes: Number.POSITIVE_INFINITY };
      const worker = { backgroundHashBytes: 0 };
      for (const verify of [false, true]) {
        const loaded = await loadArrowSnapshot(folder, { ...worker, verify });
        if (reads !== 'graph' || verify) expect(loaded.snapshot).toBeNull();
        expect(loaded.diagnostics).toEqual((await loadArrowSnapshot(folder, { ...inline, verify })).diagnostics);
        const read = await readArrowGraph(folder, { ...worker, verify });
        if (reads !== 'engine' || verify) expect(read.graph).toBeNull();
        expect(read.diagnostics).toEqual((await readArrowGraph(folder, { ...inline, verify })).diagnostics);
      }
    },
  );

  it('snapshot.arrow vouched for but not derived from its tables: validate finds it', async () => {
    const folder = damaged((f) => {
      const file = join(f, 'snapshot.arrow');
      const bytes = readFileSync(file);
      // Well formed, so that rank answers from it as it is; but not the tables' population.
      const population = tableFromIPC(bytes).getChild('population')!.data[0]!.children[0]!;
      (population.values as Float64Array)[population.offset] = 123_456;
      writeFileSync(file, bytes);
    });
    await vouch(folder);
    const result = await kedja(['validate', folder]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('KEDJA_ARROW_SHAPE');
    expect(result.stderr).toMatch(
      /snapshot\.arrow.*not the snapshot of the tables beside it \(its population differs\)/,
    );
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect((await kedja(['validate', good])).code).toBe(0);
  });

  it('an intact graph hashed on a worker thread: the same snapshot and graph as hashed on the spot', async () => {
    const inline = await loadArrowSnapshot(good, { backgroundHashBytes: Number.POSITIVE_INFINITY });
    const worker = await loadArrowSnapshot(good, { backgroundHashBytes: 0 });
    expect(worker.diagnostics).toEqual([]);
    const { index: _inline, ...inlineArrays } = inline.snapshot!;
    const { index: _worker, ...workerArrays } = worker.snapshot!;
    expect(workerArrays).toEqual(inlineArrays);
    const graph = await readArrowGraph(good, { backgroundHashBytes: 0 });
    expect(graph.graph!.export()).toEqual((await readArrowGraph(good)).graph!.export());
  });

  it('snapshot.arrow vouched for, with an edge to a node that is not there: refused, not handed to the kernel', async () => {
    const folder = damaged((f) => {
      const file = join(f, 'snapshot.arrow');
      const bytes = readFileSync(file);
      // The table's arrays are views of the file's bytes: the first edge's target is changed in place.
      const targets = tableFromIPC(bytes).getChild('reqTarget')!.data[0]!.children[0]!;
      (targets.values as Int32Array)[targets.offset] = 1_000_000;
      writeFileSync(file, bytes);
      const reread = tableFromIPC(readFileSync(file)).getChild('reqTarget')!.data[0]!.children[0]!;
      expect((reread.values as Int32Array)[reread.offset]).toBe(1_000_000);
    });
    await vouch(folder);
    for (const command of [
      ['rank', folder],
      ['validate', folder, '--json'],
      ['blast', folder, '--supplier', 'x'],
    ]) {
      const result = await kedja(command);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('KEDJA_ARROW_SHAPE');
      // validate compares the arrays with the tables' own; the others check them before the kernel reads them.
      expect(result.stderr).toMatch(
        command[0] === 'validate'
          ? /snapshot\.arrow.*its reqTarget differs/
          : /snapshot\.arrow.*reqTarget\[0\] is 1000000/,
      );
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
    // The graph itself is whole: export, which reads the tables, still writes it.
    expect((await kedja(['export', folder, '--format', 'json', '-o', '-'])).code).toBe(0);
  });

  it('snapshot.arrow vouched for, with an id a graph cannot hold: refused with its row of nodes.arrow', async () => {
    const nodeIds = tableFromIPC(readFileSync(join(good, 'nodes.arrow')))
      .getChild('id')!
      .toArray() as string[];
    let changed = '';
    const folder = damaged((f) => {
      const file = join(f, 'snapshot.arrow');
      const bytes = readFileSync(file);
      // The ids are in snapshot order (suppliers first): the first supplier's first byte becomes a control.
      const ids = tableFromIPC(bytes).getChild('ids')!.data[0]!.children[0]!;
      const at = (ids.valueOffsets as Int32Array)[ids.offset]!;
      changed = new TextDecoder().decode(
        (ids.values as Uint8Array).subarray(at, (ids.valueOffsets as Int32Array)[ids.offset + 1]),
      );
      (ids.values as Uint8Array)[at] = 0x01;
      writeFileSync(file, bytes);
    });
    await vouch(folder);
    const row = nodeIds.indexOf(changed);
    expect(row).toBeGreaterThan(0);
    const ranked = await kedja(['rank', folder, '--json']);
    expect(ranked.code, ranked.stderr).toBe(2);
    expect(ranked.stderr).toContain('KEDJA_ARROW_SHAPE');
    expect(ranked.stderr).toContain(`nodes.arrow:${row + 1}`);
    expect(ranked.stderr).toContain(`row ${row}:`);
    expect(ranked.stderr).not.toMatch(STACK_FRAME);
    // validate reads the tables, whose ids are whole, and finds snapshot.arrow's not theirs.
    const validated = await kedja(['validate', folder]);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toMatch(/snapshot\.arrow.*not the snapshot of the tables beside it \(its ids differs\)/);
  });

  it('a snapshot.arrow of other tables, of another layout, or none: the answers are the tables', async () => {
    const expected = await kedja(['rank', 'datasets/demo', '--json']);
    expect(expected.code).toBe(0);
    const other = join(scratch('other'), 'graph.arrow');
    expect((await kedja(['import', 'datasets/sweden-2018', '-o', other])).code).toBe(0);
    const foreign = damaged((f) => copyFileSync(join(other, 'snapshot.arrow'), join(f, 'snapshot.arrow')));
    await vouch(foreign);
    const newer = damaged((f) => {
      const file = join(f, 'snapshot.arrow');
      const table = tableFromIPC(readFileSync(file));
      const schema = new Schema(table.schema.fields, new Map([...table.schema.metadata, ['kedja.layout', '999']]));
      const batches = table.batches.map((batch) => new RecordBatch(schema, batch.data));
      writeFileSync(file, tableToIPC(new Table(schema, batches), 'file'));
    });
    await vouch(newer);
    // As the first Kedja to write snapshot.arrow wrote it: no ids, names or graph attributes.
    const older = damaged((f) => {
      const file = join(f, 'snapshot.arrow');
      const table = tableFromIPC(readFileSync(file));
      const kept = table.schema.fields.filter((field) => field.name !== 'ids' && field.name !== 'names');
      const metadata = new Map(
        [...table.schema.metadata].filter(([key]) => key !== 'kedja.columns' && key !== 'kedja.graph'),
      );
      const selected = table.select(kept.map((field) => field.name));
      const schema = new Schema(selected.schema.fields, metadata);
      const batches = selected.batches.map((batch) => new RecordBatch(schema, batch.data));
      writeFileSync(file, tableToIPC(new Table(schema, batches), 'file'));
      expect(tableFromIPC(readFileSync(file)).getChild('ids')).toBeNull();
    });
    await vouch(older);
    for (const folder of [foreign, newer, older, withoutSnapshot(good)]) {
      const result = await kedja(['rank', folder, '--json']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(expected.stdout);
    }
  });

  it('one file of a binary graph given alone: exit 2, pointing at the folder', async () => {
    const result = await kedja(['rank', join(good, 'nodes.arrow')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give the folder that holds nodes.arrow and edges.arrow');
  });

  it('an existing folder is not overwritten with a half-written graph: the old graph stays whole', async () => {
    const folder = damaged(() => {});
    const before = readFileSync(join(folder, 'nodes.arrow'));
    const bad = scratch('bad-csv');
    cpSync(join(ROOT, 'datasets/demo'), bad, { recursive: true });
    writeFileSync(join(bad, 'uses.csv'), 'organisation,service,critical\nadalen,no-such-service,yes\n');
    const result = await kedja(['import', bad, '-o', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('KEDJA_CSV_UNKNOWN_REFERENCE');
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(folder, 'nodes.arrow')).equals(before)).toBe(true);
    expect((await kedja(['rank', folder, '--json'])).code).toBe(0);
  });
});

describe('binary graph: other tools read it', () => {
  it('Polars (a Rust implementation of Arrow) reads both files: the rows, columns and joins of the docs', async () => {
    const arrow = join(scratch('polars'), 'graph.arrow');
    expect((await kedja(['import', 'datasets/sweden-2018', '-o', arrow])).code).toBe(0);
    const nodes = pl.readIPC(readFileSync(join(arrow, 'nodes.arrow')));
    const edges = pl.readIPC(readFileSync(join(arrow, 'edges.arrow')));
    const { graph } = await readCsvFolder(join(ROOT, 'datasets/sweden-2018'));
    expect(nodes.height).toBe(graph!.order);
    expect(edges.height).toBe(graph!.size);
    expect(nodes.getColumn('id').toArray()).toEqual(
      tableFromIPC(readFileSync(join(arrow, 'nodes.arrow')))
        .getChild('id')!
        .toArray(),
    );
    // docs/format.md: the suppliers of most organisations, by a join of contracts to suppliers.
    const contracts = edges.filter(pl.col('kind').cast(pl.Utf8).eq(pl.lit('contracts')));
    const bySupplier = contracts
      .join(nodes.select('id', 'name'), { leftOn: 'target', rightOn: 'id' })
      .groupBy('name')
      .agg(pl.col('source').nUnique().alias('organisations'))
      .sort('organisations', true);
    const counts = new Map<string, Set<string>>();
    graph!.forEachEdge((_key, attributes, source, target) => {
      if (attributes.kind !== 'contracts') return;
      const name = graph!.getNodeAttribute(target, 'name') as string;
      counts.set(name, (counts.get(name) ?? new Set()).add(source));
    });
    const expected = Math.max(...[...counts.values()].map((s) => s.size));
    expect(bySupplier.getColumn('organisations').toArray()[0]).toBe(expected);
    expect(bySupplier.height).toBe(counts.size);
  });
});
