/**
 * The viewer: loads the graph the server sends, builds the engine once, and wires the stores to
 * the picture. Data flows one way: graph -> engine -> view state (a store changed by producers)
 * -> derived scenario view -> graph highlight, side panel and map.
 */
import './style.css';

import { createEngine, type Engine, type KedjaGraph, type NodeKind, type RankEntry } from '@kedja/core';
import { downloadAsPNG } from '@sigma/export-image';

import { analyseScenario, type ScenarioView } from './analysis/analyse-scenario.js';
import { fetchJson, graphFromJson } from './analysis/load-graph.js';
import { affectedCsv } from './export/affected-csv.js';
import { applyPositions, createDisplayGraph, type DisplayGraph } from './graph/display-graph.js';
import { runForceLayout } from './graph/force-layout.js';
import { createGraphView, type GraphView } from './graph/graph-view.js';
import { layeredLayout } from './graph/layered-layout.js';
import { areasFrom, createMapPanel, type MapPanel } from './map/map-panel.js';
import { renderChartsPanel } from './panels/charts-panel.js';
import { createGraphText, type GraphText, type TextTarget } from './panels/graph-text.js';
import { legend } from './panels/legend.js';
import { renderRankingPanel } from './panels/ranking-panel.js';
import { renderScenarioBuilder } from './panels/scenario-builder.js';
import { renderScenarioPanel } from './panels/scenario-panel.js';
import { createSearch } from './panels/search.js';
import { createStore, type Store } from './state/store.js';
import {
  clearScenario,
  explain,
  failAlone,
  INITIAL_VIEW,
  setHours,
  setLayout,
  setOutsideEea,
  showTab,
  TABS,
  toggleMember,
  type Tab,
  type ViewState,
} from './state/view-state.js';
import { installTestHook } from './test-hook.js';
import { el, formatNumber, keepingFocus, replace } from './ui/dom.js';

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function start(app: HTMLElement) {
  const data = await fetchViewerData();
  performance.mark('kedja:fetched');
  const graph = graphFromJson(data.graph);
  performance.mark('kedja:graph');
  const engine = createEngine(graph);
  const display = createDisplayGraph(graph, layeredLayout(graph));
  performance.mark('kedja:layout');
  const store = createStore(INITIAL_VIEW);
  document.title = `Kedja viewer: ${data.dataset.name}`;

  let current: ScenarioView | null = null;
  const pickNode = (id: string, kind: NodeKind, additive = false) => {
    if (kind === 'organisation') {
      if (current?.status.has(id)) store.update(explain(id));
      return;
    }
    store.update(additive ? toggleMember(kind === 'supplier' ? 'suppliers' : 'services', id) : failAlone(kind, id));
  };
  const page = createPage(
    app,
    graph,
    store,
    data,
    (id, kind) => {
      view.focus(id);
      pickNode(id, kind);
    },
    (target) => goToText(store, target),
  );
  const view = createGraphView(page.graphContainer, display, (node, additive) =>
    pickNode(node, display.getNodeAttribute(node, 'kind'), additive),
  );
  performance.mark('kedja:sigma');
  wireLayoutButton(page.layoutButton, store, graph, display);

  const renderPanels = createPanelRenderer(page, graph, engine, store, view, () => current);
  const render = () => {
    const state = store.get();
    current = analyseScenario(graph, engine, state.scenario, state.hours);
    view.show(current);
    page.map.show(current);
    page.graphText.show(current);
    keepingFocus(
      () => renderPanels(state, current),
      () => document.getElementById('scenario-title'),
    );
  };
  store.subscribe(render);
  render();
  performance.mark('kedja:panels');

  installShortcuts(store, page.slashShortcut);
  installTestHook({ graph, display, view, store, scenario: () => current });
}

/** What the server sends: the graph, the dataset's name, and the boundaries to draw on the map. */
interface ViewerData {
  graph: unknown;
  dataset: { name: string };
  maps: { boundaries: string; caption: string };
  boundaries: unknown;
}

async function fetchViewerData(): Promise<ViewerData> {
  // maps/index.json names the boundary file to draw (counties now; municipal boundaries when one is added).
  const [graph, dataset, maps] = await Promise.all([
    fetchJson('api/graph.json'),
    fetchJson('api/dataset.json') as Promise<{ name: string }>,
    fetchJson('maps/index.json') as Promise<{ boundaries: string; caption: string }>,
  ]);
  const boundaries = await fetchJson(`maps/${encodeURIComponent(maps.boundaries)}`);
  return { graph, dataset, maps, boundaries };
}

