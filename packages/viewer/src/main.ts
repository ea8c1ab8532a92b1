/**
 * The viewer: loads the graph the server sends, builds the engine once, and wires the stores to
 * the picture. Data flows one way: graph -> engine -> view state (a store changed by producers)
 * -> derived scenario view -> graph highlight, side panel and map.
 */
import './style.css';

import { createEngine, type Engine, type KedjaGraph, type NodeKind, type RankEntry } from '@kedja/core';
import { formatInteger, LANGS, LOCALES, parseLang, type Lang } from '@kedja/core/i18n';
import { downloadAsPNG } from '@sigma/export-image';

import { analyseScenario, type ScenarioView } from './analysis/analyse-scenario.js';
import { fetchJson, graphFromJson } from './analysis/load-graph.js';
import { affectedCsv } from './export/affected-csv.js';
import { addressWithLang, LANGUAGE_NAMES, pageLang, VIEWER_MESSAGES } from './i18n/index.js';
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
import { el, keepingFocus, replace } from './ui/dom.js';

/** A step of the start, timed for the test hook's `marks()` (kedja:fetched, kedja:graph ...). */
const mark = (step: string) => performance.mark(`kedja:${step}`);

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the page is built from, once, whatever its language: the data, the engine, the state. */
interface Session {
  data: ViewerData;
  graph: KedjaGraph;
  engine: Engine;
  display: DisplayGraph;
  store: Store<ViewState>;
  /** Whether / moves to the search: one switch, kept when the language changes. */
  slashShortcut: HTMLInputElement;
  /** The systemic ranking, computed when its tab is first opened (with `upper` when the graph has possible edges). */
  ranking(): RankEntry[];
}

/** The page drawn in one language: taken down (and drawn again) when the language changes. */
interface Mounted {
  view: GraphView;
  current(): ScenarioView | null;
  unmount(): void;
}

/** The language the address or the browser asks for, before the server has said anything. */
const askedLang = () => pageLang({ query: location.search, browser: navigator.languages });

async function start(app: HTMLElement) {
  const asked = askedLang();
  document.documentElement.lang = LOCALES[asked];
  replace(app, el('p', { class: 'loading' }, VIEWER_MESSAGES[asked].page.loading));
  const data = await fetchViewerData();
  mark('fetched');
  let lang = pageLang({ query: location.search, server: data.dataset.lang, browser: navigator.languages });
  const graph = graphFromJson(data.graph, lang);
  mark('graph');
  const engine = createEngine(graph);
  const display = createDisplayGraph(graph, layeredLayout(graph));
  mark('layout');
  let ranking: RankEntry[] | null = null;
  const session: Session = {
    data,
    graph,
    engine,
    display,
    store: createStore(INITIAL_VIEW),
    slashShortcut: el('input', { type: 'checkbox', id: 'slash-shortcut', checked: true }),
    // With possible dependencies both bounds (issue 13), each row's figures as ranges.
    ranking: () => (ranking ??= engine.possibleEdges > 0 ? engine.rankBounds() : engine.rank()),
  };

  // Another language: the page is drawn anew around the same state (scenario, tab, outage length,
  // open explanation, layout) and camera, the address and <html lang> follow, the focus stays on the switch.
  const switchTo = (next: Lang) => {
    if (next === lang) return;
    const camera = mounted.view.sigma.getCamera().getState();
    mounted.unmount();
    lang = next;
    history.replaceState(history.state, '', addressWithLang(location.href, lang));
    mounted = mount(app, lang, session, switchTo);
    mounted.view.sigma.getCamera().setState(camera);
    document.getElementById('lang')?.focus();
  };
  let mounted = mount(app, lang, session, switchTo);
  mark('panels');

  installShortcuts(session.store, session.slashShortcut);
  installTestHook({
    graph,
    display,
    view: () => mounted.view,
    store: session.store,
    scenario: () => mounted.current(),
  });
}

