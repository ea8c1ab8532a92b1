/**
 * Suppliers, who provides which service, who subcontracts to whom, and who contracts whom.
 *
 * - Contracted suppliers (calibrated exactly): the 70 suppliers of Tabell 6.3, named by the 68
 *   organisations that answered question 15. The largest (named by 28) is Megamoln, which provides
 *   the office suite shared by 61 and the platform shared by 27; the others provide the next most
 *   shared services in order, one each; the remaining services go at random to a contracted
 *   supplier of the same category or to a supplier nobody named. Contracts go first to
 *   organisations that use one of the supplier's services, then to the least loaded, and every
 *   answering organisation ends up with at least one.
 * - Subcontracting (synthetic, documented in the README): a layer of hosting firms over two data
 *   centre operators, two hyperscale platforms (Megamoln, and Jättemoln, which nobody names), a
 *   Swedish reseller of the office suite, and a few services with two alternative providers: some
 *   with real redundancy, some whose alternatives share a data centre, an owner or a platform.
 * - Ownership (synthetic, documented in the README): each group's country and owner (PARENT_GROUPS).
 *
 * O(services × suppliers + organisations × suppliers); small.
 */
import type { ParentGroup, Subcontracting } from '@kedja/core/kernel';

import { companyForm, FICTIONAL, slug } from './names.js';
import type { Rng } from './rng.js';
import type { Service } from './services.js';
import type { Survey } from './survey.js';
import { TABELL_6_3 } from './calibration.js';

export type Role = 'contracted' | 'provider' | 'reseller' | 'platform' | 'hosting' | 'datacentre';

export interface Supplier {
  id: string;
  name: string;
  country: string;
  parent?: string;
  role: Role;
  /** Contracts wanted (Tabell 6.3); 0 for suppliers nobody names. */
  contracts: number;
  /** What the respondents know of its subcontractors (set by uncertainty.ts). */
  subcontracting?: Subcontracting;
}

export interface ProvidedBy {
  service: string;
  supplier: string;
  alternatives?: string;
}

export interface Subcontract {
  supplier: string;
  subcontractor: string;
  rank: number;
  service: string;
  alternatives?: string;
  /** Set by uncertainty.ts on the subcontracts nobody could confirm. */
  certainty?: 'possible';
  probability?: number;
}

export interface Contract {
  organisation: string;
  supplier: string;
}

export interface SupplyChain {
  suppliers: Supplier[];
  providedBy: ProvidedBy[];
  subcontracts: Subcontract[];
  contracts: Contract[];
}

export const PARENTS = {
  megamoln: `Megamoln Group ${FICTIONAL}`,
  jattemoln: `Jättemoln Group ${FICTIONAL}`,
  hosting: `Hostinggruppen ${FICTIONAL}`,
  school: `Skolkoncernen ${FICTIONAL}`,
  care: `Omsorgskoncernen ${FICTIONAL}`,
} as const;

const SCHOOL_HOLDING = `Lärande Europa Holding ${FICTIONAL}`;
const SCHOOL_OWNER = `Atlantic Learning Partners ${FICTIONAL}`;
const CARE_OWNER = `Nordomsorg Holding ${FICTIONAL}`;

/**
 * The ownership chains above the groups (parents.csv; fictional, documented in the README). The two
 * hyperscale platforms belong to United States groups, so that their Irish and Swedish subsidiaries
 * fall under United States jurisdiction; the school group is Swedish, owned through a Dutch
 * holding by a United States investment firm, three levels up; the care group is owned from
 * Norway (inside the EEA); the hosting group is Swedish with no owner above it.
 */
export const PARENT_GROUPS: readonly ParentGroup[] = [
  { group: PARENTS.megamoln, name: `Megamoln Corporation ${FICTIONAL}`, country: 'US' },
  { group: PARENTS.jattemoln, name: `Jättemoln Holdings Inc ${FICTIONAL}`, country: 'US' },
  { group: PARENTS.hosting, name: `Hostinggruppen Norden AB ${FICTIONAL}`, country: 'SE' },
  { group: PARENTS.school, name: `Skolkoncernen AB ${FICTIONAL}`, country: 'SE', parent: SCHOOL_HOLDING },
  { group: SCHOOL_HOLDING, name: `Lärande Europa Holding B.V. ${FICTIONAL}`, country: 'NL', parent: SCHOOL_OWNER },
  { group: SCHOOL_OWNER, name: `Atlantic Learning Partners LP ${FICTIONAL}`, country: 'US' },
  { group: PARENTS.care, name: `Omsorgskoncernen AB ${FICTIONAL}`, country: 'SE', parent: CARE_OWNER },
  { group: CARE_OWNER, name: `Nordomsorg Holding AS ${FICTIONAL}`, country: 'NO' },
];

const EDUCATION = ['education administration', 'learning platform'];

