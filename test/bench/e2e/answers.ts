/**
 * What a job's output says, reduced to what Kedja and its peers both compute, so that answers can be
 * compared: the ranking's answers per supplier (a checksum of organisations, critical organisations,
 * services, suppliers and population, over every supplier or every n-th by id when the peers
 * sample), the blast's totals (the same checksum), validation's problems and counts, and the
 * metrics' declared and effective sharing histograms and HHI per service category. Kedja's outputs
 * are its `--json` documents; the peers print these facets themselves. O(output).
 */
import { checksum, type Answer } from '../checksum.mjs';

/** Facets of one answer; two answers agree when every facet both have is equal. */
export type Facets = Record<string, unknown>;

export type Job = 'version' | 'validate' | 'rank' | 'blast' | 'metrics';

interface RankJson {
  supplier: string;
  organisations: number;
  criticalOrganisations: number;
  services: number;
  suppliers: number;
  population: number;
}

interface BlastJson {
  totals: {
    organisations: number;
    criticalOrganisations: number;
    failedServices: number;
    failedSuppliers: number;
    population: number;
  };
}

interface ValidateJson {
  errors: number;
  counts?: Record<string, number>;
}

interface MetricsJson {
  sharing: { suppliersDeclared: Record<string, number>; suppliersEffective: Record<string, number> };
  hhi: { byCategory: Record<string, number> };
}

/** Every `every`-th supplier by id, as the peers sample them. */
export function sampleOf(suppliers: readonly string[], every: number): string[] {
  return [...suppliers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).filter((_s, i) => i % every === 0);
}

/** Kedja's ranking: the top supplier, every supplier's id, and the facets. */
export function kedjaRanking(stdout: string, every: number): { top: string; suppliers: string[]; facets: Facets } {
  const entries = JSON.parse(stdout) as RankJson[];
  if (entries.length === 0) throw new Error('kedja rank --json printed no supplier');
  // The ranking counts the failing supplier apart; the answers count every failed supplier.
  const answers = new Map<string, Answer>(entries.map((e) => [e.supplier, { ...e, suppliers: e.suppliers + 1 }]));
  const sample = sampleOf([...answers.keys()], every);
  return {
    top: entries[0]!.supplier,
    suppliers: [...answers.keys()],
    facets: {
      checksum: checksum(new Map(sample.map((s) => [s, answers.get(s)!]))),
      everySupplier: checksum(answers),
    },
  };
}

export function kedjaBlast(stdout: string, supplier: string): Facets {
  const { totals } = JSON.parse(stdout) as BlastJson;
  const answer: Answer = {
    organisations: totals.organisations,
    criticalOrganisations: totals.criticalOrganisations,
    services: totals.failedServices,
    suppliers: totals.failedSuppliers,
    population: totals.population,
  };
  return { checksum: checksum(new Map([[supplier, answer]])) };
}

export function kedjaValidation(stdout: string): Facets {
  const document = JSON.parse(stdout) as ValidateJson;
  return { problems: document.errors, counts: document.counts };
}

export function kedjaMetrics(stdout: string): Facets {
  const document = JSON.parse(stdout) as MetricsJson;
  return {
    declared: document.sharing.suppliersDeclared,
    effective: document.sharing.suppliersEffective,
    hhiByCategory: document.hhi.byCategory,
  };
}

/** A peer's facets: its JSON document without the name and the phase times; a null facet was not computed. */
export function peerFacets(document: Record<string, unknown>): Facets {
  const facets: Facets = {};
  for (const [key, value] of Object.entries(document)) {
    if (!['peer', 'job', 'readMs', 'buildMs', 'jobMs'].includes(key) && value !== null) facets[key] = value;
  }
  return facets;
}

/**
 * Equal, member by member; numbers within 0.05 (HHI is printed rounded to one decimal, and Python
 * rounds halves to even), which for counts means equal.
 */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 0.05 + 1e-9;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The facets both answers have on which they differ. */
export function differences(reference: Facets, other: Facets): string[] {
  return Object.keys(reference).filter((key) => key in other && !same(reference[key], other[key]));
}

/** A facet's value, short enough for a message. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
