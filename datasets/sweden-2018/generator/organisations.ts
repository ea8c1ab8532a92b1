/**
 * The organisations: all 290 municipalities, the 21 regions and the 347 state agencies, with their
 * real codes, counties, populations (31 December 2023) and staff, from ../source/. Sectors (the
 * societal functions an organisation runs) follow the law where the law decides: every
 * municipality runs education, social care, municipal health care, water and sewerage and rescue
 * services; every region runs health care and public transport. District heating is no duty, and
 * who owns it is not in the source data: `heating` is drawn for 60 % of municipalities (synthetic).
 * O(rows).
 */
import type { OrgType } from '@kedja/core';

import { slug } from './names.js';
import type { Rng } from './rng.js';
import type { Sources } from './sources.js';

export interface Organisation {
  id: string;
  name: string;
  orgType: OrgType;
  code: string;
  county?: string;
  population?: number;
  employees?: number;
  sectors?: string[];
}

export const MUNICIPAL_SECTORS = ['education', 'social-care', 'health-care', 'water', 'rescue-services'];
export const REGIONAL_SECTORS = ['health-care', 'public-transport'];
export const HEATING_SHARE = 0.6;

export function buildOrganisations(sources: Sources, rng: Rng): Organisation[] {
  const organisations: Organisation[] = [];
  for (const m of sources.municipalities) {
    organisations.push({
      id: `kommun-${m.code}`, // names are not unique as slugs (Håbo, Habo)
      name: m.name,
      orgType: 'municipality',
      code: m.code,
      county: m.county,
      population: m.population,
      sectors: rng.chance(HEATING_SHARE) ? [...MUNICIPAL_SECTORS, 'heating'] : MUNICIPAL_SECTORS,
    });
  }
  for (const r of sources.regions) {
    organisations.push({
      id: slug(r.name),
      name: r.name,
      orgType: 'region',
      code: r.countyCode,
      county: r.county,
      population: r.population,
      sectors: REGIONAL_SECTORS,
    });
  }
  for (const a of sources.agencies) {
    organisations.push({
      id: slug(a.name),
      name: a.name,
      orgType: 'agency',
      code: a.orgNumber,
      ...(a.employees !== undefined ? { employees: a.employees } : {}),
    });
  }
  const ids = new Set<string>();
  for (const o of organisations) {
    if (ids.has(o.id)) throw new Error(`two organisations get the id ${o.id}`);
    ids.add(o.id);
  }
  return organisations;
}
