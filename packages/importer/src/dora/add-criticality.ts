/**
 * B_06.01's assessment of each function as the criticality of the entities' dependencies: a `uses`
 * edge (an entity's use of an arrangement's ICT services, with the functions B_02.02 gives it) is
 * not critical when every function it supports was assessed neither critical nor important; it
 * stays critical when any of them is critical or important, was not assessed, or is not in
 * B_06.01 (a warning, once per function), the conservative reading. A function is found by its
 * identifier and entity, or by its identifier alone when only one entity has it. Without B_06.01
 * nothing changes. O(uses edges + functions).
 */
import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import type { Criticality, FunctionRecord } from './read-b06-01.js';

function lookup(functions: readonly FunctionRecord[]) {
  const byEntity = new Map<string, FunctionRecord>();
  const byId = new Map<string, FunctionRecord[]>();
  for (const record of functions) {
    const key = `${record.entity}\u0000${record.functionId}`;
    if (!byEntity.has(key)) byEntity.set(key, record);
    const same = byId.get(record.functionId);
    if (same) same.push(record);
    else byId.set(record.functionId, [record]);
  }
  return (entity: string, functionId: string): Criticality | undefined => {
    const own = byEntity.get(`${entity}\u0000${functionId}`);
    if (own) return own.criticality;
    const others = byId.get(functionId) ?? [];
    return others.length === 1 ? others[0]!.criticality : undefined;
  };
}

/** Sets `critical: false` on the uses edges whose functions are all neither critical nor important. */
export function addFunctionCriticality(
  context: BuildContext,
  functions: readonly FunctionRecord[],
  file: string,
): void {
  const { graph } = context;
  const criticality = lookup(functions);
  graph.forEachEdge((edge, attributes, entity) => {
    if (attributes.kind !== 'uses') return;
    const ids = String((attributes as { function?: string }).function ?? '')
      .split(';')
      .filter((id: string) => id !== '');
    if (ids.length === 0) return;
    let allNotCritical = true;
    for (const id of ids) {
      const found = criticality(entity, id);
      if (found === undefined) {
        const message = `function ${id} of ${entity} (B_02.02 c0050) is not in B_06.01; its dependencies stay critical`;
        context.once(`function ${entity} ${id}`, () => ({
          file,
          code: IMPORT_CODES.doraUnknownReference,
          severity: 'warning',
          message,
        }));
      }
      if (found !== 'not critical') allNotCritical = false;
    }
    if (allNotCritical) graph.mergeEdgeAttributes(edge, { critical: false });
  });
}
