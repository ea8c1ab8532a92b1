/** What `kedja screen` says: the N-2 pairs (`--pairs`) and the fewest suppliers that reach a share (`--cover`). */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  pairs: {
    title: 'N-2 screen: pairs of suppliers whose joint failure takes down organisations that neither takes down alone.',
    counts: (suppliers: string, pairs: string, count: number, checked: string) =>
      `${suppliers}, ${pairs} ${count === 1 ? 'pair' : 'pairs'}; ${checked} checked by propagation ` +
      '(only pairs that together defeat a declared redundancy can do this).',
    none: 'No pair does: every organisation a pair takes down, one of the two takes down alone.',
    headers: {
      pair: 'pair',
      together: 'only together',
      population: 'population',
      cause: 'common cause',
    },
    owner: (group: string) => `owner ${group}`,
    country: (country: string) => `country ${country}`,
    pair: (position: string, a: string, b: string, organisations: string) =>
      `${position}. ${a} + ${b}: only together they take down ${organisations}.`,
    defeats: (kind: string, owner: string, alternatives: string) =>
      `It defeats the declared redundancy of ${kind} ${owner}: ${alternatives}.`,
    more: (n: string) => `… and ${n} more pairs (--top N to see more)`,
    /** With possible dependencies (issue 13): what the table's ranges mean and how the pairs are found. */
    bounds: (lowerFound: string, upperFound: string) =>
      `Possible dependencies: ${lowerFound} pairs without them, ${upperFound} with every one taken as real; ` +
      'a pair is listed when it is found either way, ranked by the first figure, then the second ' +
      '(a–b = without the possible dependencies – with them).',
    pairPossible: (position: string, a: string, b: string, organisations: string) =>
      `${position}. ${a} + ${b}: only together, and only if the possible dependencies are real, they take down ${organisations}.`,
  },
  cover: {
    title: (share: string, what: string, target: string) =>
      `Cover: the fewest suppliers whose joint failure affects at least ${share} of ${what} (${target}).`,
    organisations: 'organisations',
    population: 'the population served',
    of: (part: string, total: string) => `${part} of ${total}`,
    unreachable: (share: string, what: string) =>
      `No set of suppliers can: even all of them failing together affect less than ${share} of ${what}.`,
    headers: { supplier: 'supplier', id: 'id', organisations: 'organisations', population: 'population' },
    reachedPopulation: (population: string, share: string) => `population ${population} (${share})`,
    one: (reached: string) => `1 supplier suffices: it affects ${reached}.`,
    many: (suppliers: string, reached: string) =>
      `${suppliers} suffice: together they affect ${reached} (each row counts what the suppliers up to it affect together).`,
    searched: (sizes: string) => `; every set of ${sizes} was tried`,
    exhaustive: (searched: string) => `Optimal: found by trying every smaller set than the greedy choice${searched}.`,
    bound: (bound: string, searched: string) =>
      `Optimal: no smaller set can (lower bound ${bound}, from what each supplier can reach at all${searched}).`,
    greedy: (gap: string, bound: string, searched: string) =>
      `Greedy choice: at most ${gap} more than the smallest possible. No set of fewer than ${bound} can reach the target${searched}.`,
    /** With possible dependencies (issue 13): the table leaves them out; this line takes every one as real. */
    lowerBound: 'Without the possible dependencies:',
    upper: (suppliers: string, count: number, names: string) =>
      `With every possible dependency taken as real (the worst case), ${suppliers} ${count === 1 ? 'suffices' : 'suffice'}: ${names}.`,
    upperUnreachable: 'With every possible dependency taken as real, no set of suppliers can either.',
  },
};

export type ScreenMessages = typeof en;

const sv: ScreenMessages = {
  pairs: {
    title:
      'N-2-screening: par av leverantörer vars samtidiga avbrott slår ut organisationer som ingen av dem slår ut ensam.',
    counts: (suppliers, pairs, _count, checked) =>
      `${suppliers}, ${pairs} par; ${checked} av dem prövade genom spridning ` +
      '(bara par som tillsammans slår ut en angiven redundans kan göra detta).',
    none: 'Inget par gör det: varje organisation som ett par slår ut slår en av de två ut ensam.',
    headers: {
      pair: 'par',
      together: 'bara tillsammans',
      population: 'befolkning',
      cause: 'gemensam orsak',
    },
    owner: (group) => `ägare ${group}`,
    country: (country) => `land ${country}`,
    pair: (position, a, b, organisations) => `${position}. ${a} + ${b}: bara tillsammans slår de ut ${organisations}.`,
    defeats: (kind, owner, alternatives) =>
      `Paret slår ut den angivna redundansen för ${kind} ${owner}: ${alternatives}.`,
    more: (n) => `… och ${n} par till (--top N för fler)`,
    bounds: (lowerFound, upperFound) =>
      `Möjliga beroenden: ${lowerFound} par utan dem, ${upperFound} när varje möjligt beroende räknas som verkligt; ` +
      'ett par listas när det finns på något av sätten, ordnat efter den första siffran, sedan den andra ' +
      '(a–b = utan de möjliga beroendena – med dem).',
    pairPossible: (position, a, b, organisations) =>
      `${position}. ${a} + ${b}: bara tillsammans, och bara om de möjliga beroendena är verkliga, slår de ut ${organisations}.`,
  },
  cover: {
    title: (share, what, target) =>
      `Täckning: det minsta antalet leverantörer vars samtidiga avbrott drabbar minst ${share} av ${what} (${target}).`,
    organisations: 'organisationerna',
    population: 'befolkningen som betjänas',
    of: (part, total) => `${part} av ${total}`,
    unreachable: (share, what) =>
      `Ingen mängd leverantörer räcker: även om alla faller bort samtidigt drabbas mindre än ${share} av ${what}.`,
    headers: { supplier: 'leverantör', id: 'id', organisations: 'organisationer', population: 'befolkning' },
    reachedPopulation: (population, share) => `befolkning ${population} (${share})`,
    one: (reached) => `1 leverantör räcker: den drabbar ${reached}.`,
    many: (suppliers, reached) =>
      `${suppliers} räcker: tillsammans drabbar de ${reached} (varje rad räknar vad leverantörerna till och med den drabbar tillsammans).`,
    searched: (sizes) => `; varje mängd om ${sizes} prövades`,
    exhaustive: (searched) => `Optimalt: funnet genom att pröva varje mindre mängd än det giriga valet${searched}.`,
    bound: (bound, searched) =>
      `Optimalt: ingen mindre mängd räcker (nedre gräns ${bound}, utifrån vad varje leverantör alls kan nå${searched}).`,
    greedy: (gap, bound, searched) =>
      `Girigt val: högst ${gap} fler än minsta möjliga. Ingen mängd med färre än ${bound} når målet${searched}.`,
    lowerBound: 'Utan de möjliga beroendena:',
    upper: (suppliers, _count, names) =>
      `När varje möjligt beroende räknas som verkligt (värsta fallet) räcker ${suppliers}: ${names}.`,
    upperUnreachable: 'När varje möjligt beroende räknas som verkligt räcker inte heller någon mängd leverantörer.',
  },
};

export const SCREEN_MESSAGES: Catalogue<ScreenMessages> = { en, sv };
