/**
 * The scenario report, as a planner makes it: `kedja report datasets/sweden-2018 --supplier <the
 * top-ranked one> --duration 48h --lang sv -o x.html`, opened from disk in a real Chromium; its
 * figures agree with `kedja blast` and `kedja timeline` in both bounds (sweden-2018 has possible
 * dependencies, issue 13); `--pdf` prints it on A4 with the same Chromium; the usage errors around it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM, launchBrowser } from './support/browser.js';
import { kedja, ROOT } from './support/cli.js';

const out = mkdtempSync(join(tmpdir(), 'kedja-scenario-'));
const DATASET = 'datasets/sweden-2018';
let browser: Browser;
let top: { supplier: string; name: string };
interface Totals {
  organisations: number;
  criticalOrganisations: number;
  residents: number;
}
let blast: { totals: Totals; totalsUpper: Totals; affectedOrganisations: { id: string; certainty: string }[] };
let levels48: Record<string, number>;
let levels48Upper: Record<string, number>;

async function json<T>(args: string[]): Promise<T> {
  const result = await kedja(args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  top = (await json<{ supplier: string; name: string }[]>(['rank', DATASET, '--json', '--top', '1']))[0]!;
  blast = await json(['blast', DATASET, '--supplier', top!.supplier, '--json']);
  type Levels = { levels: Record<string, number> };
  const timeline = await json<{ steps: ({ hours: number; upper: Levels } & Levels)[] }>([
    'timeline',
    DATASET,
    '--supplier',
    top!.supplier,
    '--json',
  ]);
  const step48 = timeline.steps.find((s) => s.hours === 48)!;
  levels48 = step48.levels;
  levels48Upper = step48.upper.levels;
}, 180_000);

afterAll(async () => {
  await browser?.close();
}, 60_000);

async function open(file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  expect(requests, 'a self-contained page fetches nothing').toEqual([]);
  return page;
}

const figureCell = (page: Page, metric: string) =>
  page.locator(`table[data-table="figures"] tr[data-metric="${metric}"] td[data-value]`);
const figure = (page: Page, metric: string) => figureCell(page, metric).getAttribute('data-value');
const figureUpper = (page: Page, metric: string) => figureCell(page, metric).getAttribute('data-upper');

describe('the scenario report of the top-ranked supplier of sweden-2018, 48 hours, in Swedish', () => {
  const file = join(out, 'scenario-sv.html');

  it('is written, in Swedish, with the figures of blast and timeline', async () => {
    const result = await kedja([
      'report',
      DATASET,
      '--supplier',
      top.supplier,
      '--duration',
      '48h',
      '--lang',
      'sv',
      '-o',
      file,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`wrote ${file}`);

    const page = await open(file);
    expect(await page.getAttribute('html', 'lang')).toBe('sv-SE');
    expect(await page.locator('h1').innerText()).toBe(`Avbrott hos leverantören ${top.name}, 48\u00a0h`);
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings).toEqual([
      'Scenariot i siffror',
      'Konsekvenser över tid',
      'På kartan',
      'Vem förlorar vad',
      'Dolda beroenden',
      'Vad som hade hjälpt',
      'Om rapporten',
    ]);
    // Each figure in both bounds: the lower as data-value, the upper as data-upper, the range as text.
    const { totals, totalsUpper } = blast;
    expect(totalsUpper.organisations, 'the top supplier has a range').toBeGreaterThan(totals.organisations);
    const figures: [string, keyof Totals][] = [
      ['organisations', 'organisations'],
      ['critical-organisations', 'criticalOrganisations'],
      ['residents', 'residents'],
    ];
    for (const [metric, key] of figures) {
      expect(Number(await figure(page, metric)), metric).toBe(totals[key]);
      expect(Number(await figureUpper(page, metric)), metric).toBe(totalsUpper[key]);
    }
    expect(await figureCell(page, 'organisations').innerText()).toBe(
      `${totals.organisations} till ${totalsUpper.organisations}`,
    );
    for (const level of ['crisis', 'critical', 'noticeable', 'minor']) {
      expect(Number(await figure(page, `level-${level}`)), level).toBe(levels48[level]);
      expect(Number(await figureUpper(page, `level-${level}`)), level).toBe(levels48Upper[level]);
    }
    // The 48 h row of the levels table, both bounds.
    const row48 = page.locator('table[data-table="timeline"] tr[data-hours="48"] td[data-upper]');
    const pairs = await row48.evaluateAll((tds) =>
      tds.map((td) => [Number(td.getAttribute('data-value')), Number(td.getAttribute('data-upper'))]),
    );
    const order = ['crisis', 'critical', 'noticeable', 'minor', 'none'];
    expect(pairs.slice(0, 5)).toEqual(order.map((level) => [levels48[level], levels48Upper[level]]));
    // The headline sentence: the range of residents, with Swedish digit grouping.
    const residents = (n: number) => n.toLocaleString('sv-SE');
    expect(await page.locator('#figures p').first().innerText()).toContain(
      `${residents(totals.residents)} till ${residents(totalsUpper.residents)} invånare`,
    );

    // Everyone affected in the upper bound, worst level first; those affected only there marked possible.
    const rows = page.locator('table[data-table="affected"] tbody tr');
    expect(await rows.count()).toBe(totalsUpper.organisations);
    const possible = blast.affectedOrganisations.filter((o) => o.certainty === 'possible').map((o) => o.id);
    const marked = await page
      .locator('table[data-table="affected"] tbody tr[data-certainty="possible"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    expect(marked.sort()).toEqual(possible.sort());
    expect(marked).toHaveLength(totalsUpper.organisations - totals.organisations);
    const possibleName = page.locator('table[data-table="affected"] tr[data-certainty="possible"] td').nth(1);
    expect(await possibleName.innerText()).toMatch(/\(.*möjligt\)$/);
    const shown = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-level')!))).map((l) =>
      order.indexOf(l),
    );
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    // Each chain starts at the supplier and ends at the organisation of its row.
    const first = rows.first();
    const chain = await first.locator('td').nth(5).innerText();
    expect(chain.startsWith(top.name)).toBe(true);
    // The organisation's cell is its name, marked "(dolt)" when hidden.
    const organisation = (await first.locator('td').nth(1).innerText()).replace(/ \((dolt|möjligt)(, möjligt)?\)$/, '');
    expect(chain.endsWith(organisation), `${chain} / ${organisation}`).toBe(true);

    // The chart of levels over time is drawn.
    const chart = page.locator('figure[data-chart="levels-over-time"] svg');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('g.mark-rect path').count()).toBeGreaterThan(3);
    // The map is drawn.
    const map = page.locator('figure[data-figure="map"] svg');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('path[data-level]').count()).toBeGreaterThanOrEqual(290);
    if (process.env.KEDJA_WRITE_DOCS_IMAGES === '1') {
      await page.setViewportSize({ width: 900, height: 900 });
      await page.locator('#map').screenshot({ path: join(ROOT, 'docs/images/scenario-report.png') });
    }
    await page.close();
  });

  it('prints to an A4 PDF with --pdf', async () => {
    const html = join(out, 'scenario-pdf.html');
    const result = await kedja(
      ['report', DATASET, '--supplier', top.supplier, '--duration', '48h', '--lang', 'sv', '-o', html, '--pdf'],
      { env: { KEDJA_CHROMIUM: CHROMIUM } },
    );
    expect(result.code, result.stderr).toBe(0);
    const pdf = join(out, 'scenario-pdf.pdf');
    expect(result.stderr).toContain(`wrote ${pdf}`);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = bytes.toString('latin1');
    // A4 is 595 x 842 points.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });
});

describe('the scenario report in English and as Markdown', () => {
  it('is English with --lang en, and the same figures', async () => {
    const file = join(out, 'scenario-en.html');
    const result = await kedja(['report', DATASET, '--supplier', top.supplier, '--lang', 'en', '-o', file]);
    expect(result.code, result.stderr).toBe(0);
    const page = await open(file);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h1').innerText()).toBe(`Outage of the supplier ${top.name}, 48\u00a0h`);
    expect(Number(await figure(page, 'residents'))).toBe(blast.totals.residents);
    await page.close();
  });

  it('takes the language from KEDJA_LANG, and writes Markdown for .md', async () => {
    const file = join(out, 'scenario.md');
    const result = await kedja(['report', DATASET, '--supplier', top.supplier, '-o', file], {
      env: { KEDJA_LANG: 'sv' },
    });
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`# Avbrott hos leverantören ${top.name}, 48\u00a0h`);
    expect(text).toContain('## Vem förlorar vad');
  });
});

describe('scenario report usage errors', () => {
  it('refuses --duration without a scenario', async () => {
    const result = await kedja(['report', 'datasets/demo', '--duration', '24h', '-o', join(out, 'x.html')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('KEDJA_USAGE: --duration is for a scenario report');
  });

  it('refuses a language it does not speak', async () => {
    const result = await kedja(['report', 'datasets/demo', '--supplier', 'sup-hosting', '--lang', 'de', '-o', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--lang.*de.*sv, en/s);
  });

  it('says how to get a browser when --pdf finds none, after writing the HTML', async () => {
    const html = join(out, 'no-browser.html');
    const result = await kedja(['report', 'datasets/demo', '--supplier', 'sup-hosting', '-o', html, '--pdf'], {
      env: { KEDJA_CHROMIUM: join(out, 'no-such-browser') },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('KEDJA_PDF_NO_BROWSER');
    expect(existsSync(html)).toBe(true);
    expect(existsSync(join(out, 'no-browser.pdf'))).toBe(false);
  });

  it('refuses --pdf for Markdown', async () => {
    const result = await kedja([
      'report',
      'datasets/demo',
      '--supplier',
      'sup-hosting',
      '-o',
      join(out, 'x.md'),
      '--pdf',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--pdf prints the HTML report');
  });
});
