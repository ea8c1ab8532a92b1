/**
 * The viewer on a graph with possible dependencies (issue 13), in Debian's Chromium
 * (test/support/browser.ts) on `kedja serve` as a user starts it, on test/support/uncertain.ts's
 * dataset. Hosting 3 (sup-3) affects nobody for certain and both organisations at most: the panel's
 * ranges must equal `kedja blast --json`'s totals and totalsUpper, in English and in Swedish, and so
 * must the text alternative's sentence; the possible edges must be drawn by the curved program
 * (read from sigma's display data through the page's test hook) and the organisations affected only
 * in the upper bound as outlined pale discs beside the solid ones; the ranking gives both bounds as
 * `kedja rank --json` does. A screenshot is compared with its baseline.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from './support/browser.js';
import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { compareWithBaseline } from './support/screenshots.js';
import { startServer, type RunningServer } from './support/serve.js';
import { UNCERTAIN } from './support/uncertain.js';
import { blastBounds, clickNode, expectedCounts, openViewer, panelCounts, VIEWPORT } from './support/viewer-page.js';

const out = mkdtempSync(join(tmpdir(), 'kedja-viewer-uncertain-'));
/** The dataset in a folder of a fixed name, which the page shows as the dataset's name (and the screenshot with it). */
const folder = join(out, 'uncertain');
// Kommun A is Stockholm (kommunkod 0180), so that the map has an area to colour.
const ORGANISATIONS =
  'id,name,type,code,population\norg-a,Kommun A,municipality,0180,1000\norg-b,Myndighet B,agency,,\n';
cpSync(writeFolder({ ...UNCERTAIN, 'organisations.csv': ORGANISATIONS }), folder, { recursive: true });

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer(['serve', folder])]);
}, 180_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
}, 60_000);

const open = (url: string) => openViewer(browser, url);

/** `kedja blast --json` on the dataset with the given suppliers failed: totals and totalsUpper. */
const blastOf = (suppliers: string[]) => blastBounds([folder, ...suppliers.flatMap((s) => ['--supplier', s])]);

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

