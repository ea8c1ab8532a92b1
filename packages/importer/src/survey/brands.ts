/**
 * Brand lists in use: the shipped one (brand-list.ts) and the user's own files (columns `kind,
 * brand, spelling, source`, one spelling a row; rows of one kind and brand form one line), and
 * their linking to the catalogue. A line is linked to every catalogue entry of its kind whose name
 * or alias has the key of the brand or of one of its spellings, or, when no entry has, the same
 * key once editions are dropped (the line "Google Workspace for Education" links to a catalogue's
 * "Google Workspace"); the line's other spellings (the brand's name included) become brand
 * spellings of that entry, each with the line's source. A text longer than a name
 * (matcher-index.ts, MAX_NAME_LENGTH) has no key here. A
 * brand-list row with an unknown kind or an empty spelling is a warning with its line and is not
 * used. O(lines × spellings + entries × spellings).
 */
import type { Diagnostic } from '@kedja/core';

import { readTable, type TableSpec } from '../formats/csv/index.js';
import type { BrandLine } from './brand-list.js';
import type { BrandSpelling, CatalogueEntry } from './matcher-types.js';
import { fitsName } from './matcher-index.js';
import { editionless, nameKey, nameTokens } from './normalise-name.js';
import { IMPORT_CODES } from '../errors.js';

const BRAND_TABLE: TableSpec = {
  file: 'brand list',
  required: true,
  unknownColumns: 'warning',
  columns: [
    { name: 'kind', required: true, value: { type: 'text' } },
    { name: 'brand', required: true, value: { type: 'text' } },
    { name: 'spelling', required: true, value: { type: 'text' } },
    { name: 'source', required: false, value: { type: 'text' } },
  ],
};

/** The lines of a brand-list file; problems go to `diagnostics`. */
export async function readBrandList(file: string, diagnostics: Diagnostic[]): Promise<BrandLine[]> {
  const lines = new Map<string, BrandLine & { spellings: string[] }>();
  for await (const row of readTable(file, file, BRAND_TABLE, diagnostics)) {
    const kind = row.cell('kind').toLowerCase();
    const [brand, spelling] = [row.cell('brand'), row.cell('spelling')];
    if ((kind !== 'service' && kind !== 'supplier') || brand === '' || spelling === '') {
      diagnostics.push({
        file,
        line: row.line,
        column:
          row.column(kind !== 'service' && kind !== 'supplier' ? 'kind' : brand === '' ? 'brand' : 'spelling') ?? 1,
        code: IMPORT_CODES.surveyBadBrandRow,
        severity: 'warning',
        message: 'a brand-list row needs kind (service or supplier), brand and spelling; this row is not used',
      });
      continue;
    }
    const key = `${kind}\u0000${brand}`;
    const source = row.cell('source') || `${file}, line ${row.line}`;
    const line = lines.get(key) ?? { kind, brand, spellings: [], source };
    line.spellings.push(spelling);
    lines.set(key, line);
  }
  return [...lines.values()];
}

const coreKey = (text: string) => editionless(nameTokens(text)).join('');

/** The keys of the texts that can be names (matcher-index.ts, MAX_NAME_LENGTH). */
const keysOf = (texts: readonly string[], key: (text: string) => string) => texts.filter(fitsName).map(key);

/** The positions of the entries (ascending) by kind and the key of one of their names and aliases. */
function entryIndex(entries: readonly CatalogueEntry[], keys: readonly (readonly string[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const key of keys[i]!) {
      const at = `${entry.kind}\u0000${key}`;
      const list = index.get(at);
      if (!list) index.set(at, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

/** The entries (in catalogue order) of a line's kind that have one of its keys (`key`: the key, or the key without editions). */
function linkedEntries(index: Map<string, number[]>, line: BrandLine, key: (text: string) => string): number[] {
  const found = new Set<number>();
  for (const lineKey of keysOf([line.brand, ...line.spellings], key)) {
    for (const i of index.get(`${line.kind}\u0000${lineKey}`) ?? []) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The entries with the brand spellings of every line linked to them. The keys of the catalogue's
 * names and aliases are computed once (a name may be long), not once per line.
 */
export function linkBrands(entries: readonly CatalogueEntry[], lines: readonly BrandLine[]): CatalogueEntry[] {
  const texts = entries.map((entry) => [entry.name, ...entry.aliases]);
  const ownKeys = texts.map((list) => keysOf(list, nameKey));
  const byKey = entryIndex(entries, ownKeys);
  let byCoreKey: Map<string, number[]> | undefined;
  const brands = new Map<string, BrandSpelling[]>();
  for (const line of lines) {
    let linked = linkedEntries(byKey, line, nameKey);
    if (linked.length === 0) {
      byCoreKey ??= entryIndex(
        entries,
        texts.map((list) => keysOf(list, coreKey)),
      );
      linked = linkedEntries(byCoreKey, line, coreKey);
    }
    for (const i of linked) {
      const entry = entries[i]!;
      const own = new Set(ownKeys[i]);
      const list = brands.get(entry.id) ?? [];
      for (const spelling of [line.brand, ...line.spellings]) {
        if ((fitsName(spelling) && own.has(nameKey(spelling))) || list.some((b) => b.spelling === spelling)) continue;
        list.push({ spelling, brand: line.brand, source: line.source });
      }
      brands.set(entry.id, list);
    }
  }
  return entries.map((entry) => {
    const linked = brands.get(entry.id);
    return linked && linked.length > 0 ? { ...entry, brands: [...(entry.brands ?? []), ...linked] } : entry;
  });
}
