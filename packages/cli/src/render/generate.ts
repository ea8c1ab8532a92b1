/**
 * `kedja generate`: the named sizes as its help lists them, and the line on stderr that says what
 * was written (rows per table, time taken, seed).
 */
import { SIZE_NAMES, SIZES, type GeneratedTable } from '@kedja/core/generate';
import type { Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';

/** "Sizes: sweden (290 organisations, ...); M (...); ...", for the help (which is English). */
export function describeSizes(lang: Lang = 'en'): string {
  const m = messagesIn(lang).files;
  const n = (value: number) => formatNumber(value, lang);
  const sizes = SIZE_NAMES.map((name) =>
    m.sizeLine(name, n(SIZES[name].organisations), n(SIZES[name].services), n(SIZES[name].suppliers)),
  );
  return m.sizes(sizes.join('; '));
}

export interface Generated {
  /** The folder written. */
  output: string;
  /** Rows written per table. */
  counts: Readonly<Record<GeneratedTable, number>>;
  seconds: number;
  seed: number;
}

/** The line on stderr after writing, in `lang` (English unless told). */
export function renderGenerated({ output, counts, seconds, seed }: Generated, lang: Lang = 'en'): string {
  const m = messagesIn(lang).files;
  const n = (value: number) => formatNumber(value, lang);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const seconds1 = lang === 'en' ? seconds.toFixed(1) : seconds.toFixed(1).replace('.', ',');
  return `${m.generated(
    output,
    m.generatedNodes(n(counts.organisations), n(counts.services), n(counts.suppliers)),
    m.generatedEdges(n(counts.uses), n(counts.contracts), n(counts.provided_by), n(counts.subcontracts)),
    n(rows),
    seconds1,
    String(seed),
  )}\n`;
}
