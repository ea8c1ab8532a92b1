/** Parsers for option values, turning bad values into usage errors (exit 1). */
import { InvalidArgumentError } from 'commander';

/** A whole number of 1 or more. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}
