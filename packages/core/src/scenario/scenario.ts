/**
 * Scenarios: which suppliers and services fail. A scenario spec names ids and selectors; expanding
 * it against a graph gives the set of failed members (the union of all parts).
 *
 * Selectors: every supplier whose `country` is C; every supplier whose `parent` is P (compared
 * without regard to case or surrounding space); every service that processes data in country C;
 * every supplier whose country is known and outside the EU/EEA. And by jurisdiction, the country of
 * a supplier's ultimate parent, else its own (model/parents.ts): every supplier under the
 * jurisdiction of C, and every supplier under a jurisdiction outside the EU/EEA. `outsideEea` stays
 * on the supplier's own country, as it always was. O(V) per expansion, plus O(groups) once.
 */
import { quoteValue } from '../errors.js';
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import { graphNodeTable, type NodeTable } from '../kernel/index.js';
import { countryName, isCountryCode, isEeaCountry, type KedjaGraph, type NodeKind } from '../model/index.js';

/** What fails: ids and selectors, combined as a union. */
export interface ScenarioSpec {
  /** Supplier ids that fail. */
  suppliers?: readonly string[];
  /** Service ids that fail. */
  services?: readonly string[];
  /** Every supplier whose legal entity is in one of these countries fails. */
  countries?: readonly string[];
  /** Every supplier of one of these ownership groups fails. */
  parents?: readonly string[];
  /** Every service that processes data in one of these countries fails. */
  serviceCountries?: readonly string[];
  /** Every supplier whose country is outside the EU/EEA fails (its own country: see `outsideEeaJurisdiction`). */
  outsideEea?: boolean;
  /** Every supplier under the jurisdiction of one of these countries (its ultimate parent's country, else its own) fails. */
  jurisdictions?: readonly string[];
  /** Every supplier whose jurisdiction is known and outside the EU/EEA fails. */
  outsideEeaJurisdiction?: boolean;
}

/** A spec expanded against a graph: the failed members and a sentence that says what fails. */
export interface Scenario {
  spec: ScenarioSpec;
  /** Ids of the failed suppliers and services, sorted. */
  members: string[];
  /** One plain sentence describing the scenario. */
  description: string;
}

/** True when the spec names nothing to fail (no ids, no selectors). */
export function isEmptySpec(spec: ScenarioSpec): boolean {
  return (
    !spec.suppliers?.length &&
    !spec.services?.length &&
    !spec.countries?.length &&
    !spec.parents?.length &&
    !spec.serviceCountries?.length &&
    !spec.outsideEea &&
    !spec.jurisdictions?.length &&
    !spec.outsideEeaJurisdiction
  );
}

function normaliseCountry(value: string, option: string): string {
  const code = value.trim().toUpperCase();
  if (!isCountryCode(code)) {
    throw new KedjaError(
      CORE_ERROR_CODES.badSelector,
      `${option} ${quoteValue(value)} is not an ISO 3166-1 alpha-2 country code (for example SE, IE, US)`,
    );
  }
  return code;
}

const normaliseParent = (value: string) => value.trim().toLocaleLowerCase('en');

/** Expands a spec into the failed members. Throws a `KedjaError` on unknown ids or bad selectors. */
export function expandScenario(graph: KedjaGraph, spec: ScenarioSpec): Scenario {
  return expandScenarioIn(graphNodeTable(graph), spec);
}

