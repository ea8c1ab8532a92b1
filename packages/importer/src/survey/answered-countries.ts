/**
 * Question 23:1, the countries an organisation's contracts name for data processing: tallied as
 * answered for the report (a country read, or a piece that names none), and added to the
 * countries of the services the organisation uses, remembering which organisations named each
 * added country. O(countries answered) per row, O(services used × countries) to add.
 */
import type { KedjaGraph } from '@kedja/core';

import type { ReadCountries } from './country-names.js';
import type { CountryReport, NormalisationReport } from './report-types.js';

export interface CountryTally {
  /** Counts the countries read from one row, and the pieces that name none. */
  record(read: ReadCountries, line: number): void;
  /** Each country code or unread piece, in order of first appearance. */
  reports(): CountryReport[];
}

export function createCountryTally(): CountryTally {
  const countries = new Map<string, { code: string | null; occurrences: number; lines: number[] }>();
  return {
    record(read, line) {
      for (const [raw, code] of [
        ...read.codes.map((c) => [c, c] as const),
        ...read.unread.map((u) => [u, null] as const),
      ]) {
        const entry = countries.get(raw) ?? { code, occurrences: 0, lines: [] };
        entry.occurrences++;
        entry.lines.push(line);
        countries.set(raw, entry);
      }
    },
    reports: () => [...countries.entries()].map(([raw, c]) => ({ raw, ...c })),
  };
}

export interface ServiceCountries {
  /** Adds an organisation's countries (`codes`) to the services it uses, in the graph. */
  add(graph: KedjaGraph, organisation: string, used: Iterable<string>, codes: readonly string[]): void;
  /** The services that gained a country, with the countries added and who named them, sorted. */
  reports(): NormalisationReport['serviceCountries'];
}

export function createServiceCountries(): ServiceCountries {
  const services = new Map<string, { added: Set<string>; organisations: Set<string> }>();
  return {
    add(graph, organisation, used, codes) {
      for (const service of used) {
        if (codes.length === 0) continue;
        const attributes = graph.getNodeAttributes(service);
        const current = attributes.kind === 'service' ? (attributes.countries ?? []) : [];
        const added = codes.filter((code) => !current.includes(code));
        const record = services.get(service) ?? { added: new Set(), organisations: new Set() };
        record.organisations.add(organisation);
        for (const code of added) record.added.add(code);
        services.set(service, record);
        if (added.length > 0) graph.mergeNodeAttributes(service, { countries: [...current, ...added] });
      }
    },
    reports: () =>
      [...services.entries()]
        .filter(([, r]) => r.added.size > 0)
        .map(([service, r]) => ({ service, added: [...r.added].sort(), organisations: [...r.organisations].sort() })),
  };
}
