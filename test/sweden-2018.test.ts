/**
 * datasets/sweden-2018: the generator reproduces the committed files byte for byte, and
 * `kedja metrics datasets/sweden-2018 --json` reproduces the MSB study's tables: Tabell 6.1, 6.2
 * and 6.3 and the PaaS and IaaS facts exactly, Fig 6.10 within one percentage point. The study's
 * numbers are written out here from the study's published tables (MSB1196, chapter 6), not read
 * from the dataset's study.json.
 *
 * The dataset has doubt (issue 13): question 26's answers (70 % without a routine), suppliers whose
 * subcontracting is unknown and possible subcontracts. The study's figures count uses and
 * contracts, which are never possible, so they hold in both bounds (checked below). The invented
 * layer's figures from `kedja metrics` (effective concentration, false redundancy) are its upper
 * bound, every possible subcontract taken as real, which is the layer whole; its `bounds` and
 * `kedja blast` give the lower bound beside it.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import type { KedjaGraph } from '@kedja/core';
import { loadGraph } from '@kedja/importer';

import { generateSweden2018 } from '../datasets/sweden-2018/generate.js';
import { kedja, ROOT } from './support/cli.js';

const DATASET = join(ROOT, 'datasets/sweden-2018');

const TABELL_6_2 = { '1': 59, '2': 18, '3': 5, '4': 3, '5': 1, '6': 1, '8': 1, '14': 1, '61': 1 };
const TABELL_6_3 = { '1': 48, '2': 12, '3': 1, '4': 2, '5': 2, '6': 1, '8': 1, '9': 1, '13': 1, '28': 1 };
/** Tabell 6.1: [municipalities, agencies]; 0 is the study's "inga data". */
const TABELL_6_1: Record<string, [number, number]> = {
  'case and document management': [1, 4],
  'communication and application security': [1, 1],
  'customer collaboration / CRM': [1, 4],
  'data sharing and storage': [2, 6],
  'data visualisation': [1, 1],
  'education administration': [12, 5],
  finance: [0, 2],
  'health care': [5, 1],
  'learning platform': [4, 5],
  'library service': [1, 3],
  'collaboration and productivity': [3, 4],
  'human resources': [2, 2],
  'procurement and contracts': [1, 4],
  'project management': [0, 1],
  recruitment: [1, 3],
  surveys: [0, 4],
  'social services': [1, 0],
  'web publishing and analytics': [2, 1],
  'planning and performance management': [1, 2],
};
const FIG_6_10 = { SE: 0.62, IE: 0.15, NL: 0.08, NO: 0.05, US: 0.05, FR: 0.03, GB: 0.02, DE: 0.02 };
/** Section 6.7, question 26: the share of organisations without a routine to find their suppliers' subcontractors. */
const Q26_NO_ROUTINE = 0.7;

interface Document {
  graph: { organisations: number; services: number; suppliers: number };
  sharing: {
    services: Record<string, Record<string, number>>;
    suppliersContracted: Record<string, number>;
    suppliersDeclared: Record<string, number>;
    suppliersEffective: Record<string, number>;
    users: Record<string, Record<string, number>>;
    contractingOrganisations: Record<string, number>;
  };
  sharingBinned: { services: Record<string, { bin: string; count: number }[]> };
  categories: Record<string, Record<string, number>>;
  countries: Record<string, number>;
  eeaShare: number;
  amplification: Record<string, { contracted: number; declared: number; effective: number; ratio: number | null }>;
  falseRedundancy: { owner: string; cause: { kind: string; id: string }; organisations: string[] }[];
  bounds: { possibleEdges: number; suppliers: Record<string, { effective: { lower: number; upper: number } }> };
}

let document: Document;
let graph: KedjaGraph;
const orgType = (id: string) => graph.getNodeAttribute(id, 'orgType' as never) as string | undefined;

