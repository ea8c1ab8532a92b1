/**
 * Words the viewer makes from data in a language: a country's name, the scenario in one phrase,
 * an outage length. English keeps core's own words (the engine's description of the scenario,
 * `countryName`), so the English page reads as it always did; Swedish takes the country's name
 * from the browser's `Intl.DisplayNames` and the scenario's words from the scenario report's
 * catalogue (core's SCENARIO_MESSAGES). O(members) for a scenario, O(1) otherwise.
 */
import { countryName, nodeName, type KedjaGraph, type ScenarioSpec } from '@kedja/core';
import { formatInteger, formatList, LOCALES, type Lang } from '@kedja/core/i18n';
import { SCENARIO_MESSAGES } from '@kedja/core/reports';

import { VIEWER_MESSAGES } from './viewer-messages.js';

const regions = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the language: "Ireland" / "Irland"; the code itself when unknown. */
export function countryIn(lang: Lang, code: string): string {
  if (lang === 'en') return countryName(code);
  let names = regions.get(lang);
  if (names === undefined) regions.set(lang, (names = new Intl.DisplayNames(LOCALES[lang], { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}

/**
 * What fails, in a phrase: core's description in English ("supplier Hallen Hosting AB (sup-hosting)
 * fails"), the same parts in the same order in Swedish ("leverantören Hallen Hosting AB
 * (sup-hosting) faller bort").
 */
export function scenarioIn(lang: Lang, graph: KedjaGraph, spec: ScenarioSpec, description: string): string {
  if (lang === 'en') return description;
  const m = SCENARIO_MESSAGES[lang].scenario;
  const named = (id: string) => `${graph.hasNode(id) ? nodeName(graph, id) : id} (${id})`;
  const country = (code: string) => `${countryIn(lang, code)} (${code})`;
  const parts = [
    ...[...new Set(spec.suppliers ?? [])].map((id) => m.supplier(named(id), 1)),
    ...[...new Set(spec.services ?? [])].map((id) => m.service(named(id), 1)),
    ...[...new Map((spec.parents ?? []).map((p) => [p.trim().toLocaleLowerCase('en'), p.trim()])).values()].map((p) =>
      m.parent(p),
    ),
    ...(spec.countries ?? []).map((c) => m.country(country(c.toUpperCase()))),
    ...(spec.serviceCountries ?? []).map((c) => m.serviceCountry(country(c.toUpperCase()))),
    ...(spec.outsideEea ? [m.outsideEea] : []),
    ...(spec.jurisdictions ?? []).map((c) => m.jurisdiction(country(c.toUpperCase()))),
    ...(spec.outsideEeaJurisdiction ? [m.outsideEeaJurisdiction] : []),
  ];
  if (parts.length === 0) return VIEWER_MESSAGES[lang].scenario.fails(m.nothing, 1);
  return VIEWER_MESSAGES[lang].scenario.fails(formatList(lang, parts), parts.length);
}

/** One of the viewer's outage lengths in words: "48 h", "1 week" / "1 vecka". */
export function durationIn(lang: Lang, hours: number): string {
  const d = VIEWER_MESSAGES[lang].durations;
  const named: Record<number, string> = { 4: d.h4, 24: d.h24, 48: d.h48, 168: d.week, 720: d.month };
  return named[hours] ?? d.hours(formatInteger(lang, hours));
}