/** The same over a node table (a graph's or the bulk loader's columns). O(V). */
export function expandScenarioIn(table: NodeTable, spec: ScenarioSpec): Scenario {
  const members = new Set<string>();
  const parts: string[] = [];
  const seenParents = new Set<string>();

  const explicit = (ids: readonly string[] | undefined, kind: NodeKind) => {
    for (const id of ids ?? []) {
      const node = table.indexOf(id);
      if (node === undefined) {
        throw new KedjaError(
          CORE_ERROR_CODES.unknownId,
          `there is no ${kind} with id ${quoteValue(id)}${suggest(table, id, kind)}`,
        );
      }
      const actual = table.kind(node);
      if (actual !== kind) {
        throw new KedjaError(CORE_ERROR_CODES.wrongKind, `${id} is a ${actual}, not a ${kind}`);
      }
      if (!members.has(id)) parts.push(`${kind} ${table.name(node)} (${id})`);
      members.add(id);
    }
  };
  explicit(spec.suppliers, 'supplier');
  explicit(spec.services, 'service');

  const countries = new Set((spec.countries ?? []).map((c) => normaliseCountry(c, '--country')));
  const serviceCountries = new Set((spec.serviceCountries ?? []).map((c) => normaliseCountry(c, '--service-country')));
  const jurisdictions = new Set((spec.jurisdictions ?? []).map((c) => normaliseCountry(c, '--jurisdiction')));
  const byJurisdiction = jurisdictions.size > 0 || spec.outsideEeaJurisdiction === true;
  const parents = new Set((spec.parents ?? []).map(normaliseParent));
  const parentsSeen = new Set<string>();
  const knownParents = new Set<string>();
  const selecting =
    countries.size > 0 || parents.size > 0 || serviceCountries.size > 0 || spec.outsideEea === true || byJurisdiction;

  for (let node = 0; selecting && node < table.count; node++) {
    const kind = table.kind(node);
    if (kind === 'supplier') {
      const country = table.country(node);
      if (country !== undefined && countries.has(country)) members.add(table.id(node));
      if (spec.outsideEea && country !== undefined && !isEeaCountry(country)) members.add(table.id(node));
      if (byJurisdiction) {
        const { jurisdiction } = table.ownership(node);
        if (jurisdiction !== undefined && jurisdictions.has(jurisdiction)) members.add(table.id(node));
        if (spec.outsideEeaJurisdiction && jurisdiction !== undefined && !isEeaCountry(jurisdiction)) {
          members.add(table.id(node));
        }
      }
      const parentName = table.parent(node);
      if (parentName !== undefined) {
        const parent = normaliseParent(parentName);
        knownParents.add(parentName);
        if (parents.has(parent)) {
          members.add(table.id(node));
          parentsSeen.add(parent);
        }
      }
    } else if (kind === 'service' && serviceCountries.size > 0) {
      if (table.serviceCountries(node).some((c) => serviceCountries.has(c))) members.add(table.id(node));
    }
  }

  for (const parent of spec.parents ?? []) {
    if (!parentsSeen.has(normaliseParent(parent))) {
      const known = [...knownParents].sort();
      throw new KedjaError(
        CORE_ERROR_CODES.badSelector,
        `no supplier has parent ${quoteValue(parent)}; known parent groups: ${known.length ? known.slice(0, 20).join(', ') : '(none in this graph)'}`,
      );
    }
    if (!seenParents.has(normaliseParent(parent))) parts.push(`every supplier owned by ${parent.trim()}`);
    seenParents.add(normaliseParent(parent));
  }
  for (const c of countries) parts.push(`every supplier based in ${countryName(c)} (${c})`);
  for (const c of serviceCountries) parts.push(`every service processing data in ${countryName(c)} (${c})`);
  if (spec.outsideEea) parts.push('every supplier based outside the EU/EEA');
  for (const c of jurisdictions) parts.push(`every supplier under the jurisdiction of ${countryName(c)} (${c})`);
  if (spec.outsideEeaJurisdiction) parts.push('every supplier under a jurisdiction outside the EU/EEA');

  return {
    spec,
    members: [...members].sort(),
    description: parts.length === 0 ? 'nothing fails' : `${joinWords(parts)} ${parts.length === 1 ? 'fails' : 'fail'}`,
  };
}

function joinWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A "did you mean" hint: ids of the right kind that contain the given text or start like it. */
function suggest(table: NodeTable, id: string, kind: NodeKind): string {
  const needle = id.toLowerCase();
  const hits: string[] = [];
  for (let node = 0; node < table.count && hits.length < 5; node++) {
    if (table.kind(node) !== kind) continue;
    const hay = table.id(node).toLowerCase();
    const name = table.name(node).toLowerCase();
    if (hay.includes(needle) || needle.includes(hay) || name.includes(needle) || hay.startsWith(needle.slice(0, 3))) {
      hits.push(table.id(node));
    }
  }
  return hits.length ? `; did you mean ${hits.join(', ')}?` : '';
}
