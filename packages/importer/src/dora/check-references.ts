/**
 * Checking what a row refers to outside its table, once per value: an arrangement that B_02.01
 * lacks (when the register has B_02.01) and a type of ICT services outside Annex III (S01 to S19;
 * the service then gets model other). Warnings only. O(1) per row.
 */
import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import { ICT_SERVICE_TYPES } from './ict-service-types.js';
import type { Place } from './types.js';
import { cellProblem } from './utils.js';

/** Warns, the first time only, when arrangement `ref` (column c0010 at `at`) is not in B_02.01. */
export function checkArrangement(context: BuildContext, ref: string, at: Place): void {
  if (context.arrangements === null || context.arrangements.has(ref)) return;
  const message = `arrangement ${quoteValue(ref)} is not in B_02.01`;
  context.once(`arrangement ${ref}`, () =>
    cellProblem(at, IMPORT_CODES.doraUnknownReference, 'warning', 'c0010', message),
  );
}

/** Warns, the first time only, when `type` (read from `column` at `at`) is not a type of Annex III. */
export function checkServiceType(context: BuildContext, type: string, at: Place, column: string): void {
  if (type in ICT_SERVICE_TYPES) return;
  const message = `${quoteValue(type)} is not a type of ICT services of Annex III (S01 to S19); the service gets model other`;
  context.once(`type ${type}`, () => cellProblem(at, IMPORT_CODES.doraBadValue, 'warning', column, message));
}
