/**
 * The systemic ranking (core's `engine.rank()`): every supplier failing alone, most organisations
 * first; each row is a button that makes that supplier the scenario. On a graph with possible
 * dependencies (issue 13) the ranking is `engine.rankBounds()`: each figure is a range from the lower
 * bound to the upper ("a–b", explained above the table), in its order (lower bound, then upper).
 */
import { nodeName, type KedjaGraph, type RankEntry } from '@kedja/core';
import { formatInteger, type Lang } from '@kedja/core/i18n';

import { VIEWER_MESSAGES } from '../i18n/index.js';
import { el, replace } from '../ui/dom.js';

export function renderRankingPanel(
  container: HTMLElement,
  lang: Lang,
  graph: KedjaGraph,
  ranking: readonly (RankEntry & { upper?: Omit<RankEntry, 'supplier'> })[],
  onPick: (supplier: string) => void,
  shown = 30,
): void {
  const m = VIEWER_MESSAGES[lang].ranking;
  const b = VIEWER_MESSAGES[lang].bounds;
  const n = (value: number) => formatInteger(lang, value);
  const bounded = ranking.some((entry) => entry.upper !== undefined);
  const cell = (entry: (typeof ranking)[number], key: 'organisations' | 'criticalOrganisations' | 'population') =>
    el('td', { class: 'num' }, entry.upper ? b.cell(n(entry[key]), n(entry.upper[key])) : n(entry[key]));
  replace(
    container,
    el('h2', { id: 'ranking-title' }, m.title),
    el('p', { class: 'hint' }, m.hint(n(ranking.length))),
    bounded ? el('p', { class: 'small', 'data-testid': 'ranking-bounds' }, b.cellNote) : null,
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
          el('th', {}, m.supplier),
          el('th', {}, m.organisations),
          el('th', {}, m.critical),
          el('th', {}, m.population),
        ),
      ),
      el(
        'tbody',
        {},
        ...ranking.slice(0, shown).map((entry, i) =>
          el(
            'tr',
            {},
            el('td', {}, n(i + 1)),
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
            cell(entry, 'organisations'),
            cell(entry, 'criticalOrganisations'),
            cell(entry, 'population'),
          ),
        ),
      ),
    ),
  );
}
