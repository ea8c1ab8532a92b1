/**
 * ICT third-party service providers as suppliers, added where the register first refers to them:
 * named, located and grouped by their B_05.01 row (the parent group by the parent's name when the
 * register has it, else by its code). A provider that B_05.01 lacks is named by its code, and one
 * whose code is also a financial entity's gets the node `<code>@provider`; both with a warning.
 * O(1) per reference.
 */
import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import type { Place } from './types.js';
import { nodeIdOf } from './node-ids.js';
import { cellProblem } from './utils.js';

/** The supplier node of provider `code`, referred to at `at`. */
export function supplierNode(context: BuildContext, code: string, at: Place, column: string): string {
  const { graph, providers, supplierIds } = context;
  const known = supplierIds.get(code);
  if (known) return known;
  const usable = nodeIdOf(context, code, at, column);
  if (usable !== code) {
    graph.addNode(usable, { kind: 'supplier', name: usable });
    supplierIds.set(code, usable);
    return usable;
  }
  const info = providers.get(code);
  if (!info) {
    const message = `provider ${quoteValue(code)} is not in B_05.01; it is named by its code`;
    context.once(`provider ${code}`, () =>
      cellProblem(at, IMPORT_CODES.doraUnknownReference, 'warning', column, message),
    );
  }
  let id = code;
  if (graph.hasNode(id) || context.entityNames.has(id)) {
    id = `${code}@provider`;
    const message = `${code} is both a financial entity and a provider; the provider's node is ${id}`;
    context.once(`collision ${code}`, () => cellProblem(at, IMPORT_CODES.doraInconsistent, 'warning', column, message));
  }
  const parent = info?.parent ? (providers.get(info.parent)?.name ?? info.parent) : undefined;
  graph.addNode(id, {
    kind: 'supplier',
    name: info?.name ?? code,
    ...(info?.country ? { country: info.country } : {}),
    ...(parent ? { parent } : {}),
  });
  supplierIds.set(code, id);
  return id;
}
