/**
 * The graph's text alternative (WCAG 2.1, 1.1.1): the canvas is a picture (role img) described by
 * this block under it, which says in a sentence what the picture shows (the graph, or the scenario
 * and how many it reaches) and links to the same content as tables: the affected organisations and
 * the systemic ranking. The sentence is a status region, so a screen reader hears the outcome of a
 * scenario chosen from the search or the ranking without moving there. With possible dependencies
 * (issue 13) the counts are ranges from the lower bound to the upper ("1 to 3 organisations
 * affected"), and a sentence says what the two figures mean. O(1) per render.
 */
import { CONSEQUENCE_LEVELS, type KedjaGraph, type NodeKind } from '@kedja/core';
import { formatInteger, WORDS, type Lang } from '@kedja/core/i18n';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { durationIn, scenarioIn, VIEWER_MESSAGES } from '../i18n/index.js';
import { el, replace } from '../ui/dom.js';

/** Where the links lead: the table of affected organisations, the ranking table. */
export type TextTarget = 'affected' | 'ranking';

export interface GraphText {
  element: HTMLElement;
  show(view: ScenarioView | null): void;
}

export function createGraphText(lang: Lang, graph: KedjaGraph, onGo: (target: TextTarget) => void): GraphText {
  const m = VIEWER_MESSAGES[lang].graphText;
  const n = (value: number) => formatInteger(lang, value);
  const counts: Record<NodeKind, number> = { organisation: 0, service: 0, supplier: 0 };
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const status = el('p', { role: 'status', class: 'graph-status' });
  const links = el('p', { class: 'graph-links' });
  const element = el('div', { id: 'graph-text', class: 'graph-text' }, status, links);
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
          ? m.graph(
              m.organisations(n(counts.organisation), counts.organisation),
              m.services(n(counts.service), counts.service),
              m.suppliers(n(counts.supplier), counts.supplier),
            )
          : scenarioSentence(lang, graph, view);
      // Said again only when it changes, so that a screen reader is not told the same twice.
      if (status.textContent !== sentence) status.textContent = sentence;
      replace(
        links,
        m.asText,
        view === null ? null : link('affected', m.affected),
        view === null ? null : m.and,
        link('ranking', m.ranking),
        view === null ? m.choose : m.end,
      );
    },
  };
}

function scenarioSentence(lang: Lang, graph: KedjaGraph, view: ScenarioView): string {
  const m = VIEWER_MESSAGES[lang].graphText;
  const b = VIEWER_MESSAGES[lang].bounds;
  const n = (value: number) => formatInteger(lang, value);
  const t = view.blast.totals;
  const upper = view.upper?.totals ?? t;
  const levels = view.upper?.levels ?? view.levels;
  const worst = [...CONSEQUENCE_LEVELS].reverse().find((level) => levels[level] > 0);
  const ranged = upper.organisations !== t.organisations || upper.criticalOrganisations !== t.criticalOrganisations;
  return (
    m.scenario(
      scenarioIn(lang, graph, view.spec, view.blast.scenario.description),
      m.organisations(b.range(n(t.organisations), n(upper.organisations)), upper.organisations),
      b.range(n(t.criticalOrganisations), n(upper.criticalOrganisations)),
    ) +
    (worst ? m.worst(durationIn(lang, view.hours), WORDS[lang].levels[worst]) : m.end) +
    (ranged ? ` ${b.note}` : '')
  );
}
