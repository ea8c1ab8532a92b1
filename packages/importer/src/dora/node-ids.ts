/**
 * Register codes as node ids: a code no graph can hold is refused where it is read, and the build
 * goes on with a stand-in so that every problem of the register is reported at once. O(1) per code.
 */
import { checkNodeId } from '@kedja/core/kernel';

import type { BuildContext } from './build-context.js';
import type { Place } from './types.js';
import { cellProblem } from './utils.js';

/**
 * The node id for `id`, a code read at `at` in `column`: `id` itself, or, when no graph can hold it
 * (checkNodeId: a built-in name, a control character, spaces around), a stand-in that can, with an
 * error reported once per id, so that the register is refused with the cell to correct and the
 * build never feeds the graph an id it cannot hold.
 */
export function nodeIdOf(context: BuildContext, id: string, at: Place, column: string): string {
  const refused = checkNodeId(id);
  if (refused === undefined) return id;
  context.once(`refused ${id}`, () => cellProblem(at, refused.code, 'error', column, refused.message));
  return `refused:${JSON.stringify(id)}`;
}
