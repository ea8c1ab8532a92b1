/**
 * The normalisation report as a person reads it (Markdown): the counts first, then every merge
 * with its method and evidence, the ambiguous names with their candidates, the new nodes flagged
 * unresolved, the non-answers, the countries and the skipped rows. Every raw spelling of the
 * answers appears in exactly one table. O(spellings).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { NormalisationReport, SpellingReport } from './report-types.js';

const QUESTION_NAMES: Readonly<Record<string, string>> = {
  q7_1: 'Q7:1 SaaS',
  q8_1: 'Q8:1 PaaS',
  q9_1: 'Q9:1 IaaS',
  q15: 'Q15 supplier',
};

const METHOD_TEXT: Readonly<Record<string, string>> = {
  alias: 'exact alias (a catalogue name or aliases.csv)',
  key: 'normalised key (case, accents, punctuation, legal suffixes, "kommun", the supplier name dropped)',
  'via-supplier': 'a supplier named for a service: its only service',
  'via-service': 'a service named for a supplier: its only supplier',
  prefix: 'the leading words of exactly one catalogue name (the brand alone)',
  fuzzy: 'fuzzy score at or above the threshold',
  ambiguous: 'ambiguous: several catalogue entries fit; not guessed, a new node flagged ambiguous',
  unresolved: 'unresolved: nothing in the catalogue fits; a new node flagged unresolved',
  'not-a-name': 'not a name ("vet ej", "inga", "-"): no edge',
};

/** Escapes text for a Markdown table cell. */
const cell = (text: string | number | undefined) =>
  String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

function table(headers: string[], rows: (string | number | undefined)[][]): string {
  if (rows.length === 0) return '_none_\n';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

const question = (s: SpellingReport) => QUESTION_NAMES[s.question] ?? s.question;
const lines = (numbers: number[]) =>
  numbers.length > 8 ? `${numbers.slice(0, 8).join(', ')}, … (${numbers.length})` : numbers.join(', ');

export function renderNormalisationReport(report: NormalisationReport): string {
  const c = report.counts;
  const out: string[] = [];
  out.push('# Normalisation report', '');
  out.push(
    `Answers \`${report.answers}\`, catalogue \`${report.catalogue}\`` +
      `${report.aliases ? `, aliases \`${report.aliases}\`` : ''}; fuzzy threshold ${report.threshold}, close calls within ${report.margin}.`,
    '',
  );
  out.push(
    `${c.rows} rows: ${c.respondents} respondents, ${c.skippedRows} rows skipped. ` +
      `${c.occurrences} names in the answers, ${c.spellings} distinct spellings (per question). ` +
      `${c.edges.uses} uses edges, ${c.edges.contracts} contracts edges. ` +
      `New nodes: ${c.newNodes.unresolved} unresolved, ${c.newNodes.ambiguous} ambiguous. ` +
      `${c.dontKnowAnswers} yes/no answers were "vet ej".`,
    '',
  );
  out.push('## What became of each spelling', '');
  out.push(
    table(
      ['result', 'spellings', 'meaning'],
      Object.entries(c.byMethod)
        .sort((a, b) => b[1] - a[1])
        .map(([method, n]) => [method, n, METHOD_TEXT[method] ?? method]),
    ),
  );

  const merged = report.spellings.filter((s) => s.result === 'merged');
  out.push('## Merged into the catalogue', '');
  out.push(
    table(
      ['question', 'raw spelling', 'became', 'id', 'method', 'score', 'matched', 'times', 'why'],
      merged.map((s) => [
        question(s),
        s.raw,
        s.name,
        s.id,
        s.method,
        s.score?.toFixed(2),
        s.matched,
        s.occurrences,
        s.reason,
      ]),
    ),
  );

  out.push('## Ambiguous (not guessed)', '');
  out.push(
    table(
      ['question', 'raw spelling', 'new node', 'candidates', 'times', 'lines', 'why'],
      report.spellings
        .filter((s) => s.result === 'ambiguous')
        .map((s) => [
          question(s),
          s.raw,
          s.id,
          (s.candidates ?? []).map((k) => `${k.id} (${k.score.toFixed(2)})`).join(', '),
          s.occurrences,
          lines(s.lines),
          s.reason,
        ]),
    ),
  );

  out.push('## Unresolved (new nodes)', '');
  out.push(
    table(
      ['question', 'raw spelling', 'new node', 'closest', 'times', 'lines', 'why'],
      report.spellings
        .filter((s) => s.result === 'unresolved')
        .map((s) => [
          question(s),
          s.raw,
          s.id,
          s.candidates?.[0] ? `${s.candidates[0].id} (${s.candidates[0].score.toFixed(2)})` : '',
          s.occurrences,
          lines(s.lines),
          s.reason,
        ]),
    ),
  );

  out.push('## New nodes', '');
  out.push(
    table(
      ['id', 'kind', 'flag', 'name', 'spellings', 'organisations'],
      report.newNodes.map((n) => [n.id, n.kind, n.flag, n.name, n.spellings.join('; '), n.organisations]),
    ),
  );

  out.push('## Not names', '');
  out.push(
    table(
      ['question', 'raw answer', 'times', 'lines'],
      report.spellings
        .filter((s) => s.result === 'not-a-name')
        .map((s) => [question(s), s.raw, s.occurrences, lines(s.lines)]),
    ),
  );

  out.push('## Organisations', '');
  out.push(
    table(
      ['line', 'organisation_id', 'id', 'name', 'matched by'],
      report.organisations.map((o) => [o.line, o.answered, o.id, o.name, o.match]),
    ),
  );

  out.push('## Countries (Q23:1)', '');
  out.push(
    table(
      ['as answered', 'country', 'times', 'lines'],
      report.countries.map((k) => [k.raw, k.code ?? 'not a country: not used', k.occurrences, lines(k.lines)]),
    ),
  );
  out.push(
    table(
      ['service', 'countries added', 'named by'],
      report.serviceCountries.map((s) => [s.service, s.added.join(', '), s.organisations.join(', ')]),
    ),
  );

  out.push('## Skipped rows', '');
  out.push(
    table(
      ['line', 'why'],
      report.skippedRows.map((r) => [r.line, r.reason]),
    ),
  );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Writes normalisation-report.json and normalisation-report.md into `folder`; returns their paths. */
export async function writeNormalisationReport(report: NormalisationReport, folder: string): Promise<string[]> {
  const json = join(folder, 'normalisation-report.json');
  const markdown = join(folder, 'normalisation-report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await writeFile(markdown, renderNormalisationReport(report), 'utf8');
  return [json, markdown];
}
