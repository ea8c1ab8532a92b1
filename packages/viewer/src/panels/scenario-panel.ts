/**
 * The side panel of a scenario: what fails, the counts (organisations, critical, hidden,
 * population), consequence levels after the chosen outage length, the affected organisations with
 * their levels and a "why" button each, the chain of failures for the chosen one, and the exports.
 * Everything from data is inserted as text.
 */
import { CONSEQUENCE_LEVELS, nodeName, type Engine, type KedjaGraph } from '@kedja/core';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { LEVEL_COLOURS } from '../palette.js';
import { DURATIONS, type ViewState } from '../state/view-state.js';
import { el, formatNumber, replace } from '../ui/dom.js';

export interface ScenarioPanelActions {
  setHours(hours: number): void;
  explain(organisation: string | null): void;
  clear(): void;
  exportCsv(): void;
  exportPng(): void;
}

const SHOWN = 100;
const EDGE_WORDS: Record<string, string> = {
  providedBy: 'which is provided by it',
  subcontracts: 'which relies on it as a subcontractor',
  uses: 'which uses it',
  contracts: 'which holds a contract with it',
};

/** "1 service", "3 services". */
const counted = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;

function count(key: string, label: string, value: number) {
  return el(
    'div',
    { class: 'count', 'data-count': key },
    el('span', { class: 'count-value' }, formatNumber(value)),
    el('span', { class: 'count-label' }, label),
  );
}

function durationPicker(state: ViewState, actions: ScenarioPanelActions) {
  return el(
    'fieldset',
    { class: 'durations' },
    el('legend', {}, 'Outage length'),
    ...DURATIONS.map((d) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          id: `duration-${d.hours}`,
          name: 'duration',
          value: d.hours,
          checked: state.hours === d.hours,
          onchange: () => actions.setHours(d.hours),
        }),
        ` ${d.label}`,
      ),
    ),
  );
}

function levelBars(view: ScenarioView) {
  const total = view.blast.affectedOrganisations.length || 1;
  return el(
    'div',
    { class: 'levels', role: 'list', 'aria-label': 'Consequence levels' },
    ...[...CONSEQUENCE_LEVELS]
      .reverse()
      .map((level) =>
        el(
          'div',
          { class: 'level-row', role: 'listitem', 'data-level': level },
          el('span', { class: 'swatch', style: `background:${LEVEL_COLOURS[level]}` }),
          el('span', { class: 'level-name' }, level),
          el(
            'span',
            { class: 'level-bar' },
            el('span', { style: `width:${(100 * view.levels[level]) / total}%;background:${LEVEL_COLOURS[level]}` }),
          ),
          el('span', { class: 'level-count' }, formatNumber(view.levels[level])),
        ),
      ),
  );
}

/**
 * The affected organisations worst first: by consequence level (crisis first), then by the residents
 * each serves (a municipality's or region's population; agencies serve no area), then by name.
 */
function byConsequence(graph: KedjaGraph, view: ScenarioView) {
  const severity = (id: string) => CONSEQUENCE_LEVELS.indexOf(view.consequences.get(id)?.level ?? 'none');
  const residents = (id: string) => {
    const attributes = graph.getNodeAttributes(id) as { orgType?: string; population?: number };
    const serves = attributes.orgType === 'municipality' || attributes.orgType === 'region';
    return serves ? (attributes.population ?? 0) : 0;
  };
  return (a: { id: string }, b: { id: string }) =>
    severity(b.id) - severity(a.id) ||
    residents(b.id) - residents(a.id) ||
    nodeName(graph, a.id).localeCompare(nodeName(graph, b.id), 'sv');
}

function whyChain(
  graph: KedjaGraph,
  engine: Engine,
  view: ScenarioView,
  organisation: string,
  actions: ScenarioPanelActions,
) {
  const why = engine.why(organisation, memberSpec(graph, view));
  const consequence = view.consequences.get(organisation);
  return el(
    'section',
    { class: 'why', id: 'why', tabindex: -1, 'aria-labelledby': 'why-title' },
    el('h3', { id: 'why-title' }, 'Why is ', nodeName(graph, organisation), ' affected?'),
    el(
      'ol',
      { class: 'chain' },
      ...why.chain.map((step, i) =>
        el(
          'li',
          {},
          el('span', { class: `kind kind-${step.kind}` }, step.kind),
          ' ',
          el('strong', {}, nodeName(graph, step.id)),
          i === 0
            ? ' fails (in the scenario)'
            : ` (${EDGE_WORDS[step.edge ?? ''] ?? 'depends on it'}), round ${step.tier}`,
          step.alternativesFailed
            ? el(
                'span',
                { class: 'alternatives-failed' },
                `; ${step.alternativesFailed.length === 1 ? 'its alternative' : 'its alternatives'} `,
                ...step.alternativesFailed.flatMap((id, j) => [
                  j === 0 ? '' : j === step.alternativesFailed!.length - 1 ? ' and ' : ', ',
                  el('strong', {}, nodeName(graph, id)),
                ]),
                ' failed too',
              )
            : null,
        ),
      ),
    ),
    consequence
      ? el(
          'ul',
          { class: 'functions' },
          ...consequence.functions.map((f) =>
            el(
              'li',
              {},
              el('strong', {}, f.function),
              ` on ${nodeName(graph, f.dependency)}: ${f.level}`,
              f.because.length ? ` (${f.because.join('; ')})` : '',
            ),
          ),
        )
      : null,
    el('button', { type: 'button', 'data-focus': 'why-close', onclick: () => actions.explain(null) }, 'Close'),
  );
}

