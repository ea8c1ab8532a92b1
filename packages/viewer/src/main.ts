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
import { el, formatNumber, replace } from './ui/dom.js';

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
  const page = createPage(app, graph, store, data, (id, kind) => {
    view.focus(id);
    pickNode(id, kind);
  });
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
    renderPanels(state, current);
  };
  store.subscribe(render);
  render();
  performance.mark('kedja:panels');

  installShortcuts(store);
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
  scenarioPanel: HTMLElement;
  builder: HTMLElement;
  rankingPanel: HTMLElement;
  chartsPanel: HTMLElement;
  tabButtons: HTMLButtonElement[];
  layoutButton: HTMLButtonElement;
  map: MapPanel;
}

/** Lays out the page in `app`: the header with the search, the graph, the map and the side panels. */
function createPage(
  app: HTMLElement,
  graph: KedjaGraph,
  store: Store<ViewState>,
  data: ViewerData,
  onSearch: (id: string, kind: NodeKind) => void,
): Page {
  const counts = { organisation: 0, service: 0, supplier: 0 } as Record<NodeKind, number>;
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const page: Page = {
    graphContainer: el('div', { class: 'graph', id: 'graph', 'aria-label': 'Dependency graph' }),
    scenarioPanel: el('div', { id: 'panel-scenario', role: 'tabpanel' }),
    builder: el('div', { class: 'builder' }),
    rankingPanel: el('div', { id: 'panel-ranking', role: 'tabpanel' }),
    chartsPanel: el('div', { id: 'panel-concentration', role: 'tabpanel' }),
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
    ),
    el(
      'main',
      { class: 'layout' },
      el('div', { class: 'graph-column' }, page.graphContainer, legend()),
      page.map.element,
      el(
        'aside',
        { class: 'side' },
        el('div', { role: 'tablist', class: 'tabs' }, ...page.tabButtons),
        page.scenarioPanel,
        page.builder,
        page.rankingPanel,
        page.chartsPanel,
      ),
    ),
  );
  app.removeAttribute('aria-busy');
  return page;
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
      explain: (org) => store.update(explain(org)),
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
  page.scenarioPanel.hidden = page.builder.hidden = selectedTab !== 'scenario';
  page.rankingPanel.hidden = selectedTab !== 'ranking';
  page.chartsPanel.hidden = selectedTab !== 'concentration';
}

/** Keys: / to search, Escape to clear the scenario, the arrows to move between tabs. */
function installShortcuts(store: Store<ViewState>): void {
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
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