export function buildSupplyChain(
  services: readonly Service[],
  survey: Survey,
  rng: Rng,
  stem: () => string,
): SupplyChain {
  const suppliers: Supplier[] = [];
  const byId = new Map<string, Supplier>();
  const add = (name: string, country: string, role: Role, extra: Partial<Supplier> = {}): Supplier => {
    const supplier: Supplier = { id: slug(name), name, country, role, contracts: 0, ...extra };
    if (byId.has(supplier.id)) throw new Error(`two suppliers get the id ${supplier.id}`);
    byId.set(supplier.id, supplier);
    suppliers.push(supplier);
    return supplier;
  };
  const company = (brand: string, country: string, role: Role, extra: Partial<Supplier> = {}) =>
    add(`${brand} ${companyForm(country)} ${FICTIONAL}`, country, role, extra);

  // Contracted suppliers, largest first; Megamoln is the one named by 28.
  const sizes: number[] = [];
  for (const [n, count] of Object.entries(TABELL_6_3)) for (let i = 0; i < count; i++) sizes.push(Number(n));
  sizes.sort((a, b) => b - a);
  const megamoln = add(`Megamoln Ireland Ltd ${FICTIONAL}`, 'IE', 'contracted', {
    parent: PARENTS.megamoln,
    contracts: sizes[0]!,
  });

  const providedBy: ProvidedBy[] = [];
  const provides = new Map<string, Service[]>(); // supplier → services
  const provide = (service: Service, supplier: Supplier, alternatives?: string) => {
    providedBy.push({ service: service.id, supplier: supplier.id, ...(alternatives ? { alternatives } : {}) });
    provides.set(supplier.id, [...(provides.get(supplier.id) ?? []), service]);
  };
  const megamolnServices = services.filter((s) => s.stem === 'Megamoln');
  const others = services
    .filter((s) => s.stem !== 'Megamoln')
    .map((service) => ({ service, tie: rng.next() }))
    .sort((a, b) => b.service.size - a.service.size || a.tie - b.tie)
    .map(({ service }) => service);

  const contracted: Supplier[] = [megamoln];
  others.forEach((service, i) => {
    const size = sizes[i + 1];
    if (size !== undefined) {
      const supplier = company(service.stem, service.country, 'contracted', { contracts: size });
      contracted.push(supplier);
      provide(service, supplier);
      return;
    }
    const market = (s: Service) => s.category ?? s.model;
    const sameMarket = contracted.filter(
      (c) => c !== megamoln && (provides.get(c.id) ?? []).some((s) => market(s) === market(service)),
    );
    if (sameMarket.length > 0 && rng.chance(0.5)) provide(service, rng.pick(sameMarket));
    else provide(service, company(service.stem, service.country, 'provider'));
  });

  // The office suite also comes through a Swedish reseller that runs it on Megamoln: false redundancy.
  const officeSuite = megamolnServices.find((s) => s.model === 'SaaS')!;
  const reseller = add(`Megamoln Sverige AB ${FICTIONAL}`, 'SE', 'reseller', { parent: PARENTS.megamoln });
  for (const service of megamolnServices) provide(service, megamoln, service === officeSuite ? 'delivery' : undefined);
  provide(officeSuite, reseller, 'delivery');

  // Platforms, hosting and data centres.
  const jattemoln = add(`Jättemoln Inc ${FICTIONAL}`, 'US', 'platform', { parent: PARENTS.jattemoln });
  const datacentres = [
    company(`${stem()} Datahall`, 'SE', 'datacentre'),
    company(`${stem()} Datahall`, 'SE', 'datacentre'),
  ];
  const hosting = [1, 2, 3, 4, 5].map((i) =>
    company(`${stem()} Hosting`, 'SE', 'hosting', i <= 2 ? { parent: PARENTS.hosting } : {}),
  );
  const norwegianHosting = company(`${stem()} Hosting`, 'NO', 'hosting');
  const subcontracts: Subcontract[] = [];
  const subcontract = (
    supplier: Supplier,
    subcontractor: Supplier,
    rank: number,
    what: string,
    alternatives?: string,
  ) =>
    subcontracts.push({
      supplier: supplier.id,
      subcontractor: subcontractor.id,
      rank,
      service: what,
      ...(alternatives ? { alternatives } : {}),
    });
  hosting.forEach((h, i) => subcontract(h, datacentres[i < 3 ? 0 : 1]!, 3, 'data centre'));
  subcontract(reseller, megamoln, 2, 'resale');

  // Two services with a second, alternative provider of the same owner.
  const mainService = (supplier: Supplier) => provides.get(supplier.id)![0]!;
  const careMain = contracted.find((s) => mainService(s).category === 'health care' && mainService(s).size === 6)!;
  const schoolMain = contracted.find(
    (s) => mainService(s).category === 'education administration' && mainService(s).size === 8,
  )!;
  careMain.parent = PARENTS.care;
  schoolMain.parent = PARENTS.school;
  const careSecond = company(stem(), 'SE', 'provider', { parent: PARENTS.care });
  const schoolSecond = company(stem(), 'SE', 'provider', { parent: PARENTS.school });
  for (const [main, second] of [
    [careMain, careSecond],
    [schoolMain, schoolSecond],
  ] as const) {
    const service = mainService(main);
    const edge = providedBy.find((p) => p.service === service.id && p.supplier === main.id)!;
    edge.alternatives = 'delivery';
    provide(service, second, 'delivery');
  }
  // The care pair hosts at two firms of one group in one data centre; the school pair for real apart.
  subcontract(careMain, hosting[0]!, 2, 'hosting');
  subcontract(careSecond, hosting[1]!, 2, 'hosting');
  subcontract(schoolMain, hosting[2]!, 2, 'hosting');
  subcontract(schoolSecond, hosting[3]!, 2, 'hosting');
  // Two more education suppliers join the school group (ownership concentration).
  const education = contracted.filter((s) => s !== schoolMain && EDUCATION.includes(mainService(s).category ?? ''));
  for (const s of rng.sample(education, 3)) s.parent = PARENTS.school;

  // Everyone else: where does it run?
  const handled = new Set(
    [
      megamoln,
      reseller,
      jattemoln,
      ...datacentres,
      ...hosting,
      norwegianHosting,
      careMain,
      careSecond,
      schoolMain,
      schoolSecond,
    ].map((s) => s.id),
  );
  for (const supplier of suppliers.filter((s) => !handled.has(s.id))) {
    const models = (provides.get(supplier.id) ?? []).map((s) => s.model);
    if (models.length > 0 && models.every((m) => m === 'IaaS')) {
      if (supplier.country === 'SE') subcontract(supplier, datacentres[1]!, 2, 'colocation');
      continue;
    }
    const r = rng.next();
    switch (supplier.country) {
      case 'SE':
        if (r < 0.35) subcontract(supplier, megamoln, 2, 'platform');
        else if (r < 0.75) subcontract(supplier, rng.pick(hosting), 2, 'hosting');
        else if (r < 0.85) {
          const pair = rng.chance(0.5) ? [hosting[0]!, hosting[1]!] : [hosting[2]!, hosting[3]!];
          for (const h of pair) subcontract(supplier, h, 2, 'hosting', 'hosting');
        }
        break;
      case 'IE':
      case 'NL':
        subcontract(supplier, r < 0.4 ? megamoln : jattemoln, 2, 'platform');
        break;
      case 'US':
        subcontract(supplier, jattemoln, 2, 'platform');
        break;
      case 'NO':
        subcontract(supplier, norwegianHosting, 2, 'hosting');
        break;
      default:
        if (r < 0.5) subcontract(supplier, jattemoln, 2, 'platform');
    }
  }

  return { suppliers, providedBy, subcontracts, contracts: drawContracts(contracted, provides, survey, rng) };
}