/** The failed members as a plain spec, so that `why` explains exactly the scenario on screen. */
function memberSpec(graph: KedjaGraph, view: ScenarioView) {
  const suppliers: string[] = [];
  const services: string[] = [];
  for (const id of view.blast.scenario.members) {
    (graph.getNodeAttribute(id, 'kind') === 'supplier' ? suppliers : services).push(id);
  }
  return { suppliers, services };
}

/** The affected organisations, worst first, each with its level and a Why? button. */
function affectedTable(
  graph: KedjaGraph,
  view: ScenarioView,
  affected: ScenarioView['blast']['affectedOrganisations'],
  actions: ScenarioPanelActions,
) {
  return el(
    'table',
    // Where the graph's text alternative leads (focusable by script, not by Tab).
    {
      class: 'affected',
      id: 'affected',
      tabindex: -1,
      'aria-labelledby': 'affected-title',
      'data-testid': 'affected',
    },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'organisation'),
        el('th', {}, 'level'),
        el('th', {}, 'critical'),
        el('th', {}, 'hidden'),
        el('th', {}, el('span', { class: 'sr-only' }, 'explanation')),
      ),
    ),
    el(
      'tbody',
      {},
      ...affected.slice(0, SHOWN).map((org) =>
        el(
          'tr',
          { 'data-id': org.id },
          el('td', {}, nodeName(graph, org.id)),
          el('td', {}, view.consequences.get(org.id)?.level ?? ''),
          el('td', {}, org.critical ? 'yes' : 'no'),
          el('td', {}, org.hidden ? 'yes' : 'no'),
          el(
            'td',
            {},
            el(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-focus': `why-${org.id}`,
                onclick: () => actions.explain(org.id),
              },
              'Why?',
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderScenarioPanel(
  container: HTMLElement,
  graph: KedjaGraph,
  engine: Engine,
  state: ViewState,
  view: ScenarioView | null,
  actions: ScenarioPanelActions,
): void {
  if (view === null) {
    replace(
      container,
      el('h2', { id: 'scenario-title', tabindex: -1 }, 'Scenario'),
      el(
        'p',
        { class: 'hint' },
        'Click a supplier (a ring) or a service (a square) to see who goes dark. Shift-click adds to the scenario; ' +
          'the ranking tab lists the suppliers whose failure reaches furthest, and the builder below fails a country or an ownership group.',
      ),
      durationPicker(state, actions),
    );
    return;
  }
  const { blast } = view;
  const t = blast.totals;
  const affected = [...blast.affectedOrganisations].sort(byConsequence(graph, view));
  const failed = [...blast.failedSuppliers, ...blast.failedServices].sort((a, b) => a.tier - b.tier);
  replace(
    container,
    el('h2', { id: 'scenario-title', tabindex: -1 }, 'Scenario'),
    el(
      'p',
      { class: 'scenario-description', id: 'scenario-description', tabindex: -1, 'data-testid': 'scenario' },
      blast.scenario.description,
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', id: 'clear-scenario', onclick: actions.clear, title: 'Escape' }, 'Clear scenario'),
      el(
        'button',
        { type: 'button', id: 'export-csv', onclick: actions.exportCsv, disabled: affected.length === 0 },
        'Affected list (CSV)',
      ),
      el('button', { type: 'button', id: 'export-png', onclick: actions.exportPng }, 'View (PNG)'),
    ),
    el(
      'div',
      { class: 'counts' },
      count('organisations', 'organisations affected', t.organisations),
      count('critical', 'lose a critical function', t.criticalOrganisations),
      count('hidden', 'hidden (via subcontractors)', t.hiddenOrganisations),
      count('residents', 'residents, each counted once', t.residents),
    ),
    el(
      'p',
      { class: 'small', 'data-testid': 'population' },
      `Population served, summed over the organisations: ${formatNumber(t.population)}. ` +
        `${counted(t.failedSuppliers, 'supplier')} and ${counted(t.failedServices, 'service')} fail.`,
    ),
    durationPicker(state, actions),
    el('h3', {}, `Consequences after ${DURATIONS.find((d) => d.hours === view.hours)?.label ?? `${view.hours} h`}`),
    levelBars(view),
    state.why !== null && view.status.has(state.why) ? whyChain(graph, engine, view, state.why, actions) : null,
    el('h3', { id: 'affected-title' }, `Affected organisations (${formatNumber(affected.length)})`),
    affectedTable(graph, view, affected, actions),
    affected.length > SHOWN
      ? el('p', { class: 'small' }, `… and ${formatNumber(affected.length - SHOWN)} more in the CSV.`)
      : null,
    el('h3', {}, `Failed suppliers and services (${formatNumber(failed.length)})`),
    el(
      'ul',
      { class: 'failed', 'data-testid': 'failed' },
      ...failed
        .slice(0, SHOWN)
        .map((f) => el('li', {}, el('span', { class: 'tier' }, `tier ${f.tier}`), ' ', nodeName(graph, f.id))),
    ),
  );
}
