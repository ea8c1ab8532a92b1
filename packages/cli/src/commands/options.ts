/** Parsers for option values, turning bad values into usage errors (exit 1). */
import { InvalidArgumentError } from 'commander';

/** A whole number of 1 or more. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}

/** A TCP port: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new InvalidArgumentError('expected a port number, 0 to 65535');
  return Number(value);
}
