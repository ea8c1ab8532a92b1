/**
 * Commander parsers for numeric option values. A value that does not parse is an
 * `InvalidArgumentError`, which commander prints with the option's name (exit 1). The messages
 * are part of the CLI's behaviour: each says what a good value looks like.
 */
import { InvalidArgumentError } from 'commander';

/** A whole number of 1 or more (--top, --limit, --samples, --threads ...). */
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

/** A share above 0 and at most 1, as 0.5, 50 % or 50% (`screen --cover`). */
export function parseShare(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  const share = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(share > 0 && share <= 1))
    throw new InvalidArgumentError('expected a share above 0 and at most 1, such as 0.5 or 50%');
  return share;
}

/** A parser for a plain decimal from 0 to 1 (0, .5, 0.85, 1), failing with `message`. */
function zeroToOne(message: string): (value: string) => number {
  return (value) => {
    const share = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || share > 1) throw new InvalidArgumentError(message);
    return share;
  };
}

/** The share of generated services with two alternative providers (`generate --alternative-share`). */
export const parseAlternativeShare = zeroToOne('expected a share between 0 and 1');

/** The least fuzzy score for a merge of two spellings (`import-survey --threshold`). */
export const parseThreshold = zeroToOne('expected a number from 0 to 1, such as 0.85');

/** A probability from 0 to 1 (`simulate --p`). */
export function parseProbability(value: string): number {
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value))
    throw new InvalidArgumentError('expected a probability from 0 to 1, such as 0.05');
  return Number(value);
}

/** A mean of 1 or more (`generate --uses-per-organisation`). */
export function parseMean(value: string): number {
  const mean = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || mean < 1) throw new InvalidArgumentError('expected a number of 1 or more');
  return mean;
}

/** The generator's seed: any whole number JavaScript holds exactly (`generate --seed`). */
export function parseGeneratorSeed(value: string): number {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** The simulation's seed: a 32-bit unsigned whole number (`simulate --seed`). */
export function parseSimulationSeed(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) {
    throw new InvalidArgumentError('expected a whole number from 0 to 4294967295');
  }
  return Number(value);
}
