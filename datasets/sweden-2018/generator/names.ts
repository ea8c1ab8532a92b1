/**
 * Fictional names for services and suppliers, visibly so: every name ends in "(fiktiv)". Brand
 * stems are made of invented syllables, drawn with the seeded generator and never repeated; ids are
 * the names as lower-case ASCII slugs. O(1) per name.
 */
import type { Rng } from './rng.js';

const FIRST = [
  'Al',
  'Bo',
  'Ca',
  'Da',
  'El',
  'Fa',
  'Gu',
  'Ha',
  'Ib',
  'Ja',
  'Ka',
  'Lu',
  'Mo',
  'Ny',
  'Or',
  'Pe',
  'Ri',
  'Sa',
  'Tu',
  'Ul',
  'Ve',
  'Yr',
  'Zo',
];
const MIDDLE = ['ra', 'li', 'mo', 've', 'ta', 'ne', 'su', 'ko', 'ri', 'la', 'do', 'mi'];
const LAST = ['vik', 'berg', 'dal', 'sund', 'holm', 'fors', 'näs', 'by', 'lund', 'ström', 'ryd', 'torp'];

export const FICTIONAL = '(fiktiv)';

/** Swedish product words per service category, for service names. */
export const PRODUCT_WORDS: Readonly<Record<string, string>> = {
  'case and document management': 'Ärende',
  'communication and application security': 'Säkerpost',
  'customer collaboration / CRM': 'Kundrelation',
  'data sharing and storage': 'Fildelning',
  'data visualisation': 'Dashboard',
  'education administration': 'Skoladmin',
  finance: 'Ekonomi',
  'health care': 'Vårdjournal',
  'learning platform': 'Lärplattform',
  'library service': 'Bibliotek',
  'collaboration and productivity': 'Samarbete',
  'human resources': 'Personal',
  'procurement and contracts': 'Upphandling',
  'project management': 'Projekt',
  recruitment: 'Rekrytering',
  surveys: 'Enkät',
  'social services': 'Socialtjänst',
  'web publishing and analytics': 'Webbpublicering',
  'planning and performance management': 'Verksamhetsplan',
  PaaS: 'Plattform',
  IaaS: 'Infrastruktur',
};

/** Company-form suffixes by country of the legal entity. */
const COMPANY_FORM: Readonly<Record<string, string>> = {
  SE: 'AB',
  NO: 'AS',
  IE: 'Ltd',
  GB: 'Ltd',
  US: 'Inc',
  NL: 'B.V.',
  DE: 'GmbH',
  FR: 'SAS',
};

export function companyForm(country: string): string {
  return COMPANY_FORM[country] ?? 'AB';
}

/** Lower-case ASCII id of a name: "Älvdata B.V. (fiktiv)" → "alvdata-bv". */
export function slug(name: string): string {
  return name
    .replace(FICTIONAL, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Draws brand stems that were never drawn before (and are not in `reserved`). */
export function createStems(rng: Rng, reserved: readonly string[] = []): () => string {
  const used = new Set(reserved.map((s) => s.toLowerCase()));
  return () => {
    for (;;) {
      const stem = rng.pick(FIRST) + rng.pick(MIDDLE) + rng.pick(LAST);
      if (!used.has(stem.toLowerCase())) {
        used.add(stem.toLowerCase());
        return stem;
      }
    }
  };
}
