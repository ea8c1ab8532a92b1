/**
 * Building the Kedja graph from a register's records, in the register's order: the graph's name,
 * then the services of B_02.02 (with their entities and direct providers), the supply chains of
 * B_05.02, the functions' criticality of B_06.01, and the assessments of B_07.01. Everything found
 * incomplete is a warning. O(rows).
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';

import { addAssessments } from './add-assessments.js';
import { addFunctionCriticality } from './add-criticality.js';
import { addServices } from './add-services.js';
import { addSupplyChains } from './add-supply-chains.js';
import { createBuildContext } from './build-context.js';
import { registerName } from './entity-nodes.js';
import type { RegisterRecords } from './read-records.js';

export function buildGraph(records: RegisterRecords, diagnostics: Diagnostic[]): KedjaGraph {
  const context = createBuildContext(records, diagnostics);
  if (records.maintainer) context.graph.setAttribute('name', registerName(context, records.maintainer.lei));
  const directProviders = addServices(context, records.uses);
  addSupplyChains(context, records.chains, directProviders);
  if (records.functions) addFunctionCriticality(context, records.functions.records, records.functions.file);
  addAssessments(context, records.assessments);
  return context.graph;
}
