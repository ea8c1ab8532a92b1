/**
 * What `kedja gaps` says: whose subcontracting nobody knows and whose answer would narrow the
 * bounds most, and what `--assume-unknown` assumed. Counts arrive formatted.
 */
import type { Catalogue } from '@kedja/core/i18n';
import type { Subcontracting } from '@kedja/core/kernel';

const en = {
  title: (suppliers: string) =>
    `Knowledge gaps: ${suppliers} whose subcontracting is unknown or who could settle possible dependencies.`,
  none: 'No knowledge gaps: every dependency is confirmed and every supplier’s subcontracting is known or declared none.',
  doubt: (organisations: string, population: string) =>
    `Doubt, summed over every supplier failing alone: ${organisations} organisations affected in the upper bound and not in the lower (population ${population}).`,
  ask: 'Ask first the suppliers at the top: their answer settles the most of it.',
  legend: [
    'doubt = organisations (summed over every supplier failing alone) affected only through this supplier’s possible dependencies:',
    'if it said none is real, they would leave the upper bound (doubt two suppliers share is counted for neither).',
    'possible = possible dependencies it could settle; exposed = organisations affected when it fails (upper bound).',
  ].join('\n'),
  unmeasured: (suppliers: string) =>
    `${suppliers} with unknown subcontracting and no possible dependency: nothing says whom they depend on, so their doubt cannot be measured; they are listed by exposure. --assume-unknown <providers> measures it under an assumption.`,
  organisationEdges: (edges: string) =>
    `${edges} possible dependencies are organisations’ own (uses, contracts): to settle with them, not with a supplier.`,
  assumed: (edges: string, count: number, providers: string) =>
    `What-if (--assume-unknown): every supplier with unknown subcontracting may depend on ${providers}; ${edges} possible ${count === 1 ? 'dependency' : 'dependencies'} assumed.`,
  assumedNothing: (providers: string) =>
    `What-if (--assume-unknown ${providers}): no supplier’s subcontracting is unknown, so nothing was assumed.`,
  progress: 'Measuring doubt per supplier',
  subcontracting: { known: 'known', none: 'none', unknown: 'unknown' } satisfies Record<Subcontracting, string>,
  headers: {
    supplier: 'supplier',
    id: 'id',
    subcontracting: 'subcontracting',
    possible: 'possible',
    doubt: 'doubt',
    critical: 'critical',
    population: 'population',
    exposed: 'exposed',
  },
};

export type GapsMessages = typeof en;

const sv: GapsMessages = {
  title: (suppliers) =>
    `Kunskapsluckor: ${suppliers} vars underleverantörer är okända eller som kan avgöra möjliga beroenden.`,
  none: 'Inga kunskapsluckor: varje beroende är bekräftat och varje leverantörs underleverantörer är kända eller deklarerat inga.',
  doubt: (organisations, population) =>
    `Osäkerhet, summerad över varje leverantör som faller bort ensam: ${organisations} organisationer drabbade i den övre gränsen men inte i den nedre (befolkning ${population}).`,
  ask: 'Fråga först leverantörerna överst: deras svar avgör mest av den.',
  legend: [
    'osäkerhet = organisationer (summerat över varje leverantör som faller bort ensam) som drabbas bara genom leverantörens möjliga beroenden:',
    'om den sade att inget av dem är verkligt skulle de lämna den övre gränsen (osäkerhet som två leverantörer delar räknas för ingen).',
    'möjliga = möjliga beroenden den kan avgöra; exponerade = organisationer som drabbas när den faller bort (övre gränsen).',
  ].join('\n'),
  unmeasured: (suppliers) =>
    `${suppliers} med okända underleverantörer och inget möjligt beroende: inget säger vilka de beror på, så deras osäkerhet kan inte mätas; de listas efter exponering. --assume-unknown <leverantörer> mäter den under ett antagande.`,
  organisationEdges: (edges) =>
    `${edges} möjliga beroenden är organisationernas egna (använder, avtal): att reda ut med dem, inte med en leverantör.`,
  assumed: (edges, count, providers) =>
    `Tänkt fall (--assume-unknown): varje leverantör med okända underleverantörer kan bero på ${providers}; ${edges} ${count === 1 ? 'möjligt beroende antaget' : 'möjliga beroenden antagna'}.`,
  assumedNothing: (providers) =>
    `Tänkt fall (--assume-unknown ${providers}): ingen leverantörs underleverantörer är okända, så inget antogs.`,
  progress: 'Mäter osäkerhet per leverantör',
  subcontracting: { known: 'kända', none: 'inga', unknown: 'okända' },
  headers: {
    supplier: 'leverantör',
    id: 'id',
    subcontracting: 'underleverantörer',
    possible: 'möjliga',
    doubt: 'osäkerhet',
    critical: 'kritiska',
    population: 'befolkning',
    exposed: 'exponerade',
  },
};

export const GAPS_MESSAGES: Catalogue<GapsMessages> = { en, sv };
