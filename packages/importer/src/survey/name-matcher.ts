/**
 * Matching a free-text name from a survey answer against a catalogue of known services and
 * suppliers, in the order a careful person would, stopping at the first step that decides:
 *
 * 1. not a name: answers such as "vet ej", "inga", "-" are no service at all;
 * 2. exact alias: the spelling (ignoring case and spacing) is a catalogue name or a known alias;
 * 3. normalised key: the same once case, accents, punctuation, legal suffixes and words such as
 *    "kommun" are dropped (normalise-name.ts); for a service also once its supplier's name is
 *    dropped from both ("Microsoft Teams" is the catalogue's "Teams" by Microsoft);
 * 4. the other kind: a supplier named where a service was asked for stands for its only service
 *    (of the question's model), and a service named where a supplier was asked for for its only
 *    supplier; with several, it is ambiguous;
 * 5. leading words: the name is the first words of a catalogue name, the brand alone ("Lönia" for
 *    "Lönia Lönesystem AB"); when several names start so ("Webbkontoret CMS", "Webbkontoret
 *    Analys"), it is ambiguous;
 * 6. fuzzy score from fuzzball (a port of Python's TheFuzz): the best of token_sort_ratio on the
 *    normalised words and ratio on the keys, 0..1. Names whose key is shorter than 4 characters
 *    are never fuzzy-matched ("AD" is not "AB").
 *
 * When a step finds several entries (an alias given to two, or fuzzy scores within `margin` of the
 * best), the one of the question's service model wins if it is the only one; otherwise the name is
 * ambiguous and is not guessed. Below `threshold` it is unresolved. Building the index is
 * O(spellings); one match is O(spellings) for the fuzzy step and O(1) before it.
 * Reference: fuzzball.js (github.com/nol13/fuzzball.js), TheFuzz (github.com/seatgeek/thefuzz).
 */
import type { ServiceModel } from '@kedja/core';
import { ratio, token_sort_ratio } from 'fuzzball';

import { nameKey, nameTokens, normalisedName } from './normalise-name.js';

export type NameKind = 'service' | 'supplier';

export interface CatalogueEntry {
  id: string;
  kind: NameKind;
  name: string;
  /** Services only: the service model, used to break ties. */
  model?: ServiceModel;
  /** Further known spellings (aliases.csv). */
  aliases: readonly string[];
  /** For a service its suppliers' ids, for a supplier the ids of the services it provides. */
  related: readonly string[];
}

export type Method = 'alias' | 'key' | 'via-supplier' | 'via-service' | 'prefix' | 'fuzzy';

export interface Candidate {
  id: string;
  /** 1 for alias and key matches, the fuzzy score otherwise. */
  score: number;
  /** The catalogue spelling that matched. */
  matched: string;
}

export type Resolution =
  | { result: 'merged'; method: Method; id: string; score: number; matched: string; reason: string }
  | { result: 'ambiguous'; method: Method; candidates: Candidate[]; reason: string }
  | { result: 'unresolved'; best?: Candidate; reason: string }
  | { result: 'not-a-name'; reason: string };

export interface MatchOptions {
  /** Least fuzzy score (0..1) for a merge. */
  threshold?: number;
  /** Fuzzy scores this close to the best are close calls (ambiguous). */
  margin?: number;
}

export const MATCH_DEFAULTS: Required<MatchOptions> = { threshold: 0.85, margin: 0.05 };
const MIN_FUZZY_KEY = 4;

/** Answers that name nothing, in normalised form. */
const NON_ANSWERS: ReadonlySet<string> = new Set(
  [
    '',
    'x',
    'n/a',
    'na',
    'nej',
    'no',
    'ingen',
    'inga',
    'inget',
    'vet ej',
    'vet inte',
    'vej ej',
    'okänt',
    'okänd',
    'unknown',
    'none',
    'se ovan',
    'see above',
    'ej aktuellt',
    'saknas',
    'ingen uppgift',
    'diverse',
    'flera',
    'various',
    'ej känt',
    'osäker',
    'ingen aning',
    "don't know",
    'dont know',
  ].map(normalisedName),
);

interface Spelling {
  id: string;
  text: string;
  norm: string;
  key: string;
  /** Services: the words without the supplier's name, and their key ('' when nothing is left). */
  strippedNorm: string;
  strippedKey: string;
}

const exactForm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export interface NameMatcher {
  match(raw: string, kind: NameKind, model?: ServiceModel): Resolution;
  entry(id: string): CatalogueEntry | undefined;
}

