/** What `kedja metrics` says: every section's title, column headers and sentences. */
import type { Catalogue } from '@kedja/core/i18n';

import { counted } from './common.js';

const en = {
  title: (input: string, organisations: string, services: string, suppliers: string) =>
    `Concentration metrics for ${input}: ${organisations}, ${services}, ${suppliers}.`,
  more: (n: string) => `… and ${n} more (--limit N or --json for all)`,
  headers: {
    supplier: 'supplier',
    suppliers: 'suppliers',
    organisation: 'organisation',
    organisations: 'organisations',
    id: 'id',
    contracted: 'contracted',
    declared: 'declared',
    effective: 'effective',
    hidden: 'hidden',
    amplification: 'amplification',
    market: 'market',
    leader: 'leader',
    category: 'category',
    group: 'group',
    which: 'which',
    alternativesOf: 'alternatives of',
    members: 'members',
    fallWith: 'all fall with',
    exposed: 'exposed',
  },
  hiddenOnly: 'hidden only',
  sharedServices: 'Services shared by n organisations (per model; for SaaS the study counted the same in Tabell 6.2)',
  sharedSuppliers: [
    'Suppliers shared by n organisations: contracted = holding a contract (Tabell 6.3), declared = contracted',
    'or using a service it provides directly, effective = affected when it fails alone (subcontractors included)',
  ].join('\n'),
  hidden: 'Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them',
  /** With possible dependencies (issue 13): the effective and hidden columns as ranges. */
  hiddenBounds: (possible: string, count: number) =>
    `With ${possible} possible ${count === 1 ? 'dependency' : 'dependencies'}: effective and hidden as a–b, ` +
    'from the lower bound (possible dependencies left out) to the upper bound (every possible dependency taken as real); ' +
    'hidden = affected only through subcontractors the organisation never named.',
  markets:
    'Market concentration by model and by category (shares of organisations served; HHI 0–10,000, above 1,800 highly concentrated)',
  model: (model: string) => `${model} (model)`,
  categories: 'Distinct services used per category and organisation type (Tabell 6.1)',
  processed: (countries: string) =>
    `Where data is processed (shares of service–country pairs, Fig 6.10): ${countries}.`,
  eea: (share: string) => `Inside the EU/EEA (Fig 6.9): ${share}.`,
  supplierCountries: (countries: string) => `Suppliers by country of the legal entity: ${countries}.`,
  ownershipGroup: counted('ownership group', 'ownership groups'),
  inData: (groups: string) => `; ${groups} in the data`,
  jurisdictions: (groups: string, jurisdictions: string) =>
    `Suppliers by jurisdiction (the ultimate parent's country, else their own${groups}): ${jurisdictions}.`,
  outsideEea: (
    suppliers: string,
    count: number,
    exposed: string,
    organisations: string,
    residentsExposed: string,
    residents: string,
    residentsShare: string,
  ) =>
    `Under a jurisdiction outside the EU/EEA: ${suppliers}; if ${count === 1 ? 'it fails' : 'they all fail'}, ` +
    `${exposed} of ${organisations} lose a critical function, ` +
    `with ${residentsExposed} of ${residents} residents${residentsShare}, each counted once.`,
  ownership:
    "Ownership groups: organisations that declare any of the group's suppliers, and affected when the whole group fails",
  singlePoints: (organisations: string, withDependencies: string, single: string, services: string) =>
    `Single points of failure: ${organisations} of ${withDependencies} with dependencies are affected by at least one supplier failing alone; ` +
    `${single} of ${services} have a single provider and no alternative.`,
  falseRedundancy: (findings: string, count: number) =>
    `False redundancy: ${findings} ${count === 1 ? 'finding' : 'findings'} (alternatives that one supplier, owner or country defeats).`,
  owner: (group: string) => `owner ${group}`,
  country: (country: string) => `country ${country}`,
  centrality: 'Centrality (top 5)',
  dependents: 'direct dependents',
  betweenness: 'betweenness in the subcontracting network',
  pagerank: 'PageRank on the dependency graph',
  study: (study: string) => `Beside the study: ${study} (figures from study.json)`,
  note: (note: string) => `Note: ${note}`,
};

export type MetricsMessages = typeof en;

