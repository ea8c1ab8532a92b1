/**
 * The sections of the normalisation report in Markdown, each a function of the report that gives
 * its lines: the summary, what became of the spellings, the merges with their method, score,
 * evidence and runners-up, the ambiguous names with their candidates, the unresolved ones, the new
 * nodes (the proposed new catalogue entries), the non-answers and own operation, the
 * organisations, the countries, the skipped rows and the reviewer's decisions. Every raw spelling
 * of the answers appears in exactly one of the spelling tables. O(spellings) in all.
 */
import { table } from './markdown-table.js';
import type { Candidate } from './matcher-types.js';
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
  key: 'normalised key (look-alikes, case, accents, punctuation, legal forms, country tails, "kommun", the supplier name dropped)',
  fingerprint: 'the same words in another order (fingerprint)',
  brand: 'a spelling in the brand list (renames, abbreviations)',
  'via-supplier': 'a supplier named for a service: its only service',
  'via-service': 'a service named for a supplier: its only supplier',
  ngram: 'the same character pairs (n-gram fingerprint)',
  edition: 'the same name but for the edition ("Business", "for Education", "E3")',
  prefix: 'the leading words of exactly one catalogue name (the brand alone)',
  'token-set': 'every word of a catalogue name, and more',
  phonetic: 'sounds the same (Swedish phonetic key) and is spelt alike',
  edit: 'edit-distance score at or above the threshold',
  context: 'ambiguous, decided by what the same respondent names elsewhere',
  decision: "the reviewer's decision (--decisions)",
  ambiguous: 'ambiguous: several catalogue entries fit; not guessed, a new node flagged ambiguous',
  unresolved: 'unresolved: nothing in the catalogue fits; a new node flagged unresolved, one per proposed entry',
  'not-a-name': 'not a name ("vet ej", "se bilaga", "-") or own operation ("egen drift"): no edge',
};

const question = (s: SpellingReport) => QUESTION_NAMES[s.question] ?? s.question;

/** Candidates with their scores: "svc-a (0.83), svc-b (0.80)". */
const scored = (candidates: readonly Candidate[] | undefined) =>
  (candidates ?? []).map((k) => `${k.id} (${k.score.toFixed(2)})`).join(', ');

/** Line numbers, the first eight and the count when there are more. */
export const lineList = (numbers: number[]) =>
  numbers.length > 8 ? `${numbers.slice(0, 8).join(', ')}, … (${numbers.length})` : numbers.join(', ');

const withResult = (report: NormalisationReport, result: SpellingResult) =>
  report.spellings.filter((s) => s.result === result);

export const title: ReportSection = (report) => [
  '# Normalisation report',
  '',
  `Answers \`${report.answers}\`, catalogue \`${report.catalogue}\`` +
    `${report.aliases ? `, aliases \`${report.aliases}\`` : ''}` +
    `; brand lists: ${report.brands.length > 0 ? report.brands.join(', ') : 'none'}` +
    `${report.decisionsFile ? `; decisions \`${report.decisionsFile}\`` : ''}` +
    `; threshold ${report.threshold}, close calls within ${report.margin}.`,
  '',
];

export const summary: ReportSection = ({ counts: c }) => [
  `${c.rows} rows: ${c.respondents} respondents, ${c.skippedRows} rows skipped. ` +
    `${c.occurrences} names in the answers, ${c.spellings} distinct spellings (per question). ` +
    `${c.edges.uses} uses edges, ${c.edges.contracts} contracts edges. ` +
    `New nodes: ${c.newNodes.unresolved} unresolved, ${c.newNodes.ambiguous} ambiguous. ` +
    `${c.dontKnowAnswers} yes/no answers were "vet ej". ` +
    `${c.ownOperationAnswers} answers named the organisation's own operation.` +
    (c.decisions.applied + c.decisions.noMatch + c.decisions.invalid > 0
      ? ` Decisions: ${c.decisions.applied} applied, ${c.decisions.noMatch} no longer match anything, ${c.decisions.invalid} invalid.`
      : ''),
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
    ['question', 'raw spelling', 'became', 'id', 'method', 'score', 'matched', 'runners-up', 'times', 'why'],
    withResult(report, 'merged').map((s) => [
      question(s),
      s.raw,
      s.name,
      s.id,
      s.method,
      s.score?.toFixed(2),
      s.matched,
      scored(s.runnersUp),
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
      scored(s.candidates),
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
      scored([...(s.candidates ?? []), ...(s.runnersUp ?? [])]),
      s.occurrences,
      lineList(s.lines),
      s.reason,
    ]),
  ),
];

export const newNodes: ReportSection = (report) => [
  '## New nodes (proposed catalogue entries)',
  '',
  'Spellings that fit nothing are clustered across respondents: each new node flagged unresolved is one proposed new entry, with the methods that joined its spellings.',
  '',
  table(
    ['id', 'kind', 'flag', 'name', 'spellings', 'organisations', 'linked by'],
    report.newNodes.map((n) => [
      n.id,
      n.kind,
      n.flag,
      n.name,
      n.spellings.join('; '),
      n.organisations,
      (n.linkedBy ?? []).join(', '),
    ]),
  ),
];

export const notNames: ReportSection = (report) => [
  '## Not names',
  '',
  table(
    ['question', 'raw answer', 'meaning', 'times', 'lines'],
    withResult(report, 'not-a-name').map((s) => [
      question(s),
      s.raw,
      s.ownOperation ? 'own operation' : 'names nothing',
      s.occurrences,
      lineList(s.lines),
    ]),
  ),
];

export const organisations: ReportSection = (report) => [
  '## Organisations',
  '',
  table(
    ['line', 'organisation_id', 'id', 'name', 'matched by', 'own operation'],
    report.organisations.map((o) => [o.line, o.answered, o.id, o.name, o.match, (o.ownOperation ?? []).join(', ')]),
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

const DECISION_STATUS: Readonly<Record<string, string>> = {
  applied: 'applied',
  'no-match': 'no longer matches anything',
  invalid: 'not applied',
};

export const decisions: ReportSection = (report) =>
  report.decisionsFile === null
    ? []
    : [
        '## Review decisions',
        '',
        `From \`${report.decisionsFile}\`: every row with a decision, and what became of it.`,
        '',
        table(
          ['line', 'spelling', 'question', 'decision', 'id', 'status', 'note'],
          report.decisions.map((d) => [
            d.line,
            d.spelling,
            d.question,
            d.decision,
            d.id,
            DECISION_STATUS[d.status],
            d.note,
          ]),
        ),
      ];
