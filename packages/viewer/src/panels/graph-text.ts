/**
 * The graph's text alternative (WCAG 2.1, 1.1.1): the canvas is a picture (role img) described by
 * this block under it, which says in a sentence what the picture shows (the graph, or the scenario
 * and how many it reaches) and links to the same content as tables: the affected organisations and
 * the systemic ranking. The sentence is a status region, so a screen reader hears the outcome of a
 * scenario chosen from the search or the ranking without moving there. O(1) per render.
 */
import { CONSEQUENCE_LEVELS, type KedjaGraph, type NodeKind } from '@kedja/core';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { DURATIONS } from '../state/view-state.js';
import { el, formatNumber, replace } from '../ui/dom.js';

/** Where the links lead: the table of affected organisations, the ranking table. */
export type TextTarget = 'affected' | 'ranking';

export interface GraphText {
  element: HTMLElement;
  show(view: ScenarioView | null): void;
}

const plural = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;

export function createGraphText(graph: KedjaGraph, onGo: (target: TextTarget) => void): GraphText {
  const counts: Record<NodeKind, number> = { organisation: 0, service: 0, supplier: 0 };
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const status = el('p', { role: 'status', class: 'graph-status' });
  const links = el('p', { class: 'graph-links' });
  const element = el('div', { id: 'graph-text', class: 'graph-text small' }, status, links);
  const link = (target: TextTarget, text: string) =>
    el(
      'a',
      {
        href: `#${target}`,
        onclick: (event: Event) => {
          event.preventDefault();
          onGo(target);
        },
      },
      text,
    );

  return {
    element,
    show(view) {
      const sentence =
        view === null
          ? `The graph: ${plural(counts.organisation, 'organisation')}, ${plural(counts.service, 'service')} and ${plural(counts.supplier, 'supplier')}, each joined to what it depends on. No scenario is chosen.`
          : scenarioSentence(view);
      // Said again only when it changes, so that a screen reader is not told the same twice.
      if (status.textContent !== sentence) status.textContent = sentence;
      replace(
        links,
        'As text: ',
        view === null ? null : link('affected', 'the affected organisations'),
        view === null ? null : ' and ',
        link('ranking', 'the systemic ranking'),
        view === null ? ', where a supplier can be chosen (or search by name).' : '.',
      );
    },
  };
}

function scenarioSentence(view: ScenarioView): string {
  const t = view.blast.totals;
  const after = DURATIONS.find((d) => d.hours === view.hours)?.label ?? `${view.hours} h`;
  const worst = [...CONSEQUENCE_LEVELS].reverse().find((level) => view.levels[level] > 0);
  return (
    `Scenario: ${view.blast.scenario.description}. ${plural(t.organisations, 'organisation')} affected, ` +
    `${formatNumber(t.criticalOrganisations)} losing a critical function` +
    (worst ? `; after ${after} the worst consequence is ${worst}.` : '.')
  );
}
