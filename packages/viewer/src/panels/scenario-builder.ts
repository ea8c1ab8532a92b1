/**
 * Building a scenario beyond one click: every supplier of a country or an ownership group, every
 * supplier under a country's jurisdiction (its ultimate parent's country, else its own), every
 * service processing data in a country, everything outside the EU/EEA. Choices come from the
 * graph's own values; the names are text.
 */
import type { KedjaGraph, ScenarioSpec } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { resolveParents, supplierOwnership } from '@kedja/core/kernel';

import { countryIn, VIEWER_MESSAGES } from '../i18n/index.js';
import { el, replace } from '../ui/dom.js';

export interface BuilderActions {
  toggle(key: 'countries' | 'parents' | 'serviceCountries' | 'jurisdictions', value: string): void;
  outsideEea(on: boolean): void;
}

function distinct(graph: KedjaGraph, pick: (attributes: Record<string, unknown>) => unknown): string[] {
  const values = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    const value = pick(attributes as unknown as Record<string, unknown>);
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v !== '') values.add(v);
  });
  return [...values].sort((a, b) => a.localeCompare(b, 'sv'));
}

function picker(label: string, id: string, options: [string, string][], onPick: (value: string) => void) {
  const select = el(
    'select',
    {
      id,
      onchange: (event: Event) => {
        const target = event.target as HTMLSelectElement;
        if (target.value) onPick(target.value);
        target.value = '';
      },
    },
    el('option', { value: '' }, `${label}…`),
    ...options.map(([value, text]) => el('option', { value }, text)),
  );
  return el('label', { for: id, class: 'builder-field' }, el('span', { class: 'sr-only' }, label), select);
}

export function renderScenarioBuilder(
  container: HTMLElement,
  lang: Lang,
  graph: KedjaGraph,
  spec: ScenarioSpec,
  actions: BuilderActions,
): void {
  const m = VIEWER_MESSAGES[lang].builder;
  const countryName = (code: string) => countryIn(lang, code);
  const supplierCountries = distinct(graph, (a) => (a.kind === 'supplier' ? a.country : undefined));
  const parents = distinct(graph, (a) => (a.kind === 'supplier' ? a.parent : undefined));
  const serviceCountries = distinct(graph, (a) => (a.kind === 'service' ? a.countries : undefined));
  const chains = resolveParents(graph.getAttribute('parents'));
  const jurisdictions = distinct(graph, (a) =>
    a.kind === 'supplier'
      ? supplierOwnership(chains, a as { country?: string; parent?: string }).jurisdiction
      : undefined,
  );
  const chips = [
    ...(spec.countries ?? []).map((c) => ['countries', c, m.countryChip(countryName(c))] as const),
    ...(spec.parents ?? []).map((p) => ['parents', p, m.parentChip(p)] as const),
    ...(spec.jurisdictions ?? []).map((c) => ['jurisdictions', c, m.jurisdictionChip(countryName(c))] as const),
    ...(spec.serviceCountries ?? []).map((c) => ['serviceCountries', c, m.serviceCountryChip(countryName(c))] as const),
  ];
  replace(
    container,
    el('h3', {}, m.title),
    picker(
      m.country,
      'pick-country',
      supplierCountries.map((c) => [c, `${countryName(c)} (${c})`]),
      (v) => actions.toggle('countries', v),
    ),
    picker(
      m.parent,
      'pick-parent',
      parents.map((p) => [p, p]),
      (v) => actions.toggle('parents', v),
    ),
    picker(
      m.jurisdiction,
      'pick-jurisdiction',
      jurisdictions.map((c) => [c, `${countryName(c)} (${c})`]),
      (v) => actions.toggle('jurisdictions', v),
    ),
    picker(
      m.serviceCountry,
      'pick-service-country',
      serviceCountries.map((c) => [c, `${countryName(c)} (${c})`]),
      (v) => actions.toggle('serviceCountries', v),
    ),
    el(
      'label',
      { class: 'builder-field' },
      el('input', {
        type: 'checkbox',
        id: 'outside-eea',
        checked: spec.outsideEea === true,
        onchange: (e: Event) => actions.outsideEea((e.target as HTMLInputElement).checked),
      }),
      m.outsideEea,
    ),
    chips.length
      ? el(
          'ul',
          { class: 'chips' },
          ...chips.map(([key, value, text]) =>
            el(
              'li',
              {},
              text,
              ' ',
              el(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-focus': `chip-${key}-${value}`,
                  onclick: () => actions.toggle(key, value),
                },
                // Named by its words (the cross alone says nothing to a screen reader).
                el('span', { 'aria-hidden': 'true' }, '×'),
                el('span', { class: 'sr-only' }, m.remove(text)),
              ),
            ),
          ),
        )
      : null,
  );
}
