/**
 * What `kedja advise` says: the systemic risk score, each change as a sentence a planner can take
 * to a procurement meeting, and its effect. `advise --json` carries the English sentences.
 */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  definition: (suppliers: string, what: string) =>
    `the sum, over each of the ${suppliers} suppliers failing alone, of ${what} ` +
    '(a function with a fallback routine does not count as lost)',
  byCritical: 'the organisations that then lose a critical function',
  byPopulation: 'the population served by the organisations that then lose a critical function',
  residents: (n: string) => `${n} residents`,
  alternative: (service: string, failsWith: string) =>
    `Procure a second, independent supplier for ${service} and declare it as an alternative ` +
    `(one that relies on none of today's suppliers). Today the service fails whenever ${failsWith} fails.`,
  fallback: (organisation: string, work: string, service: string, serviceName: string) =>
    `${organisation} sets up a manual fallback routine for ${work} on ${service}, ` +
    `so that the work can go on while ${serviceName} is down.`,
  itsWork: 'its work',
  move: (supplier: string, subcontractor: string, sharedWith: string) =>
    `Ask ${supplier} to move off its subcontractor ${subcontractor}, which it shares with ` +
    `${sharedWith}, to one of its own (or to declare a second one as an alternative).`,
  sparedFew: (suppliers: string, organisations: string, count: number) =>
    `when ${suppliers} fails alone, ${organisations} ${count === 1 ? 'keeps its' : 'keep their'} critical functions`,
  sparedMany: (suppliers: string, n: string, organisations: string) =>
    `when ${suppliers} fails alone, ${n} organisations (${organisations}) keep their critical functions`,
  effect: (before: string, after: string, reduction: string, percent: string, spared: string) =>
    `Effect: the risk score falls from ${before} to ${after} (-${reduction}, -${percent} %): ${spared}.`,
  title: (changes: string, count: number) =>
    `Mitigation advice: up to ${changes} ${count === 1 ? 'change' : 'changes'}, each the one that cuts the systemic risk score most, given those before it.`,
  score: (definition: string, today: string) => `Systemic risk score: ${definition}. Today: ${today}.`,
  zero: 'The score is already 0: no single supplier failure costs any organisation a critical function.',
  noCandidate:
    'No candidate change lowers the score: what remains comes from direct contracts and from organisations’ own choices.',
  after: (changes: string, count: number, score: string, percent: string) =>
    `After ${changes} ${count === 1 ? 'change' : 'changes'} the score is ${score} (-${percent} %).`,
  noOther:
    'No other candidate change (an alternative supplier, a fallback routine, moving off a shared subcontractor) lowers it further.',
  /** With possible dependencies (issue 13): the advice takes them as real; the lower bound's scores beside. */
  possible: (today: string) =>
    `The advice takes every possible dependency as real (the worst case); without the possible dependencies the score today is ${today}.`,
  lowerEffect: (before: string, after: string) =>
    before === after
      ? `Without the possible dependencies: unchanged at ${before}.`
      : `Without the possible dependencies: from ${before} to ${after}.`,
};

export type AdviseMessages = typeof en;

const sv: AdviseMessages = {
  definition: (suppliers, what) =>
    `summan, över var och en av de ${suppliers} leverantörerna som faller bort ensam, av ${what} ` +
    '(en funktion med reservrutin räknas inte som förlorad)',
  byCritical: 'de organisationer som då förlorar en samhällsviktig funktion',
  byPopulation: 'befolkningen som betjänas av de organisationer som då förlorar en samhällsviktig funktion',
  residents: (n) => `${n} invånare`,
  alternative: (service, failsWith) =>
    `Upphandla en andra, oberoende leverantör för ${service} och ange den som alternativ ` +
    `(en som inte förlitar sig på någon av dagens leverantörer). I dag faller tjänsten bort så snart ${failsWith} faller bort.`,
  fallback: (organisation, work, service, serviceName) =>
    `${organisation} inför en manuell reservrutin för ${work} på ${service}, ` +
    `så att arbetet kan fortsätta medan ${serviceName} ligger nere.`,
  itsWork: 'sitt arbete',
  move: (supplier, subcontractor, sharedWith) =>
    `Be ${supplier} att lämna sin underleverantör ${subcontractor}, som den delar med ` +
    `${sharedWith}, för en egen (eller att ange en andra som alternativ).`,
  sparedFew: (suppliers, organisations) =>
    `när ${suppliers} faller bort ensam behåller ${organisations} sina samhällsviktiga funktioner`,
  sparedMany: (suppliers, n, organisations) =>
    `när ${suppliers} faller bort ensam behåller ${n} organisationer (${organisations}) sina samhällsviktiga funktioner`,
  effect: (before, after, reduction, percent, spared) =>
    `Effekt: riskpoängen sjunker från ${before} till ${after} (-${reduction}, -${percent} %): ${spared}.`,
  title: (changes, count) =>
    `Åtgärdsförslag: upp till ${changes} ${count === 1 ? 'förändring' : 'förändringar'}, var och en den som sänker systemriskpoängen mest, givet de föregående.`,
  score: (definition, today) => `Systemriskpoäng: ${definition}. I dag: ${today}.`,
  zero: 'Poängen är redan 0: inget enskilt leverantörsavbrott kostar någon organisation en samhällsviktig funktion.',
  noCandidate:
    'Ingen möjlig förändring sänker poängen: det som återstår kommer från direkta avtal och från organisationernas egna val.',
  after: (changes, count, score, percent) =>
    `Efter ${changes} ${count === 1 ? 'förändring' : 'förändringar'} är poängen ${score} (-${percent} %).`,
  noOther:
    'Ingen annan möjlig förändring (en alternativ leverantör, en reservrutin, att lämna en delad underleverantör) sänker den ytterligare.',
  possible: (today) =>
    `Förslagen räknar varje möjligt beroende som verkligt (värsta fallet); utan de möjliga beroendena är poängen i dag ${today}.`,
  lowerEffect: (before, after) =>
    before === after
      ? `Utan de möjliga beroendena: fortfarande ${before}.`
      : `Utan de möjliga beroendena: från ${before} till ${after}.`,
};

export const ADVISE_MESSAGES: Catalogue<AdviseMessages> = { en, sv };