/**
 * Contracts: each contracted supplier gets exactly its Tabell 6.3 number of organisations among
 * those who answered question 15, users of its services first, then the least loaded; then any
 * answering organisation left without a contract takes one over from an organisation with two or
 * more (keeping every supplier's number).
 */
function drawContracts(
  contracted: readonly Supplier[],
  provides: ReadonlyMap<string, Service[]>,
  survey: Survey,
  rng: Rng,
): Contract[] {
  const pool = [...survey.municipality.namedSuppliers, ...survey.agency.namedSuppliers];
  const load = new Map<string, number>();
  const holders = new Map<string, string[]>(); // supplier → organisations
  for (const supplier of contracted) {
    const users = new Set((provides.get(supplier.id) ?? []).flatMap((s) => s.users));
    const keyed = pool.map((id) => ({ id, user: users.has(id) ? 0 : 1, load: load.get(id) ?? 0, tie: rng.next() }));
    keyed.sort((a, b) => a.user - b.user || a.load - b.load || a.tie - b.tie);
    const chosen = keyed.slice(0, supplier.contracts).map((k) => k.id);
    for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
    holders.set(supplier.id, chosen);
  }
  for (const organisation of pool) {
    if ((load.get(organisation) ?? 0) > 0) continue;
    search: for (const supplier of contracted) {
      const list = holders.get(supplier.id)!;
      if (list.includes(organisation)) continue;
      for (let i = 0; i < list.length; i++) {
        if ((load.get(list[i]!) ?? 0) < 2) continue;
        load.set(list[i]!, load.get(list[i]!)! - 1);
        list[i] = organisation;
        load.set(organisation, 1);
        break search;
      }
    }
    if ((load.get(organisation) ?? 0) === 0) throw new Error(`no contract could be moved to ${organisation}`);
  }
  const contracts: Contract[] = [];
  for (const supplier of contracted)
    for (const organisation of holders.get(supplier.id)!) contracts.push({ organisation, supplier: supplier.id });
  return contracts;
}
