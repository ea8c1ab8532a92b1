/**
 * Search by name: a combobox listing up to ten nodes whose name contains what was typed (case and
 * accents ignored); Enter or a click picks one. Options are text.
 */
import { nodeName, type KedjaGraph, type NodeKind } from '@kedja/core';
import { WORDS, type Lang } from '@kedja/core/i18n';

import { VIEWER_MESSAGES } from '../i18n/index.js';
import { el, replace } from '../ui/dom.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchNodes(
  graph: KedjaGraph,
  query: string,
  limit = 10,
): { id: string; kind: NodeKind; name: string }[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: { id: string; kind: NodeKind; name: string; rank: number }[] = [];
  graph.forEachNode((id, attributes) => {
    const name = nodeName(graph, id);
    const at = fold(name).indexOf(q);
    if (at >= 0 || fold(id) === q) hits.push({ id, kind: attributes.kind, name, rank: at < 0 ? 0 : at === 0 ? 1 : 2 });
  });
  hits.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'sv'));
  return hits.slice(0, limit).map(({ id, kind, name }) => ({ id, kind, name }));
}

export function createSearch(lang: Lang, graph: KedjaGraph, onPick: (id: string, kind: NodeKind) => void): HTMLElement {
  const m = VIEWER_MESSAGES[lang].search;
  const list = el('ul', { id: 'search-results', role: 'listbox', class: 'search-results' });
  let hits: ReturnType<typeof searchNodes> = [];
  let active = 0;
  const input = el('input', {
    id: 'search',
    type: 'search',
    placeholder: m.placeholder,
    autocomplete: 'off',
    role: 'combobox',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
    'aria-label': m.label,
  });
  const draw = () => {
    input.setAttribute('aria-expanded', String(hits.length > 0));
    replace(
      list,
      ...hits.map((hit, i) =>
        el(
          'li',
          { role: 'option', id: `hit-${i}`, 'aria-selected': String(i === active), onmousedown: () => pick(i) },
          el('span', { class: 'kind', 'data-kind': hit.kind }, WORDS[lang].kinds[hit.kind]),
          ' ',
          hit.name,
        ),
      ),
    );
    if (hits.length) input.setAttribute('aria-activedescendant', `hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    hits = [];
    input.value = hit.name;
    draw();
    onPick(hit.id, hit.kind);
  };
  input.addEventListener('input', () => {
    hits = searchNodes(graph, input.value);
    active = 0;
    draw();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') active = Math.min(active + 1, hits.length - 1);
    else if (event.key === 'ArrowUp') active = Math.max(active - 1, 0);
    else if (event.key === 'Enter') return pick(active);
    else if (event.key === 'Escape') hits = [];
    else return;
    event.preventDefault();
    draw();
  });
  input.addEventListener('blur', () => setTimeout(() => ((hits = []), draw()), 150));
  return el('div', { class: 'search' }, input, list);
}
