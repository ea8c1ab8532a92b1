/** What `kedja timeline` says: the table of levels by outage length and each step's failing functions. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  none: 'No organisation is affected, so the outage has no consequences at any length.',
  intro: (organisations: string, count: number, rules: string) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisations'} affected. Consequence levels by outage length (rules: ${rules});`,
  legend: 'a function fails when it reaches critical. failing = organisations at critical or worse.',
  /** With possible dependencies (issue 13): what a range means and which bound the steps describe. */
  rangeLegend:
    'a–b = from the lower bound (possible dependencies left out) to the upper bound (every possible dependency taken as real).',
  upperSteps:
    'The steps below take every possible dependency as real; (possible) marks a function that fails only then.',
  possible: 'possible',
  headers: { after: 'after', failing: 'failing', residents: 'residents', population: 'population', sectors: 'sectors' },
  reason: {
    fallback: 'lowered by its fallback routine',
    maxOutage: (hours: string) => `its max_outage_hours (${hours} h) is reached`,
    rule: (id: string) => `rule ${id}`,
  },
  /** Core's name for a lost contract without a function; the Swedish side translates it. */
  contractWith: (supplier: string) => `contract with ${supplier}`,
  on: (dependency: string) => `on ${dependency}`,
  step: (after: string, functions: string, count: number, organisations: string, orgCount: number, rest: string) =>
    `After ${after}: ${functions} ${count === 1 ? 'critical function fails' : 'critical functions fail'} ` +
    `at ${organisations} ${orgCount === 1 ? 'organisation' : 'organisations'}${rest}.`,
  newly: (organisations: string, count: number) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisations'} newly at critical or worse`,
  noMoreResidents: (served: string) => `no more residents (population served ${served}, all counted already)`,
  moreResidents: (residents: string, served: string) => `${residents} more residents (population served ${served})`,
  noneYet: (after: string) => `After ${after}: no critical function has failed yet.`,
  noneFurther: (after: string) => `After ${after}: no further critical function fails.`,
  crisis: (organisations: string) => `In crisis from now: ${organisations}.`,
};

export type TimelineMessages = typeof en;

const sv: TimelineMessages = {
  none: 'Ingen organisation drabbas, så avbrottet får inga konsekvenser oavsett längd.',
  intro: (organisations, count, rules) =>
    `${organisations} ${count === 1 ? 'organisation' : 'organisationer'} drabbas. Konsekvensnivåer per avbrottslängd (regler: ${rules});`,
  legend: 'en funktion faller bort när den når kritisk nivå. bortfall = organisationer på kritisk nivå eller värre.',
  rangeLegend:
    'a–b = från den nedre gränsen (möjliga beroenden utelämnade) till den övre gränsen (varje möjligt beroende räknas som verkligt).',
  upperSteps:
    'Stegen nedan räknar varje möjligt beroende som verkligt; (möjlig) markerar en funktion som faller bort bara då.',
  possible: 'möjlig',
  headers: {
    after: 'efter',
    failing: 'bortfall',
    residents: 'invånare',
    population: 'befolkning',
    sectors: 'sektorer',
  },
  reason: {
    fallback: 'sänkt av dess reservrutin',
    maxOutage: (hours) => `dess max_outage_hours (${hours} h) har nåtts`,
    rule: (id) => `regel ${id}`,
  },
  contractWith: (supplier) => `avtal med ${supplier}`,
  on: (dependency) => `på ${dependency}`,
  step: (after, functions, count, organisations, orgCount, rest) =>
    `Efter ${after}: ${functions} ${count === 1 ? 'kritisk funktion faller' : 'kritiska funktioner faller'} bort ` +
    `hos ${organisations} ${orgCount === 1 ? 'organisation' : 'organisationer'}${rest}.`,
  newly: (organisations, count) =>
    `${organisations} ${count === 1 ? 'ny organisation' : 'nya organisationer'} på kritisk nivå eller värre`,
  noMoreResidents: (served) => `inga fler invånare (befolkning som betjänas ${served}, alla redan räknade)`,
  moreResidents: (residents, served) => `${residents} fler invånare (befolkning som betjänas ${served})`,
  noneYet: (after) => `Efter ${after}: ingen kritisk funktion har fallit bort än.`,
  noneFurther: (after) => `Efter ${after}: ingen ytterligare kritisk funktion faller bort.`,
  crisis: (organisations) => `I kris från och med nu: ${organisations}.`,
};

export const TIMELINE_MESSAGES: Catalogue<TimelineMessages> = { en, sv };
