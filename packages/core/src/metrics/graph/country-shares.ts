/**
 * Where data is processed (the study's Fig 6.10): the share of each country among the processing
 * countries of the services. Each service counts once per country it lists in `countries`, so a
 * service processing in Sweden and Ireland adds one to each; shares are of these service–country
 * pairs and sum to 1. Services without countries are left out. Options: `usedOnly` (default true)
 * counts only services that some organisation uses. O(V + E).
 */
import type { KedjaGraph } from '../../model/index.js';
import { checkGraph, checkOptions, dependentsOf, increment, nodesOfKind } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/graph/country-shares';

export interface CountrySharesOptions {
  usedOnly?: boolean;
}

const DEFAULTS: Required<CountrySharesOptions> = { usedOnly: true };

/** Number of services per processing country (the pairs the shares are made of). */
export function countryCounts(graph: KedjaGraph, options: CountrySharesOptions = {}): Record<string, number> {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const usedOnly = options.usedOnly ?? DEFAULTS.usedOnly;
  const counts: Record<string, number> = dataRecord();
  for (const service of nodesOfKind(graph, 'service')) {
    const attributes = graph.getNodeAttributes(service);
    if (attributes.kind !== 'service' || !attributes.countries?.length) continue;
    if (usedOnly && dependentsOf(graph, service, ['uses']).size === 0) continue;
    for (const country of new Set(attributes.countries)) increment(counts, country);
  }
  return counts;
}

/** country → share (0..1), largest first (ties by code). */
export function countryShares(graph: KedjaGraph, options: CountrySharesOptions = {}): Record<string, number> {
  const counts = countryCounts(graph, options);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.map(([country, n]) => [country, n / total]));
}
