/**
 * The services and who uses them, calibrated exactly to the study (synthetic: the study published
 * no names). SaaS: the 90 services of Tabell 6.2 spread over the categories of Tabell 6.1, two of
 * them used by municipalities and agencies alike (39 + 53 = 92 = 90 + 2): the office suite shared
 * by 61 and a learning platform shared by 14. PaaS and IaaS as section 6.2 says. Users are drawn
 * among the organisations that named services of that model, each service taking the least loaded
 * organisations first (ties at random), which guarantees that every namer names at least one.
 * Each service processes data in one country, the counts of SERVICE_COUNTRIES; foreign processing
 * is drawn twice as often for services used only by agencies (the study: agencies process outside
 * Sweden more often). O(services × organisations).
 */
import type { ServiceModel } from '@kedja/core';

import { IAAS, PAAS, SERVICE_COUNTRIES, TABELL_6_1, TABELL_6_2 } from './calibration.js';
import { FICTIONAL, PRODUCT_WORDS, slug } from './names.js';
import type { Rng } from './rng.js';
import type { Survey, SurveyType } from './survey.js';

/** Who may use a service: municipalities only, agencies only, or both. */
export type Scope = 'municipality' | 'agency' | 'both';

export interface Service {
  id: string;
  name: string;
  /** The brand stem in the name, reused for the supplier that provides it. */
  stem: string;
  model: ServiceModel;
  category?: string;
  scope: Scope;
  size: number;
  country: string;
  users: string[];
}

/** The two SaaS used by both kinds of organisation: [category, size, municipalities, agencies]. */
export const SHARED_SAAS = [
  ['collaboration and productivity', 61, 34, 27],
  ['learning platform', 14, 10, 4],
] as const;

/** Hand-placed larger SaaS: [scope, category, size]; the other sizes of Tabell 6.2 fall at random. */
const PLACED_SAAS: readonly (readonly [Scope, string, number])[] = [
  ['municipality', 'education administration', 8],
  ['municipality', 'health care', 6],
  ['municipality', 'education administration', 4],
  ['municipality', 'education administration', 3],
  ['municipality', 'learning platform', 3],
  ['municipality', 'human resources', 3],
  ['agency', 'recruitment', 5],
  ['agency', 'surveys', 4],
  ['agency', 'case and document management', 4],
  ['agency', 'data sharing and storage', 3],
  ['agency', 'procurement and contracts', 3],
];

/** The shared PaaS: [size, municipalities, agencies]. */
export const SHARED_PAAS = [PAAS.largest, 12, 15] as const;

interface Slot {
  model: ServiceModel;
  category?: string;
  scope: Scope;
  size: number;
  split?: readonly [number, number];
}

function saasSlots(rng: Rng): Slot[] {
  const slots: Slot[] = [];
  const open: Slot[] = [];
  for (const [category, municipalities, agencies] of TABELL_6_1) {
    const shared = SHARED_SAAS.find(([c]) => c === category);
    if (shared) slots.push({ model: 'SaaS', category, scope: 'both', size: shared[1], split: [shared[2], shared[3]] });
    const both = shared ? 1 : 0;
    for (let i = 0; i < municipalities - both; i++)
      open.push({ model: 'SaaS', category, scope: 'municipality', size: 0 });
    for (let i = 0; i < agencies - both; i++) open.push({ model: 'SaaS', category, scope: 'agency', size: 0 });
  }
  const remaining: number[] = [];
  for (const [n, count] of Object.entries(TABELL_6_2)) for (let i = 0; i < count; i++) remaining.push(Number(n));
  for (const [, size] of SHARED_SAAS) remaining.splice(remaining.indexOf(size), 1);
  for (const [scope, category, size] of PLACED_SAAS) {
    const slot = open.find((s) => s.size === 0 && s.scope === scope && s.category === category);
    if (!slot) throw new Error(`no free ${scope} slot in ${category}`);
    slot.size = size;
    remaining.splice(remaining.indexOf(size), 1);
  }
  const free = open.filter((s) => s.size === 0);
  if (free.length !== remaining.length) throw new Error(`${free.length} SaaS slots for ${remaining.length} sizes`);
  rng.shuffle(remaining).forEach((size, i) => (free[i]!.size = size));
  return [...slots, ...open];
}

