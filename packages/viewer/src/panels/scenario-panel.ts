/**
 * The side panel of a scenario: what fails, the counts (organisations, critical, hidden,
 * population), consequence levels after the chosen outage length, the affected organisations with
 * their levels and a "why" button each, the chain of failures for the chosen one, and the exports.
 * With possible dependencies (issue 13) every figure is a range from the lower bound to the upper
 * ("12 to 45"), the level bars show the upper bound's part hatched, and the lists say which entries
 * are only possible. Everything from data is inserted as text.
 */
import { CONSEQUENCE_LEVELS, nodeName, type BlastTotals, type Engine, type KedjaGraph } from '@kedja/core';
import { formatInteger, WORDS, type Lang } from '@kedja/core/i18n';
import { isPossibleEdge } from '@kedja/core/kernel';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { durationIn, scenarioIn, VIEWER_MESSAGES } from '../i18n/index.js';
import { LEVEL_COLOURS } from '../palette.js';
import { DURATIONS, type ViewState } from '../state/view-state.js';
import { el, listOf, replace } from '../ui/dom.js';

export interface ScenarioPanelActions {
  setHours(hours: number): void;
  explain(organisation: string | null): void;
  clear(): void;
  exportCsv(): void;
  exportPng(): void;
}

const SHOWN = 100;

/** How a step of the chain depends on the one before: the edge's words, or the general ones. */
function edgeWords(lang: Lang, edge: string | undefined): string {
  const words = VIEWER_MESSAGES[lang].why.edges;
  return edge !== undefined && Object.hasOwn(words, edge) ? words[edge as keyof typeof words] : words.other;
}

/** The totals the panel shows. */
type Counted = keyof Omit<BlastTotals, 'byType' | 'byCounty' | 'bySector'>;

/**
 * A figure of the scenario in the page's language, the sum of the given totals: one number, or both
 * bounds' as a range ("0 to 2") when the graph has possible edges.
 */
function figureOf(lang: Lang, view: ScenarioView): (...keys: Counted[]) => string {
  const b = VIEWER_MESSAGES[lang].bounds;
  const sum = (totals: BlastTotals, keys: Counted[]) =>
    formatInteger(
      lang,
      keys.reduce((total, key) => total + totals[key], 0),
    );
  const { totals } = view.blast;
  const upper = view.upper?.totals;
  return (...keys) => (upper ? b.range(sum(totals, keys), sum(upper, keys)) : sum(totals, keys));
}

function count(key: string, label: string, value: string) {
  return el(
    'div',
    { class: 'count', 'data-count': key },
    el('span', { class: 'count-value' }, value),
    el('span', { class: 'count-label' }, label),
  );
}

function durationPicker(lang: Lang, state: ViewState, actions: ScenarioPanelActions) {
  return el(
    'fieldset',
    { class: 'durations' },
    el('legend', {}, VIEWER_MESSAGES[lang].durations.legend),
    ...DURATIONS.map((hours) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          id: `duration-${hours}`,
          name: 'duration',
          value: hours,
          checked: state.hours === hours,
          onchange: () => actions.setHours(hours),
        }),
        ` ${durationIn(lang, hours)}`,
      ),
    ),
  );
}

