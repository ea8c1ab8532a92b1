/**
 * `kedja import`: what it says after writing a CSV folder straight into a binary graph. What it
 * says about a graph it wrote is `export`'s (`renderExported`): otherwise import writes as export does.
 */

export function renderImportedToArrow(output: string): string {
  return `wrote ${output}/ (nodes.arrow, edges.arrow)\n`;
}
