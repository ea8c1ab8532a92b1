/**
 * What the planner has asked for: the scenario (which suppliers, services, countries or groups
 * fail), the outage length, the organisation whose "why" is open, the side-panel tab and the
 * layout. Producers are pure: `(args) => (state) => state`, tested without a browser.
 */
import { dataRecord } from '@kedja/core';
import type { ScenarioSpec } from '@kedja/core';

import type { Producer } from './store.js';

/** The outage lengths a planner chooses between, in hours (Tabell 6.4's columns; their words are in i18n/). */
export const DURATIONS = [4, 24, 48, 168, 720] as const;

export const TABS = ['scenario', 'ranking', 'concentration'] as const;
export type Tab = (typeof TABS)[number];

export interface ViewState {
  scenario: ScenarioSpec;
  hours: number;
  /** The affected organisation whose chain of failures is shown. */
  why: string | null;
  tab: Tab;
  layout: 'layered' | 'force';
}

export const INITIAL_VIEW: ViewState = { scenario: {}, hours: 48, why: null, tab: 'scenario', layout: 'layered' };

type ListKey = 'suppliers' | 'services' | 'countries' | 'parents' | 'serviceCountries' | 'jurisdictions';

function toggle(list: readonly string[] | undefined, value: string): string[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

function withoutEmpty(spec: ScenarioSpec): ScenarioSpec {
  const out = dataRecord<unknown>();
  for (const [key, value] of Object.entries(spec)) {
    if (Array.isArray(value) ? value.length > 0 : value === true) out[key] = value;
  }
  return out as ScenarioSpec;
}

/** The scenario becomes exactly this one supplier or service failing (a click). */
export const failAlone =
  (kind: 'supplier' | 'service', id: string): Producer<ViewState> =>
  (state) => ({
    ...state,
    scenario: kind === 'supplier' ? { suppliers: [id] } : { services: [id] },
    why: null,
    tab: 'scenario',
  });

/** Adds the member to the scenario, or takes it out if it is there (a shift-click, the builder). */
export const toggleMember =
  (key: ListKey, value: string): Producer<ViewState> =>
  (state) => ({
    ...state,
    scenario: withoutEmpty({ ...state.scenario, [key]: toggle(state.scenario[key], value) }),
    why: null,
    tab: 'scenario',
  });

export const setOutsideEea =
  (on: boolean): Producer<ViewState> =>
  (state) => ({ ...state, scenario: withoutEmpty({ ...state.scenario, outsideEea: on }), why: null });

export const clearScenario = (): Producer<ViewState> => (state) => ({ ...state, scenario: {}, why: null });

export const setHours =
  (hours: number): Producer<ViewState> =>
  (state) =>
    state.hours === hours ? state : { ...state, hours };

export const explain =
  (organisation: string | null): Producer<ViewState> =>
  (state) => ({ ...state, why: organisation, tab: organisation === null ? state.tab : 'scenario' });

export const showTab =
  (tab: Tab): Producer<ViewState> =>
  (state) =>
    state.tab === tab ? state : { ...state, tab };

export const setLayout =
  (layout: ViewState['layout']): Producer<ViewState> =>
  (state) =>
    state.layout === layout ? state : { ...state, layout };
