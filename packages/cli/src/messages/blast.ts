/** What `kedja blast` says: the summary above the tables, the tables' titles and column headers. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  none: 'No organisation is affected.',
  affected: (
    organisations: string,
    count: number,
    critical: string,
    hidden: string,
    residents: string,
    population: string,
  ) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisations'} affected: ${critical} lose a critical function, ` +
    `${hidden} are hit only through subcontractors they never named (hidden); ` +
    `${residents} residents, each counted once (population served, summed over organisations: ${population}).`,
  /** With possible dependencies (issue 13): each figure a range from the lower bound to the upper. */
  affectedRange: (
    organisations: string,
    count: number,
    critical: string,
    hidden: string,
    residents: string,
    population: string,
  ) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisations'} affected: the first figure leaves the possible dependencies out, ` +
    `the second takes every one as real; ${critical} lose a critical function, ${hidden} are hit only through subcontractors ` +
    `they never named (hidden); ${residents} residents, each counted once (population served, summed over organisations: ${population}).`,
  byType: (types: string) => `By type: ${types}.`,
  after: (duration: string, rules: string, levels: string) => `After ${duration} (rules: ${rules}): ${levels}.`,
  fail: (suppliers: string, services: string) => `${suppliers} and ${services} fail.`,
  affectedTitle: 'Affected organisations',
  failedTitle: 'Failed suppliers and services (tier 0 is the scenario, tier k falls in round k)',
  headers: {
    organisation: 'organisation',
    id: 'id',
    tier: 'tier',
    critical: 'critical',
    hidden: 'hidden',
    level: 'level',
    lost: 'lost',
    kind: 'kind',
    name: 'name',
    certainty: 'certainty',
  },
  /** An affected organisation's certainty: affected in the lower bound too, or only in the upper. */
  certainty: { confirmed: 'certain', possible: 'possible' },
};

export type BlastMessages = typeof en;

const sv: BlastMessages = {
  none: 'Ingen organisation drabbas.',
  affected: (organisations, count, critical, hidden, residents, population) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisationer'} drabbas: ${critical} förlorar en samhällsviktig funktion, ` +
    `${hidden} nås enbart via underleverantörer de aldrig har angett (dolda beroenden); ` +
    `${residents} invånare, var och en räknad en gång (befolkning som betjänas, summerad över organisationerna: ${population}).`,
  affectedRange: (organisations, count, critical, hidden, residents, population) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisationer'} drabbas: den första siffran utelämnar de möjliga beroendena, ` +
    `den andra räknar vart och ett som verkligt; ${critical} förlorar en samhällsviktig funktion, ${hidden} nås enbart via ` +
    `underleverantörer de aldrig har angett (dolda beroenden); ${residents} invånare, var och en räknad en gång ` +
    `(befolkning som betjänas, summerad över organisationerna: ${population}).`,
  byType: (types) => `Per typ: ${types}.`,
  after: (duration, rules, levels) => `Efter ${duration} (regler: ${rules}): ${levels}.`,
  fail: (suppliers, services) => `${suppliers} och ${services} faller bort.`,
  affectedTitle: 'Drabbade organisationer',
  failedTitle: 'Leverantörer och tjänster som faller bort (steg 0 är scenariot, steg k faller bort i omgång k)',
  headers: {
    organisation: 'organisation',
    id: 'id',
    tier: 'steg',
    critical: 'kritisk',
    hidden: 'dold',
    level: 'nivå',
    lost: 'förlorar',
    kind: 'typ',
    name: 'namn',
    certainty: 'säkerhet',
  },
  certainty: { confirmed: 'säker', possible: 'möjlig' },
};

export const BLAST_MESSAGES: Catalogue<BlastMessages> = { en, sv };
