/**
 * `kedja report`: the HTML report is self-contained (nothing fetched from the network) and its
 * numbers, read back by parsing the HTML (no browser), equal those of `kedja metrics --json`; with
 * sweden-2018 it shows the study's published figures beside Kedja's; the Markdown form carries the
 * same tables. The browser test (report-browser.test.ts) checks that the charts are visible.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';

interface Document {
  sharing: {
    services: Record<string, Record<string, number>>;
    suppliersContracted: Record<string, number>;
    suppliersDeclared: Record<string, number>;
    suppliersEffective: Record<string, number>;
  };
  categories: Record<string, Record<string, number>>;
  countries: Record<string, number>;
  eeaShare: number | null;
  concentration: {
    byModel: Record<string, Record<string, number | string>>;
    byCategory: Record<string, Record<string, number | string>>;
  };
  amplification: Record<string, { contracted: number; declared: number; effective: number; ratio: number | null }>;
  singlePointsOfFailure: { organisations: Record<string, string[]>; singleProviderServices: string[] };
  falseRedundancy: { owner: string; group: string; cause: { kind: string; id: string }; organisations: string[] }[];
}

const out = mkdtempSync(join(tmpdir(), 'kedja-report-'));

async function report(input: string, file: string, extra: string[] = []) {
  const result = await kedja(['report', input, '-o', join(out, file), ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(out, file), 'utf8');
}

async function metrics(input: string): Promise<Document> {
  const result = await kedja(['metrics', input, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Document;
}

type Page = ReturnType<typeof parseHTML>['document'];
const value = (cell: { getAttribute(name: string): string | null } | null) => {
  const raw = cell?.getAttribute('data-value');
  return raw === null || raw === undefined || raw === '' ? null : Number(raw);
};
const rowsOf = (page: Page, table: string) => [...page.querySelectorAll(`table[data-table="${table}"] tbody tr`)];

let sweden: { html: string; page: Page; doc: Document };
let demo: { html: string; page: Page; doc: Document };

beforeAll(async () => {
  const [swedenHtml, swedenDoc, demoHtml, demoDoc] = await Promise.all([
    report('datasets/sweden-2018', 'sweden.html'),
    metrics('datasets/sweden-2018'),
    report('datasets/demo', 'demo.html'),
    metrics('datasets/demo'),
  ]);
  sweden = { html: swedenHtml, page: parseHTML(swedenHtml).document, doc: swedenDoc };
  demo = { html: demoHtml, page: parseHTML(demoHtml).document, doc: demoDoc };
}, 180_000);

describe.each([
  ['sweden-2018', () => sweden],
  ['demo', () => demo],
])('kedja report datasets/%s', (_name, get) => {
  it('is self-contained: no scripts, stylesheets, images, frames or addresses to fetch', () => {
    const { page, html } = get();
    expect(page.querySelectorAll('script, link, img, iframe, object, embed, video, audio, source')).toHaveLength(0);
    for (const element of page.querySelectorAll('[src]')) expect.fail(`src on <${element.tagName}>`);
    for (const element of page.querySelectorAll('[href]')) expect(element.getAttribute('href')).toMatch(/^#/);
    // The only addresses left are XML namespace names inside the SVG, which are never fetched.
    const addresses = html.replace(/xmlns(:\w+)?="[^"]*"/g, '').match(/(https?:)?\/\/[\w.-]+\.[a-z]{2,}/gi) ?? [];
    expect(addresses).toEqual([]);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).not.toMatch(/@import|@font-face/);
  });

  it('has its sharing tables equal to kedja metrics', () => {
    const { page, doc } = get();
    const services: Record<string, Record<string, number>> = {};
    for (const row of rowsOf(page, 'service-sharing')) {
      for (const cell of row.querySelectorAll('td[data-model]')) {
        const model = cell.getAttribute('data-model')!;
        const count = value(cell)!;
        if (count > 0) (services[model] ??= {})[row.getAttribute('data-n')!] = count;
      }
    }
    const expected = Object.fromEntries(
      Object.entries(doc.sharing.services).filter(([, h]) => Object.keys(h).length > 0),
    );
    expect(services).toEqual(expected);

    const suppliers: Record<string, Record<string, number>> = { contracted: {}, declared: {}, effective: {} };
    for (const row of rowsOf(page, 'supplier-sharing')) {
      for (const cell of row.querySelectorAll('td[data-measure]')) {
        const count = value(cell)!;
        if (count > 0) suppliers[cell.getAttribute('data-measure')!]![row.getAttribute('data-n')!] = count;
      }
    }
    expect(suppliers).toEqual({
      contracted: doc.sharing.suppliersContracted,
      declared: doc.sharing.suppliersDeclared,
      effective: doc.sharing.suppliersEffective,
    });

    const categories: Record<string, Record<string, number>> = {};
    for (const row of rowsOf(page, 'categories')) {
      const entry: Record<string, number> = {};
      for (const cell of row.querySelectorAll('td[data-type]'))
        if (value(cell)! > 0) entry[cell.getAttribute('data-type')!] = value(cell)!;
      categories[row.getAttribute('data-category')!] = entry;
    }
    expect(categories).toEqual(doc.categories);
  });

  it('has its concentration, geography and failure numbers equal to kedja metrics', () => {
    const { page, doc } = get();
    const amplification = rowsOf(page, 'amplification');
    expect(amplification.length).toBeGreaterThan(0);
    for (const row of amplification) {
      const field = (name: string) => value(row.querySelector(`td[data-field="${name}"]`));
      const expected = doc.amplification[row.getAttribute('data-supplier')!]!;
      expect([field('contracted'), field('declared'), field('effective'), field('ratio')]).toEqual([
        expected.contracted,
        expected.declared,
        expected.effective,
        expected.ratio,
      ]);
    }
    for (const row of rowsOf(page, 'markets')) {
      const market = row.getAttribute('data-market')!;
      const expected =
        row.getAttribute('data-kind') === 'model'
          ? doc.concentration.byModel[market]!
          : doc.concentration.byCategory[market]!;
      for (const field of ['suppliers', 'organisations', 'hhi', 'cr1', 'cr3', 'cr5', 'gini']) {
        expect(value(row.querySelector(`td[data-field="${field}"]`)), `${market} ${field}`).toBe(expected[field]);
      }
    }
    expect(rowsOf(page, 'markets')).toHaveLength(
      Object.keys(doc.concentration.byModel).length + Object.keys(doc.concentration.byCategory).length,
    );

    const countries = Object.fromEntries(
      rowsOf(page, 'countries').map((row) => [
        row.getAttribute('data-country'),
        value(row.querySelector('td[data-field="share"]')),
      ]),
    );
    expect(countries).toEqual(doc.countries);
    expect(value(page.querySelector('[data-metric="eea-share"]'))).toBe(doc.eeaShare);

    expect(value(page.querySelector('[data-metric="spof-organisations"]'))).toBe(
      Object.keys(doc.singlePointsOfFailure.organisations).length,
    );
    expect(value(page.querySelector('[data-metric="single-provider-services"]'))).toBe(
      doc.singlePointsOfFailure.singleProviderServices.length,
    );
    for (const row of rowsOf(page, 'single-points-of-failure')) {
      const expected = doc.singlePointsOfFailure.organisations[row.getAttribute('data-organisation')!]!;
      expect(value(row.querySelector('td[data-field="suppliers"]'))).toBe(expected.length);
    }

    const findings = rowsOf(page, 'false-redundancy').map((row) => ({
      owner: row.getAttribute('data-owner'),
      group: row.getAttribute('data-group'),
      cause: row.getAttribute('data-cause'),
      exposed: value(row.querySelector('td[data-field="exposed"]')),
    }));
    expect(findings).toEqual(
      doc.falseRedundancy.map((f) => ({
        owner: f.owner,
        group: f.group,
        cause: `${f.cause.kind}:${f.cause.id}`,
        exposed: f.organisations.length,
      })),
    );
  });

  it('ranks suppliers as kedja rank does, split into named and hidden, with both bounds', async () => {
    const { page } = get();
    const input = get() === sweden ? 'datasets/sweden-2018' : 'datasets/demo';
    interface Counts {
      organisations: number;
      criticalOrganisations: number;
    }
    const rank = JSON.parse((await kedja(['rank', input, '--json', '--top', '20'])).stdout) as (Counts & {
      supplier: string;
      upper?: Counts;
    })[];
    // Both datasets have possible dependencies (issue 13): each row has an upper bound.
    expect(rank.every((r) => r.upper !== undefined)).toBe(true);
    const rows = rowsOf(page, 'ranking');
    const shown = rank.filter((r) => r.upper!.organisations > 0);
    expect(rows.map((r) => r.getAttribute('data-supplier'))).toEqual(shown.map((r) => r.supplier));
    let ranged = 0;
    rows.forEach((row, i) => {
      const cellOf = (name: string) => row.querySelector(`td[data-field="${name}"]`)!;
      const field = (name: string) => value(cellOf(name))!;
      const upper = (name: string) => Number(cellOf(name).getAttribute('data-upper'));
      const { organisations, criticalOrganisations, upper: high } = shown[i]!;
      expect(field('organisations')).toBe(organisations);
      expect(upper('organisations')).toBe(high!.organisations);
      expect(field('critical')).toBe(criticalOrganisations);
      expect(upper('critical')).toBe(high!.criticalOrganisations);
      expect(field('direct') + field('hidden')).toBe(field('organisations'));
      expect(upper('direct') + upper('hidden')).toBe(upper('organisations'));
      // The text is the range, or one number when the bounds agree.
      const text = cellOf('organisations').textContent!.trim();
      if (organisations === high!.organisations) expect(text).toMatch(/^[\d\s\u00a0,]+$/);
      else {
        expect(text).toMatch(/^[\d\s\u00a0,]+–[\d\s\u00a0,]+$/);
        ranged++;
      }
    });
    expect(ranged, 'some supplier has a range').toBeGreaterThan(0);
  });

  it('draws its charts as inline SVG with marks', () => {
    const { page } = get();
    const charts = [...page.querySelectorAll('figure[data-chart]')].map((f) => f.getAttribute('data-chart'));
    expect(charts).toEqual(['service-sharing', 'supplier-sharing', 'systemic-ranking', 'amplification', 'countries']);
    for (const figure of page.querySelectorAll('figure[data-chart]')) {
      const svg = figure.querySelector('svg')!;
      expect(Number(svg.getAttribute('width'))).toBeGreaterThan(100);
      expect(Number(svg.getAttribute('height'))).toBeGreaterThan(50);
      expect(svg.querySelectorAll('path').length).toBeGreaterThan(3);
    }
  });
});

describe('kedja report datasets/sweden-2018 beside the study', () => {
  const comparison = (table: string) =>
    rowsOf(sweden.page, `study-${table}`).map((row) => [
      row.getAttribute('data-label'),
      ...[...row.querySelectorAll('td[data-field]')].map((cell) =>
        cell.getAttribute('data-field') === 'match' ? cell.getAttribute('data-value') : value(cell),
      ),
    ]);

  it('shows Tabell 6.2 and 6.3 with the published values, all agreeing', () => {
    expect(comparison('saas-sharing')).toEqual(
      [
        ['1', 59],
        ['2', 18],
        ['3', 5],
        ['4', 3],
        ['5', 1],
        ['6', 1],
        ['7', 0],
        ['8', 1],
        ['9–13', 0],
        ['14', 1],
        ['15–60', 0],
        ['61+', 1],
      ].map(([n, count]) => [`n = ${n}`, count, count, 'true']),
    );
    const suppliers = comparison('supplier-sharing');
    expect(suppliers.map((r) => r[1])).toEqual([48, 12, 1, 2, 2, 1, 0, 1, 1, 0, 1, 0, 1]);
    expect(suppliers.every((r) => r[2] === r[1] && r[3] === 'true')).toBe(true);
    expect(comparison('named-by')).toEqual([
      ['named SaaS', 51, 51, 'true', 37, 37, 'true'],
      ['named suppliers', 29, 29, 'true', 39, 39, 'true'],
    ]);
    expect(comparison('platforms')).toEqual([
      ['PaaS', 12, 12, 'true', 27, 27, 'true'],
      ['IaaS', 4, 4, 'true', 1, 1, 'true'],
    ]);
    expect(comparison('categories').every((row) => row[3] === 'true' && row[6] === 'true')).toBe(true);
  });

  it('disagrees only where the study contradicts itself or counted the UK inside the EU', () => {
    const disagreements = sweden.page.querySelectorAll('td[data-field="match"][data-value="false"]');
    const where = [...disagreements].map((cell) => cell.closest('tr')!.getAttribute('data-label'));
    expect(where).toEqual(['procured cloud service', 'EU/EEA']);
    expect(comparison('survey')[0]).toEqual([
      'procured cloud service',
      0.75,
      147 / 199,
      'false',
      0.88,
      71 / 80,
      'true',
      0.63,
      76 / 119,
      'true',
    ]);
  });

  it('writes the same tables as Markdown', async () => {
    const md = await report('datasets/sweden-2018', 'sweden.md');
    expect(md).toContain('| shared by n | SaaS | PaaS | IaaS |');
    for (const [n, counts] of [
      ['1', '59 | 11 | 4'],
      ['27', '0 | 1 | 0'],
      ['61', '1 | 0 | 0'],
    ])
      expect(md).toContain(`| ${n} | ${counts} |`);
    expect(md).toContain('| n = 61+ | 1 | 1 | yes |');
    expect(md).toContain('| n = 28+ | 1 | 1 | yes |');
    expect(md).toContain('| education administration | 12 | 12 | yes | 5 | 5 | yes |');
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      'Key findings',
      'How widely services and suppliers are shared',
      'Beside the study',
      'Systemic ranking',
      'Where concentration hides',
      'Market concentration',
      'Geography and ownership',
      'Single points of failure',
      'False redundancy',
    ]);
    expect(md).not.toContain('<');
  });
});

describe('kedja report datasets/demo', () => {
  it('names the false redundancy of the journal group in a finding', () => {
    const findings = [...demo.page.querySelectorAll('#findings li')].map((li) => li.textContent);
    expect(findings.some((f) => f?.includes('Omsorgsjournal') && f.includes('Hallen Hosting AB'))).toBe(true);
    expect(demo.page.querySelector('#study')).toBeNull();
  });

  it('escapes names from data and reports usage errors', async () => {
    const folder = writeFolder({
      'suppliers.csv':
        'id,name,country,parent\nsup-1,"<script>alert(1)</script> & Co",SE,Grupp\nsup-2,Leverantör 2,IE,\nsup-3,Hosting 3,SE,\n',
    });
    const result = await kedja(['report', folder, '-o', '-']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('<script');
    expect(result.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(parseHTML(result.stdout).document.querySelectorAll('script')).toHaveLength(0);
    const bad = await kedja(['report', 'datasets/demo', '-o', join(out, 'x.html'), '--format', 'pdf']);
    expect(bad.code).toBe(1);
    const missing = await kedja(['report', 'datasets/demo']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--output');
  });
});

describe('kedja report --lang sv', () => {
  it('writes the concentration report in Swedish with the numbers and attributes of the English one', async () => {
    const html = await report('datasets/demo', 'demo.sv.html', ['--lang', 'sv']);
    const page = parseHTML(html).document;
    expect(page.documentElement.getAttribute('lang')).toBe('sv-SE');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Viktigaste iakttagelser',
      'Hur många som delar tjänster och leverantörer',
      'Rangordning efter systemrisk',
      'Där koncentrationen döljs',
      'Marknadskoncentration',
      'Geografi och ägande',
      'Enskilda felpunkter',
      'Falsk redundans',
      'Definitioner',
    ]);
    // Tools read the same attributes and values in either language.
    const cells = (doc: Page) =>
      [...doc.querySelectorAll('td, tr')].map((cell) =>
        [...cell.attributes].filter((a) => a.name.startsWith('data-')).map((a) => `${a.name}=${a.value}`),
      );
    expect(cells(page)).toEqual(cells(demo.page));
    // The charts are drawn with Swedish words and numbers.
    const svgText = [...page.querySelectorAll('figure svg text')].map((t) => t.textContent).join('\n');
    expect(page.querySelectorAll('figure svg')).toHaveLength(demo.page.querySelectorAll('figure svg').length);
    expect(svgText).toContain('drabbade organisationer');
    expect(svgText).not.toContain('organisations affected');
    const findings = [...page.querySelectorAll('#findings li')].map((li) => li.textContent ?? '');
    expect(findings.some((f) => f.includes('Omsorgsjournal') && f.includes('faller med'))).toBe(true);
    const md = await report('datasets/demo', 'demo.sv.md', ['--lang', 'sv']);
    expect(md).toContain('## Enskilda felpunkter');
  });
});
