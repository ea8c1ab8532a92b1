/**
 * The survey importer on datasets/survey-sample: precision and recall of the name matching against
 * the hand-written ground truth (ground-truth.csv, written before the matcher was run on it), and
 * the command end to end, with the decisions file it writes. A merge is a spelling the matcher tied to a catalogue id; it is correct
 * when the truth has that id. Precision = correct merges / merges; recall = correct merges /
 * spellings whose truth is a catalogue id. Counted over distinct spellings per question.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { importSurvey, loadGraph, nameKey, type NormalisationReport } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';

const SAMPLE = join(ROOT, 'datasets/survey-sample');
const NOT_IDS = new Set(['new', 'ambiguous', 'none']);

function readTruth(): Map<string, string> {
  const truth = new Map<string, string>();
  const text = readFileSync(join(SAMPLE, 'ground-truth.csv'), 'utf8');
  // question,raw,id; raw may be quoted.
  for (const match of text.matchAll(/^([a-z0-9_]+),("(?:[^"]|"")*"|[^,\n]*),([^,\n]+)$/gm)) {
    const raw = match[2]!.startsWith('"') ? match[2]!.slice(1, -1).replace(/""/g, '"') : match[2]!;
    if (match[1] !== 'question') truth.set(`${match[1]}\u0000${raw}`, match[3]!);
  }
  return truth;
}

async function runSample(): Promise<NormalisationReport> {
  const { report, diagnostics } = await importSurvey(join(SAMPLE, 'answers.csv'), {
    catalogue: join(SAMPLE, 'catalogue'),
    aliases: join(SAMPLE, 'aliases.csv'),
  });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return report!;
}

describe('datasets/survey-sample', () => {
  it('matches names with precision and recall of at least 0.95 against the ground truth', async () => {
    const report = await runSample();
    const truth = readTruth();
    const seen = new Set<string>();
    let merges = 0;
    let correct = 0;
    let wrong: string[] = [];
    const missed: string[] = [];
    let ambiguousFlagged = 0;
    for (const s of report.spellings) {
      const key = `${s.question}\u0000${s.raw}`;
      seen.add(key);
      const expected = truth.get(key);
      expect(expected, `no ground truth for ${s.question} ${JSON.stringify(s.raw)}`).toBeDefined();
      if (s.result === 'merged') {
        merges++;
        if (s.id === expected) correct++;
        else wrong.push(`${s.question} ${JSON.stringify(s.raw)} -> ${s.id} (truth ${expected}, ${s.method})`);
      } else if (!NOT_IDS.has(expected!)) {
        missed.push(`${s.question} ${JSON.stringify(s.raw)}: ${s.result} (truth ${expected})`);
      }
      if (expected === 'ambiguous' && s.result === 'ambiguous') ambiguousFlagged++;
    }
    expect(
      [...truth.keys()].filter((key) => !seen.has(key)),
      'ground truth rows the answers do not use',
    ).toEqual([]);
    const idTruths = [...truth.values()].filter((id) => !NOT_IDS.has(id)).length;
    const ambiguousTruths = [...truth.values()].filter((id) => id === 'ambiguous').length;
    const precision = correct / merges;
    const recall = correct / idTruths;
    wrong = wrong.sort();
    console.log(
      `survey-sample: ${report.spellings.length} distinct spellings, ${merges} merges, ${correct} correct; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `ambiguous flagged ${ambiguousFlagged} of ${ambiguousTruths}\n` +
        `wrong merges:\n  ${wrong.join('\n  ') || '(none)'}\nmissed:\n  ${missed.join('\n  ') || '(none)'}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('explains every merge and flags every new node in the report', async () => {
    const report = await runSample();
    for (const s of report.spellings) {
      expect(s.reason.length, s.raw).toBeGreaterThan(10);
      if (s.result === 'merged') expect(s.method && s.id && s.matched, s.raw).toBeTruthy();
      if (s.result === 'unresolved') expect(s.id, s.raw).toMatch(/^unresolved-/);
      if (s.result === 'ambiguous') expect(s.candidates!.length, s.raw).toBeGreaterThan(1);
    }
    // One new node per proposed entry: a spelling is in one node only, and spellings of one key share a node.
    const nodeOf = new Map<string, string>();
    for (const node of report.newNodes) {
      for (const raw of node.spellings) {
        const key = `${node.flag} ${node.kind} ${nameKey(raw)}`;
        expect(nodeOf.get(key) ?? node.id, raw).toBe(node.id);
        nodeOf.set(key, node.id);
      }
    }
  });

  it('import-survey writes a valid canonical folder and both reports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kedja-survey-'));
    const result = await kedja([
      'import-survey',
      'datasets/survey-sample/answers.csv',
      '--catalogue',
      'datasets/survey-sample/catalogue',
      '--aliases',
      'datasets/survey-sample/aliases.csv',
      '-o',
      out,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { counts: { respondents: number; skippedRows: number } };
    expect(summary.counts.respondents).toBeGreaterThanOrEqual(120);
    expect(summary.counts.skippedRows).toBe(2);
    expect(result.stderr).toMatch(
      /answers\.csv:\d+:1: warning KEDJA_SURVEY_ROW_SKIPPED: row skipped: organisation_id is empty/,
    );
    const { graph, diagnostics } = await loadGraph(out);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(graph!.getNodeAttributes('9901')).toMatchObject({ name: 'Björkby kommun', population: 12000, cloud: true });
    expect(graph!.hasNode('myn-kulturdata')).toBe(true);
    expect(readFileSync(join(out, 'review', 'decisions.csv'), 'utf8')).toMatch(/^spelling,question,decision,id,/);
    const markdown = readFileSync(join(out, 'normalisation-report.md'), 'utf8');
    const json = JSON.parse(readFileSync(join(out, 'normalisation-report.json'), 'utf8')) as NormalisationReport;
    for (const s of json.spellings) expect(markdown).toContain(s.raw.replace(/\|/g, '\\|').replace(/\n/g, ' '));
  });

  it('import-survey refuses answers without the organisation columns, with exit 2 and the place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kedja-survey-bad-'));
    const answers = join(dir, 'answers.csv');
    writeFileSync(answers, 'organisation_name,q7_1_saas_names\nEtt kommun,O365\n');
    const result = await kedja([
      'import-survey',
      answers,
      '--catalogue',
      'datasets/survey-sample/catalogue',
      '-o',
      join(dir, 'out'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${answers}:1:3: error KEDJA_CSV_MISSING_COLUMN`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
