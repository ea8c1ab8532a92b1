/**
 * The CLI's message catalogue: everything its human output says, in English and Swedish, one
 * group per command (or family of commands), each written with the English messages defining its
 * shape so the compiler refuses a Swedish group that lacks a key. JSON output never reads these:
 * it is the machine interface and stays English. Swedish follows MSB's vocabulary (samhällsviktig
 * verksamhet, konsekvens, leverantör, underleverantör, avbrott, drabbade organisationer, invånare,
 * befolkning, dolda beroenden, systemrisk); the words of core's concepts (levels, organisation
 * types, node kinds, outage lengths) come from core's `WORDS`.
 */
import type { Catalogue, Lang } from '@kedja/core/i18n';

import { ADVISE_MESSAGES } from './advise.js';
import { BLAST_MESSAGES } from './blast.js';
import { COMMAND_MESSAGES } from './commands.js';
import { COMMON_MESSAGES } from './common.js';
import { FILE_MESSAGES } from './files.js';
import { GAPS_MESSAGES } from './gaps.js';
import { IMPORT_MESSAGES } from './imports.js';
import { METRICS_MESSAGES } from './metrics.js';
import { RANK_MESSAGES } from './rank.js';
import { SCENARIO_MESSAGES } from './scenario.js';
import { SCREEN_MESSAGES } from './screen.js';
import { SIMULATE_MESSAGES } from './simulate.js';
import { TIMELINE_MESSAGES } from './timeline.js';
import { VALIDATE_MESSAGES } from './validate.js';
import { WHY_MESSAGES } from './why.js';

const GROUPS = {
  common: COMMON_MESSAGES,
  scenario: SCENARIO_MESSAGES,
  blast: BLAST_MESSAGES,
  timeline: TIMELINE_MESSAGES,
  rank: RANK_MESSAGES,
  gaps: GAPS_MESSAGES,
  why: WHY_MESSAGES,
  simulate: SIMULATE_MESSAGES,
  screen: SCREEN_MESSAGES,
  advise: ADVISE_MESSAGES,
  metrics: METRICS_MESSAGES,
  validate: VALIDATE_MESSAGES,
  imports: IMPORT_MESSAGES,
  files: FILE_MESSAGES,
  commands: COMMAND_MESSAGES,
};

type Groups = typeof GROUPS;

/** Every group's messages in one language. */
export type CliMessages = { readonly [G in keyof Groups]: Groups[G]['en'] };

function inLang(lang: Lang): CliMessages {
  return Object.fromEntries(
    Object.entries(GROUPS).map(([name, group]) => [name, group[lang]]),
  ) as unknown as CliMessages;
}

export const CLI_MESSAGES: Catalogue<CliMessages> = { en: inLang('en'), sv: inLang('sv') };

/** The CLI's messages in `lang`. */
export const messagesIn = (lang: Lang): CliMessages => CLI_MESSAGES[lang];
