/**
 * Accessible pages (issue 16, item 7; WCAG 2.1 AA, as lagen om tillgänglighet till digital offentlig
 * service asks of Swedish public bodies): every page Kedja hands on, in every state a planner brings
 * it to, is checked in Debian's Chromium (test/support/browser.ts) with axe-core's WCAG 2.1 A and AA
 * rules, which must find nothing, and with the keyboard alone: Tab reaches every control on the
 * page, each showing where the focus is. Reaching a state is done with keys only (the scenario is
 * chosen from the ranking with Tab, the arrow keys and Enter), so the states also show that the
 * viewer is usable without a mouse. The canvas's text alternative is checked beside them.
 *
 * Another page, dataset or language is one more row of PAGES (a viewer URL with its query, or the
 * arguments of `kedja report`); another state is one more entry in a page's states.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type axeCore from 'axe-core';
import type { Result as AxeResult } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from './support/browser.js';
import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { startServer, type RunningServer } from './support/serve.js';
import { UNCERTAIN } from './support/uncertain.js';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const out = mkdtempSync(join(tmpdir(), 'kedja-a11y-'));

interface State {
  name: string;
  /** Brings the opened page to the state, with the keyboard only. */
  reach(page: Page): Promise<void>;
}

interface PageCase {
  name: string;
  /** Opens the page in a fresh tab. */
  open(page: Page): Promise<void>;
  states: readonly State[];
}

// ---------------------------------------------------------------------------------------------
// The pages

const servers = new Map<string, Promise<RunningServer>>();
/** One `kedja serve` per dataset, started when a case first needs it. */
const served = (dataset: string) => {
  if (!servers.has(dataset)) servers.set(dataset, startServer(['serve', dataset]));
  return servers.get(dataset)!;
};

/** Stands for the dataset's top-ranked supplier (`kedja rank --top 1`) in a report's arguments. */
const TOP = '<top-ranked supplier>';

async function topRanked(dataset: string): Promise<string> {
  const result = await kedja(['rank', dataset, '--top', '1', '--json']);
  return (JSON.parse(result.stdout) as { supplier: string }[])[0]!.supplier;
}

const reports = new Map<string, Promise<string>>();
/** One `kedja report` per argument list, written when a case first needs it. */
const written = (args: readonly string[]) => {
  const key = args.join(' ');
  if (!reports.has(key)) {
    const file = join(out, `report-${reports.size}.html`);
    const write = async () => {
      const resolved = await Promise.all(args.map((a) => (a === TOP ? topRanked(args[0]!) : a)));
      const result = await kedja(['report', ...resolved, '-o', file]);
      if (result.code !== 0) throw new Error(`kedja report ${key} exited with ${result.code}:\n${result.stderr}`);
      return file;
    };
    reports.set(key, write());
  }
  return reports.get(key)!;
};

const INITIAL: State = { name: 'initial', reach: async () => {} };

/** Tab to the scenario tab, ArrowRight to the ranking, Tab to its first supplier, Enter. */
const SCENARIO_FROM_RANKING: State = {
  name: 'the top-ranked supplier chosen with the keyboard',
  reach: async (page) => {
    await tabUntil(page, '#tab-scenario');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeId(page)).toBe('tab-ranking');
    await expect.poll(() => page.locator('[data-testid="ranking"] button').count()).toBeGreaterThan(0);
    const top = await page.locator('[data-testid="ranking"] button').first().innerText();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(top);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="scenario"]').innerText()).toContain(top);
    // The ranking is hidden now: the focus is on what the choice shows. The affected list is filled.
    expect(await activeId(page)).toBe('scenario-description');
    await expect.poll(() => page.locator('[data-testid="affected"] tbody tr').count()).toBeGreaterThan(0);
  },
};

/**
 * On a graph with possible dependencies (issue 13): Hosting 3 (sup-3), which affects nobody for
 * certain and both organisations at most, chosen from the ranking with the keyboard; the panel
 * shows ranges, a certainty column and the hatched level bars, the graph the pale outlined discs.
 */
