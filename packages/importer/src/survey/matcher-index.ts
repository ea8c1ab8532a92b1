/**
 * The index a name matcher looks names up in, built once from the catalogue entries: per kind
 * (service, supplier) every spelling of every entry (its name and its aliases) by exact form (case
 * and spacing ignored) and by normalised key, all spellings in catalogue order for the scans
 * (leading words, fuzzy), and per service the words of its suppliers' names, which an answer may
 * add or leave out ("Microsoft Teams" for the catalogue's "Teams" by Microsoft).
 * O(spellings × words per spelling) to build.
 */
import type { CatalogueEntry, NameKind } from './matcher-types.js';
import { nameTokens } from './normalise-name.js';

/** One catalogue spelling, normalised. */
export interface Spelling {
  id: string;
  text: string;
  /** The words, separated by single spaces. */
  norm: string;
  /** The words run together. */
  key: string;
  /** Services: the words without the supplier's name, and their key ('' when nothing is dropped). */
  strippedNorm: string;
  strippedKey: string;
}

/** Catalogue ids by a form of their spelling, each with the catalogue text that has that form. */
export type SpellingLookup = Map<string, Map<string, string>>;

export interface MatcherIndex {
  byId: ReadonlyMap<string, CatalogueEntry>;
  /** Exact form -> id -> the first catalogue text of that id with this form. */
  exact: Record<NameKind, SpellingLookup>;
  /** Normalised key -> id -> the last catalogue text of that id with this key. */
  keys: Record<NameKind, SpellingLookup>;
  spellings: Record<NameKind, Spelling[]>;
  /** Per entry id, the words of its suppliers' names and aliases (empty for a supplier). */
  vendorTokens: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A spelling ignoring case and spacing. */
export const exactForm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The words of the names and aliases of a service's suppliers. */
function supplierTokens(byId: ReadonlyMap<string, CatalogueEntry>, entry: CatalogueEntry): Set<string> {
  const tokens = new Set<string>();
  if (entry.kind !== 'service') return tokens;
  for (const id of entry.related) {
    const supplier = byId.get(id);
    if (!supplier) continue;
    for (const text of [supplier.name, ...supplier.aliases]) for (const token of nameTokens(text)) tokens.add(token);
  }
  return tokens;
}

function spellingOf(id: string, text: string, vendor: ReadonlySet<string>): Spelling {
  const tokens = nameTokens(text);
  const stripped = tokens.filter((token) => !vendor.has(token));
  const dropped = stripped.length < tokens.length;
  return {
    id,
    text,
    norm: tokens.join(' '),
    key: tokens.join(''),
    strippedNorm: dropped ? stripped.join(' ') : '',
    strippedKey: dropped ? stripped.join('') : '',
  };
}

/** The ids under `form`, created empty on first use. */
function idsOf(lookup: SpellingLookup, form: string): Map<string, string> {
  return lookup.get(form) ?? lookup.set(form, new Map()).get(form)!;
}

export function buildMatcherIndex(entries: readonly CatalogueEntry[]): MatcherIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const exact: Record<NameKind, SpellingLookup> = { service: new Map(), supplier: new Map() };
  const keys: Record<NameKind, SpellingLookup> = { service: new Map(), supplier: new Map() };
  const spellings: Record<NameKind, Spelling[]> = { service: [], supplier: [] };
  const vendorTokens = new Map<string, ReadonlySet<string>>();
  for (const entry of entries) {
    const vendor = supplierTokens(byId, entry);
    vendorTokens.set(entry.id, vendor);
    for (const text of [entry.name, ...entry.aliases]) {
      const same = idsOf(exact[entry.kind], exactForm(text));
      if (!same.has(entry.id)) same.set(entry.id, text);
      const spelling = spellingOf(entry.id, text, vendor);
      spellings[entry.kind].push(spelling);
      if (spelling.key !== '') idsOf(keys[entry.kind], spelling.key).set(entry.id, text);
    }
  }
  return { byId, exact, keys, spellings, vendorTokens };
}
