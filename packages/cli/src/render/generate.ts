/**
 * `kedja generate`: the named sizes as its help lists them, and the line on stderr that says what
 * was written (rows per table, time taken, seed).
 */
import { SIZE_NAMES, SIZES, type GeneratedTable } from '@kedja/core/generate';

import { formatNumber } from '../output/table.js';

/** "Sizes: sweden (290 organisations, ...); M (...); ...", for the help. */
export function describeSizes(): string {
  const sizes = SIZE_NAMES.map(
    (name) =>
      `${name} (${formatNumber(SIZES[name].organisations)} organisations, ${formatNumber(SIZES[name].services)} services, ${formatNumber(SIZES[name].suppliers)} suppliers)`,
  );
  return `Sizes: ${sizes.join('; ')}.`;
}

export interface Generated {
  /** The folder written. */
  output: string;
  /** Rows written per table. */
  counts: Readonly<Record<GeneratedTable, number>>;
  seconds: number;
  seed: number;
}

export function renderGenerated({ output, counts, seconds, seed }: Generated): string {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    `wrote ${output}/: ${formatNumber(counts.organisations)} organisations, ${formatNumber(counts.services)} services, ` +
    `${formatNumber(counts.suppliers)} suppliers; ${formatNumber(counts.uses)} uses, ${formatNumber(counts.contracts)} contracts, ` +
    `${formatNumber(counts.provided_by)} provided_by, ${formatNumber(counts.subcontracts)} subcontracts edges ` +
    `(${formatNumber(rows)} rows in ${seconds.toFixed(1)} s, seed ${seed})\n`
  );
}
