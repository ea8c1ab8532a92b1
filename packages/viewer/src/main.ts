/**
 * The viewer: loads the graph the server sends, builds the engine once, and wires the stores to
 * the picture. Data flows one way: graph -> engine -> view state (a store changed by producers)
 * -> derived scenario view -> graph highlight, side panel and map.
 */
import './style.css';

import { createEngine, type NodeKind, type RankEntry } from '@kedja/core';
import { downloadAsPNG } from '@sigma/export-image';

import { analyseScenario, type ScenarioView } from './analysis/analyse-scenario.js';
import { fetchJson, graphFromJson } from './analysis/load-graph.js';
import { affectedCsv } from './export/affected-csv.js';
import { applyPositions, createDisplayGraph } from './graph/display-graph.js';
import { runForceLayout } from './graph/force-layout.js';
import { createGraphView } from './graph/graph-view.js';
import { layeredLayout } from './graph/layered-layout.js';
import { areasFrom, createMapPanel } from './map/map-panel.js';
import { renderChartsPanel } from './panels/charts-panel.js';
import { legend } from './panels/legend.js';
import { renderRankingPanel } from './panels/ranking-panel.js';
import { renderScenarioBuilder } from './panels/scenario-builder.js';
import { renderScenarioPanel } from './panels/scenario-panel.js';
import { createSearch } from './panels/search.js';
import { createStore } from './state/store.js';
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
  // maps/index.json names the boundary file to draw (counties now; municipal boundaries when one is added).
  const [graphData, dataset, maps] = await Promise.all([
    fetchJson('api/graph.json'),
    fetchJson('api/dataset.json') as Promise<{ name: string }>,
    fetchJson('maps/index.json') as Promise<{ boundaries: string; caption: string }>,
  ]);
  const boundaries = await fetchJson(`maps/${encodeURIComponent(maps.boundaries)}`);
  performance.mark('kedja:fetched');
  const graph = graphFromJson(graphData);
  performance.mark('kedja:graph');
  const engine = createEngine(graph);
  const display = createDisplayGraph(graph, layeredLayout(graph));
  performance.mark('kedja:layout');
  const store = createStore(INITIAL_VIEW);
  document.title = `Kedja viewer: ${dataset.name}`;

  const counts = { organisation: 0, service: 0, supplier: 0 } as Record<NodeKind, number>;
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const pickNode = (id: string, kind: NodeKind, additive = false) => {
    if (kind === 'organisation') {
      if (current?.status.has(id)) store.update(explain(id));
      return;
    }
    store.update(additive ? toggleMember(kind === 'supplier' ? 'suppliers' : 'services', id) : failAlone(kind, id));
  };

  const graphContainer = el('div', { class: 'graph', id: 'graph', 'aria-label': 'Dependency graph' });
  const scenarioPanel = el('div', { id: 'panel-scenario', role: 'tabpanel' });
  const builder = el('div', { class: 'builder' });
  const rankingPanel = el('div', { id: 'panel-ranking', role: 'tabpanel' });
  const chartsPanel = el('div', { id: 'panel-concentration', role: 'tabpanel' });
  const tabButtons = TABS.map((tab) =>
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
  );
  const layoutButton = el('button', { type: 'button', id: 'layout' }, 'ForceAtlas2 layout');
  const map = createMapPanel(graph, areasFrom(boundaries), maps.caption);

  replace(
    app,
    el(
      'header',
      { class: 'top' },
      el('h1', {}, 'Kedja ', el('span', { class: 'dataset' }, dataset.name)),
      el(
        'p',
        { class: 'small' },
        `${formatNumber(counts.organisation)} organisations, ${formatNumber(counts.service)} services, ${formatNumber(counts.supplier)} suppliers`,
      ),
      createSearch(graph, (id, kind) => {
        view.focus(id);
        pickNode(id, kind);
      }),
      layoutButton,
    ),
    el(
      'main',
      { class: 'layout' },
      el('div', { class: 'graph-column' }, graphContainer, legend()),
      map.element,
      el(
        'aside',
        { class: 'side' },
        el('div', { role: 'tablist', class: 'tabs' }, ...tabButtons),
        scenarioPanel,
        builder,
        rankingPanel,
        chartsPanel,
      ),
    ),
  );
  app.removeAttribute('aria-busy');

  const view = createGraphView(graphContainer, display, (node, additive) =>
    pickNode(node, display.getNodeAttribute(node, 'kind'), additive),
  );
  performance.mark('kedja:sigma');
  let current: ScenarioView | null = null;
  let ranking: RankEntry[] | null = null;
  let chartsDrawn = false;

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

  const render = () => {
    const state = store.get();
    current = analyseScenario(graph, engine, state.scenario, state.hours);
    view.show(current);
    map.show(current);
    renderScenarioPanel(scenarioPanel, graph, engine, state, current, {
      setHours: (hours) => store.update(setHours(hours)),
      explain: (org) => store.update(explain(org)),
      clear: () => store.update(clearScenario()),
      exportCsv: () => current && download('kedja-affected.csv', affectedCsv(graph, current), 'text/csv;charset=utf-8'),
      exportPng: () =>
        void downloadAsPNG(view.sigma as unknown as Parameters<typeof downloadAsPNG>[0], {
          fileName: 'kedja-view',
          backgroundColor: '#ffffff',
        }),
    });
    renderScenarioBuilder(builder, graph, state.scenario, {
      toggle: (key, value) => store.update(toggleMember(key, value)),
      outsideEea: (on) => store.update(setOutsideEea(on)),
    });
    for (const [i, tab] of TABS.entries()) {
      const selected = state.tab === tab;
      tabButtons[i]!.setAttribute('aria-selected', String(selected));
      tabButtons[i]!.tabIndex = selected ? 0 : -1;
    }
    scenarioPanel.hidden = builder.hidden = state.tab !== 'scenario';
    rankingPanel.hidden = state.tab !== 'ranking';
    chartsPanel.hidden = state.tab !== 'concentration';
    if (state.tab === 'ranking') {
      ranking ??= engine.rank();
      renderRankingPanel(rankingPanel, graph, ranking, (supplier) => {
        view.focus(supplier);
        store.update(failAlone('supplier', supplier));
      });
    }
    if (state.tab === 'concentration' && !chartsDrawn) {
      chartsDrawn = true;
      void renderChartsPanel(chartsPanel, graph, engine);
    }
  };
  store.subscribe(render);
  render();
  performance.mark('kedja:panels');

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

  installTestHook({ graph, display, view, store, scenario: () => current });
}

const app = document.getElementById('app')!;
start(app).catch((error: unknown) => {
  replace(app, el('p', { class: 'error', role: 'alert' }, `The viewer could not start: ${(error as Error).message}`));
});
