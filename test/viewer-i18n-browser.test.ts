/**
 * The viewer in Swedish and English, in Debian's Chromium (test/support/browser.ts) on `kedja serve`
 * as a user starts it. sweden-2018 opened with ?lang=sv: the page, its headings, labels, consequence
 * levels (core's WORDS), the map and the numbers (no-break-space grouping) are Swedish and
 * <html lang> is sv-SE; the top-ranked supplier chosen from the ranking shows the counts `kedja blast`
 * prints; the switch in the header turns the page English with the scenario, tab and outage length
 * kept. `kedja serve --lang sv` makes the page Swedish without ?lang=, and ?lang= wins over it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from './support/browser.js';
import { kedja } from './support/cli.js';
import { startServer, type RunningServer } from './support/serve.js';
import { blastBounds, expectedCounts, expectedTotal, openViewer, panelCounts } from './support/viewer-page.js';

/** Swedish digit grouping: a no-break space. */
const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

let browser: Browser;
let sweden: RunningServer;
let swedishServer: RunningServer;

beforeAll(async () => {
  [browser, sweden, swedishServer] = await Promise.all([
    launchBrowser(),
    startServer(['serve', 'datasets/sweden-2018']),
    startServer(['serve', 'datasets/demo', '--lang', 'sv']),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([browser?.close(), sweden?.stop(), swedishServer?.stop()]);
}, 60_000);

const open = (url: string) => openViewer(browser, url);

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('the viewer in Swedish and English', () => {
  it('sweden-2018 with ?lang=sv: Swedish words and numbers for the top-ranked supplier, then English by the switch', async () => {
    const { page, errors } = await open(`${sweden.url}?lang=sv`);
    const top = (
      JSON.parse((await kedja(['rank', 'datasets/sweden-2018', '--top', '1', '--json'])).stdout) as {
        supplier: string;
        name: string;
      }[]
    )[0]!;
    const blast = await blastBounds(['datasets/sweden-2018', '--supplier', top.supplier]);

    // The page before a scenario: Swedish everywhere a person reads.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv-SE');
    expect(await page.title()).toBe('Kedja-visaren: sweden-2018');
    expect(await text(page, '#tab-ranking')).toBe('Rangordning');
    expect(await text(page, '#scenario-title')).toBe('Scenario');
    expect(await text(page, '.durations legend')).toBe('Avbrottets längd');
    expect(await page.getByLabel('1 vecka', { exact: true }).count()).toBe(1);
    expect(await text(page, '.legend')).toContain('förlorar en samhällsviktig funktion');
    expect(await text(page, '.map h2')).toBe('Konsekvenser på kartan');
    expect(await text(page, '.map')).toContain('Välj ett scenario för att färglägga kartan.');
    expect(await page.locator('#search').getAttribute('placeholder')).toBe('Sök på namn ( / )');
    expect(await text(page, 'header .small')).toMatch(
      /^[\d\u00a0]+ organisationer, [\d\u00a0]+ tjänster, [\d\u00a0]+ leverantörer$/,
    );
    expect(await page.locator('#lang').inputValue()).toBe('sv');

    // The top supplier, chosen from the ranking, whose hint says the number of suppliers the Swedish way.
    await page.locator('#tab-ranking').click();
    await expect.poll(() => text(page, '#ranking-title')).toBe('Rangordning efter systemrisk');
    expect(await text(page, '#ranking thead')).toContain('leverantör');
    await page.locator(`[data-testid="ranking"] button[data-supplier="${top.supplier}"]`).click();
    const scenario = page.locator('[data-testid="scenario"]');
    await expect.poll(() => scenario.innerText()).toBe(`leverantören ${top.name} (${top.supplier}) faller bort`);
    const count = (key: string) => text(page, `[data-count="${key}"] .count-value`);
    // The counts from kedja blast's totals to its totalsUpper, "a till b" where they differ (for
    // this supplier they do: some of its failure travels possible subcontracts).
    expect(blast.totalsUpper!.organisations).toBeGreaterThan(blast.totals.organisations);
    expect(await panelCounts(page)).toEqual(expectedCounts(blast, 'till', sv));
    expect(await count('organisations')).toBe(
      `${sv(blast.totals.organisations)} till ${sv(blast.totalsUpper!.organisations)}`,
    );
    expect(blast.totals.residents).toBeGreaterThan(999); // so the grouping shows
    expect(await count('residents')).toContain('\u00a0');
    expect(await text(page, '[data-count="critical"] .count-label')).toBe('förlorar en samhällsviktig funktion');
    expect(await text(page, '[data-count="hidden"] .count-label')).toBe('dolda (via underleverantörer)');
    expect(await text(page, '[data-count="residents"] .count-label')).toBe('invånare, var och en räknad en gång');
    expect(await text(page, '[data-testid="population"]')).toContain(
      `Befolkning som betjänas, summerad över organisationerna: ${expectedTotal(blast, (t) => t.population, 'till', sv)}.`,
    );
    expect(await page.locator('h3', { hasText: 'Konsekvenser efter 48 h' }).count()).toBe(1);
    expect(await page.locator('.level-name').allInnerTexts()).toEqual([
      'kris',
      'kritisk',
      'kännbar',
      'begränsad',
      'ingen',
    ]);
    expect(await text(page, '#affected-title')).toBe(
      `Drabbade organisationer (${expectedTotal(blast, (t) => t.organisations, 'till', sv)})`,
    );
    expect(await page.locator('#affected thead th').allInnerTexts()).toEqual(
      expect.arrayContaining(['organisation', 'nivå', 'samhällsviktig', 'dold']),
    );
    const levels = await page.locator('#affected tbody tr td:nth-child(2)').allInnerTexts();
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(['kris', 'kritisk', 'kännbar', 'begränsad', 'ingen']).toContain(level);
    expect(await page.getByRole('button', { name: 'Rensa scenariot' }).count()).toBe(1);
    expect(await text(page, '.map p[aria-live]')).toMatch(/^[\d\u00a0]+ till [\d\u00a0]+ av 290 kommuner påverkade\.$/);
    expect(await text(page, '#graph-text')).toContain(`Scenario: leverantören ${top.name}`);

    // Why: the chain in Swedish.
    await page.locator('#affected tbody tr button').first().click();
    await expect.poll(() => text(page, '#why-title')).toMatch(/^Varför drabbas .+\?$/);
    expect(await text(page, '#why .chain li')).toContain('faller bort (i scenariot)');
    expect(await page.locator('#why .chain li .kind').first().textContent()).toBe('leverantör');
    await page.getByRole('button', { name: 'Stäng' }).click();

    // One week, then English by the switch: the scenario, the tab and the length stay.
    await page.getByLabel('1 vecka', { exact: true }).check();
    await expect.poll(() => page.locator('h3', { hasText: 'Konsekvenser efter 1 vecka' }).count()).toBe(1);
    await page.locator('#lang').focus();
    await page.locator('#lang').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await page.title()).toBe('Kedja viewer: sweden-2018');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await scenario.innerText()).toContain(top.name);
    expect(await scenario.innerText()).toMatch(/fails$/);
    expect(await page.evaluate(() => window.kedjaViewer!.state())).toMatchObject({
      scenario: { suppliers: [top.supplier] },
      hours: 168,
      tab: 'scenario',
    });
    expect(await page.locator('input[name="duration"]:checked').getAttribute('id')).toBe('duration-168');
    expect(await page.locator('h3', { hasText: 'Consequences after 1 week' }).count()).toBe(1);
    expect(await text(page, '#tab-ranking')).toBe('Ranking');
    expect(await text(page, '[data-count="critical"] .count-label')).toBe('lose a critical function');
    expect(await count('residents')).toBe(expectedTotal(blast, (t) => t.residents, 'to', en));
    expect(await page.locator('.level-name').allInnerTexts()).toEqual([
      'crisis',
      'critical',
      'noticeable',
      'minor',
      'none',
    ]);
    expect(await text(page, '.map p[aria-live]')).toMatch(/^[\d,]+ to [\d,]+ of 290 municipalities affected\.$/);
    // The focus stays on the switch, which now says English.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
    expect(await page.locator('#lang').inputValue()).toBe('en');
    // The picture is drawn again: the scenario's nodes are where the page says.
    expect(await page.evaluate((id) => window.kedjaViewer!.nodePosition(id), top.supplier)).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('kedja serve --lang sv makes the page Swedish; ?lang=en in the address wins', async () => {
    const { page } = await open(swedishServer.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv-SE');
    expect(await page.title()).toBe('Kedja-visaren: demo');
    await page.locator('#tab-ranking').click();
    await expect.poll(() => text(page, '#ranking-title')).toBe('Rangordning efter systemrisk');
    await page.goto(`${swedishServer.url}?lang=en`);
    await page.waitForFunction(() => window.kedjaViewer?.ready === true, null, { timeout: 90_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await page.title()).toBe('Kedja viewer: demo');
    await page.close();
  });
});
