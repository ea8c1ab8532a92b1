/** What `kedja rank` says: the systemic ranking's title, its legend and column headers. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  title: (suppliers: string) => `Systemic ranking: each of ${suppliers} suppliers failing alone.`,
  legend: [
    'organisations = affected, critical = of those losing a critical function, services and suppliers = failing with it,',
    'residents = each counted once (a region covers its county), population = summed over the organisations.',
  ].join('\n'),
  /** With possible dependencies (issue 13): what a range in the table means. */
  rangeLegend:
    'a–b = from the lower bound (possible dependencies left out) to the upper bound (every possible dependency taken as real).',
  headers: {
    supplier: 'supplier',
    id: 'id',
    organisations: 'organisations',
    critical: 'critical',
    services: 'services',
    suppliers: 'suppliers',
    residents: 'residents',
    population: 'population',
  },
};

export type RankMessages = typeof en;

const sv: RankMessages = {
  title: (suppliers) => `Rangordning efter systemrisk: var och en av ${suppliers} leverantörer faller bort ensam.`,
  legend: [
    'organisationer = drabbade, kritiska = av dem som förlorar en samhällsviktig funktion, tjänster och leverantörer = som faller bort med den,',
    'invånare = var och en räknad en gång (en region omfattar sitt län), befolkning = summerad över organisationerna.',
  ].join('\n'),
  rangeLegend:
    'a–b = från den nedre gränsen (möjliga beroenden utelämnade) till den övre gränsen (varje möjligt beroende räknas som verkligt).',
  headers: {
    supplier: 'leverantör',
    id: 'id',
    organisations: 'organisationer',
    critical: 'kritiska',
    services: 'tjänster',
    suppliers: 'leverantörer',
    residents: 'invånare',
    population: 'befolkning',
  },
};

export const RANK_MESSAGES: Catalogue<RankMessages> = { en, sv };
