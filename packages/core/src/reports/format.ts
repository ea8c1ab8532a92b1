/**
 * Numbers and data's words in the report, in its language: whole numbers with the language's
 * grouping (250,000; 250 000 with a no-break space in Swedish), shares as "61.3 %" / "61,3 %",
 * decimals and ratios with the language's decimal sign; and the words for values the data holds as
 * codes (countries, organisation types, service models, what defeats a false redundancy). The key
 * findings, the tables, the charts and the document all go through here, so that a number or a
 * country reads the same everywhere. One formatter per language; O(1) each.
 */
import { formatShare, LOCALES, WORDS, type Lang } from '../i18n/index.js';
import {
  countryName,
  isCountryCode,
  ORG_TYPES,
  SERVICE_MODELS,
  type OrgType,
  type ServiceModel,
} from '../model/index.js';
import { REPORT_MESSAGES } from './report-messages.js';
import type { ComparisonUnit } from './study-comparison.js';
import type { FalseRedundancyRow } from './types.js';

export interface ReportNumbers {
  /** A count, with grouping. */
  int: (n: number) => string;
  /** A share (0.613) as a percentage with `digits` decimals. */
  pct: (share: number, digits?: number) => string;
  /** A number with at most `digits` decimals. */
  decimal: (value: number, digits: number) => string;
  /** A number with exactly `digits` decimals. */
  fixed: (value: number, digits: number) => string;
  /** Effective over declared as "2.5×", `hiddenOnly` when nothing is declared but something is affected. */
  ratio: (value: number | null, effective: number, hiddenOnly: string) => string;
  /** A study comparison's value: a share or a count, '–' when missing. */
  comparison: (value: number | null, unit: ComparisonUnit) => string;
}

function makeNumbers(lang: Lang): ReportNumbers {
  const locale = LOCALES[lang];
  const grouped = new Intl.NumberFormat(locale);
  const decimalSign = (text: string) => (lang === 'en' ? text : text.replace('.', ','));
  const int = (n: number) => grouped.format(n);
  const pct = (share: number, digits = 1) => formatShare(lang, share, digits);
  return {
    int,
    pct,
    decimal: (value, digits) => value.toLocaleString(locale, { maximumFractionDigits: digits }),
    fixed: (value, digits) => decimalSign(value.toFixed(digits)),
    ratio: (value, effective, hiddenOnly) =>
      value === null
        ? effective > 0
          ? hiddenOnly
          : '–'
        : `${(Math.round(value * 100) / 100).toLocaleString(locale)}×`,
    comparison: (value, unit) => (value === null ? '–' : unit === 'share' ? pct(value) : int(value)),
  };
}

const NUMBERS: Readonly<Record<Lang, ReportNumbers>> = { en: makeNumbers('en'), sv: makeNumbers('sv') };

/** The report's number formats in a language. */
export const numbersIn = (lang: Lang): ReportNumbers => NUMBERS[lang];

const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * A country's name in a language: the English short name Kedja keeps (`countryName`), or the
 * runtime's name in another language ("Irland"); the code itself when it names no country.
 */
export function countryIn(lang: Lang, code: string): string {
  if (lang === 'en' || !isCountryCode(code)) return countryName(code);
  let names = regionNames.get(lang);
  if (names === undefined) regionNames.set(lang, (names = new Intl.DisplayNames(LOCALES[lang], { type: 'region' })));
  return names.of(code) ?? code;
}

/** A country of the data (its code and English name) in a language; "unspecified" in words. */
export function countryWords(lang: Lang, country: { country: string; name: string }): string {
  if (lang === 'en') return country.name;
  return country.country === 'unspecified' ? REPORT_MESSAGES[lang].unspecified : countryIn(lang, country.country);
}

/** An organisation type of the data ("municipality", "unspecified") in a language; other values as they are. */
export function typeWords(lang: Lang, type: string): string {
  if ((ORG_TYPES as readonly string[]).includes(type)) return WORDS[lang].orgTypes[type as OrgType];
  return type === 'unspecified' ? REPORT_MESSAGES[lang].unspecified : type;
}

/** A service model in a language: SaaS, PaaS and IaaS as they are, "other" in words. */
export function modelWords(lang: Lang, model: string): string {
  return (SERVICE_MODELS as readonly string[]).includes(model)
    ? REPORT_MESSAGES[lang].models[model as ServiceModel]
    : model;
}

/** What defeats a false redundancy, in a language: a supplier's name, every supplier of a group or a country. */
export function causeWords(lang: Lang, cause: Pick<FalseRedundancyRow['cause'], 'kind' | 'id' | 'label'>): string {
  const m = REPORT_MESSAGES[lang].falseRedundancy;
  if (cause.kind === 'parent') return m.parent(cause.id);
  if (cause.kind === 'country') return m.country(countryIn(lang, cause.id));
  return cause.label;
}