export function createNameMatcher(entries: readonly CatalogueEntry[], options: MatchOptions = {}): NameMatcher {
  const { threshold, margin } = { ...MATCH_DEFAULTS, ...options };
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const supplierTokens = (entry: CatalogueEntry): Set<string> => {
    const tokens = new Set<string>();
    if (entry.kind !== 'service') return tokens;
    for (const id of entry.related) {
      const supplier = byId.get(id);
      if (!supplier) continue;
      for (const text of [supplier.name, ...supplier.aliases]) for (const token of nameTokens(text)) tokens.add(token);
    }
    return tokens;
  };

  const exact = { service: new Map<string, Map<string, string>>(), supplier: new Map<string, Map<string, string>>() };
  const keys = { service: new Map<string, Map<string, string>>(), supplier: new Map<string, Map<string, string>>() };
  const spellings: Record<NameKind, Spelling[]> = { service: [], supplier: [] };
  const strip = new Map<string, Set<string>>();
  const add = <V>(map: Map<string, V>, key: string, make: () => V) => map.get(key) ?? map.set(key, make()).get(key)!;

  for (const entry of entries) {
    const vendor = supplierTokens(entry);
    strip.set(entry.id, vendor);
    for (const text of [entry.name, ...entry.aliases]) {
      const same = add(exact[entry.kind], exactForm(text), () => new Map<string, string>());
      if (!same.has(entry.id)) same.set(entry.id, text);
      const tokens = nameTokens(text);
      const stripped = tokens.filter((token) => !vendor.has(token));
      const spelling: Spelling = {
        id: entry.id,
        text,
        norm: tokens.join(' '),
        key: tokens.join(''),
        strippedNorm: stripped.length < tokens.length ? stripped.join(' ') : '',
        strippedKey: stripped.length < tokens.length ? stripped.join('') : '',
      };
      spellings[entry.kind].push(spelling);
      if (spelling.key !== '') add(keys[entry.kind], spelling.key, () => new Map()).set(entry.id, text);
    }
  }

  /** Among tied ids, the only one of the question's model, if there is exactly one. */
  const byModel = (ids: readonly string[], model: ServiceModel | undefined): string | undefined => {
    if (model === undefined) return undefined;
    const same = ids.filter((id) => byId.get(id)?.model === model);
    return same.length === 1 ? same[0] : undefined;
  };
  const decide = (
    method: Method,
    candidates: Candidate[],
    model: ServiceModel | undefined,
    reason: (c: Candidate) => string,
  ): Resolution => {
    if (candidates.length === 1) {
      const [c] = candidates as [Candidate];
      return { result: 'merged', method, id: c.id, score: c.score, matched: c.matched, reason: reason(c) };
    }
    const chosen = byModel(
      candidates.map((c) => c.id),
      model,
    );
    if (chosen !== undefined) {
      const c = candidates.find((candidate) => candidate.id === chosen)!;
      return {
        result: 'merged',
        method,
        id: c.id,
        score: c.score,
        matched: c.matched,
        reason: `${reason(c)}; of ${candidates.length} equally close entries the only ${model} service`,
      };
    }
    return {
      result: 'ambiguous',
      method,
      candidates,
      reason: `${method === 'fuzzy' ? 'close call' : method === 'prefix' ? 'the leading words of several names' : `same ${method}`} between ${candidates.map((c) => c.id).join(', ')}`,
    };
  };

  const exactCandidates = (raw: string, kind: NameKind): Candidate[] =>
    [...(exact[kind].get(exactForm(raw)) ?? [])].map(([id, text]) => ({ id, score: 1, matched: text }));

  const keyCandidates = (raw: string, kind: NameKind): Candidate[] => {
    const tokens = nameTokens(raw);
    const found = new Map<string, Candidate>();
    const key = tokens.join('');
    for (const [id, text] of keys[kind].get(key) ?? []) found.set(id, { id, score: 1, matched: text });
    if (kind === 'service' && found.size === 0) {
      for (const spelling of spellings.service) {
        const vendor = strip.get(spelling.id)!;
        if (vendor.size === 0 || found.has(spelling.id)) continue;
        const rawStripped = tokens.filter((token) => !vendor.has(token)).join('');
        if (rawStripped !== '' && rawStripped === (spelling.strippedKey || spelling.key)) {
          found.set(spelling.id, { id: spelling.id, score: 1, matched: spelling.text });
        }
      }
    }
    return [...found.values()];
  };

  const fuzzyCandidates = (raw: string, kind: NameKind): Candidate[] => {
    const tokens = nameTokens(raw);
    const norm = tokens.join(' ');
    const key = tokens.join('');
    const best = new Map<string, Candidate>();
    const options = { full_process: false };
    for (const spelling of spellings[kind]) {
      let score = Math.max(token_sort_ratio(norm, spelling.norm, options), ratio(key, spelling.key, options));
      if (spelling.strippedKey !== '') {
        const vendor = strip.get(spelling.id)!;
        const rawStripped = tokens.filter((token) => !vendor.has(token));
        if (rawStripped.length > 0 && rawStripped.length < tokens.length) {
          score = Math.max(score, token_sort_ratio(rawStripped.join(' '), spelling.strippedNorm, options));
        }
      }
      const candidate = { id: spelling.id, score: score / 100, matched: spelling.text };
      const previous = best.get(spelling.id);
      if (!previous || candidate.score > previous.score) best.set(spelling.id, candidate);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  };

  /** Entries of which the name is the leading words (the brand alone: "Lönia" for "Lönia Lönesystem AB"). */
  const prefixCandidates = (raw: string, kind: NameKind): Candidate[] => {
    const tokens = nameTokens(raw);
    if (tokens.join('').length < MIN_FUZZY_KEY) return [];
    const found = new Map<string, Candidate>();
    for (const spelling of spellings[kind]) {
      const words = spelling.norm.split(' ');
      if (words.length > tokens.length && tokens.every((token, i) => words[i] === token) && !found.has(spelling.id)) {
        found.set(spelling.id, { id: spelling.id, score: 1, matched: spelling.text });
      }
    }
    return [...found.values()];
  };

  /** A name of the other kind standing for the related entries of this kind. */
  const viaOtherKind = (raw: string, kind: NameKind, model: ServiceModel | undefined): Resolution | undefined => {
    const other: NameKind = kind === 'service' ? 'supplier' : 'service';
    let found = exactCandidates(raw, other);
    if (found.length === 0) found = keyCandidates(raw, other);
    if (found.length !== 1) return undefined;
    const named = byId.get(found[0]!.id)!;
    const method: Method = kind === 'service' ? 'via-supplier' : 'via-service';
    const related = named.related.filter((id) => byId.has(id));
    const ofModel = model === undefined ? related : related.filter((id) => byId.get(id)?.model === model);
    const pool = ofModel.length > 0 ? ofModel : related;
    const what = `names the ${other} ${named.name} (${named.id})`;
    if (pool.length === 1) {
      const id = pool[0]!;
      return {
        result: 'merged',
        method,
        id,
        score: 1,
        matched: named.name,
        reason: `${what}, whose only ${kind}${ofModel.length === 1 && model ? ` of model ${model}` : ''} is ${byId.get(id)!.name}`,
      };
    }
    if (pool.length === 0) return { result: 'unresolved', reason: `${what}, which has no ${kind} in the catalogue` };
    return {
      result: 'ambiguous',
      method,
      candidates: pool.map((id) => ({ id, score: 1, matched: named.name })),
      reason: `${what}, which has ${pool.length} ${kind === 'service' ? 'services' : 'suppliers'}`,
    };
  };

  return {
    entry: (id) => byId.get(id),
    match(raw, kind, model) {
      if (NON_ANSWERS.has(normalisedName(raw)) || nameKey(raw) === '') {
        return { result: 'not-a-name', reason: 'an answer that names nothing' };
      }
      const exactFound = exactCandidates(raw, kind);
      if (exactFound.length > 0) {
        return decide('alias', exactFound, model, () => 'the spelling is a catalogue name or a known alias');
      }
      const keyFound = keyCandidates(raw, kind);
      if (keyFound.length > 0) {
        return decide('key', keyFound, model, (c) => `same normalised key as "${c.matched}"`);
      }
      const via = viaOtherKind(raw, kind, model);
      if (via) return via;
      const prefixFound = prefixCandidates(raw, kind);
      if (prefixFound.length > 0) {
        return decide('prefix', prefixFound, model, (c) => `the leading words of "${c.matched}"`);
      }
      if (nameKey(raw).length < MIN_FUZZY_KEY) {
        return { result: 'unresolved', reason: `too short for fuzzy matching (fewer than ${MIN_FUZZY_KEY} letters)` };
      }
      const ranked = fuzzyCandidates(raw, kind);
      const top = ranked[0];
      if (!top || top.score < threshold) {
        return {
          result: 'unresolved',
          ...(top ? { best: top } : {}),
          reason: top
            ? `best fuzzy score ${top.score.toFixed(2)} ("${top.matched}") is below the threshold ${threshold}`
            : 'no catalogue entry of this kind',
        };
      }
      const close = ranked.filter((c) => c.score >= top.score - margin && c.score >= threshold - margin);
      return decide('fuzzy', close, model, (c) => `fuzzy score ${c.score.toFixed(2)} against "${c.matched}"`);
    },
  };
}
