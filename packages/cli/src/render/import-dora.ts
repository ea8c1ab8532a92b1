/**
 * `kedja import-dora`: a summary of a DORA register read as a Kedja graph (financial entities,
 * ICT third-party service providers, those only ever subcontracted, ICT services, edges), as the
 * `--json` document and as two sentences. O(nodes + edges).
 */
import type { KedjaGraph } from '@kedja/core';

import { plural } from '../output/table.js';
import { countGraph } from './validate.js';

/** Providers that appear only as subcontractors (they provide no ICT service directly). */
export function subcontractorsOnly(graph: KedjaGraph): number {
  let count = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'supplier') return;
    if (!graph.inEdges(node).some((edge) => graph.getEdgeAttribute(edge, 'kind') === 'providedBy')) count++;
  });
  return count;
}

export interface DoraImport {
  /** The register folder. */
  register: string;
  /** Where the graph was written (`-` for stdout). */
  output: string;
  graph: KedjaGraph;
  /** Warnings the importer reported (incomplete data). */
  warnings: number;
}

export function doraImportJson({ register, output, graph, warnings }: DoraImport) {
  const c = countGraph(graph);
  return {
    register,
    output,
    financialEntities: c.organisations,
    providers: c.suppliers,
    subcontractorsOnly: subcontractorsOnly(graph),
    ictServices: c.services,
    edges: { uses: c.uses, providedBy: c.providedBy, subcontracts: c.subcontracts },
    warnings,
  };
}

export function renderDoraImport({ register, graph, warnings }: DoraImport): string {
  const c = countGraph(graph);
  return (
    `${register}: ${plural(c.organisations, 'financial entity', 'financial entities')}, ` +
    `${plural(c.suppliers, 'ICT third-party service provider')} (${subcontractorsOnly(graph)} only as subcontractors), ` +
    `${plural(c.services, 'ICT service')}; ${plural(c.uses, 'uses edge')}, ${plural(c.providedBy, 'providedBy edge')}, ` +
    `${plural(c.subcontracts, 'subcontracts edge')}.\n` +
    (warnings > 0
      ? `${plural(warnings, 'warning')} above: incomplete data is normal in registers; what was missing is named, and the rest was imported.\n`
      : '')
  );
}