const sv: MetricsMessages = {
  title: (input, organisations, services, suppliers) =>
    `Koncentrationsmått för ${input}: ${organisations}, ${services}, ${suppliers}.`,
  more: (n) => `… och ${n} till (--limit N eller --json för alla)`,
  headers: {
    supplier: 'leverantör',
    suppliers: 'leverantörer',
    organisation: 'organisation',
    organisations: 'organisationer',
    id: 'id',
    contracted: 'avtalade',
    declared: 'angivna',
    effective: 'faktiska',
    hidden: 'dolda',
    amplification: 'förstärkning',
    market: 'marknad',
    leader: 'störst',
    category: 'kategori',
    group: 'grupp',
    which: 'vilka',
    alternativesOf: 'alternativ till',
    members: 'alternativen',
    fallWith: 'alla faller med',
    exposed: 'exponerade',
  },
  hiddenOnly: 'bara dolda',
  sharedServices: 'Tjänster som delas av n organisationer (per modell; för SaaS räknade studien detsamma i Tabell 6.2)',
  sharedSuppliers: [
    'Leverantörer som delas av n organisationer: avtalade = har avtal med den (Tabell 6.3), angivna = avtalade',
    'eller använder en tjänst den levererar direkt, faktiska = drabbas när den faller bort ensam (underleverantörer medräknade)',
  ].join('\n'),
  hidden: 'Där koncentrationen döljer sig: leverantörer vars avbrott når längst utöver dem som anger dem',
  hiddenBounds: (possible, count) =>
    `Med ${possible} ${count === 1 ? 'möjligt beroende' : 'möjliga beroenden'}: faktiska och dolda som a–b, ` +
    'från den nedre gränsen (möjliga beroenden utelämnade) till den övre gränsen (varje möjligt beroende räknas som verkligt); ' +
    'dolda = drabbas bara via underleverantörer som organisationen aldrig angett.',
  markets:
    'Marknadskoncentration per modell och per kategori (andelar av organisationerna som betjänas; HHI 0–10\u00a0000, över 1\u00a0800 högt koncentrerad)',
  model: (model) => `${model} (modell)`,
  categories: 'Olika tjänster som används per kategori och organisationstyp (Tabell 6.1)',
  processed: (countries) => `Var data behandlas (andelar av par av tjänst och land, Fig 6.10): ${countries}.`,
  eea: (share) => `Inom EU/EES (Fig 6.9): ${share}.`,
  supplierCountries: (countries) => `Leverantörer per land där den juridiska personen finns: ${countries}.`,
  ownershipGroup: counted('ägargrupp', 'ägargrupper'),
  inData: (groups) => `; ${groups} i underlaget`,
  jurisdictions: (groups, jurisdictions) =>
    `Leverantörer per jurisdiktion (den yttersta ägarens land, annars deras eget${groups}): ${jurisdictions}.`,
  outsideEea: (suppliers, count, exposed, organisations, residentsExposed, residents, residentsShare) =>
    `Under en jurisdiktion utanför EU/EES: ${suppliers}; om ${count === 1 ? 'den faller bort' : 'alla faller bort'} ` +
    `förlorar ${exposed} av ${organisations} en samhällsviktig funktion, ` +
    `med ${residentsExposed} av ${residents} invånare${residentsShare}, var och en räknad en gång.`,
  ownership:
    'Ägargrupper: organisationer som anger någon av gruppens leverantörer, och som drabbas när hela gruppen faller bort',
  singlePoints: (organisations, withDependencies, single, services) =>
    `Enskilda felpunkter: ${organisations} av ${withDependencies} med beroenden drabbas av minst en leverantör som faller bort ensam; ` +
    `${single} av ${services} har en enda leverantör och inget alternativ.`,
  falseRedundancy: (findings) =>
    `Falsk redundans: ${findings} fynd (alternativ som en enda leverantör, ägare eller ett enda land slår ut).`,
  owner: (group) => `ägare ${group}`,
  country: (country) => `land ${country}`,
  centrality: 'Centralitet (topp 5)',
  dependents: 'direkt beroende',
  betweenness: 'mellanliggande centralitet i underleverantörsnätet',
  pagerank: 'PageRank i beroendegrafen',
  study: (study) => `Bredvid studien: ${study} (siffror från study.json)`,
  note: (note) => `Anm.: ${note}`,
};

export const METRICS_MESSAGES: Catalogue<MetricsMessages> = { en, sv };
