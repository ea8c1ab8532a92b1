/**
 * Reading the known world of a survey import: the catalogue (a canonical CSV folder of services
 * and suppliers with their providers, organisations.csv optional), the alias table and the brand
 * lists, as the catalogue graph and the entries the name matcher indexes: each service and
 * supplier with its aliases, the brand-list spellings linked to it (brands.ts), and the suppliers
 * it is provided by (for a service) or the services it provides (for a supplier).
 * O(catalogue nodes + edges + aliases + brand spellings × entries).
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';

import { readCsvFolder } from '../formats/csv/index.js';
import type { BrandLine } from './brand-list.js';
import { linkBrands } from './brands.js';
import type { CatalogueEntry } from './matcher-types.js';
import { readAliases } from './read-aliases.js';

export interface Catalogue {
  graph: KedjaGraph;
  /** Its services and suppliers, in node order. */
  entries: CatalogueEntry[];
}

/** The ids at the other end of a node's providedBy edges: a service's suppliers, a supplier's services. */
function relatedIds(known: KedjaGraph, id: string, kind: 'service' | 'supplier'): string[] {
  const isProvidedBy = (edge: string) => known.getEdgeAttribute(edge, 'kind') === 'providedBy';
  return kind === 'service'
    ? known
        .outEdges(id)
        .filter(isProvidedBy)
        .map((e) => known.target(e))
    : known
        .inEdges(id)
        .filter(isProvidedBy)
        .map((e) => known.source(e));
}

export function catalogueEntries(known: KedjaGraph, aliases: ReadonlyMap<string, string[]>): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  known.forEachNode((id, attributes) => {
    if (attributes.kind === 'organisation') return;
    entries.push({
      id,
      kind: attributes.kind,
      name: attributes.name,
      ...(attributes.kind === 'service' && attributes.model ? { model: attributes.model } : {}),
      aliases: aliases.get(id) ?? [],
      related: relatedIds(known, id, attributes.kind),
    });
  });
  return entries;
}

/** The catalogue and its entries, or null when the folder cannot be read; problems go to `diagnostics`. */
export async function readCatalogue(
  folder: string,
  aliasFile: string | undefined,
  diagnostics: Diagnostic[],
  brands: readonly BrandLine[] = [],
): Promise<Catalogue | null> {
  const catalogue = await readCsvFolder(folder, { optionalFiles: ['organisations.csv'] });
  for (const diagnostic of catalogue.diagnostics) diagnostics.push(diagnostic);
  if (!catalogue.graph) return null;
  const aliases =
    aliasFile === undefined ? new Map<string, string[]>() : await readAliases(aliasFile, catalogue.graph, diagnostics);
  return { graph: catalogue.graph, entries: linkBrands(catalogueEntries(catalogue.graph, aliases), brands) };
}
