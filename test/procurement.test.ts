/**
 * Public procurement notices through the importer and the real command, on every contract award,
 * voluntary ex-ante transparency, modification and completion notice among the eForms SDK's
 * official samples (datasets/eforms-samples): for each sample, the (buyer, supplier) pairs of its
 * `contracts` edges and the (main contractor, subcontractor) pairs of its `subcontracts` edges,
 * named as the notice writes them; the same graph from a folder, a .zip and a .tar.gz; `kedja
 * blast` on the folder written; and the files that are not notices (invalid samples, a contract
 * notice, hostile XML) skipped with their reason.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { KedjaGraph } from '@kedja/core';
import { importProcurement } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { writeTarGz, zipFiles } from './support/archives.js';
import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

const SAMPLES = join(ROOT, 'datasets/eforms-samples');
const OTHER = join(ROOT, 'test/fixtures/eforms-other');
const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-procurement-'));

type Pair = [string, string];
interface Expected {
  contracts: Pair[];
  subcontracts?: Pair[];
}

const WAKEFIELD = 'The Council of the City of Wakefield';
const NI_WATER = 'NI Water and its subsidiaries';
const DELOITTE = 'Deloitte — Main Account LLP';
const FIN_ADM = 'Financial Adinistration for ...';
const MIDDLESBROUGH = 'Middlesbrough Council';

/** Every sample with a settled contract, and what its notice says was contracted. */
const EXPECTED: Record<string, Expected> = {
  'E4_minimal.xml': { contracts: [['Rouen Habitat', 'Société Espaces Verts']] },
  'E5_minimal.xml': { contracts: [['Buyer Org', 'Private Corp']] },
  'E6_minimal.xml': { contracts: [['Buyer Org', 'Some Corp']] },
  'can-desg_24.xml': { contracts: [['ZenithNova Innovations', 'Official name']] },
  'can-modif_23.xml': { contracts: [['ZenithNova Innovations', 'jka mmmm']] },
  'can-modif_24_duration.xml': {
    contracts: [['Gransha Hospital Procurement and Logistics Service', 'Roche Diagnostics Ltd']],
  },
  'can-modif_24_value.xml': { contracts: [['London South Bank University', 'PwC UK LLP']] },
  'can-modif_25.xml': { contracts: [['ZenithNova Innovations', 'Kajhndfoak']] },
  'can-social_23.xml': { contracts: [['ZenithNova Innovations Ltd.', 'New Org']] },
  'can-social_24.xml': { contracts: [['ZenithNova Innovations Ltd.', 'Kapa']] },
  'can-social_25.xml': { contracts: [['ZenithNova Innovations', 'Official name']] },
  'can_23_contracts.xml': {
    contracts: [
      [WAKEFIELD, 'Jacobs'],
      [WAKEFIELD, 'Phoenix commercial collections'],
    ],
  },
  'can_24_FRA_comments.xml': {
    contracts: [
      ['Rouen Habitat', 'Espaces Verts Lemire'],
      ['Rouen Habitat', 'ID Verde SASU'],
    ],
  },
  'can_24_LSBU.xml': { contracts: [['London South Bank University', 'PwC UK LLP']] },
  'can_24_UKRI.xml': { contracts: [['UK Research and Innovation', 'Ramboll UK Ltd']] },
  // A consortium of two tenderers whose subcontractor names both as its main contractors, and a second contract.
  'can_24_maximal.xml': {
    contracts: [
      [FIN_ADM, 'Competitor'],
      [FIN_ADM, 'Gyro Soft SA'],
      [FIN_ADM, 'The best App Ltd.'],
    ],
    subcontracts: [
      ['Gyro Soft SA', 'Ayuda'],
      ['The best App Ltd.', 'Ayuda'],
    ],
  },
  'can_24_minimal.xml': { contracts: [['Rouen Habitat', 'Espaces Verts Lemire']] },
  'can_25_ENG.xml': { contracts: [[NI_WATER, DELOITTE]] },
  // Two buyers and no signatory: every buyer holds the contract.
  'can_25_ENG_Buyers.xml': {
    contracts: [
      ['Clear Water', DELOITTE],
      [NI_WATER, DELOITTE],
    ],
  },
  'can_25_ENG_buyers_countries.xml': {
    contracts: [
      ['Clear Water', DELOITTE],
      ['France Eau', DELOITTE],
    ],
  },
  'can_25_ITA.xml': { contracts: [['Rete Ferroviaria italiana', 'Trenitalia SpA']] },
  'can_25_withheld.xml': { contracts: [[NI_WATER, DELOITTE]] },
  'can_25_withheld_lots.xml': { contracts: [[NI_WATER, DELOITTE]] },
  'can_81_FRA.xml': {
    contracts: [
      ["Commissariat à l'énergie atomique et aux énergies alternatives", 'Assystem energy et infrastructure'],
    ],
  },
  't02_ESP.xml': {
    contracts: [
      [
        'Ministerio de Transportes, Movilidad y Agenda Urbana',
        'Sociedad Mercantil Estatal Renfe Viajeros, Sociedad Anónima',
      ],
    ],
  },
  'veat_23.xml': { contracts: [['Stadt Neckargemünd', 'Stadtwerke Neckargemünd GmbH']] },
  // One tendering party of three tenderers.
  'veat_24.xml': {
    contracts: [
      [MIDDLESBROUGH, 'Direct Healthcare Services Ltd'],
      [MIDDLESBROUGH, 'Harvest Healthcare Ltd'],
      [MIDDLESBROUGH, 'Invacare Ltd'],
    ],
  },
  'veat_25.xml': { contracts: [['Network Rail Infrastructure Ltd', 'Dreicher and Sohne']] },
  'veat_81.xml': { contracts: [['ZenithNova Innovations Ltd.', 'New Org']] },
};