describe('the viewer with possible dependencies', () => {
  it('shows the ranges kedja blast prints, draws possible edges curved and the possibly affected outlined', async () => {
    const { page, errors } = await open(server.url);
    // Before a scenario: the possible dependencies are curved already, the others straight.
    const drawn = await page.evaluate(() => window.kedjaViewer!.edges());
    const curved = drawn.filter((e) => e.type === 'curved').map((e) => `${e.source}>${e.target}`);
    expect(curved.sort()).toEqual(['org-a>sup-3', 'org-b>svc-2', 'sup-1>sup-3', 'sup-2>sup-3']);
    expect(drawn.filter((e) => e.type !== 'curved').every((e) => e.type === 'line')).toBe(true);
    expect(await page.locator('.legend').innerText()).toContain('possible dependency (curved line)');
    expect(await page.locator('.legend').innerText()).toContain('affected only if a possible dependency is real');

    await clickNode(page, 'sup-3');
    await expect.poll(() => page.locator('[data-testid="scenario"]').innerText()).toContain('Hosting 3');
    const bounds = await blastOf(['sup-3']);
    expect(bounds.totals.organisations).toBe(0);
    expect(bounds.totalsUpper!.organisations).toBe(2);
    expect(await panelCounts(page)).toEqual(expectedCounts(bounds, 'to', en));
    expect(await page.locator('[data-count="organisations"] .count-value').innerText()).toBe('0 to 2');
    expect(await page.locator('[data-testid="bounds"]').innerText()).toContain(
      'The first figure of a range leaves the possible dependencies out',
    );
    expect(await page.locator('[data-testid="population"]').innerText()).toBe(
      'Population served, summed over the organisations: 0 to 1,000. 1 to 3 suppliers and 0 to 2 services fail.',
    );
    // The text alternative's status sentence gives the range too.
    expect(await page.locator('#graph-text [role="status"]').innerText()).toMatch(
      /^Scenario: supplier Hosting 3 \(sup-3\) fails\. 0 to 2 organisations affected, 0 to 2 losing a critical function;/,
    );
    expect(await page.evaluate(() => window.kedjaViewer!.totalsUpper())).toMatchObject({
      organisations: bounds.totalsUpper!.organisations,
      residents: bounds.totalsUpper!.residents,
    });
    // Both organisations only possibly affected, each said so in the table; the failed list marks its possible entries.
    const rows = await page
      .locator('[data-testid="affected"] tbody tr')
      .evaluateAll((r) => r.map((e) => [e.dataset.id, e.dataset.certainty, e.children[0]!.textContent]));
    expect(rows.sort()).toEqual([
      ['org-a', 'possible', 'Kommun A (possible)'],
      ['org-b', 'possible', 'Myndighet B (possible)'],
    ]);
    expect(await page.locator('[data-testid="failed"]').innerText()).toContain('Leverantör 1 (possible)');
    expect(await page.locator('[data-testid="failed"] li[data-id="sup-3"]').innerText()).not.toContain('possible');
    // Why is Myndighet B affected: the chain (as kedja why, for the upper bound) marks the possible steps.
    await page.locator('tr[data-id="org-b"] button', { hasText: 'Why?' }).click();
    const chain = await page.locator('.why .chain li').allTextContents();
    expect(chain[0]).toContain('Hosting 3');
    expect(chain[1]).toMatch(/^supplier Leverantör 2 \(which relies on it as a subcontractor\), round 1 \(possible\)$/);
    expect(chain.at(-1)).toContain('Myndighet B');
    expect(chain.at(-1)).not.toContain('(possible)');
    await page.locator('[data-focus="why-close"]').click();

    // The failure travels the possible edges only in the upper bound: they stay curved and take the pale colour.
    const edges = await page.evaluate(() => window.kedjaViewer!.edges());
    const shown = edges.filter((e) => !e.hidden);
    expect(shown.find((e) => e.source === 'sup-1' && e.target === 'sup-3')).toMatchObject({
      type: 'curved',
      color: '#EAAE80',
    });
    expect(await page.evaluate(() => window.kedjaViewer!.node('org-a'))).toMatchObject({ type: 'outlined' });
    // On the map Stockholm is affected only in the upper bound: hatched, and the count of areas a range.
    const stockholm = page.locator('.map .areas path[data-code="0180"]');
    expect(await stockholm.getAttribute('data-certainty')).toBe('possible');
    expect(await stockholm.getAttribute('fill')).toBe('url(#possible-noticeable)');
    expect(await stockholm.locator('title').textContent()).toBe(
      'Stockholm: noticeable (possible) (1 of 1 organisations affected)',
    );
    expect(await page.locator('.map').innerText()).toContain('0 to 1 of 290 municipalities affected.');

    // Hosting 3 with Leverantör 1: Kommun A is affected for certain (solid), Myndighet B only possibly (outlined).
    await page.waitForTimeout(400); // two quick clicks would be a double click
    await clickNode(page, 'sup-1', { shift: true });
    await expect.poll(() => page.locator('[data-testid="scenario"]').innerText()).toContain('Leverantör 1');
    const both = await blastOf(['sup-3', 'sup-1']);
    expect(both.totals.organisations).toBe(1);
    expect(await panelCounts(page)).toEqual(expectedCounts(both, 'to', en));
    expect(await page.evaluate(() => window.kedjaViewer!.node('org-a'))).toMatchObject({ type: 'circle' });
    const certainties = await page
      .locator('[data-testid="affected"] tbody tr')
      .evaluateAll((r) => r.map((e) => [e.dataset.id, e.dataset.certainty, e.children[0]!.textContent]));
    expect(certainties.sort()).toEqual([
      ['org-a', 'confirmed', 'Kommun A'],
      ['org-b', 'possible', 'Myndighet B (possible)'],
    ]);
    expect(await page.evaluate(() => window.kedjaViewer!.node('org-b'))).toMatchObject({ type: 'outlined' });
    expect(await stockholm.getAttribute('data-certainty')).toBeNull();
    expect(await stockholm.getAttribute('fill')).toMatch(/^#/);
    expect(await page.locator('.map').innerText()).toContain('1 of 290 municipalities affected.');
    const edgesNow = await page.evaluate(() => window.kedjaViewer!.edges());
    expect(edgesNow.find((e) => e.source === 'svc-1' && e.target === 'sup-1')).toMatchObject({
      type: 'line',
      color: '#D55E00',
      hidden: false,
    });
    await page.mouse.move(0, VIEWPORT.height - 1);
    await page.waitForTimeout(300);
    const comparison = compareWithBaseline('viewer-uncertain-two-shades', await page.screenshot(), out);
    if (comparison !== 'written') expect(comparison.ratio, comparison.written.join(', ')).toBeLessThanOrEqual(0.01);

    // The ranking gives both bounds as kedja rank --json, in its order.
    const ranking = JSON.parse((await kedja(['rank', folder, '--json'])).stdout) as {
      supplier: string;
      organisations: number;
      upper: { organisations: number };
    }[];
    await page.locator('#tab-ranking').click();
    await expect.poll(() => page.locator('[data-testid="ranking-bounds"]').count()).toBe(1);
    const table = await page
      .locator('[data-testid="ranking"] tbody tr')
      .evaluateAll((r) => r.map((e) => [e.querySelector('button')!.dataset.supplier, e.children[2]!.textContent]));
    expect(table).toEqual(
      ranking.map((row) => [
        row.supplier,
        row.organisations === row.upper.organisations
          ? String(row.organisations)
          : `${row.organisations}–${row.upper.organisations}`,
      ]),
    );
    expect(table.find(([id]) => id === 'sup-3')![1]).toBe('0–2');
    await page.locator('#tab-concentration').click();
    await expect.poll(() => page.locator('[data-testid="charts-bounds"]').count(), { timeout: 60_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the ranges in Swedish', async () => {
    const { page, errors } = await open(`${server.url}?lang=sv`);
    expect(await page.locator('.legend').innerText()).toContain('möjligt beroende (böjd linje)');
    await clickNode(page, 'sup-3');
    await expect.poll(() => page.locator('[data-testid="scenario"]').innerText()).toContain('Hosting 3');
    const bounds = await blastOf(['sup-3']);
    expect(await panelCounts(page)).toEqual(expectedCounts(bounds, 'till', sv));
    expect(await page.locator('[data-count="organisations"] .count-value').innerText()).toBe('0 till 2');
    expect(await page.locator('[data-testid="bounds"]').innerText()).toContain(
      'Den första siffran i ett intervall utelämnar de möjliga beroendena',
    );
    expect(await page.locator('#graph-text [role="status"]').innerText()).toMatch(
      /0 till 2 organisationer drabbade, 0 till 2 förlorar en samhällsviktig funktion/,
    );
    expect(await page.locator('[data-testid="affected"] tbody').innerText()).toContain('Myndighet B (möjlig)');
    expect(await page.locator('[data-testid="failed"]').innerText()).toContain('Leverantör 1 (möjlig)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