/** Draws the page in `lang` into `app` and wires it to the session's state. */
function mount(app: HTMLElement, lang: Lang, session: Session, switchTo: (lang: Lang) => void): Mounted {
  const { graph, display, store, data } = session;
  document.documentElement.lang = LOCALES[lang];
  document.title = VIEWER_MESSAGES[lang].page.title(data.dataset.name);

  let current: ScenarioView | null = null;
  const pickNode = (id: string, kind: NodeKind, additive = false) => {
    if (kind === 'organisation') {
      if (current?.status.has(id)) store.update(explain(id));
      return;
    }
    store.update(additive ? toggleMember(kind === 'supplier' ? 'suppliers' : 'services', id) : failAlone(kind, id));
  };
  const page = createPage(app, lang, session, {
    search: (id, kind) => {
      view.focus(id);
      pickNode(id, kind);
    },
    text: (target) => goToText(store, target),
    lang: switchTo,
  });
  const view = createGraphView(page.graphContainer, display, (node, additive) =>
    pickNode(node, display.getNodeAttribute(node, 'kind'), additive),
  );
  mark('sigma');
  wireLayoutButton(lang, page.layoutButton, store, graph, display);

  const renderPanels = createPanelRenderer(lang, page, session, view, () => current);
  const render = () => {
    const state = store.get();
    current = analyseScenario(graph, session.engine, state.scenario, state.hours);
    view.show(current);
    page.map.show(current);
    page.graphText.show(current);
    keepingFocus(
      () => renderPanels(state, current),
      () => document.getElementById('scenario-title'),
    );
  };
  const unsubscribe = store.subscribe(render);
  render();
  return {
    view,
    current: () => current,
    unmount: () => {
      unsubscribe();
      view.sigma.kill();
    },
  };
}

/** What the server sends: the graph, the dataset's name and language, and the boundaries to draw on the map. */
interface ViewerData {
  graph: unknown;
  /** `lang`: what `kedja serve --lang` (or KEDJA_LANG) chose; absent when neither did. */
  dataset: { name: string; lang?: string | null };
  /** `captions`: the caption in other languages than English, by language. */
  maps: { boundaries: string; caption: string; captions?: Partial<Record<Lang, string>> };
  boundaries: unknown;
}