/** Samples whose lots were all closed or left open without a winner: nothing to import. */
const NO_CONTRACT = ['can-desg_25.xml', 'can_24_no_tenders.xml'];

function pairs(graph: KedjaGraph, kind: 'contracts' | 'subcontracts'): Pair[] {
  const found: Pair[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== kind) return;
    found.push([graph.getNodeAttribute(source, 'name'), graph.getNodeAttribute(target, 'name')]);
  });
  return found.sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

describe('the eForms SDK samples, one by one', () => {
  it('covers every contract award sample (and no other file) in datasets/eforms-samples', () => {
    const files = readdirSync(SAMPLES).filter((file) => file.endsWith('.xml'));
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), ...NO_CONTRACT].sort());
    for (const file of files) expect(readFileSync(join(SAMPLES, file), 'utf8')).toContain('<ContractAwardNotice');
  });

  it.each(Object.entries(EXPECTED))('%s: its contracts and subcontracts', async (file, expected) => {
    const { graph, report, diagnostics } = await importProcurement([join(SAMPLES, file)]);
    expect(diagnostics).toEqual([]);
    expect(pairs(graph!, 'contracts')).toEqual(expected.contracts);
    expect(pairs(graph!, 'subcontracts')).toEqual(expected.subcontracts ?? []);
    // Provenance on every edge: the notice, its date and the contract, aligned.
    graph!.forEachEdge((edge, attributes) => {
      const { notices, published, contractIds } = attributes as unknown as Record<string, string[]>;
      expect(notices!.length, edge).toBeGreaterThan(0);
      expect(published!.length).toBe(notices!.length);
      expect(contractIds![0]).toMatch(new RegExp(`^${notices![0]}/CON-\\d{4}$`));
      expect(published![0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    expect(report!.provenance.length).toBe(graph!.size);
  });

  it.each(NO_CONTRACT)('%s: no settled contract, so nothing to import, and the report says why', async (file) => {
    const { graph, report, diagnostics } = await importProcurement([join(SAMPLES, file)]);
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_PROCUREMENT_NO_NOTICES']);
    expect(report!.skipped.map((s) => s.reason).join('\n')).toMatch(/without a winner|no winner chosen/);
  });

  it('the consortium sample: services by category, the subcontractor under both members', async () => {
    const { graph } = await importProcurement([join(SAMPLES, 'can_24_maximal.xml')]);
    const categories = new Set<string>();
    graph!.forEachNode((_node, attributes) => {
      if (attributes.kind === 'service') categories.add(attributes.category ?? '');
    });
    // CPV 75121000: administrative educational services, outside the ICT table: its division's name.
    expect([...categories]).toEqual(['Administration, defence and social security services']);
  });
});

describe('all samples at once', () => {
  it('merges one party across notices by organisation number, then by name, and lists every merge', async () => {
    const { graph, report } = await importProcurement([SAMPLES]);
    const merges = new Map(report!.merges.map((m) => [m.name, m]));
    expect(merges.get('Espaces Verts Lemire')).toMatchObject({
      rule: 'organisation number',
      notices: 2,
      namesDiffer: false,
    });
    expect(merges.get('ZenithNova Innovations')).toMatchObject({ rule: 'name', kind: 'organisation' });
    // The samples reuse "123 456 789" for several buyers: merged by number, and flagged.
    expect(merges.get(NI_WATER)).toMatchObject({ rule: 'organisation number', namesDiffer: true });
    expect(report!.read.notices).toEqual({
      'contract award': 21,
      modification: 5,
      'voluntary ex-ante transparency': 4,
      completion: 1,
    });
    expect(graph!.getNodeAttributes('sup-fr-326912557')).toEqual({
      kind: 'supplier',
      name: 'Espaces Verts Lemire',
      country: 'FR',
    });
  });

  it('keeps only the CPV prefixes asked for', async () => {
    const { graph, report } = await importProcurement([SAMPLES], { cpv: ['72', '48', '302', '642'] });
    expect(pairs(graph!, 'contracts')).toEqual([
      ['Clear Water', DELOITTE],
      // Merged with Rouen Habitat by number when every notice is read; alone among the IT contracts here.
      ['France Eau', DELOITTE],
      [NI_WATER, DELOITTE],
    ]);
    expect(report!.categories).toEqual([{ category: 'IT services', contracts: 5 }]);
    expect(report!.skipped.filter((s) => s.reason.includes('--cpv')).length).toBe(27);
  });

  it('reads the same notices from a folder, a .zip and a .tar.gz, and skips the same', async () => {
    const dir = tmp();
    const files = readdirSync(SAMPLES).filter((file) => file.endsWith('.xml'));
    zipFiles(join(dir, 'notices.zip'), SAMPLES, files, '2024/');
    await writeTarGz(join(dir, 'notices.tar.gz'), SAMPLES, files);
    const [folder, zip, tar] = await Promise.all(
      [SAMPLES, join(dir, 'notices.zip'), join(dir, 'notices.tar.gz')].map((input) => importProcurement([input])),
    );
    expect(zip!.graph!.export()).toEqual(folder!.graph!.export());
    expect(tar!.graph!.export()).toEqual(folder!.graph!.export());
    expect(zip!.report!.provenance[0]!.sources[0]!.file).toMatch(/notices\.zip!2024\/E4_minimal\.xml$/);
    expect(tar!.report!.read).toEqual(folder!.report!.read);
  });

  it('skips what is not a notice with its reason, and refuses hostile XML as the graph readers do', async () => {
    const dir = tmp();
    copyFileSync(join(SAMPLES, 'can_24_minimal.xml'), join(dir, 'ok.xml'));
    writeFileSync(
      join(dir, 'xxe.xml'),
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><ContractAwardNotice>&x;</ContractAwardNotice>',
    );
    writeFileSync(
      join(dir, 'deep.xml'),
      `<ContractAwardNotice>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</ContractAwardNotice>`,
    );
    writeFileSync(join(dir, 'notes.txt'), 'not a notice');
    const { graph, report, diagnostics } = await importProcurement([dir, OTHER, join(dir, 'notes.txt')]);
    expect(pairs(graph!, 'contracts')).toEqual([['Rouen Habitat', 'Espaces Verts Lemire']]);
    const refused = diagnostics.filter((d) => d.code === 'KEDJA_XML_SYNTAX');
    expect(refused.map((d) => d.file)).toEqual([join(dir, 'deep.xml'), join(dir, 'xxe.xml')]);
    expect(refused.every((d) => d.severity === 'warning')).toBe(true);
    expect(refused[1]!.message).toMatch(/DOCTYPE declaration is refused/);
    const reasons = new Map(
      report!.skipped.map((s) => [s.where.replace(`${dir}/`, '').replace(`${OTHER}/`, ''), s.reason]),
    );
    // Named on the command line, a file that is no notice is listed; in a folder it is left alone.
    expect(reasons.get('notes.txt')).toMatch(/not an XML file/);
    expect(report!.skipped.filter((s) => s.where.endsWith('notes.txt'))).toHaveLength(1);
    expect(reasons.get('cn_24_minimal.xml')).toMatch(/not a contract award notice \(<ContractNotice>\)/);
    expect(reasons.get('INVALID_can_24_empty.xml')).toBe('no notice identifier');
  });
});

describe('kedja import-procurement', () => {
  it('writes a canonical folder with the report beside it, and kedja blast runs on it', async () => {
    const out = join(tmp(), 'graph');
    const imported = await kedja(['import-procurement', 'datasets/eforms-samples', '-o', out, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ contracts: 32, counts: { contracts: 29, subcontracts: 2 }, warnings: 0 });
    const report = readFileSync(join(out, 'procurement-report.md'), 'utf8');
    expect(report).toContain('| sup-fr-326912557 | supplier | Espaces Verts Lemire |');
    const validated = await kedja(['validate', out]);
    expect(validated.code, validated.stderr).toBe(0);
    const blast = await kedja(['blast', out, '--supplier', 'sup-gb-222222222', '--json']);
    expect(blast.code, blast.stderr).toBe(0);
    expect(JSON.parse(blast.stdout).totals.organisations).toBe(3);
  });

  it('refuses a --cpv that is not a prefix (exit 1) and inputs without a notice (exit 2)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const [badCpv, none] = await Promise.all([
      kedja(['import-procurement', 'datasets/eforms-samples', '-o', join(dir, 'a'), '--cpv', 'IT']),
      kedja(['import-procurement', join(dir, 'empty'), '-o', join(dir, 'b')]),
    ]);
    expect(badCpv.code).toBe(1);
    expect(badCpv.stderr).toContain('"IT" is not a CPV prefix');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('error KEDJA_PROCUREMENT_NO_NOTICES');
    for (const result of [badCpv, none]) expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
