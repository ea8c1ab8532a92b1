/** Display names of nodes by id, from an engine's node table (graph-backed or bulk-loaded). */
import type { NodeTable } from '@kedja/core/kernel';

export function nameOf(table: NodeTable, id: string): string {
  const node = table.indexOf(id);
  return node === undefined ? id : table.name(node);
}
