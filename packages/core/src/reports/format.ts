/**
 * Number formats and shared wording of the report (en-GB grouping, shares as "61.3 %"), used by
 * the key findings and the report document alike so that a number reads the same everywhere.
 * O(1) each.
 */
import type { ComparisonUnit } from './study-comparison.js';

export const int = (n: number): string => n.toLocaleString('en-GB');
export const pct = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)} %`;
export const ratio = (value: number | null, effective: number): string =>
  value === null
    ? effective > 0
      ? 'hidden only'
      : '–'
    : `${(Math.round(value * 100) / 100).toLocaleString('en-GB')}×`;
export const decimal = (value: number, digits: number): string =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits });

export const comparisonText = (value: number | null, unit: ComparisonUnit): string =>
  value === null ? '–' : unit === 'share' ? pct(value) : int(value);

export const agreeText = (match: boolean | null): string => (match === null ? '' : match ? 'yes' : 'no');

export const MODEL_EXPLANATION =
  "contracted = organisations holding a contract with the supplier (the study's question 15); declared = contracted, or " +
  'using a service it provides directly; effective = organisations affected when it fails alone, subcontractors included.';
