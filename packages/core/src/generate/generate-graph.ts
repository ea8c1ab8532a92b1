/**
 * A seeded generator of synthetic supply graphs, table by table, as rows of the canonical CSV
 * format (docs/format.md). Pure and streaming: each table is an iterator that holds only a few
 * arrays of the size of the supplier and service lists, so graphs of any size are written with
 * bounded memory (the writer lives in @kedja/importer); the same options give the same rows.
 *
 * Shape, chosen to resemble the MSB study's tables at any size:
 * - sharing is heavy-tailed: services are picked by organisations with Zipf weights 1/rank
 *   (the most used service reaches about two thirds of organisations, as in Tabell 6.2) and
 *   providers are picked for services the same way among first-tier suppliers;
 * - organisations use a heavy-tailed number of services around `usesPerOrganisation`; about 30 %
 *   hold one or two direct contracts;
 * - `alternativeShare` of services have two alternative providers;
 * - suppliers form three tiers (service providers, platforms 4 %, hosting 1 %): every platform
 *   subcontracts hosting (20 % with an alternative), 6 % of first-tier suppliers subcontract a
 *   platform, and a few pairs of first-tier suppliers subcontract each other (2-cycles).
 *
 * O(rows) time; O(services + suppliers) memory.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

import type { GenerateOptions } from './sizes.js';

export const GENERATED_TABLES = [
  'organisations',
  'services',
  'suppliers',
  'uses',
  'contracts',
  'provided_by',
  'subcontracts',
] as const;
export type GeneratedTable = (typeof GENERATED_TABLES)[number];

export const GENERATED_HEADERS: Readonly<Record<GeneratedTable, readonly string[]>> = {
  organisations: ['id', 'name', 'type', 'code', 'county', 'population', 'employees', 'sectors'],
  services: ['id', 'name', 'model', 'category', 'countries'],
  suppliers: ['id', 'name', 'country', 'parent'],
  uses: ['organisation', 'service', 'critical', 'function', 'max_outage_hours', 'fallback', 'alternatives'],
  contracts: ['organisation', 'supplier', 'critical', 'alternatives'],
  provided_by: ['service', 'supplier', 'alternatives'],
  subcontracts: ['supplier', 'subcontractor', 'rank', 'service', 'alternatives'],
};

const CATEGORIES = [
  'case and document management',
  'communication and application security',
  'customer collaboration',
  'data sharing and storage',
  'data visualisation',
  'education administration',
  'finance',
  'health care',
  'learning platform',
  'library service',
  'collaboration and productivity',
  'human resources',
  'procurement and contracts',
  'project management',
  'recruitment',
  'surveys',
  'social services',
  'web publishing and analytics',
  'planning and performance management',
];
/** Fig 6.10 of the study: where services process data. */
const COUNTRIES: readonly (readonly [string, number])[] = [
  ['SE', 0.62],
  ['IE', 0.15],
  ['NL', 0.08],
  ['NO', 0.05],
  ['US', 0.05],
  ['FR', 0.03],
  ['GB', 0.01],
  ['DE', 0.01],
];
const FUNCTIONS = [
  'administration',
  'payroll',
  'school',
  'home care',
  'health care',
  'case handling',
  'water',
  'heating',
];
const OUTAGE_HOURS = ['', '', '4', '24', '48', '168', '720'];

type Rng = ReturnType<typeof xoroshiro128plus>;

const pad = (i: number, width: number) => String(i).padStart(width, '0');

/** Supplier tiers: [0, tier1) provide services, [tier1, tier2) platforms, [tier2, n) hosting. */
export function supplierTiers(suppliers: number): { tier1: number; tier2: number } {
  const hosting = Math.max(1, Math.round(suppliers * 0.01));
  const platforms = Math.max(1, Math.round(suppliers * 0.04));
  const tier1 = Math.max(1, suppliers - hosting - platforms);
  return { tier1, tier2: Math.min(suppliers, tier1 + platforms) };
}

