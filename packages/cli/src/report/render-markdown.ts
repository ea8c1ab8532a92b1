/**
 * The Markdown report: the same findings and tables as the HTML report (charts are in the HTML
 * form), as GitHub-flavoured Markdown tables for wikis, tickets and e-mail. O(size of the report).
 */
import type { ComparisonTable, ReportData } from '@kedja/core/reports';

import { agreeText, comparisonText, int, MODEL_EXPLANATION, pct, ratio } from './format.js';

/** A table cell: no line breaks, pipes escaped. */
const cell = (text: string | number) => String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function mdTable(head: string[], rows: (string | number)[][], numeric: boolean[] = []): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${head.map((_h, i) => (numeric[i] ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

function comparisonTable(t: ComparisonTable): string {
  const head = ['', ...t.groups.flatMap((g) => [`${g ? `${g}: ` : ''}study`, `${g ? `${g}: ` : ''}Kedja`, 'agree'])];
  return `### ${t.title}\n\n${mdTable(
    head,
    t.rows.map((row) => [
      row.label,
      ...row.values.flatMap((v) => [
        comparisonText(v.study, t.unit),
        comparisonText(v.computed, t.unit),
        agreeText(v.match),
      ]),
    ]),
    head.map((h, i) => i > 0 && h !== 'agree'),
  )}`;
}

export function renderReportMarkdown(data: ReportData, meta: { input: string; version: string }): string {
  const out: string[] = [];
  const m = data.metrics;
  out.push(
    `# Dependence and concentration: ${data.title}`,
    '',
    `A Kedja report on \`${meta.input}\`: ${int(data.counts.organisations)} organisations, ${int(data.counts.services)} services, ${int(data.counts.suppliers)} suppliers and ${int(data.counts.edges)} dependencies.` +
      (data.study ? ` Published figures of _${data.study}_ are shown beside Kedja's.` : '') +
      ' The HTML form of this report (`--format html`) has the charts.',
    '',
    '## Key findings',
    '',
    ...data.findings.map((f, i) => `${i + 1}. ${f}`),
    '',
    '## How widely services and suppliers are shared',
    '',
    '### Services shared by n organisations',
    '',
  );
  const { models, rows } = data.serviceSharing;
  out.push(
    rows.length === 0
      ? 'No organisation uses any service in the data.'
      : mdTable(
          ['shared by n', ...models],
          rows.map((r) => [r.n, ...r.counts.map(int)]),
          [true, ...models.map(() => true)],
        ),
    '',
    '### Suppliers shared by n organisations',
    '',
    MODEL_EXPLANATION,
    '',
    data.supplierSharing.length === 0
      ? 'No organisation depends on any supplier in the data.'
      : mdTable(
          ['shared by n', 'contracted', 'declared', 'effective'],
          data.supplierSharing.map((r) => [r.n, int(r.contracted), int(r.declared), int(r.effective)]),
          [true, true, true, true],
        ),
    '',
    '### Distinct services used per category and organisation type',
    '',
    data.categories.rows.length === 0
      ? 'No service in the data has a category.'
      : mdTable(
          ['category', ...data.categories.types],
          data.categories.rows.map((r) => [r.category, ...r.counts.map(int)]),
          [false, ...data.categories.types.map(() => true)],
        ),
    '',
  );
  if (data.comparison) {
    out.push(
      '## Beside the study',
      '',
      `Published figures of _${data.study}_ beside Kedja's; counts agree when equal, shares within one percentage point.`,
      '',
    );
    for (const t of data.comparison) out.push(comparisonTable(t), '');
    if (data.notes.length > 0) out.push('Notes on the study:', '', ...data.notes.map((n) => `- ${n}`), '');
  }
  out.push(
    '## Systemic ranking',
    '',
    'Every supplier failing alone; _hidden_ organisations never named it nor use a service it provides directly.',
    '',
    data.ranking.length === 0
      ? 'No supplier failing alone affects any organisation.'
      : mdTable(
          ['#', 'supplier', 'organisations', 'critical', 'named it', 'hidden', 'population'],
          data.ranking.map((r, i) => [
            i + 1,
            r.name,
            int(r.organisations),
            int(r.critical),
            int(r.direct),
            int(r.hidden),
            int(r.population),
          ]),
          [true, false, true, true, true, true, true],
        ),
    '',
    '## Where concentration hides',
    '',
    data.amplification.length === 0
      ? 'No supplier has any dependants in the data.'
      : mdTable(
          ['supplier', 'contracted', 'declared', 'effective', 'amplification'],
          data.amplification.map((r) => [
            r.name,
            int(r.contracted),
            int(r.declared),
            int(r.effective),
            ratio(r.ratio, r.effective),
          ]),
          [false, true, true, true, true],
        ),
    '',
    '## Market concentration',
    '',
    'Shares of organisations served; HHI on the 0–10,000 scale (above 1,800 highly concentrated).',
    '',
    data.markets.length === 0
      ? 'No service is used in the data.'
      : mdTable(
          ['market', 'suppliers', 'organisations', 'HHI', 'CR1', 'CR3', 'CR5', 'Gini', 'largest supplier'],
          data.markets.map((r) => [
            r.kind === 'model' ? `${r.market} (model)` : r.market,
            int(r.suppliers),
            int(r.organisations),
            int(Math.round(r.hhi)),
            pct(r.cr1, 0),
            pct(r.cr3, 0),
            pct(r.cr5, 0),
            r.gini.toFixed(2),
            r.leaderName ?? '–',
          ]),
          [false, true, true, true, true, true, true, true, false],
        ),
    '',
    '## Geography and ownership',
    '',
  );
  if (data.countries.length > 0) {
    const withStudy = data.countries.some((c) => c.study !== null);
    out.push(
      `Inside the EU/EEA: ${m.eeaShare === null ? '–' : pct(m.eeaShare)} of service–country pairs.`,
      '',
      mdTable(
        ['country', 'share', ...(withStudy ? ['study'] : [])],
        data.countries.map((c) => [
          `${c.name} (${c.country})`,
          pct(c.share),
          ...(withStudy ? [c.study === null ? '–' : pct(c.study)] : []),
        ]),
        [false, true, true],
      ),
      '',
    );
  } else out.push('No service in the data names a processing country.', '');
  if (data.parentGroups.length > 0) {
    out.push(
      mdTable(
        ['ownership group', 'suppliers', 'declared', 'effective'],
        data.parentGroups.map((g) => [g.group, int(g.suppliers), int(g.declared), int(g.effective)]),
        [false, true, true, true],
      ),
      '',
    );
  }
  const spof = data.singlePointsOfFailure;
  out.push(
    '## Single points of failure',
    '',
    `${int(spof.organisations.length)} of ${int(data.counts.organisationsWithDependencies)} organisations with dependencies can be taken down by one supplier alone; ${int(spof.singleProviderServices.length)} of ${int(data.counts.services)} services have a single provider and no alternative.`,
    '',
  );
  if (spof.organisations.length > 0) {
    out.push(
      mdTable(
        ['organisation', 'type', 'suppliers', 'which'],
        spof.organisations.map((o) => [
          o.name,
          o.type,
          int(o.suppliers.length),
          o.suppliers.map((s) => s.name).join(', '),
        ]),
        [false, false, true, false],
      ),
      '',
    );
  }
  out.push('## False redundancy', '');
  out.push(
    data.falseRedundancy.length === 0
      ? 'No false redundancy found.'
      : mdTable(
          ['alternatives of', 'group', 'members', 'all fall with', 'exposed'],
          data.falseRedundancy.map((f) => [
            f.ownerName,
            f.group,
            f.members.map((x) => x.name).join(' / '),
            f.cause.label,
            int(f.organisations.length),
          ]),
          [false, false, false, false, true],
        ),
    '',
    `Generated by Kedja ${meta.version} from \`${meta.input}\`.`,
  );
  return `${out.join('\n')}\n`;
}
