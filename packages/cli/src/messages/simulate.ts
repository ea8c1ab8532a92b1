/** What `kedja simulate` says: the draws, the distributions per draw, the worst draw and the share table. */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  header: (draws: string, count: number, seed: string, probability: string) =>
    `Monte Carlo: ${draws} ${count === 1 ? 'draw' : 'draws'}, seed ${seed}; ${probability}.`,
  average: (mean: string) => `On average ${mean} suppliers fail per draw.`,
  /** With possible dependencies (issue 13): how they were drawn; `without` have no probability and get `p`. */
  possible: (count: string, without: string, withoutCount: number, p: string, mean: string) =>
    `Possible dependencies: ${count}, drawn in every draw, each present with its probability` +
    (withoutCount === 0
      ? ''
      : withoutCount === 1
        ? `; ${without} has none and is drawn with ${p}`
        : `; ${without} have none and are drawn with ${p}`) +
    `. On average ${mean} are present per draw; confirmed dependencies always are.`,
  probability: {
    given: (suppliers: string, p: string) => `each of ${suppliers} fails with probability ${p}`,
    own: (suppliers: string) => `each of ${suppliers} fails with its own failure_probability`,
    mixed: (fromData: string, suppliers: string, p: string) =>
      `${fromData} of ${suppliers} fail with their own failure_probability, the others with ${p}`,
  },
  rows: {
    organisations: 'organisations affected',
    critical: 'losing a critical function',
    population: 'population served',
  },
  headers: {
    perDraw: 'per draw',
    mean: 'mean',
    median: 'median',
    p95: 'p95',
    p99: 'p99',
    max: 'max',
    supplier: 'supplier',
    id: 'id',
    p: 'p',
    failedIn: 'failed in',
    spared: 'spared',
    share: 'share',
    populationSpared: 'population spared',
  },
  noWorst: 'No draw affects any organisation.',
  worst: (
    draw: string,
    organisations: string,
    count: number,
    critical: string,
    population: string,
    suppliers: string,
  ) =>
    `Worst draw (number ${draw}): ${organisations} ${count === 1 ? 'organisation' : 'organisations'} affected, ` +
    `${critical} losing a critical function, population ${population}; failed suppliers: ${suppliers}.`,
  shares: [
    'Share of the expected damage: organisations per draw that would be spared if the supplier never failed',
    '(shares overlap where suppliers fail together, so they need not add up to 100 %).',
  ].join('\n'),
  sparesNothing: (suppliers: string, count: number) =>
    count === 1
      ? `${suppliers} supplier spares nothing: no organisation depends on it failing.`
      : `${suppliers} suppliers spare nothing: no organisation depends on them failing.`,
};

export type SimulateMessages = typeof en;

const sv: SimulateMessages = {
  header: (draws, count, seed, probability) =>
    `Monte Carlo: ${draws} ${count === 1 ? 'dragning' : 'dragningar'}, frö ${seed}; ${probability}.`,
  average: (mean) => `I genomsnitt faller ${mean} leverantörer bort per dragning.`,
  possible: (count, without, withoutCount, p, mean) =>
    `Möjliga beroenden: ${count}, dras i varje dragning, vart och ett finns med sin sannolikhet` +
    (withoutCount === 0 ? '' : `; ${without} saknar sannolikhet och dras med ${p}`) +
    `. I genomsnitt finns ${mean} per dragning; bekräftade beroenden finns alltid.`,
  probability: {
    given: (suppliers, p) => `var och en av ${suppliers} faller bort med sannolikheten ${p}`,
    own: (suppliers) => `var och en av ${suppliers} faller bort med sin egen failure_probability`,
    mixed: (fromData, suppliers, p) =>
      `${fromData} av ${suppliers} faller bort med sin egen failure_probability, övriga med ${p}`,
  },
  rows: {
    organisations: 'drabbade organisationer',
    critical: 'som förlorar en samhällsviktig funktion',
    population: 'befolkning som betjänas',
  },
  headers: {
    perDraw: 'per dragning',
    mean: 'medel',
    median: 'median',
    p95: 'p95',
    p99: 'p99',
    max: 'max',
    supplier: 'leverantör',
    id: 'id',
    p: 'p',
    failedIn: 'föll bort i',
    spared: 'skonade',
    share: 'andel',
    populationSpared: 'befolkning skonad',
  },
  noWorst: 'Ingen dragning drabbar någon organisation.',
  worst: (draw, organisations, count, critical, population, suppliers) =>
    `Värsta dragningen (nummer ${draw}): ${organisations} ${count === 1 ? 'organisation' : 'organisationer'} drabbade, ` +
    `${critical} förlorar en samhällsviktig funktion, befolkning ${population}; leverantörer som föll bort: ${suppliers}.`,
  shares: [
    'Andel av den förväntade skadan: organisationer per dragning som skulle skonas om leverantören aldrig föll bort',
    '(andelarna överlappar där leverantörer faller bort samtidigt, så de behöver inte summera till 100 %).',
  ].join('\n'),
  sparesNothing: (suppliers, count) =>
    count === 1
      ? `${suppliers} leverantör skonar ingenting: ingen organisation påverkas av att den faller bort.`
      : `${suppliers} leverantörer skonar ingenting: ingen organisation påverkas av att de faller bort.`,
};

export const SIMULATE_MESSAGES: Catalogue<SimulateMessages> = { en, sv };