const SCENARIO_WITH_BOUNDS: State = {
  name: 'a supplier whose blast differs between the bounds, chosen with the keyboard',
  reach: async (page) => {
    await tabUntil(page, '#tab-scenario');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="ranking"] button').count()).toBeGreaterThan(0);
    await tabUntil(page, '[data-testid="ranking"] button[data-supplier="sup-3"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="scenario"]').innerText()).toContain('Hosting 3');
    await expect.poll(() => page.locator('[data-testid="bounds"]').count()).toBe(1);
  },
};

/** Tab to the builder's country picker and press ArrowDown: every supplier of the first country fails. */
const SCENARIO_FROM_BUILDER: State = {
  name: "a country's suppliers failed from the builder with the keyboard",
  reach: async (page) => {
    await tabUntil(page, '#pick-country');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.chips li').count()).toBe(1);
    // The picker is drawn anew, and the focus stays on it.
    expect(await activeId(page)).toBe('pick-country');
  },
};

/** The concentration tab (the charts), reached with the arrow keys from the scenario tab. */
const CONCENTRATION_TAB: State = {
  name: 'the concentration tab',
  reach: async (page) => {
    await tabUntil(page, '#tab-scenario');
    await page.keyboard.press('ArrowLeft'); // wraps round to the last tab
    await expect.poll(() => activeId(page)).toBe('tab-concentration');
    await expect.poll(() => page.locator('figure[data-chart] svg').count(), { timeout: 60_000 }).toBeGreaterThan(2);
    // Each chart is a picture named by its title and described by its caption.
    const figures = page.locator('figure[data-chart]');
    await expect.poll(() => page.locator('figure[data-chart] > [role="img"]').count()).toBe(await figures.count());
    const named = await figures.evaluateAll((all) =>
      all.map((f) => {
        const picture = f.querySelector('[role="img"]')!;
        const caption = document.getElementById(picture.getAttribute('aria-describedby') ?? '');
        return picture.getAttribute('aria-label') !== '' && caption?.closest('figure') === f;
      }),
    );
    expect(named.every(Boolean)).toBe(true);
  },
};

/**
 * A phone's width, or a desktop window zoomed to 400 % (WCAG 1.4.10, reflow): the page is one column
 * and scrolls only up and down (a wide table scrolls on its own).
 */
const NARROW: State = {
  name: 'at 320 CSS pixels wide',
  reach: async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForTimeout(200);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.checkVisibility())
        .filter((e) => !e.parentElement?.closest('.table-scroll, svg, .graph'))
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} ${Math.round(e.getBoundingClientRect().right)}`,
        )
        .slice(0, 12),
    );
    expect(wider).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  },
};

const viewer = (
  dataset: string,
  query = '',
  label = dataset,
  states: readonly State[] = [INITIAL, SCENARIO_FROM_RANKING, SCENARIO_FROM_BUILDER, CONCENTRATION_TAB, NARROW],
): PageCase => ({
  name: `the viewer on ${label}${query}`,
  open: async (page) => {
    await page.goto(`${(await served(dataset)).url}${query}`);
    await page.waitForFunction(() => window.kedjaViewer?.ready === true, null, { timeout: 90_000 });
  },
  states,
});

/** test/support/uncertain.ts's dataset (issue 13): possible dependencies, so the viewer shows both bounds. */
const UNCERTAIN_FOLDER = writeFolder(UNCERTAIN);
const UNCERTAIN_STATES = [
  INITIAL,
  SCENARIO_WITH_BOUNDS,
  {
    ...NARROW,
    reach: async (page: Page) => {
      await SCENARIO_WITH_BOUNDS.reach(page);
      await NARROW.reach(page);
    },
    name: `${SCENARIO_WITH_BOUNDS.name}, ${NARROW.name}`,
  },
];

const report = (name: string, args: readonly string[]): PageCase => ({
  name: `the ${name} report of ${args.join(' ')}`,
  open: async (page) => {
    await page.goto(pathToFileURL(await written(args)).href, { waitUntil: 'load' });
  },
  states: [INITIAL, NARROW],
});

const PAGES: readonly PageCase[] = [
  viewer('datasets/demo'),
  viewer('datasets/sweden-2018'),
  viewer('datasets/sweden-2018', '?lang=sv'),
  viewer(UNCERTAIN_FOLDER, '', 'the uncertain dataset', UNCERTAIN_STATES),
  viewer(UNCERTAIN_FOLDER, '?lang=sv', 'the uncertain dataset', UNCERTAIN_STATES),
  report('concentration', ['datasets/sweden-2018']),
  report('concentration', ['datasets/demo']),
  report('concentration', ['datasets/sweden-2018', '--lang', 'sv']),
  report('scenario', ['datasets/sweden-2018', '--supplier', TOP, '--duration', '48h', '--lang', 'sv']),
  report('scenario', ['datasets/sweden-2018', '--supplier', TOP, '--duration', '48h', '--lang', 'en']),
  report('scenario', ['datasets/demo', '--supplier', 'sup-hosting', '--duration', '4h']),
];

// ---------------------------------------------------------------------------------------------
// The checks

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The focused element, described for messages, and whether something shows that it has the focus. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('data-supplier') ? `[${e.getAttribute('data-supplier')}]` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`;
    const key = element.getAttribute('data-a11y-key');
    return { description: describe(element), visible: outline || shadow, key };
  });
}