function platformSlots(): Slot[] {
  const slots: Slot[] = [
    { model: 'PaaS', scope: 'both', size: SHARED_PAAS[0], split: [SHARED_PAAS[1], SHARED_PAAS[2]] },
  ];
  for (let i = 0; i < PAAS.municipalityOnly; i++) slots.push({ model: 'PaaS', scope: 'municipality', size: 1 });
  for (let i = 0; i < PAAS.agencyOnly; i++) slots.push({ model: 'PaaS', scope: 'agency', size: 1 });
  for (let i = 0; i < IAAS.municipalityOnly; i++) slots.push({ model: 'IaaS', scope: 'municipality', size: 1 });
  for (let i = 0; i < IAAS.agencyOnly; i++) slots.push({ model: 'IaaS', scope: 'agency', size: 1 });
  return slots;
}

/** Picks k organisations of `pool`, least loaded first, ties at random; counts the load. */
function chooseUsers(pool: readonly string[], k: number, load: Map<string, number>, rng: Rng): string[] {
  if (k > pool.length) throw new Error(`cannot choose ${k} users among ${pool.length}`);
  const keyed = pool.map((id) => ({ id, load: load.get(id) ?? 0, tie: rng.next() }));
  keyed.sort((a, b) => a.load - b.load || a.tie - b.tie);
  const chosen = keyed.slice(0, k).map((entry) => entry.id);
  for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
  return chosen;
}

export function buildServices(survey: Survey, rng: Rng, stem: () => string): Service[] {
  const slots = [...saasSlots(rng), ...platformSlots()];
  const pools: Record<ServiceModel, Record<SurveyType, string[]>> = {
    SaaS: { municipality: survey.municipality.namedSaas, agency: survey.agency.namedSaas },
    PaaS: { municipality: survey.municipality.paas, agency: survey.agency.paas },
    IaaS: { municipality: survey.municipality.iaas, agency: survey.agency.iaas },
    other: { municipality: [], agency: [] },
  };
  const loads: Record<ServiceModel, Map<string, number>> = {
    SaaS: new Map(),
    PaaS: new Map(),
    IaaS: new Map(),
    other: new Map(),
  };

  // Users: largest services first, so that the least-loaded rule can cover every namer.
  const users = new Map<Slot, string[]>();
  const bySize = slots.map((slot, i) => ({ slot, i })).sort((a, b) => b.slot.size - a.slot.size || a.i - b.i);
  for (const { slot } of bySize) {
    const pool = pools[slot.model];
    const load = loads[slot.model];
    const chosen =
      slot.scope === 'both'
        ? [
            ...chooseUsers(pool.municipality, slot.split![0], load, rng),
            ...chooseUsers(pool.agency, slot.split![1], load, rng),
          ]
        : chooseUsers(pool[slot.scope], slot.size, load, rng);
    users.set(slot, chosen);
  }

  // Countries: the two big shared services in Ireland; the other foreign slots drawn with weights.
  const country = new Map<Slot, string>();
  const foreign: string[] = [];
  for (const [code, count] of Object.entries(SERVICE_COUNTRIES))
    if (code !== 'SE') for (let i = 0; i < count; i++) foreign.push(code);
  for (const slot of slots) {
    if (slot.scope === 'both' && (slot.size === 61 || slot.model === 'PaaS')) {
      country.set(slot, 'IE');
      foreign.splice(foreign.indexOf('IE'), 1);
    }
  }
  const candidates = slots.filter((slot) => !country.has(slot));
  const weighted = candidates.map((slot) => ({ slot, key: rng.next() ** (1 / (slot.scope === 'agency' ? 2 : 1)) }));
  weighted.sort((a, b) => b.key - a.key); // weighted sampling without replacement (Efraimidis–Spirakis)
  const abroad = rng.shuffle(foreign);
  weighted.forEach(({ slot }, i) => country.set(slot, abroad[i] ?? 'SE'));

  return slots.map((slot) => {
    const brand = slot.size === 61 || (slot.model === 'PaaS' && slot.scope === 'both') ? 'Megamoln' : stem();
    const word = slot.size === 61 ? 'Kontor' : PRODUCT_WORDS[slot.category ?? slot.model]!;
    const name = brand === 'Megamoln' ? `${brand} ${word} ${FICTIONAL}` : `${word} ${brand} ${FICTIONAL}`;
    return {
      id: slug(name),
      name,
      stem: brand,
      model: slot.model,
      ...(slot.category !== undefined ? { category: slot.category } : {}),
      scope: slot.scope,
      size: slot.size,
      country: country.get(slot)!,
      users: users.get(slot)!,
    };
  });
}