/** The parts of the page that the viewer fills and wires. */
interface Page {
  graphContainer: HTMLElement;
  /** The graph's text alternative, under it. */
  graphText: GraphText;
  /** The scenario tab's panel: the scenario panel and the builder. */
  scenarioTab: HTMLElement;
  scenarioPanel: HTMLElement;
  builder: HTMLElement;
  rankingPanel: HTMLElement;
  chartsPanel: HTMLElement;
  tabButtons: HTMLButtonElement[];
  layoutButton: HTMLButtonElement;
  /** Whether / moves to the search (WCAG 2.1.4: a one-character shortcut can be turned off). */
  slashShortcut: HTMLInputElement;
  map: MapPanel;
}

/** Lays out the page in `app`: the header with the search, the graph, the map and the side panels. */
function createPage(
  app: HTMLElement,
  graph: KedjaGraph,
  store: Store<ViewState>,
  data: ViewerData,
  onSearch: (id: string, kind: NodeKind) => void,
  onText: (target: TextTarget) => void,
): Page {
  const counts = { organisation: 0, service: 0, supplier: 0 } as Record<NodeKind, number>;
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const page: Page = {
    // The canvas is a picture to screen readers, described by its text alternative under it.
    graphContainer: el('div', {
      class: 'graph',
      id: 'graph',
      role: 'img',
      'aria-label': `Dependency graph of ${data.dataset.name}`,
      'aria-describedby': 'graph-text',
    }),
    graphText: createGraphText(graph, onText),
    scenarioTab: el('div', { id: 'panel-scenario', role: 'tabpanel', 'aria-labelledby': 'tab-scenario' }),
    scenarioPanel: el('div', { class: 'scenario' }),
    builder: el('div', { class: 'builder' }),
    rankingPanel: el('div', { id: 'panel-ranking', role: 'tabpanel', 'aria-labelledby': 'tab-ranking' }),
    chartsPanel: el('div', { id: 'panel-concentration', role: 'tabpanel', 'aria-labelledby': 'tab-concentration' }),
    tabButtons: TABS.map((tab) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${tab}`,
          'aria-controls': `panel-${tab}`,
          onclick: () => store.update(showTab(tab)),
        },
        tab[0]!.toUpperCase() + tab.slice(1),
      ),
    ),
    layoutButton: el('button', { type: 'button', id: 'layout' }, 'ForceAtlas2 layout'),
    slashShortcut: el('input', { type: 'checkbox', id: 'slash-shortcut', checked: true }),
    map: createMapPanel(graph, areasFrom(data.boundaries), data.maps.caption),
  };

  replace(
    app,
    el(
      'header',
      { class: 'top' },
      el('h1', {}, 'Kedja ', el('span', { class: 'dataset' }, data.dataset.name)),
      el(
        'p',
        { class: 'small' },
        `${formatNumber(counts.organisation)} organisations, ${formatNumber(counts.service)} services, ${formatNumber(counts.supplier)} suppliers`,
      ),
      createSearch(graph, onSearch),
      page.layoutButton,
      keysHelp(page.slashShortcut),
    ),
    el(
      'main',
      { class: 'layout' },
      el('div', { class: 'graph-column' }, page.graphContainer, page.graphText.element, legend()),
      page.map.element,
      el(
        'aside',
        { class: 'side' },
        el('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Side panel' }, ...page.tabButtons),
        page.scenarioTab,
        page.rankingPanel,
        page.chartsPanel,
      ),
    ),
  );
  page.scenarioTab.append(page.scenarioPanel, page.builder);
  app.removeAttribute('aria-busy');
  return page;
}

/** The keys, in a disclosure in the header, with the switch that turns / off. */
function keysHelp(slashShortcut: HTMLInputElement): HTMLElement {
  return el(
    'details',
    { class: 'keys' },
    el('summary', {}, 'Keys'),
    el(
      'ul',
      {},
      el('li', {}, el('kbd', {}, 'Tab'), ' moves between the controls; the ranking and the search choose a scenario'),
      el('li', {}, el('kbd', {}, '←'), ' ', el('kbd', {}, '→'), ' move between the tabs of the side panel'),
      el('li', {}, el('kbd', {}, 'Escape'), ' clears the scenario'),
      el(
        'li',
        {},
        el('label', { for: 'slash-shortcut' }, slashShortcut, ' ', el('kbd', {}, '/'), ' moves to the search'),
      ),
    ),
  );
}

/** A link of the graph's text alternative: opens the tab that holds the table and moves the focus to it. */
function goToText(store: Store<ViewState>, target: TextTarget): void {
  store.update(showTab(target === 'ranking' ? 'ranking' : 'scenario'));
  document.getElementById(target)?.focus();
}

/** The layout button switches between the layered layout and ForceAtlas2. */
function wireLayoutButton(
  layoutButton: HTMLButtonElement,
  store: Store<ViewState>,
  graph: KedjaGraph,
  display: DisplayGraph,
): void {
  layoutButton.addEventListener('click', async () => {
    const next = store.get().layout === 'layered' ? 'force' : 'layered';
    store.update(setLayout(next));
    layoutButton.textContent = next === 'force' ? 'Layered layout' : 'ForceAtlas2 layout';
    if (next === 'layered') applyPositions(display, layeredLayout(graph));
    else {
      layoutButton.disabled = true;
      await runForceLayout(display);
      layoutButton.disabled = false;
    }
  });
}

/**
 * Draws the side of the page for a state: the scenario panel and builder, the tabs, and the open
 * tab. The ranking is computed and the charts drawn once, when their tab is first opened.
 */
function createPanelRenderer(
  page: Page,
  graph: KedjaGraph,
  engine: Engine,
  store: Store<ViewState>,
  view: GraphView,
  scenario: () => ScenarioView | null,
): (state: ViewState, current: ScenarioView | null) => void {
  let ranking: RankEntry[] | null = null;
  let chartsDrawn = false;
  return (state, current) => {
    renderScenarioPanel(page.scenarioPanel, graph, engine, state, current, {
      setHours: (hours) => store.update(setHours(hours)),
      explain: (org) => {
        const shown = store.get().why;
        store.update(explain(org));
        // Into the explanation when it opens, back to its Why? button when it closes.
        const next =
          org === null
            ? document.querySelector<HTMLElement>(`[data-focus="why-${CSS.escape(shown ?? '')}"]`)
            : document.getElementById('why');
        next?.focus();
      },
      clear: () => store.update(clearScenario()),
      exportCsv: () => {
        const shown = scenario();
        if (shown) download('kedja-affected.csv', affectedCsv(graph, shown), 'text/csv;charset=utf-8');
      },
      exportPng: () =>
        void downloadAsPNG(view.sigma as unknown as Parameters<typeof downloadAsPNG>[0], {
          fileName: 'kedja-view',
          backgroundColor: '#ffffff',
        }),
    });
    renderScenarioBuilder(page.builder, graph, state.scenario, {
      toggle: (key, value) => store.update(toggleMember(key, value)),
      outsideEea: (on) => store.update(setOutsideEea(on)),
    });
    showTabs(page, state.tab);
    if (state.tab === 'ranking') {
      ranking ??= engine.rank();
      renderRankingPanel(page.rankingPanel, graph, ranking, (supplier) => {
        view.focus(supplier);
        store.update(failAlone('supplier', supplier));
        // The ranking is hidden now: the focus moves to what the choice shows.
        document.getElementById('scenario-description')?.focus();
      });
    }
    if (state.tab === 'concentration' && !chartsDrawn) {
      chartsDrawn = true;
      void renderChartsPanel(page.chartsPanel, graph, engine);
    }
  };
}

/** Marks the selected tab and shows its panels only. */
function showTabs(page: Page, selectedTab: Tab): void {
  for (const [i, tab] of TABS.entries()) {
    const selected = selectedTab === tab;
    page.tabButtons[i]!.setAttribute('aria-selected', String(selected));
    page.tabButtons[i]!.tabIndex = selected ? 0 : -1;
  }
  page.scenarioTab.hidden = selectedTab !== 'scenario';
  page.rankingPanel.hidden = selectedTab !== 'ranking';
  page.chartsPanel.hidden = selectedTab !== 'concentration';
}

/** Keys: / to search (unless turned off), Escape to clear the scenario, the arrows to move between tabs. */
function installShortcuts(store: Store<ViewState>, slashShortcut: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing && slashShortcut.checked) {
      event.preventDefault();
      document.getElementById('search')?.focus();
    } else if (event.key === 'Escape' && !typing) {
      store.update(clearScenario());
    } else if (
      (event.key === 'ArrowRight' || event.key === 'ArrowLeft') &&
      (event.target as HTMLElement).getAttribute?.('role') === 'tab'
    ) {
      const i = TABS.indexOf(store.get().tab);
      const next: Tab = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
      store.update(showTab(next));
      document.getElementById(`tab-${next}`)?.focus();
    }
  });
}

const app = document.getElementById('app')!;
start(app).catch((error: unknown) => {
  replace(app, el('p', { class: 'error', role: 'alert' }, `The viewer could not start: ${(error as Error).message}`));
});