/** Presses Tab until the element matching `selector` has the focus (at most `limit` times). */
async function tabUntil(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

/**
 * Tab once round the page and back to where it started: every control that Tab should reach (the
 * visible, enabled ones, with the checked radio of a group and the selected tab of a tab list
 * standing for the others) is reached, and each shows its focus. Returns what went wrong.
 */
async function tabRound(page: Page): Promise<string[]> {
  const expected = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );
    const out: string[] = [];
    controls.forEach((c, i) => {
      // Shown, though perhaps only to screen readers (1 px); not inside a closed disclosure or a hidden tab.
      const hidden = !c.checkVisibility({ visibilityProperty: true });
      const disabled = (c as HTMLButtonElement).disabled === true;
      const otherRadio = c instanceof HTMLInputElement && c.type === 'radio' && !c.checked;
      const rovedAway = c.tabIndex < 0;
      if (hidden || disabled || otherRadio || rovedAway || c.closest('[inert]')) return;
      c.setAttribute('data-a11y-key', String(i));
      out.push(
        `${c.tagName.toLowerCase()}${c.id ? `#${c.id}` : ''} "${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim().slice(0, 40)}"`,
      );
    });
    return Object.fromEntries(
      [...document.querySelectorAll('[data-a11y-key]')].map((c, i) => [c.getAttribute('data-a11y-key')!, out[i]!]),
    );
  });
  const problems: string[] = [];
  const reached = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let first: string | null = null;
  for (let i = 0; i < Object.keys(expected).length + 50; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === null) continue;
    if (first !== null && now.description === first) break;
    first ??= now.description;
    if (!now.visible) problems.push(`no visible focus on ${now.description}`);
    if (now.key !== null) reached.add(now.key);
  }
  for (const [key, description] of Object.entries(expected)) {
    if (!reached.has(key)) problems.push(`Tab never reaches ${description}`);
  }
  return problems;
}

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is. */
async function axe(page: Page): Promise<{ violations: Violation[]; incomplete: string[] }> {
  await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axeCore }).axe;
    const results = await runner.run(document, { runOnly: { type: 'tag', values: tags } });
    const shape = (r: AxeResult) => ({
      id: r.id,
      impact: r.impact,
      help: r.help,
      nodes: r.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    });
    return {
      violations: results.violations.map(shape),
      incomplete: results.incomplete.flatMap((r) => {
        const reasons = new Map<string, string[]>();
        for (const n of r.nodes) {
          const reason = [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
          reasons.set(reason, [...(reasons.get(reason) ?? []), n.target.join(' ')]);
        }
        return [...reasons].map(
          ([reason, targets]) => `${r.id}: ${reason} (${targets.length}, e.g. ${targets[0]!.slice(-80)})`,
        );
      }),
    };
  }, WCAG_21_AA);
}

const formatViolations = (violations: readonly Violation[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 12)
          .map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)
          .join('\n') +
        (v.nodes.length > 12 ? `\n    … and ${v.nodes.length - 12} more` : ''),
    )
    .join('\n');

