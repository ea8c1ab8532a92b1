/**
 * The report in a real browser: Debian's Chromium, headless (test/support/browser.ts), opens the
 * HTML report of sweden-2018 from disk, and every chart's SVG is visible with a non-zero size; a
 * full-page screenshot is taken. With KEDJA_WRITE_DOCS_IMAGES=1 it also rewrites the chart image
 * shown in the README (docs/images/systemic-ranking.png).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from './support/browser.js';
import { kedja, ROOT } from './support/cli.js';

const CHARTS = ['service-sharing', 'supplier-sharing', 'systemic-ranking', 'amplification', 'countries'];
const out = mkdtempSync(join(tmpdir(), 'kedja-browser-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
}, 60_000);

describe('the HTML report in Chromium', () => {
  it('shows every chart, with a non-zero size, from a file on disk', async () => {
    const file = join(out, 'report.html');
    const result = await kedja(['report', 'datasets/sweden-2018', '-o', file]);
    expect(result.code, result.stderr).toBe(0);

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.title()).toBe('Kedja report: sweden-2018');

    for (const id of CHARTS) {
      const svg = page.locator(`figure[data-chart="${id}"] svg`);
      await expect.poll(() => svg.isVisible(), { message: id }).toBe(true);
      const box = await svg.boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.width, id).toBeGreaterThan(200);
      expect(box!.height, id).toBeGreaterThan(100);
      // The bars are drawn: marks inside the chart have a size too.
      const marks = svg.locator('g.mark-rect path');
      expect(await marks.count(), id).toBeGreaterThan(3);
      const bar = await marks.first().boundingBox();
      expect(bar!.width + bar!.height, id).toBeGreaterThan(0);
    }
    expect(requests).toEqual([]);

    const screenshot = join(out, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(100_000);

    if (process.env.KEDJA_WRITE_DOCS_IMAGES === '1') {
      await page.locator('figure[data-chart="systemic-ranking"] svg').screenshot({
        path: join(ROOT, 'docs/images/systemic-ranking.png'),
      });
    }
    await page.close();
  });
});
