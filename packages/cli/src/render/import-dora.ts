/**
 * `kedja import-dora`: a summary of a DORA register read as a Kedja graph (financial entities,
 * ICT third-party service providers, those only ever subcontracted, ICT services, edges), as the
 * `--json` document and as two sentences. O(nodes + edges).
 */
import type { KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';
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

/** Two sentences in `lang` (English unless told): what the register became, and the warnings. */
export function renderDoraImport({ register, graph, warnings }: DoraImport, lang: Lang = 'en'): string {
  const { common, imports } = messagesIn(lang);
  const m = imports.dora;
  const n = (value: number) => formatNumber(value, lang);
  const edge = (count: number, kind: string) => common.nouns.edge(n(count), count, kind);
  const c = countGraph(graph);
  const edges = [edge(c.uses, 'uses'), edge(c.providedBy, 'providedBy'), edge(c.subcontracts, 'subcontracts')];
  return (
    `${m.summary(
      register,
      m.entity(n(c.organisations), c.organisations),
      m.provider(n(c.suppliers), c.suppliers),
      n(subcontractorsOnly(graph)),
      m.service(n(c.services), c.services),
      edges.join(', '),
    )}\n` + (warnings > 0 ? `${m.warnings(common.nouns.warning(n(warnings), warnings))}\n` : '')
  );
}
