/**
 * `kedja import`: what it says about a file that is not a graph file. What it says about the graph
 * it wrote is `export`'s (`renderExported`): import writes as export does.
 */
import { GRAPH_FILE_EXTENSIONS } from '@kedja/importer/input';

/** The extensions `import` reads, as its help and its refusal list them. */
export const IMPORT_EXTENSIONS = GRAPH_FILE_EXTENSIONS.join(', ');

export function notAGraphFileMessage(file: string): string {
  return `${file} is not a graph file; give a ${IMPORT_EXTENSIONS} file (a CSV folder needs no import)`;
}