/** Samples ranks 0..n-1 with weight 1/(rank+1) by binary search over the cumulative weights. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cumulative[i] = sum += 1 / (i + 1);
  }
  sample(rng: Rng): number {
    const c = this.cumulative;
    const target = uniformFloat64(rng) * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function tableRng(options: GenerateOptions, table: GeneratedTable): Rng {
  return xoroshiro128plus((options.seed * 7919 + GENERATED_TABLES.indexOf(table) * 104729) | 0);
}

export class GraphGenerator {
  readonly options: GenerateOptions;
  private readonly widths: { organisation: number; service: number; supplier: number };

  constructor(options: GenerateOptions) {
    for (const key of ['organisations', 'services', 'suppliers'] as const) {
      if (!Number.isInteger(options[key]) || options[key] < 1)
        throw new RangeError(`${key} must be a whole number of 1 or more`);
    }
    if (!(options.usesPerOrganisation >= 1)) throw new RangeError('usesPerOrganisation must be 1 or more');
    if (!(options.alternativeShare >= 0 && options.alternativeShare <= 1))
      throw new RangeError('alternativeShare must be in 0..1');
    this.options = options;
    this.widths = {
      organisation: String(options.organisations - 1).length,
      service: String(options.services - 1).length,
      supplier: String(options.suppliers - 1).length,
    };
  }

  organisationId = (i: number) => `org-${pad(i, this.widths.organisation)}`;
  serviceId = (i: number) => `svc-${pad(i, this.widths.service)}`;
  supplierId = (i: number) => `sup-${pad(i, this.widths.supplier)}`;

  /** Rows of one table, header excluded. */
  rows(table: GeneratedTable): Iterable<string[]> {
    switch (table) {
      case 'organisations':
        return this.organisations();
      case 'services':
        return this.services();
      case 'suppliers':
        return this.suppliers();
      case 'uses':
        return this.uses();
      case 'contracts':
        return this.contracts();
      case 'provided_by':
        return this.providedBy();
      case 'subcontracts':
        return this.subcontracts();
    }
  }

  /** About how many rows each table gets (for progress bars). */
  estimate(): Record<GeneratedTable, number> {
    const { organisations, services, suppliers, usesPerOrganisation, alternativeShare } = this.options;
    const { tier1, tier2 } = supplierTiers(suppliers);
    return {
      organisations,
      services,
      suppliers,
      uses: Math.round(organisations * Math.min(usesPerOrganisation, services)),
      contracts: Math.round(organisations * 0.45),
      provided_by: Math.round(services * (1 + alternativeShare)),
      subcontracts: Math.round((tier2 - tier1) * 1.2 + tier1 * 0.06 + (suppliers - tier2 > 0 ? 0 : 0)),
    };
  }

  private *organisations(): Generator<string[]> {
    const rng = tableRng(this.options, 'organisations');
    const n = this.options.organisations;
    const normal = () => {
      const u = 1 - uniformFloat64(rng);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniformFloat64(rng));
    };
    for (let i = 0; i < n; i++) {
      const share = i / n;
      const type = share < 0.446 ? 'municipality' : share < 0.478 ? 'region' : share < 0.9 ? 'agency' : 'other';
      const county = `County ${pad((i % 21) + 1, 2)}`;
      let population = '';
      let employees: string;
      const sectors: string[] = [];
      if (type === 'municipality') {
        population = String(Math.round(Math.exp(Math.log(16_000) + normal())));
        employees = String(Math.round(Number(population) / 12));
        sectors.push('social-care', 'education');
        if (uniformFloat64(rng) < 0.6) sectors.push('water');
        if (uniformFloat64(rng) < 0.4) sectors.push('heating');
      } else if (type === 'region') {
        population = String(Math.round(Math.exp(Math.log(300_000) + 0.8 * normal())));
        employees = String(Math.round(Number(population) / 40));
        sectors.push('health-care');
      } else {
        employees = String(Math.max(1, Math.round(Math.exp(Math.log(200) + 1.2 * normal()))));
      }
      const id = this.organisationId(i);
      yield [
        id,
        `Organisation ${id.slice(4)}`,
        type,
        pad(i, this.widths.organisation),
        county,
        population,
        employees,
        sectors.join(';'),
      ];
    }
  }

  private *services(): Generator<string[]> {
    const rng = tableRng(this.options, 'services');
    for (let i = 0; i < this.options.services; i++) {
      const u = uniformFloat64(rng);
      const model = u < 0.7 ? 'SaaS' : u < 0.9 ? 'PaaS' : 'IaaS';
      const category = CATEGORIES[Math.floor(uniformFloat64(rng) * CATEGORIES.length)]!;
      const countries = new Set([pickCountry(rng)]);
      if (uniformFloat64(rng) < 0.2) countries.add(pickCountry(rng));
      const id = this.serviceId(i);
      yield [id, `Service ${id.slice(4)}`, model, category, [...countries].join(';')];
    }
  }

  private *suppliers(): Generator<string[]> {
    const rng = tableRng(this.options, 'suppliers');
    const groups = Math.max(1, Math.round(this.options.suppliers / 50));
    for (let i = 0; i < this.options.suppliers; i++) {
      const parent = uniformFloat64(rng) < 0.1 ? `Group ${Math.floor(uniformFloat64(rng) * groups) + 1}` : '';
      const id = this.supplierId(i);
      yield [id, `Supplier ${id.slice(4)} AB`, pickCountry(rng), parent];
    }
  }

  private *uses(): Generator<string[]> {
    const rng = tableRng(this.options, 'uses');
    const { organisations, services, usesPerOrganisation } = this.options;
    const zipf = new Zipf(services);
    const chosen = new Set<number>();
    const cap = Math.min(services, Math.ceil(usesPerOrganisation * 10));
    for (let i = 0; i < organisations; i++) {
      // 1 + exponential: mean usesPerOrganisation, heavy right tail, capped.
      const k = Math.min(cap, 1 + Math.floor(-Math.log(1 - uniformFloat64(rng)) * (usesPerOrganisation - 1)));
      chosen.clear();
      let attempts = 0;
      while (chosen.size < k && attempts < k * 20) {
        chosen.add(zipf.sample(rng));
        attempts++;
      }
      const org = this.organisationId(i);
      for (const s of chosen) {
        const critical = uniformFloat64(rng) < 0.7 ? 'true' : 'false';
        const fn = FUNCTIONS[Math.floor(uniformFloat64(rng) * FUNCTIONS.length)]!;
        const hours = OUTAGE_HOURS[Math.floor(uniformFloat64(rng) * OUTAGE_HOURS.length)]!;
        const fallback = uniformFloat64(rng) < 0.2 ? 'true' : 'false';
        yield [org, this.serviceId(s), critical, fn, hours, fallback, ''];
      }
    }
  }

  private *contracts(): Generator<string[]> {
    const rng = tableRng(this.options, 'contracts');
    const { tier1 } = supplierTiers(this.options.suppliers);
    const zipf = new Zipf(tier1);
    for (let i = 0; i < this.options.organisations; i++) {
      if (uniformFloat64(rng) >= 0.3) continue;
      const first = zipf.sample(rng);
      const org = this.organisationId(i);
      yield [org, this.supplierId(first), uniformFloat64(rng) < 0.8 ? 'true' : 'false', ''];
      if (uniformFloat64(rng) < 0.5) {
        const second = zipf.sample(rng);
        if (second !== first) yield [org, this.supplierId(second), 'true', ''];
      }
    }
  }

  private *providedBy(): Generator<string[]> {
    const rng = tableRng(this.options, 'provided_by');
    const { tier1 } = supplierTiers(this.options.suppliers);
    const zipf = new Zipf(tier1);
    for (let i = 0; i < this.options.services; i++) {
      const first = zipf.sample(rng);
      const service = this.serviceId(i);
      if (tier1 > 1 && uniformFloat64(rng) < this.options.alternativeShare) {
        let second = zipf.sample(rng);
        while (second === first) second = (second + 1 + Math.floor(uniformFloat64(rng) * (tier1 - 1))) % tier1;
        yield [service, this.supplierId(first), 'alt'];
        yield [service, this.supplierId(second), 'alt'];
      } else {
        yield [service, this.supplierId(first), ''];
      }
    }
  }

  private *subcontracts(): Generator<string[]> {
    const rng = tableRng(this.options, 'subcontracts');
    const { suppliers } = this.options;
    const { tier1, tier2 } = supplierTiers(suppliers);
    const hosting = suppliers - tier2;
    const platforms = tier2 - tier1;
    if (hosting > 0 && platforms > 0) {
      for (let p = tier1; p < tier2; p++) {
        const first = tier2 + Math.floor(uniformFloat64(rng) * hosting);
        if (hosting > 1 && uniformFloat64(rng) < 0.2) {
          const second = tier2 + ((first - tier2 + 1 + Math.floor(uniformFloat64(rng) * (hosting - 1))) % hosting);
          yield [this.supplierId(p), this.supplierId(first), '3', 'hosting', 'alt'];
          yield [this.supplierId(p), this.supplierId(second), '3', 'hosting', 'alt'];
        } else {
          yield [this.supplierId(p), this.supplierId(first), '3', 'hosting', ''];
        }
      }
    }
    if (platforms > 0) {
      const zipf = new Zipf(platforms);
      for (let s = 0; s < tier1; s++) {
        if (uniformFloat64(rng) < 0.06)
          yield [this.supplierId(s), this.supplierId(tier1 + zipf.sample(rng)), '2', 'platform', ''];
      }
    }
    const cycles = Math.min(Math.floor(tier1 / 2), Math.max(1, Math.round(suppliers / 1000)));
    for (let c = 0; c < cycles; c++) {
      const a = Math.floor(((c + 0.5) * tier1) / cycles);
      const b = a + 1;
      if (b >= tier1) break;
      yield [this.supplierId(a), this.supplierId(b), '2', 'integration', ''];
      yield [this.supplierId(b), this.supplierId(a), '2', 'integration', ''];
    }
  }
}

function pickCountry(rng: Rng): string {
  let u = uniformFloat64(rng);
  for (const [code, share] of COUNTRIES) {
    if (u < share) return code;
    u -= share;
  }
  return 'SE';
}
