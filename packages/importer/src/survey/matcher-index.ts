/**
 * The index a name matcher looks names up in, built once from the catalogue entries: per kind
 * (service, supplier) every spelling of every entry (its name, its aliases, then the brand-list
 * spellings linked to it) with its forms (name-forms.ts), looked up by exact form (case and
 * spacing ignored), key, fingerprint, n-gram fingerprint, key without editions and phonetic key;
 * the spellings of at most MAX_NEAR_KEY letters in catalogue order for the scans (leading words,
 * token set, edit distance); and
 * per service the words of its suppliers' names, which an answer may add or leave out
 * ("Microsoft Teams" for the catalogue's "Teams" by Microsoft). O(spellings × words) to build.
 */
import type { BrandSpelling, CatalogueEntry, NameKind } from './matcher-types.js';
import { formsOfTokens, nameForms, type NameForms } from './name-forms.js';
import { nameTokens } from './normalise-name.js';

/** One catalogue spelling, in all its forms. */
export interface Spelling extends NameForms {
  id: string;
  text: string;
  /** The entry's name, one of its aliases, or a brand-list spelling. */
  source: 'name' | 'alias' | 'brand';
  brand?: BrandSpelling;
  /** Services: the words without the supplier's name, and their key ('' when nothing is dropped). */
  strippedNorm: string;
  strippedKey: string;
}

/** A name being matched, in all its forms. */
export interface QueryForms extends NameForms {
  raw: string;
  exact: string;
}

/** Spellings by one of their forms. */
export type SpellingLookup = Map<string, Spelling[]>;

export const LOOKUPS = ['exact', 'key', 'fingerprint', 'ngrams', 'coreKey', 'phonetic'] as const;
export type LookupForm = (typeof LOOKUPS)[number];

export interface MatcherIndex {
  byId: ReadonlyMap<string, CatalogueEntry>;
  lookups: Record<NameKind, Record<LookupForm, SpellingLookup>>;
  spellings: Record<NameKind, Spelling[]>;
  /** Per entry id, the words of its suppliers' names, aliases and brand spellings (empty for a supplier). */
  vendorTokens: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * No name is longer: a longer text is pasted text, not a name, and an edit distance against it
 * costs its length times the other's. Such a spelling, in an answer or in the catalogue, gets no
 * near matching (it is left out of the scans below); exact evidence still finds it.
 */
export const MAX_NEAR_KEY = 200;

/**
 * No catalogue spelling (name, alias or brand spelling) is longer: a longer text is pasted text,
 * not a name, and its forms would cost several passes over it (8 MB of short words took 10 s). It
 * is found by its exact form only: no other form, no scans, no words for a service's suppliers.
 */
export const MAX_NAME_LENGTH = 1_000;

/** Whether a catalogue text is short enough to be a name (see MAX_NAME_LENGTH). */
export const fitsName = (text: string) => text.length <= MAX_NAME_LENGTH;

/** A spelling ignoring case and spacing. */
export const exactForm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function queryForms(raw: string): QueryForms {
  return { ...nameForms(raw), raw, exact: exactForm(raw) };
}

/** Every spelling of an entry: its name, its aliases, its brand spellings. */
function textsOf(entry: CatalogueEntry): { text: string; source: Spelling['source']; brand?: BrandSpelling }[] {
  return [
    { text: entry.name, source: 'name' },
    ...entry.aliases.map((text) => ({ text, source: 'alias' as const })),
    ...(entry.brands ?? []).map((brand) => ({ text: brand.spelling, source: 'brand' as const, brand })),
  ];
}

/** The words of the names and aliases of a service's suppliers. */
function supplierTokens(byId: ReadonlyMap<string, CatalogueEntry>, entry: CatalogueEntry): Set<string> {
  const tokens = new Set<string>();
  if (entry.kind !== 'service') return tokens;
  for (const id of entry.related) {
    const supplier = byId.get(id);
    if (!supplier) continue;
    for (const { text } of textsOf(supplier)) {
      if (fitsName(text)) for (const token of nameTokens(text)) tokens.add(token);
    }
  }
  return tokens;
}

function spellingOf(
  id: string,
  { text, source, brand }: ReturnType<typeof textsOf>[number],
  vendor: ReadonlySet<string>,
): Spelling {
  const forms = formsOfTokens(fitsName(text) ? nameTokens(text) : []);
  const stripped = forms.tokens.filter((token) => !vendor.has(token));
  const dropped = stripped.length > 0 && stripped.length < forms.tokens.length;
  return {
    ...forms,
    id,
    text,
    source,
    ...(brand ? { brand } : {}),
    strippedNorm: dropped ? stripped.join(' ') : '',
    strippedKey: dropped ? stripped.join('') : '',
  };
}

const emptyLookups = (): Record<LookupForm, SpellingLookup> =>
  Object.fromEntries(LOOKUPS.map((form) => [form, new Map()])) as Record<LookupForm, SpellingLookup>;

function add(lookup: SpellingLookup, form: string, spelling: Spelling): void {
  if (form === '') return;
  const list = lookup.get(form);
  if (list) list.push(spelling);
  else lookup.set(form, [spelling]);
}

export function buildMatcherIndex(entries: readonly CatalogueEntry[]): MatcherIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const lookups = { service: emptyLookups(), supplier: emptyLookups() };
  const spellings: Record<NameKind, Spelling[]> = { service: [], supplier: [] };
  const vendorTokens = new Map<string, ReadonlySet<string>>();
  for (const entry of entries) {
    const vendor = supplierTokens(byId, entry);
    vendorTokens.set(entry.id, vendor);
    for (const text of textsOf(entry)) {
      const spelling = spellingOf(entry.id, text, vendor);
      if (fitsName(text.text) && spelling.key.length <= MAX_NEAR_KEY) spellings[entry.kind].push(spelling);
      const forms = lookups[entry.kind];
      add(forms.exact, exactForm(text.text), spelling);
      for (const form of LOOKUPS) if (form !== 'exact') add(forms[form], spelling[form], spelling);
    }
  }
  return { byId, lookups, spellings, vendorTokens };
}

/** The spellings of `kind` whose `form` is `value` (and that pass `keep`), the first of each entry only. */
export function lookUp(
  index: MatcherIndex,
  kind: NameKind,
  form: LookupForm,
  value: string,
  keep: (spelling: Spelling) => boolean = () => true,
): Spelling[] {
  const seen = new Set<string>();
  const found: Spelling[] = [];
  for (const spelling of index.lookups[kind][form].get(value) ?? []) {
    if (seen.has(spelling.id) || !keep(spelling)) continue;
    seen.add(spelling.id);
    found.push(spelling);
  }
  return found;
}
