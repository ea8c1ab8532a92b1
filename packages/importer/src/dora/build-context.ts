/**
 * What the steps of the register's builder share: the graph being built, the diagnostics, the
 * lookups over the records (entity names, providers, arrangements), the supplier node of each
 * provider code, and `once`, which reports a missing reference only where it is first met. O(1)
 * per lookup.
 */
import { createKedjaGraph, type Diagnostic, type KedjaGraph } from '@kedja/core';

import type { ProviderRecord } from './read-b05-01.js';
import type { RegisterRecords } from './read-records.js';

export interface BuildContext {
  graph: KedjaGraph;
  diagnostics: Diagnostic[];
  /** Entity names by LEI, from B_01.01 then B_01.02 (the first name given wins). */
  entityNames: ReadonlyMap<string, string>;
  providers: ReadonlyMap<string, ProviderRecord>;
  /** B_02.01's reference numbers, or null when arrangements are not checked. */
  arrangements: ReadonlySet<string> | null;
  /** The supplier node of each provider code met so far. */
  supplierIds: Map<string, string>;
  /** Reports the diagnostic the first time `key` is met, and never again. */
  once(key: string, diagnostic: () => Diagnostic): void;
}

export function createBuildContext(records: RegisterRecords, diagnostics: Diagnostic[]): BuildContext {
  const entityNames = new Map<string, string>();
  for (const { lei, name } of records.entities) if (name && !entityNames.has(lei)) entityNames.set(lei, name);
  const met = new Set<string>();
  return {
    graph: createKedjaGraph(),
    diagnostics,
    entityNames,
    providers: new Map(records.providers.map((provider) => [provider.code, provider])),
    arrangements: records.arrangements,
    supplierIds: new Map(),
    once(key, diagnostic) {
      if (met.has(key)) return;
      met.add(key);
      diagnostics.push(diagnostic());
    },
  };
}