async function fetchViewerData(): Promise<ViewerData> {
  // maps/index.json names the boundary file to draw (counties now; municipal boundaries when one is added).
  const [graph, dataset, maps] = await Promise.all([
    fetchJson('api/graph.json'),
    fetchJson('api/dataset.json') as Promise<ViewerData['dataset']>,
    fetchJson('maps/index.json') as Promise<ViewerData['maps']>,
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
  map: MapPanel;
}

/** What the page's controls do beyond the state: a search hit, a link of the text alternative, the language switch. */
interface PageActions {
  search(id: string, kind: NodeKind): void;
  text(target: TextTarget): void;
  lang(lang: Lang): void;
}

/** Lays out the page in `app`: the header with the search, the graph, the map and the side panels. */
function createPage(app: HTMLElement, lang: Lang, session: Session, actions: PageActions): Page {
  const { graph, store, data } = session;
  const m = VIEWER_MESSAGES[lang].page;
  const n = (value: number) => formatInteger(lang, value);
  const counts = { organisation: 0, service: 0, supplier: 0 } as Record<NodeKind, number>;
  graph.forEachNode((_n, a) => counts[a.kind]++);
  const page: Page = {
    // The canvas is a picture to screen readers, described by its text alternative under it.
    graphContainer: el('div', {
      class: 'graph',
      id: 'graph',
      role: 'img',
      'aria-label': m.graph(data.dataset.name),
      'aria-describedby': 'graph-text',
    }),
    graphText: createGraphText(lang, graph, actions.text),
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
        m.tabs[tab],
      ),
    ),
    layoutButton: el(
      'button',
      { type: 'button', id: 'layout' },
      store.get().layout === 'force' ? m.layeredLayout : m.forceLayout,
    ),
    map: createMapPanel(
      lang,
      graph,
      areasFrom(data.boundaries),
      data.maps.captions?.[lang] ?? data.maps.caption,
      session.engine.possibleEdges > 0,
    ),
  };

  replace(
    app,
    el(
      'header',
      { class: 'top' },
      el('h1', {}, 'Kedja ', el('span', { class: 'dataset' }, data.dataset.name)),
      el('p', { class: 'small' }, m.counts(n(counts.organisation), n(counts.service), n(counts.supplier))),
      createSearch(lang, graph, actions.search),
      page.layoutButton,
      keysHelp(lang, session.slashShortcut),
      languageSwitch(lang, actions.lang),
    ),
    el(
      'main',
      { class: 'layout' },
      el(
        'div',
        { class: 'graph-column' },
        page.graphContainer,
        page.graphText.element,
        legend(lang, session.engine.possibleEdges > 0),
      ),
      page.map.element,
      el(
        'aside',
        { class: 'side' },
        el('div', { role: 'tablist', class: 'tabs', 'aria-label': m.sidePanel }, ...page.tabButtons),
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

/**
 * The language switch: a labelled select offering each language by its own name (marked with its
 * language, for screen readers), which draws the page anew in the one chosen.
 */
function languageSwitch(lang: Lang, onSwitch: (lang: Lang) => void): HTMLElement {
  const select = el(
    'select',
    {
      id: 'lang',
      onchange: (event: Event) => {
        const chosen = parseLang((event.target as HTMLSelectElement).value);
        if (chosen) onSwitch(chosen);
      },
    },
    ...LANGS.map((option) =>
      el('option', { value: option, lang: LOCALES[option], selected: option === lang }, LANGUAGE_NAMES[option]),
    ),
  );
  return el('label', { for: 'lang', class: 'lang-switch' }, VIEWER_MESSAGES[lang].page.language, ' ', select);
}

/** The keys, in a disclosure in the header, with the switch that turns / off. */
function keysHelp(lang: Lang, slashShortcut: HTMLInputElement): HTMLElement {
  const m = VIEWER_MESSAGES[lang].keys;
  return el(
    'details',
    { class: 'keys' },
    el('summary', {}, m.title),
    el(
      'ul',
      {},
      el('li', {}, el('kbd', {}, 'Tab'), m.tab),
      el('li', {}, el('kbd', {}, '←'), ' ', el('kbd', {}, '→'), m.arrows),
      el('li', {}, el('kbd', {}, 'Escape'), m.escape),
      el('li', {}, el('label', { for: 'slash-shortcut' }, slashShortcut, ' ', el('kbd', {}, '/'), m.slash)),
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
  lang: Lang,
  layoutButton: HTMLButtonElement,
  store: Store<ViewState>,
  graph: KedjaGraph,
  display: DisplayGraph,
): void {
  const m = VIEWER_MESSAGES[lang].page;
  layoutButton.addEventListener('click', async () => {
    const next = store.get().layout === 'layered' ? 'force' : 'layered';
    store.update(setLayout(next));
    layoutButton.textContent = next === 'force' ? m.layeredLayout : m.forceLayout;
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
 * tab. The ranking is computed once, when its tab is first opened; the charts are drawn when their
 * tab is first opened in this language.
 */
function createPanelRenderer(
  lang: Lang,
  page: Page,
  session: Session,
  view: GraphView,
  scenario: () => ScenarioView | null,
): (state: ViewState, current: ScenarioView | null) => void {
  const { graph, engine, store } = session;
  let chartsDrawn = false;
  return (state, current) => {
    renderScenarioPanel(page.scenarioPanel, lang, graph, engine, state, current, {
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
        if (shown) download('kedja-affected.csv', affectedCsv(graph, shown), 'text/csv');
      },
      exportPng: () =>
        void downloadAsPNG(view.sigma as unknown as Parameters<typeof downloadAsPNG>[0], {
          fileName: 'kedja-view',
          backgroundColor: '#ffffff',
        }),
    });
    renderScenarioBuilder(page.builder, lang, graph, state.scenario, {
      toggle: (key, value) => store.update(toggleMember(key, value)),
      outsideEea: (on) => store.update(setOutsideEea(on)),
    });
    showTabs(page, state.tab);
    if (state.tab === 'ranking') {
      renderRankingPanel(page.rankingPanel, lang, graph, session.ranking(), (supplier) => {
        view.focus(supplier);
        store.update(failAlone('supplier', supplier));
        // The ranking is hidden now: the focus moves to what the choice shows.
        document.getElementById('scenario-description')?.focus();
      });
    }
    if (state.tab === 'concentration' && !chartsDrawn) {
      chartsDrawn = true;
      void renderChartsPanel(page.chartsPanel, lang, graph, engine);
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
  const message = VIEWER_MESSAGES[askedLang()].page.failed((error as Error).message);
  replace(app, el('p', { class: 'error', role: 'alert' }, message));
});
