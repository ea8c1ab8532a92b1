/** What is said on stderr after a graph was written: `export`, `import`, `pull`, `push`, `generate`. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  /** English has always said "1 nodes" here, and docs and tests read it so. */
  size: (nodes: string, _nodeCount: number, edges: string, _edgeCount: number) => `${nodes} nodes, ${edges} edges`,
  wrote: (output: string, size: string) => `wrote ${output} (${size})`,
  wroteFrom: (output: string, size: string, from: string) => `wrote ${output} (${size}) from ${from}`,
  notWritten: (attributes: string) =>
    `note: the CSV format has no column for ${attributes}; those attributes were not written`,
  writeJson: (attributes: string) =>
    `note: the CSV format has no column for ${attributes}; write a .json file to keep them`,
  cannotWrite: (output: string, reason: string) => `cannot write ${output}: ${reason}`,
  pushed: (input: string, target: string, nodes: string, edges: string) =>
    `Pushed ${input} to ${target}: ${nodes} nodes, ${edges} edges.`,
  pushChanges: (
    nodesCreated: string,
    relationshipsCreated: string,
    nodesUpdated: string,
    relationshipsUpdated: string,
    nodesRemoved: string,
    relationshipsRemoved: string,
  ) =>
    `Created ${nodesCreated} nodes and ${relationshipsCreated} relationships, ` +
    `updated ${nodesUpdated} and ${relationshipsUpdated}, ` +
    `removed ${nodesRemoved} and ${relationshipsRemoved}.`,
  sizes: (sizes: string) => `Sizes: ${sizes}.`,
  sizeLine: (name: string, organisations: string, services: string, suppliers: string) =>
    `${name} (${organisations} organisations, ${services} services, ${suppliers} suppliers)`,
  generated: (output: string, nodes: string, edges: string, rows: string, seconds: string, seed: string) =>
    `wrote ${output}/: ${nodes}; ${edges} (${rows} rows in ${seconds} s, seed ${seed})`,
  generatedNodes: (organisations: string, services: string, suppliers: string) =>
    `${organisations} organisations, ${services} services, ${suppliers} suppliers`,
  generatedEdges: (uses: string, contracts: string, providedBy: string, subcontracts: string) =>
    `${uses} uses, ${contracts} contracts, ${providedBy} provided_by, ${subcontracts} subcontracts edges`,
};

export type FileMessages = typeof en;

const sv: FileMessages = {
  size: (nodes, nodeCount, edges, edgeCount) =>
    `${nodes} ${nodeCount === 1 ? 'nod' : 'noder'}, ${edges} ${edgeCount === 1 ? 'kant' : 'kanter'}`,
  wrote: (output, size) => `skrev ${output} (${size})`,
  wroteFrom: (output, size, from) => `skrev ${output} (${size}) från ${from}`,
  notWritten: (attributes) => `obs: CSV-formatet har ingen kolumn för ${attributes}; de attributen skrevs inte`,
  writeJson: (attributes) =>
    `obs: CSV-formatet har ingen kolumn för ${attributes}; skriv en .json-fil för att behålla dem`,
  cannotWrite: (output, reason) => `kan inte skriva ${output}: ${reason}`,
  pushed: (input, target, nodes, edges) => `Skickade ${input} till ${target}: ${nodes} noder, ${edges} kanter.`,
  pushChanges: (
    nodesCreated,
    relationshipsCreated,
    nodesUpdated,
    relationshipsUpdated,
    nodesRemoved,
    relationshipsRemoved,
  ) =>
    `Skapade ${nodesCreated} noder och ${relationshipsCreated} relationer, ` +
    `uppdaterade ${nodesUpdated} och ${relationshipsUpdated}, ` +
    `tog bort ${nodesRemoved} och ${relationshipsRemoved}.`,
  sizes: (sizes) => `Storlekar: ${sizes}.`,
  sizeLine: (name, organisations, services, suppliers) =>
    `${name} (${organisations} organisationer, ${services} tjänster, ${suppliers} leverantörer)`,
  generated: (output, nodes, edges, rows, seconds, seed) =>
    `skrev ${output}/: ${nodes}; ${edges} (${rows} rader på ${seconds} s, frö ${seed})`,
  generatedNodes: (organisations, services, suppliers) =>
    `${organisations} organisationer, ${services} tjänster, ${suppliers} leverantörer`,
  generatedEdges: (uses, contracts, providedBy, subcontracts) =>
    `${uses} uses-, ${contracts} contracts-, ${providedBy} provided_by- och ${subcontracts} subcontracts-kanter`,
};

export const FILE_MESSAGES: Catalogue<FileMessages> = { en, sv };
