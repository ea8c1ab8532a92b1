/**
 * `--cpv <prefixes>` of `kedja import-procurement`: the CPV prefixes to keep, comma-separated, as
 * digits (`72`, `48`, `302`; dots allowed, `30.2`) or `ict` for the ICT divisions and groups of
 * docs/procurement.md. Anything else is an `InvalidArgumentError` (exit 1).
 */
import { parseCpvPrefixes } from '@kedja/importer';
import { InvalidArgumentError } from 'commander';

export function parseCpvOption(value: string): string[] {
  const { prefixes, invalid } = parseCpvPrefixes(value);
  if (invalid.length > 0 || prefixes.length === 0) {
    const what =
      invalid.length > 0 ? `${invalid.map((item) => JSON.stringify(item)).join(', ')} is not` : 'give at least';
    throw new InvalidArgumentError(
      `${what} a CPV prefix; give digits of CPV codes separated by commas (72,48,30.2,64.2) or ict`,
    );
  }
  return prefixes;
}