beforeAll(async () => {
  const loaded = await loadGraph(DATASET);
  expect(loaded.diagnostics).toEqual([]);
  graph = loaded.graph!;
  const result = await kedja(['metrics', 'datasets/sweden-2018', '--json']);
  expect(result.code, result.stderr).toBe(0);
  document = JSON.parse(result.stdout) as Document;
}, 120_000);

describe('datasets/sweden-2018 generator', () => {
  it('reproduces every committed file byte for byte', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kedja-sweden-'));
    const written = await generateSweden2018(out);
    const names = written.map((file) => file.slice(out.length + 1)).sort();
    expect(names).toEqual([
      'contracts.csv',
      'organisations.csv',
      'parents.csv',
      'provided_by.csv',
      'services.csv',
      'study.json',
      'subcontracts.csv',
      'suppliers.csv',
      'uses.csv',
    ]);
    expect(
      readdirSync(DATASET)
        .filter((f) => f.endsWith('.csv') || f.endsWith('.json'))
        .sort(),
    ).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(DATASET, name))), name).toBe(true);
    }
  });
});

describe('kedja metrics datasets/sweden-2018 --json reproduces the study', () => {
  it('has the real organisations: 290 municipalities, 21 regions, 347 agencies', () => {
    const types = graph.filterNodes((_id, a) => a.kind === 'organisation').map((id) => orgType(id));
    expect(types.filter((t) => t === 'municipality')).toHaveLength(290);
    expect(types.filter((t) => t === 'region')).toHaveLength(21);
    expect(types.filter((t) => t === 'agency')).toHaveLength(347);
    expect(document.graph.organisations).toBe(658);
    expect(graph.getNodeAttributes('kommun-0180')).toMatchObject({
      name: 'Stockholms kommun',
      code: '0180',
      county: 'Stockholms län',
      population: 988943,
    });
  });

  it('Tabell 6.2: SaaS shared by n organisations, named by 51 municipalities and 37 agencies', () => {
    expect(document.sharing.services.SaaS).toEqual(TABELL_6_2);
    expect(document.sharing.users.SaaS).toEqual({ agency: 37, municipality: 51 });
    expect(document.sharingBinned.services.SaaS).toEqual(
      [
        ['1', 59],
        ['2', 18],
        ['3', 5],
        ['4', 3],
        ['5', 1],
        ['6', 1],
        ['7', 0],
        ['8', 1],
        ['9-13', 0],
        ['14', 1],
        ['15-60', 0],
        ['61+', 1],
      ].map(([bin, count]) => ({ bin, count })),
    );
  });

  it('section 6.2: 12 PaaS, one shared by 27; 4 IaaS, none shared', () => {
    const { PaaS, IaaS, other } = document.sharing.services;
    expect(Object.values(PaaS!).reduce((a, b) => a + b, 0)).toBe(12);
    expect(Math.max(...Object.keys(PaaS!).map(Number))).toBe(27);
    expect(PaaS).toEqual({ '1': 11, '27': 1 });
    expect(IaaS).toEqual({ '1': 4 });
    expect(other).toEqual({});
  });

  it('Tabell 6.1: distinct SaaS per category for municipalities and agencies', () => {
    const expected = Object.fromEntries(
      Object.entries(TABELL_6_1).map(([category, [municipality, agency]]) => [
        category,
        { ...(agency ? { agency } : {}), ...(municipality ? { municipality } : {}) },
      ]),
    );
    expect(document.categories).toEqual(expected);
  });

  it('Tabell 6.3: suppliers named by n organisations, named by 29 municipalities and 39 agencies', () => {
    expect(document.sharing.suppliersContracted).toEqual(TABELL_6_3);
    expect(document.sharing.contractingOrganisations).toEqual({ agency: 39, municipality: 29 });
  });

  it('Fig 6.10: every country within one percentage point', () => {
    expect(Object.keys(document.countries).sort()).toEqual(Object.keys(FIG_6_10).sort());
    for (const [country, share] of Object.entries(FIG_6_10)) {
      expect(Math.abs(document.countries[country]! - share), country).toBeLessThanOrEqual(0.01);
    }
    // Fig 6.9's 95 % counts the UK inside the EU (2018); today's EU/EEA leaves it out.
    expect(document.eeaShare + document.countries.GB!).toBeCloseTo(0.953, 3);
  });

  it('effective concentration differs from declared, as the README says', () => {
    const a = document.amplification;
    expect(a['megamoln-ireland-ltd']).toEqual({ contracted: 28, declared: 77, effective: 109, ratio: 1.4156 });
    expect(a['sasuvik-datahall-ab']).toMatchObject({ declared: 0, effective: 57, ratio: null });
    expect(a['jattemoln-inc']).toMatchObject({ declared: 0, effective: 20, ratio: null });
    expect(Object.values(a).filter((e) => e.effective > e.declared)).toHaveLength(10);
    expect(document.sharing.suppliersEffective).not.toEqual(document.sharing.suppliersDeclared);
    expect(document.falseRedundancy).toHaveLength(9);
    expect(document.falseRedundancy[0]).toMatchObject({
      owner: 'megamoln-kontor',
      cause: { kind: 'supplier', id: 'megamoln-ireland-ltd' },
    });
    expect(document.falseRedundancy[0]!.organisations).toHaveLength(61);
  });

  it('counts no possible uses, contracts or provided-by edge, so every study figure is the same in both bounds', () => {
    const possible = graph.filterEdges((_edge, attributes) => attributes.certainty === 'possible');
    expect(possible.length).toBeGreaterThan(0);
    expect(new Set(possible.map((edge) => graph.getEdgeAttribute(edge, 'kind')))).toEqual(new Set(['subcontracts']));
  });

  it.each([
    ['megamoln-ireland-ltd', 105, 109],
    ['sasuvik-datahall-ab', 51, 57],
    ['jattemoln-inc', 12, 20],
  ])(
    'kedja blast --supplier %s: %i to %i organisations, as metrics’ bounds, the upper being its effective',
    async (id, lower, upper) => {
      const result = await kedja(['blast', 'datasets/sweden-2018', '--supplier', id, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const blast = JSON.parse(result.stdout) as {
        totals: { organisations: number };
        totalsUpper: { organisations: number };
      };
      expect([blast.totals.organisations, blast.totalsUpper.organisations]).toEqual([lower, upper]);
      expect(document.amplification[id]!.effective).toBe(upper);
      expect(document.bounds.suppliers[id]!.effective).toEqual({ lower, upper });
      expect(document.bounds.possibleEdges).toBe(35);
    },
  );
});

describe('datasets/sweden-2018: what nobody knows (question 26, unknown subcontracting, possible subcontracts)', () => {
  const study = () =>
    JSON.parse(readFileSync(join(DATASET, 'study.json'), 'utf8')) as { survey: Record<'cloud', string[]> };
  const routine = (id: string) => graph.getNodeAttribute(id, 'subcontractorRoutine' as never) as boolean | undefined;
  const suppliers = () => graph.filterNodes((_id, a) => a.kind === 'supplier');
  const subcontracting = (id: string) => graph.getNodeAttribute(id, 'subcontracting' as never) as string;
  const subcontractsOf = (id: string) => graph.filterOutEdges(id, (_e, a) => a.kind === 'subcontracts');
  /** The organisations that buy from a supplier directly: contract it, or use a service it provides. */
  const buyers = (id: string) => {
    const direct = new Set<string>();
    graph.forEachInEdge(id, (_edge, attributes, source) => {
      if (attributes.kind === 'contracts') direct.add(source);
      if (attributes.kind === 'providedBy') {
        graph.forEachInEdge(source, (_e, a, organisation) => {
          if (a.kind === 'uses') direct.add(organisation);
        });
      }
    });
    return [...direct];
  };

  it('question 26: answered by those with a procured cloud service, 70 % of them without a routine, in each group', () => {
    const answered = graph.filterNodes((id, a) => a.kind === 'organisation' && routine(id) !== undefined);
    expect(new Set(answered)).toEqual(new Set(study().survey.cloud));
    for (const type of ['municipality', 'agency', undefined]) {
      const group = answered.filter((id) => type === undefined || orgType(id) === type);
      const without = group.filter((id) => routine(id) === false).length / group.length;
      expect(Math.abs(without - Q26_NO_ROUTINE), type ?? 'all').toBeLessThanOrEqual(0.01);
    }
    expect(answered.filter((id) => routine(id) === false)).toHaveLength(103);
  });

  it('marks a supplier unknown exactly when nobody with a routine buys from it directly (and it declares no redundancy)', () => {
    for (const id of suppliers()) {
      const direct = buyers(id);
      const unknown =
        direct.length > 0 &&
        !direct.some((organisation) => routine(organisation) === true) &&
        !subcontractsOf(id).some((edge) => graph.getEdgeAttribute(edge, 'alternatives') !== undefined);
      const expected = unknown ? 'unknown' : subcontractsOf(id).length === 0 ? 'none' : 'known';
      expect(subcontracting(id), id).toBe(expected);
    }
    const counts = new Map<string, number>();
    for (const id of suppliers()) counts.set(subcontracting(id), (counts.get(subcontracting(id)) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ known: 48, none: 11, unknown: 41 });
    // Of the suppliers with a single direct buyer, the unknown share is question 26's 70 %, give or take.
    const single = suppliers().filter((id) => buyers(id).length === 1);
    const unknownShare = single.filter((id) => subcontracting(id) === 'unknown').length / single.length;
    expect(Math.abs(unknownShare - Q26_NO_ROUTINE)).toBeLessThanOrEqual(0.05);
  });

  it('makes possible exactly the subcontracts of unknown suppliers, some with the share of their known peers as probability', () => {
    const subcontracts = graph.filterEdges((_edge, attributes) => attributes.kind === 'subcontracts');
    const possible = subcontracts.filter((edge) => graph.getEdgeAttribute(edge, 'certainty') === 'possible');
    for (const edge of subcontracts) {
      const unknown = subcontracting(graph.source(edge)) === 'unknown';
      expect(possible.includes(edge), edge).toBe(unknown);
    }
    expect([possible.length, subcontracts.length]).toEqual([35, 89]);
    // The probability: of the known suppliers of the same country that sell to organisations, the
    // share with the same subcontractor for the same service; none with fewer than five of them.
    const key = (edge: string) => `${graph.target(edge)} ${graph.getEdgeAttribute(edge, 'service' as never)}`;
    let withProbability = 0;
    for (const edge of possible) {
      const country = graph.getNodeAttribute(graph.source(edge), 'country' as never);
      const peers = suppliers().filter(
        (id) =>
          subcontracting(id) !== 'unknown' &&
          buyers(id).length > 0 &&
          graph.getNodeAttribute(id, 'country' as never) === country,
      );
      const same = peers.filter((id) => subcontractsOf(id).some((e) => key(e) === key(edge))).length;
      const expected = peers.length >= 5 && same > 0 ? Math.round((100 * same) / peers.length) / 100 : undefined;
      expect(graph.getEdgeAttribute(edge, 'probability'), edge).toBe(expected);
      if (expected !== undefined) withProbability++;
    }
    expect(withProbability).toBe(20);
  });
});

describe('datasets/sweden-2018 survey answers (study.json) and names', () => {
  const study = JSON.parse(readFileSync(join(DATASET, 'study.json'), 'utf8')) as {
    survey: Record<'respondents' | 'cloud' | 'saas' | 'paas' | 'iaas', string[]>;
  };
  const share = (yes: string[], of: string[], type: string) => {
    const base = of.filter((id) => orgType(id) === type);
    return base.filter((id) => yes.includes(id)).length / base.length;
  };

  it('has 80 municipalities and 119 agencies answering (Tabell 1.1)', () => {
    const types = study.survey.respondents.map(orgType);
    expect(types.filter((t) => t === 'municipality')).toHaveLength(80);
    expect(types.filter((t) => t === 'agency')).toHaveLength(119);
  });

  it('follows Fig 6.1 and 6.6 within one percentage point per group', () => {
    const { respondents, cloud, saas, paas, iaas } = study.survey;
    expect(share(cloud, respondents, 'municipality')).toBeCloseTo(0.88, 1);
    expect(Math.abs(share(cloud, respondents, 'municipality') - 0.88)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share(cloud, respondents, 'agency') - 0.63)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share(saas, cloud, 'municipality') - 0.89)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share(saas, cloud, 'agency') - 0.63)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(saas.length / cloud.length - 0.76)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(paas.length / cloud.length - 0.35)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(iaas.length / cloud.length - 0.09)).toBeLessThanOrEqual(0.01);
    // The study's 75 % overall contradicts its group shares; the README says so.
    expect(cloud.length / respondents.length).toBeCloseTo(147 / 199, 10);
  });

  it('gives edges only to respondents who said yes to the matching question', () => {
    const { respondents, cloud, saas, paas, iaas } = study.survey;
    const said = { SaaS: new Set(saas), PaaS: new Set(paas), IaaS: new Set(iaas) } as Record<string, Set<string>>;
    const model = (service: string) => graph.getNodeAttribute(service, 'model' as never) as string;
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind === 'uses') expect(said[model(target)]!.has(source), `${source} uses ${target}`).toBe(true);
      if (attributes.kind === 'contracts') expect(cloud.includes(source), `${source} contracts ${target}`).toBe(true);
    });
    expect(cloud.every((id) => respondents.includes(id))).toBe(true);
  });

  it('names every service and supplier visibly fictional', () => {
    const names = graph
      .filterNodes((_id, a) => a.kind !== 'organisation')
      .map((id) => graph.getNodeAttribute(id, 'name'));
    expect(names).toHaveLength(206);
    for (const name of names) expect(name).toMatch(/ \(fiktiv\)$/);
  });
});

