/**
 * Financial entities as organisations (id and code = LEI, orgType other), added where the register
 * first names them as users of a service; an entity that neither B_01.01 nor B_01.02 names is
 * named by its LEI, with a warning. Also the name of the register's graph. O(1) per entity.
 */
import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import type { Place } from './types.js';
import { nodeIdOf } from './node-ids.js';
import { cellProblem } from './utils.js';

/** "DORA register of information of <the maintaining entity>", by name or else by LEI. */
export const registerName = (context: BuildContext, lei: string) =>
  `DORA register of information of ${context.entityNames.get(lei) ?? lei}`;

/** The node of the entity `lei` (an existing node of that id is reused as it is), read at `at`. */
export function entityNode(context: BuildContext, lei: string, at: Place, column: string): string {
  const { graph, entityNames } = context;
  const usable = nodeIdOf(context, lei, at, column);
  if (usable !== lei) {
    if (!graph.hasNode(usable)) graph.addNode(usable, { kind: 'organisation', name: usable, orgType: 'other' });
    return usable;
  }
  if (graph.hasNode(lei)) return lei;
  const name = entityNames.get(lei);
  if (!name) {
    const message = `entity ${lei} is not named in B_01.01 or B_01.02; it is named by its LEI`;
    context.once(`entity ${lei}`, () => cellProblem(at, IMPORT_CODES.doraIncomplete, 'warning', column, message));
  }
  graph.addNode(lei, { kind: 'organisation', name: name ?? lei, orgType: 'other', code: lei });
  return lei;
}
