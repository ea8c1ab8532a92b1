/**
 * The viewer's page in a browser, for tests: opened at the size the screenshots are taken at and
 * waited on until the first full picture is drawn (the page's test hook says `ready`), with the
 * page's uncaught errors collected; a node clicked where sigma draws it, as a person would; the
 * panel's four counts as shown, and as they must be shown given `kedja blast --json`'s totals.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

import { kedja } from './cli.js';

export const VIEWPORT = { width: 1400, height: 900 };

export async function openViewer(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.kedjaViewer?.ready === true, null, { timeout: 90_000 });
  return { page, errors };
}

/** Clicks a node where sigma draws it (its page position from the test hook), Shift held when asked. */
export async function clickNode(page: Page, id: string, options: { shift?: boolean } = {}): Promise<void> {
  const position = await page.evaluate((node) => window.kedjaViewer!.nodePosition(node), id);
  expect(position, `node ${id} is on the page`).not.toBeNull();
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.click(position!.x, position!.y);
  if (options.shift) await page.keyboard.up('Shift');
}

/** The totals of `kedja blast --json` that the panel shows. */
export interface BlastTotals {
  organisations: number;
  criticalOrganisations: number;
  hiddenOrganisations: number;
  residents: number;
  population: number;
  failedSuppliers: number;
  failedServices: number;
  byLevel: Record<string, number>;
}

/**
 * Both bounds of a scenario: the affected organisations of the upper bound and the totals of both.
 * `certainty` and `totalsUpper` are absent when the graph has no possible edges.
 */
export interface BlastBounds {
  affectedOrganisations: { id: string; certainty?: 'confirmed' | 'possible' }[];
  totals: BlastTotals;
  totalsUpper?: BlastTotals;
}

/** `kedja blast <args> --json`'s totals and, on a graph with possible edges, totalsUpper. */
export async function blastBounds(args: string[]): Promise<BlastBounds> {
  const result = await kedja(['blast', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as BlastBounds;
}

const COUNTS = {
  organisations: (t: BlastTotals) => t.organisations,
  critical: (t: BlastTotals) => t.criticalOrganisations,
  hidden: (t: BlastTotals) => t.hiddenOrganisations,
  residents: (t: BlastTotals) => t.residents,
} as const;

/** The four counts as the panel shows them, as text. */
export async function panelCounts(page: Page): Promise<Record<keyof typeof COUNTS, string>> {
  const counts = {} as Record<keyof typeof COUNTS, string>;
  for (const key of Object.keys(COUNTS) as (keyof typeof COUNTS)[]) {
    counts[key] = await page.locator(`[data-count="${key}"] .count-value`).innerText();
  }
  return counts;
}

/**
 * A figure as the page must show it: one number when the bounds agree (or the graph has no possible
 * edges), else "a to b" (`word` is "to", Swedish "till"), each number by `format`.
 */
export function expectedRange(lower: number, upper: number, word: string, format: (n: number) => string): string {
  const [a, b] = [format(lower), format(upper)];
  return a === b ? a : `${a} ${word} ${b}`;
}

/** One of `kedja blast --json`'s totals as the page must show it, from totals to totalsUpper. */
export function expectedTotal(
  bounds: BlastBounds,
  of: (t: BlastTotals) => number,
  word: string,
  format: (n: number) => string,
): string {
  return expectedRange(of(bounds.totals), of(bounds.totalsUpper ?? bounds.totals), word, format);
}

/** The panel's four counts as they must be shown, each by `expectedTotal`. */
export function expectedCounts(
  bounds: BlastBounds,
  word: string,
  format: (n: number) => string,
): Record<keyof typeof COUNTS, string> {
  const counts = {} as Record<keyof typeof COUNTS, string>;
  for (const [key, of] of Object.entries(COUNTS) as [keyof typeof COUNTS, (t: BlastTotals) => number][]) {
    counts[key] = expectedTotal(bounds, of, word, format);
  }
  return counts;
}