// ---------------------------------------------------------------------------------------------

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // axe is added to the page as a script; the viewer's Content-Security-Policy allows only its own.
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map(async (s) => (await s).stop()));
}, 60_000);

const CASES = PAGES.flatMap((page) => page.states.map((state) => ({ page, state })));

describe('the axe-core check itself', () => {
  it('finds what is wrong on a page made wrong on purpose, so zero elsewhere means something', async () => {
    const page = await browser.newPage();
    await page.setContent('<html><head><title>x</title></head><body><img src="data:,"><a href="#"></a></body></html>');
    const { violations } = await axe(page);
    expect(violations.map((v) => v.id).sort()).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']),
    );
    await page.close();
  });
});

describe('accessible pages (WCAG 2.1 AA)', () => {
  it.each(CASES.map((c) => [`${c.page.name}, ${c.state.name}`, c] as const))(
    '%s: no axe-core violations, and Tab reaches every control with its focus shown',
    async (_name, { page: pageCase, state }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await pageCase.open(page);
        await state.reach(page);
        const { violations, incomplete } = await axe(page);
        if (incomplete.length) console.log(`a11y: ${_name}: for a person to review:\n  ${incomplete.join('\n  ')}`);
        if (violations.length) console.log(`a11y: ${_name}: axe-core found:\n${formatViolations(violations)}`);
        expect(violations.map((v) => v.id)).toEqual([]);
        const problems = await tabRound(page);
        if (problems.length) console.log(`a11y: ${_name}: with the keyboard:\n  ${problems.join('\n  ')}`);
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it.each(['datasets/demo', 'datasets/sweden-2018'])(
    'the viewer on %s: the graph canvas has a text alternative, the ranking and the affected list',
    async (dataset) => {
      const page = await context.newPage();
      try {
        await viewer(dataset).open(page);
        await SCENARIO_FROM_RANKING.reach(page);
        const graph = page.locator('#graph');
        expect(await graph.getAttribute('role')).toBe('img');
        expect(await graph.getAttribute('aria-label')).toBeTruthy();
        const described = (await graph.getAttribute('aria-describedby'))!.split(' ');
        const description = (await Promise.all(described.map((id) => page.locator(`#${id}`).innerText()))).join(' ');
        const scenario = await page.locator('[data-testid="scenario"]').innerText();
        expect(description).toContain(scenario);
        // Its links lead to the affected list and to the ranking, both tables of text.
        await page.locator(`#${described[0]} a[href="#affected"]`).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => activeId(page)).toBe('affected');
        await page.locator(`#${described[0]} a[href="#ranking"]`).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => activeId(page)).toBe('ranking');
        expect(await page.locator('#ranking tbody tr').count()).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it('the viewer on datasets/demo: Why? opens the chain and moves the focus there, Close brings it back, a chosen length keeps it, / can be turned off', async () => {
    const page = await context.newPage();
    try {
      await viewer('datasets/demo').open(page);
      await SCENARIO_FROM_RANKING.reach(page);
      await tabUntil(page, '[data-focus^="why-"]');
      const button = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focus);
      await page.keyboard.press('Enter');
      await expect.poll(() => activeId(page)).toBe('why');
      expect(await page.locator('#why .chain li').count()).toBeGreaterThan(0);
      await tabUntil(page, '[data-focus="why-close"]', 20);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#why').count()).toBe(0);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focus)).toBe(button);
      // A chosen outage length keeps the focus on its radio button, though the panel is drawn anew.
      await tabUntil(page, 'input[name="duration"]:checked');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => activeId(page)).toBe('duration-168');
      expect(await page.evaluate(() => window.kedjaViewer!.state().hours)).toBe(168);

      // The one-character shortcut (/ to the search) can be turned off, in the Keys disclosure.
      await page.keyboard.press('Escape');
      await tabUntil(page, '.keys summary');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('slash-shortcut');
      await page.keyboard.press('Space');
      await page.locator('#scenario-title').focus();
      await page.keyboard.press('/');
      expect(await activeId(page)).toBe('scenario-title');
      await page.locator('#slash-shortcut').check();
      await page.locator('#scenario-title').focus();
      await page.keyboard.press('/');
      expect(await activeId(page)).toBe('search');
    } finally {
      await page.close();
    }
  });
});
