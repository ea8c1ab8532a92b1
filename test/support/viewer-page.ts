/**
 * The viewer's page in a browser, for tests: opened at the size the screenshots are taken at and
 * waited on until the first full picture is drawn (the page's test hook says `ready`), with the
 * page's uncaught errors collected; a node clicked where sigma draws it, as a person would.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

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
