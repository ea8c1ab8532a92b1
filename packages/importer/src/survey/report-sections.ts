/**
 * The sections of the normalisation report in Markdown, each a function of the report that gives
 * its lines: the summary, what became of the spellings, the merges with their method and evidence,
 * the ambiguous names with their candidates, the unresolved ones, the new nodes, the non-answers,
 * the organisations, the countries and the skipped rows. Every raw spelling of the answers appears
 * in exactly one of the spelling tables. O(spellings) in all.
 */
import { table } from './markdown-table.js';
import type { NormalisationReport, SpellingReport, SpellingResult } from './report-types.js';

export type ReportSection = (report: NormalisationReport) => string[];

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

const question = (s: SpellingReport) => QUESTION_NAMES[s.question] ?? s.question;

/** Line numbers, the first eight and the count when there are more. */
export const lineList = (numbers: number[]) =>
  numbers.length > 8 ? `${numbers.slice(0, 8).join(', ')}, … (${numbers.length})` : numbers.join(', ');

const withResult = (report: NormalisationReport, result: SpellingResult) =>
  report.spellings.filter((s) => s.result === result);

export const title: ReportSection = (report) => [
  '# Normalisation report',
  '',
  `Answers \`${report.answers}\`, catalogue \`${report.catalogue}\`` +
    `${report.aliases ? `, aliases \`${report.aliases}\`` : ''}; fuzzy threshold ${report.threshold}, close calls within ${report.margin}.`,
  '',
];

export const summary: ReportSection = ({ counts: c }) => [
  `${c.rows} rows: ${c.respondents} respondents, ${c.skippedRows} rows skipped. ` +
    `${c.occurrences} names in the answers, ${c.spellings} distinct spellings (per question). ` +
    `${c.edges.uses} uses edges, ${c.edges.contracts} contracts edges. ` +
    `New nodes: ${c.newNodes.unresolved} unresolved, ${c.newNodes.ambiguous} ambiguous. ` +
    `${c.dontKnowAnswers} yes/no answers were "vet ej".`,
  '',
];

export const methods: ReportSection = ({ counts }) => [
  '## What became of each spelling',
  '',
  table(
    ['result', 'spellings', 'meaning'],
    Object.entries(counts.byMethod)
      .sort((a, b) => b[1] - a[1])
      .map(([method, n]) => [method, n, METHOD_TEXT[method] ?? method]),
  ),
];

export const merged: ReportSection = (report) => [
  '## Merged into the catalogue',
  '',
  table(
    ['question', 'raw spelling', 'became', 'id', 'method', 'score', 'matched', 'times', 'why'],
    withResult(report, 'merged').map((s) => [
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
];

export const ambiguous: ReportSection = (report) => [
  '## Ambiguous (not guessed)',
  '',
  table(
    ['question', 'raw spelling', 'new node', 'candidates', 'times', 'lines', 'why'],
    withResult(report, 'ambiguous').map((s) => [
      question(s),
      s.raw,
      s.id,
      (s.candidates ?? []).map((k) => `${k.id} (${k.score.toFixed(2)})`).join(', '),
      s.occurrences,
      lineList(s.lines),
      s.reason,
    ]),
  ),
];

export const unresolved: ReportSection = (report) => [
  '## Unresolved (new nodes)',
  '',
  table(
    ['question', 'raw spelling', 'new node', 'closest', 'times', 'lines', 'why'],
    withResult(report, 'unresolved').map((s) => [
      question(s),
      s.raw,
      s.id,
      s.candidates?.[0] ? `${s.candidates[0].id} (${s.candidates[0].score.toFixed(2)})` : '',
      s.occurrences,
      lineList(s.lines),
      s.reason,
    ]),
  ),
];

export const newNodes: ReportSection = (report) => [
  '## New nodes',
  '',
  table(
    ['id', 'kind', 'flag', 'name', 'spellings', 'organisations'],
    report.newNodes.map((n) => [n.id, n.kind, n.flag, n.name, n.spellings.join('; '), n.organisations]),
  ),
];

export const notNames: ReportSection = (report) => [
  '## Not names',
  '',
  table(
    ['question', 'raw answer', 'times', 'lines'],
    withResult(report, 'not-a-name').map((s) => [question(s), s.raw, s.occurrences, lineList(s.lines)]),
  ),
];

export const organisations: ReportSection = (report) => [
  '## Organisations',
  '',
  table(
    ['line', 'organisation_id', 'id', 'name', 'matched by'],
    report.organisations.map((o) => [o.line, o.answered, o.id, o.name, o.match]),
  ),
];

export const countries: ReportSection = (report) => [
  '## Countries (Q23:1)',
  '',
  table(
    ['as answered', 'country', 'times', 'lines'],
    report.countries.map((k) => [k.raw, k.code ?? 'not a country: not used', k.occurrences, lineList(k.lines)]),
  ),
  table(
    ['service', 'countries added', 'named by'],
    report.serviceCountries.map((s) => [s.service, s.added.join(', '), s.organisations.join(', ')]),
  ),
];

export const skippedRows: ReportSection = (report) => [
  '## Skipped rows',
  '',
  table(
    ['line', 'why'],
    report.skippedRows.map((r) => [r.line, r.reason]),
  ),
];
