/**
 * The outage duration: `--duration` of `blast` (one duration) and `--at` of `timeline` (several),
 * written as core's `parseDuration` reads them (4h, 48h, 1w, 1m or a number of hours) and held in
 * hours. Bad values are usage errors (exit 1) with core's explanation.
 */
import { parseDuration } from '@kedja/core';
import { InvalidArgumentError, Option } from 'commander';

/** Commander parser for one duration: hours. */
export function parseDurationOption(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Commander parser for comma-separated durations: hours, each once, shortest first. */
export function parseDurationList(value: string): number[] {
  const durations = value.split(',').map((part) => parseDurationOption(part.trim()));
  if (new Set(durations).size !== durations.length) throw new InvalidArgumentError('each length may appear once');
  return durations.sort((a, b) => a - b);
}

/** `--duration <length>`: an outage duration, for a consequence level per organisation. */
export function durationOption(): Option {
  return new Option(
    '--duration <length>',
    'outage length (24h, 48h, 1w, 1m or hours): a consequence level per organisation',
  ).argParser(parseDurationOption);
}
