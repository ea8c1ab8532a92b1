/**
 * The systemic ranking (core's `engine.rank()`): every supplier failing alone, most organisations
 * first; each row is a button that makes that supplier the scenario.
 */
import { nodeName, type KedjaGraph, type RankEntry } from '@kedja/core';

import { el, formatNumber, replace } from '../ui/dom.js';

export function renderRankingPanel(
  container: HTMLElement,
  graph: KedjaGraph,
  ranking: readonly RankEntry[],
  onPick: (supplier: string) => void,
  shown = 30,
): void {
  replace(
    container,
    el('h2', { id: 'ranking-title' }, 'Systemic ranking'),
    el(
      'p',
      { class: 'hint' },
      `Each of ${formatNumber(ranking.length)} suppliers failing alone, by organisations affected. Choose one to see its blast radius.`,
    ),
    el(
      'table',
      // Where the graph's text alternative leads (focusable by script, not by Tab).
      { class: 'ranking', id: 'ranking', tabindex: -1, 'aria-labelledby': 'ranking-title', 'data-testid': 'ranking' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, '#'),
          el('th', {}, 'supplier'),
          el('th', {}, 'organisations'),
          el('th', {}, 'critical'),
          el('th', {}, 'population'),
        ),
      ),
      el(
        'tbody',
        {},
        ...ranking.slice(0, shown).map((entry, i) =>
          el(
            'tr',
            {},
            el('td', {}, String(i + 1)),
            el(
              'td',
              {},
              el(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-supplier': entry.supplier,
                  'data-focus': `rank-${entry.supplier}`,
                  onclick: () => onPick(entry.supplier),
                },
                nodeName(graph, entry.supplier),
              ),
            ),
            el('td', { class: 'num' }, formatNumber(entry.organisations)),
            el('td', { class: 'num' }, formatNumber(entry.criticalOrganisations)),
            el('td', { class: 'num' }, formatNumber(entry.population)),
          ),
        ),
      ),
    ),
  );
}