describe('the sweden-2018 tables in docs/cli.md', () => {
  const readme = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
  /** The rows of the Markdown table whose header starts with `title`, as arrays of cells. */
  const tableOf = (title: string) => {
    const lines = readme.split('\n');
    const start = lines.findIndex((line) => line.startsWith(`| ${title}`));
    expect(start, title).toBeGreaterThanOrEqual(0);
    const rows: string[][] = [];
    for (const line of lines.slice(start)) {
      if (!line.startsWith('|')) break;
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    }
    return [rows[0]!, ...rows.slice(2)];
  };
  const binned = (h: Record<string, number>, bins: string[]) =>
    bins.map((bin) => {
      const [min, max] = bin.split('–').map(Number) as [number, number | undefined];
      return Object.entries(h)
        .filter(([n]) => Number(n) >= min && Number(n) <= (max ?? (bin === bins[bins.length - 1] ? Infinity : min)))
        .reduce((sum, [, count]) => sum + count, 0);
    });

  it.each([
    ['Tabell 6.2', TABELL_6_2, () => document.sharing.services.SaaS!],
    ['Tabell 6.3', TABELL_6_3, () => document.sharing.suppliersContracted],
  ] as const)('%s: the study row is the study and the Kedja row is kedja metrics', (title, study, computed) => {
    const [header, studyRow, kedjaRow] = tableOf(title);
    const bins = header!.slice(1);
    expect(studyRow!.slice(1).map(Number)).toEqual(binned(study, bins));
    expect(kedjaRow!.slice(1).map(Number)).toEqual(binned(computed(), bins));
  });

  it('Fig 6.10: the Kedja column is kedja metrics', () => {
    const row = tableOf('figure').find((cells) => cells[0]!.startsWith('Fig 6.10'))!;
    const shares = ['SE', 'IE', 'NL', 'NO', 'US', 'FR', 'GB', 'DE'].map((c) =>
      (document.countries[c]! * 100).toFixed(1),
    );
    expect(row[2]).toBe(`${shares.join(', ')} %`);
  });
});
