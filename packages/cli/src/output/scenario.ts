/**
 * A scenario in the reader's language. English is core's own sentence (`Scenario.description`),
 * unchanged; Swedish is built from the scenario's spec in core's order (named suppliers, named
 * services, owner groups, countries, countries where data is processed, outside the EU/EEA,
 * jurisdictions), each named once, with Swedish country names. O(parts).
 */
import type { Scenario, ScenarioSpec } from '@kedja/core';
import { countryNameIn, formatList, type Lang } from '@kedja/core/i18n';

import { SCENARIO_MESSAGES } from '../messages/scenario.js';

/** Selectors a spec may carry beyond the ones every Kedja version has. */
type Spec = ScenarioSpec & { jurisdictions?: readonly string[]; outsideEeaJurisdiction?: boolean };

/** The parts of a scenario in words, each once, in core's order. */
export function scenarioParts(lang: Lang, spec: Spec, nameOf: (id: string) => string): string[] {
  const m = SCENARIO_MESSAGES[lang];
  const parts: string[] = [];
  const once = <T>(values: readonly T[] = [], key: (value: T) => string) => {
    const seen = new Set<string>();
    return values.filter((value) => {
      const k = key(value);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const code = (c: string) => c.trim().toUpperCase();
  for (const id of once(spec.suppliers, String)) parts.push(m.supplier(nameOf(id), id));
  for (const id of once(spec.services, String)) parts.push(m.service(nameOf(id), id));
  for (const parent of once(spec.parents, (p) => p.trim().toLocaleLowerCase('en'))) parts.push(m.parent(parent.trim()));
  for (const c of once(spec.countries?.map(code), String)) parts.push(m.country(countryNameIn(lang, c), c));
  for (const c of once(spec.serviceCountries?.map(code), String))
    parts.push(m.serviceCountry(countryNameIn(lang, c), c));
  if (spec.outsideEea) parts.push(m.outsideEea);
  for (const c of once(spec.jurisdictions?.map(code), String)) parts.push(m.jurisdiction(countryNameIn(lang, c), c));
  if (spec.outsideEeaJurisdiction) parts.push(m.outsideEeaJurisdiction);
  return parts;
}

/** The scenario as a sentence: "supplier Hallen Hosting AB (sup-hosting) fails". */
export function describeScenario(lang: Lang, scenario: Scenario, nameOf: (id: string) => string): string {
  if (lang === 'en') return scenario.description;
  const m = SCENARIO_MESSAGES[lang];
  const parts = scenarioParts(lang, scenario.spec, nameOf);
  return parts.length === 0 ? m.nothing : m.fails(formatList(lang, parts), parts.length);
}
