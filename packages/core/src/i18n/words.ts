/**
 * The words core's concepts have in each language, in MSB's vocabulary where it has one:
 * consequence levels (the study's Tabell 6.4: kris, kritiskt, börjar bli kännbart, få
 * konsekvenser), organisation types, node kinds, outage lengths. Shared by the reports, the CLI
 * and the viewer, so one concept has one word everywhere. O(1) each.
 */
import type { ConsequenceLevel } from '../consequences/index.js';
import type { NodeKind, OrgType } from '../model/index.js';
import type { Catalogue } from './catalogue.js';
import type { Lang } from './lang.js';

const en = {
  levels: {
    none: 'none',
    minor: 'minor',
    noticeable: 'noticeable',
    critical: 'critical',
    crisis: 'crisis',
  } satisfies Record<ConsequenceLevel, string>,
  orgTypes: {
    municipality: 'municipality',
    region: 'region',
    agency: 'agency',
    other: 'other',
  } satisfies Record<OrgType, string>,
  orgTypesPlural: {
    municipality: 'municipalities',
    region: 'regions',
    agency: 'agencies',
    other: 'other organisations',
  } satisfies Record<OrgType, string>,
  kinds: {
    organisation: 'organisation',
    service: 'service',
    supplier: 'supplier',
  } satisfies Record<NodeKind, string>,
  duration: {
    hours: (n: number) => `${n}\u00a0h`,
    weeks: (n: number) => (n === 1 ? '1\u00a0week' : `${n}\u00a0weeks`),
    months: (n: number) => (n === 1 ? '1\u00a0month' : `${n}\u00a0months`),
  },
};

export type Words = typeof en;

const sv: Words = {
  levels: {
    none: 'ingen',
    minor: 'begränsad',
    noticeable: 'kännbar',
    critical: 'kritisk',
    crisis: 'kris',
  },
  orgTypes: {
    municipality: 'kommun',
    region: 'region',
    agency: 'myndighet',
    other: 'annan',
  },
  orgTypesPlural: {
    municipality: 'kommuner',
    region: 'regioner',
    agency: 'myndigheter',
    other: 'andra organisationer',
  },
  kinds: {
    organisation: 'organisation',
    service: 'tjänst',
    supplier: 'leverantör',
  },
  duration: {
    hours: (n: number) => `${String(n).replace('.', ',')}\u00a0h`,
    weeks: (n: number) => (n === 1 ? '1\u00a0vecka' : `${n}\u00a0veckor`),
    months: (n: number) => (n === 1 ? '1\u00a0månad' : `${n}\u00a0månader`),
  },
};

export const WORDS: Catalogue<Words> = { en, sv };

/** An outage length in words, kept on one line (no-break spaces): "48 h", "1 week" / "1 vecka", "2 months". */
export function durationWords(lang: Lang, hours: number): string {
  const d = WORDS[lang].duration;
  if (hours > 0 && hours % 720 === 0) return d.months(hours / 720);
  if (hours > 0 && hours % 168 === 0) return d.weeks(hours / 168);
  return d.hours(hours);
}