function levelBars(lang: Lang, view: ScenarioView) {
  const total = view.blast.affectedOrganisations.length || 1;
  const b = VIEWER_MESSAGES[lang].bounds;
  const n = (value: number) => formatInteger(lang, value);
  const upper = view.upper?.levels ?? view.levels;
  return el(
    'div',
    { class: 'levels', role: 'list', 'aria-label': VIEWER_MESSAGES[lang].scenario.levels },
    ...[...CONSEQUENCE_LEVELS].reverse().map((level) =>
      el(
        'div',
        { class: 'level-row', role: 'listitem', 'data-level': level },
        el('span', { class: 'swatch', style: `background:${LEVEL_COLOURS[level]}` }),
        el('span', { class: 'level-name' }, WORDS[lang].levels[level]),
        el(
          'span',
          { class: 'level-bar' },
          el('span', { style: `width:${(100 * view.levels[level]) / total}%;background:${LEVEL_COLOURS[level]}` }),
          // The upper bound's part, hatched in the level's colour.
          upper[level] > view.levels[level]
            ? el('span', {
                class: 'possible',
                style: `width:${(100 * (upper[level] - view.levels[level])) / total}%;--c:${LEVEL_COLOURS[level]}`,
              })
            : null,
        ),
        el('span', { class: 'level-count' }, b.cell(n(view.levels[level]), n(upper[level]))),
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
  lang: Lang,
  graph: KedjaGraph,
  engine: Engine,
  view: ScenarioView,
  organisation: string,
  actions: ScenarioPanelActions,
) {
  const m = VIEWER_MESSAGES[lang].why;
  // As kedja why: an organisation affected without the possible dependencies is explained by a
  // chain of confirmed ones (issue 13); one affected only with them, by the upper bound's chain.
  const spec = memberSpec(graph, view);
  const certain = engine.possibleEdges > 0 ? engine.whyLower(organisation, spec) : undefined;
  const why = certain?.affected ? certain : engine.why(organisation, spec);
  const consequence = view.consequences.get(organisation);
  return el(
    'section',
    { class: 'why', id: 'why', tabindex: -1, 'aria-labelledby': 'why-title' },
    el('h3', { id: 'why-title' }, m.title(nodeName(graph, organisation))),
    el(
      'ol',
      { class: 'chain' },
      ...why.chain.map((step, i) =>
        el(
          'li',
          {},
          el('span', { class: 'kind', 'data-kind': step.kind }, WORDS[lang].kinds[step.kind]),
          ' ',
          el('strong', {}, nodeName(graph, step.id)),
          i === 0 ? m.member : m.step(edgeWords(lang, step.edge), formatInteger(lang, step.tier)),
          i > 0 && possibleStep(graph, step, why.chain[i - 1]!.id) ? VIEWER_MESSAGES[lang].bounds.possibleMark : null,
          step.alternativesFailed
            ? el(
                'span',
                { class: 'alternatives-failed' },
                m.alternatives(step.alternativesFailed.length),
                ...listOf(
                  lang,
                  step.alternativesFailed.map((id) => el('strong', {}, nodeName(graph, id))),
                ),
                m.alternativesFailed,
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
              m.on(nodeName(graph, f.dependency), WORDS[lang].levels[f.level]),
              f.because.length ? ` (${f.because.join('; ')})` : '',
            ),
          ),
        )
      : null,
    el('button', { type: 'button', 'data-focus': 'why-close', onclick: () => actions.explain(null) }, m.close),
  );
}

/**
 * Whether a step of the chain depends on the one before only possibly (issue 13): every edge of its
 * kind from it to the previous step is possible. `why` answers for the upper bound, so its chain may
 * pass along possible dependencies.
 */
function possibleStep(graph: KedjaGraph, step: { id: string; edge?: string }, previous: string): boolean {
  const edges = graph.edges(step.id, previous).filter((e) => graph.getEdgeAttribute(e, 'kind') === step.edge);
  return edges.length > 0 && edges.every((e) => isPossibleEdge(graph.getEdgeAttributes(e)));
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

/** As `kedja blast --json` says it: affected in the lower bound too, or only in the upper. */
const certaintyOf = (view: ScenarioView, id: string) => (view.possible.has(id) ? 'possible' : 'confirmed');

/** The affected organisations, worst first, each with its level and a Why? button. */
function affectedTable(
  lang: Lang,
  graph: KedjaGraph,
  view: ScenarioView,
  affected: ScenarioView['blast']['affectedOrganisations'],
  actions: ScenarioPanelActions,
) {
  const m = VIEWER_MESSAGES[lang].affected;
  const b = VIEWER_MESSAGES[lang].bounds;
  const bounded = view.upper !== null;
  const levelOf = (id: string) => {
    const level = view.consequences.get(id)?.level;
    return level === undefined ? '' : WORDS[lang].levels[level];
  };
  const table = el(
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
        el('th', {}, m.organisation),
        el('th', {}, m.level),
        el('th', {}, m.critical),
        el('th', {}, m.hidden),
        el('th', {}, el('span', { class: 'sr-only' }, m.explanation)),
      ),
    ),
    el(
      'tbody',
      {},
      ...affected.slice(0, SHOWN).map((org) =>
        el(
          'tr',
          { 'data-id': org.id, 'data-certainty': bounded ? certaintyOf(view, org.id) : undefined },
          // Affected only in the upper bound: said after the name (a column would not fit a phone's width).
          el('td', {}, nodeName(graph, org.id), view.possible.has(org.id) ? b.possibleMark : null),
          el('td', {}, levelOf(org.id)),
          el('td', {}, org.critical ? m.yes : m.no),
          el('td', {}, org.hidden ? m.yes : m.no),
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
              m.why,
            ),
          ),
        ),
      ),
    ),
  );
  // At a phone's width (WCAG 1.4.10) the table scrolls sideways on its own, as the reports' tables do.
  return el('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'affected-title' }, table);
}

export function renderScenarioPanel(
  container: HTMLElement,
  lang: Lang,
  graph: KedjaGraph,
  engine: Engine,
  state: ViewState,
  view: ScenarioView | null,
  actions: ScenarioPanelActions,
): void {
  const m = VIEWER_MESSAGES[lang].scenario;
  const n = (value: number) => formatInteger(lang, value);
  if (view === null) {
    replace(
      container,
      el('h2', { id: 'scenario-title', tabindex: -1 }, m.title),
      el('p', { class: 'hint' }, m.hint),
      durationPicker(lang, state, actions),
    );
    return;
  }
  const { blast } = view;
  const b = VIEWER_MESSAGES[lang].bounds;
  const figure = figureOf(lang, view);
  const upper = view.upper?.totals ?? blast.totals;
  const affected = [...blast.affectedOrganisations].sort(byConsequence(graph, view));
  const failed = [...blast.failedSuppliers, ...blast.failedServices].sort((a, b) => a.tier - b.tier);
  replace(
    container,
    el('h2', { id: 'scenario-title', tabindex: -1 }, m.title),
    el(
      'p',
      { class: 'scenario-description', id: 'scenario-description', tabindex: -1, 'data-testid': 'scenario' },
      scenarioIn(lang, graph, view.spec, blast.scenario.description),
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', id: 'clear-scenario', onclick: actions.clear, title: 'Escape' }, m.clear),
      el(
        'button',
        { type: 'button', id: 'export-csv', onclick: actions.exportCsv, disabled: affected.length === 0 },
        m.exportCsv,
      ),
      el('button', { type: 'button', id: 'export-png', onclick: actions.exportPng }, m.exportPng),
    ),
    el(
      'div',
      { class: 'counts' },
      count('organisations', m.counts.organisations, figure('organisations')),
      count('critical', m.counts.critical, figure('criticalOrganisations')),
      count('hidden', m.counts.hidden, figure('hiddenOrganisations')),
      count('residents', m.counts.residents, figure('residents')),
    ),
    view.upper ? el('p', { class: 'small', 'data-testid': 'bounds' }, b.note) : null,
    el(
      'p',
      { class: 'small', 'data-testid': 'population' },
      m.population(figure('population')) +
        m.failing(
          m.suppliers(figure('failedSuppliers'), upper.failedSuppliers),
          m.services(figure('failedServices'), upper.failedServices),
        ),
    ),
    durationPicker(lang, state, actions),
    el('h3', {}, m.consequencesAfter(durationIn(lang, view.hours))),
    levelBars(lang, view),
    state.why !== null && view.status.has(state.why) ? whyChain(lang, graph, engine, view, state.why, actions) : null,
    el('h3', { id: 'affected-title' }, m.affectedTitle(figure('organisations'))),
    affectedTable(lang, graph, view, affected, actions),
    affected.length > SHOWN ? el('p', { class: 'small' }, m.more(n(affected.length - SHOWN))) : null,
    el('h3', {}, m.failedTitle(figure('failedSuppliers', 'failedServices'))),
    el(
      'ul',
      { class: 'failed', 'data-testid': 'failed' },
      ...failed
        .slice(0, SHOWN)
        .map((f) =>
          el(
            'li',
            { 'data-id': f.id },
            el('span', { class: 'tier' }, m.tier(n(f.tier))),
            ' ',
            nodeName(graph, f.id),
            view.possible.has(f.id) ? b.possibleMark : null,
          ),
        ),
    ),
  );
}
