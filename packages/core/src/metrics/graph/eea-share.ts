/**
 * EU/EEA share of data processing (the study's Fig 6.9): the share of service–country pairs (see
 * country-shares.ts) whose country is in the EU or the EEA today (model/countries.ts). Null when no
 * service lists a country. O(V + E).
 *
 * Note: in 2018 the United Kingdom was in the EU; the study's 95 % counts it inside.
 */
import { isEeaCountry, type KedjaGraph } from '../../model/index.js';
import { countryCounts, type CountrySharesOptions } from './country-shares.js';

export function eeaShare(graph: KedjaGraph, options: CountrySharesOptions = {}): number | null {
  const counts = countryCounts(graph, options);
  let inside = 0;
  let total = 0;
  for (const [country, n] of Object.entries(counts)) {
    total += n;
    if (isEeaCountry(country)) inside += n;
  }
  return total === 0 ? null : inside / total;
}
