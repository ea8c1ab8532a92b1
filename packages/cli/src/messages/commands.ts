/**
 * What the commands themselves say: notes on stderr, the labels of progress bars, and the text
 * around `kedja demo --text`. Errors (with their KEDJA_ codes) stay English, as core's and the
 * importers' diagnostics do.
 */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  notes: {
    noMembers: (source: string) => `note: the scenario selects no supplier or service in ${source}`,
    rulesWithoutDuration: 'note: --rules has no effect without --duration',
    dataset: (dataset: string, uri: string) => `dataset ${dataset} at ${uri}`,
  },
  progress: {
    bar: (label: string) =>
      `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, eta {eta_formatted}`,
    generating: 'Generating rows',
    notices: 'Reading notices (KiB)',
    pushing: 'Pushing',
    ranking: 'Ranking',
    simulating: 'Simulating',
  },
  demo: {
    viewer: [
      'Kedja demo: datasets/sweden-2018, the 290 Swedish municipalities, 21 regions and 347 agencies with service use',
      'calibrated to the MSB study. Click a supplier (or pick one in the ranking) to see who goes dark.',
    ].join('\n'),
    text: 'Kedja demo on datasets/demo (four organisations, four services, seven suppliers).',
    end: [
      'The journal service has two alternative suppliers, yet one hosting firm behind both takes it down:',
      'the redundancy is false and the dependence hidden. Try your own data: kedja validate <folder>.',
    ].join('\n'),
  },
};

export type CommandMessages = typeof en;

const sv: CommandMessages = {
  notes: {
    noMembers: (source) => `obs: scenariot väljer ingen leverantör eller tjänst i ${source}`,
    rulesWithoutDuration: 'obs: --rules har ingen verkan utan --duration',
    dataset: (dataset, uri) => `datamängden ${dataset} på ${uri}`,
  },
  progress: {
    bar: (label) =>
      `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} gått, kvar {eta_formatted}`,
    generating: 'Skapar rader',
    notices: 'Läser annonser (KiB)',
    pushing: 'Skickar',
    ranking: 'Rangordnar',
    simulating: 'Simulerar',
  },
  demo: {
    viewer: [
      'Kedja-demo: datasets/sweden-2018, Sveriges 290 kommuner, 21 regioner och 347 myndigheter med tjänsteanvändning',
      'kalibrerad mot MSB:s studie. Klicka på en leverantör (eller välj en i rangordningen) för att se vem som slocknar.',
    ].join('\n'),
    text: 'Kedja-demo på datasets/demo (fyra organisationer, fyra tjänster, sju leverantörer).',
    end: [
      'Journaltjänsten har två alternativa leverantörer, men ett hostingföretag bakom båda slår ut den:',
      'redundansen är falsk och beroendet dolt. Prova dina egna data: kedja validate <mapp>.',
    ].join('\n'),
  },
};

export const COMMAND_MESSAGES: Catalogue<CommandMessages> = { en, sv };
