/**
 * The words of the scenario map (packages/cli/src/report/render-map.ts) in English and Swedish:
 * its title, legend, the line on each area, the summary read out by screen readers and the
 * boundaries' source. The levels are core's words (WORDS).
 */
import type { ConsequenceLevel } from '@kedja/core';
import { formatInteger, WORDS, type Lang } from '@kedja/core/i18n';

/** The words of the map, so that the report can give them in its language. */
export interface MapLabels {
  /** The map's title: its <title> and the start of its aria-label. */
  title: string;
  /** The legend's heading. */
  legend: string;
  levels: Readonly<Record<ConsequenceLevel, string>>;
  notAffected: string;
  /** An area that no organisation of the data serves. */
  noOrganisation: string;
  /** After an area's name and level: "2 of 3 organisations affected". */
  affectedOf: (affected: number, total: number) => string;
  /** The aria-label's summary: "41 of 290 municipalities affected". */
  summary: (affected: number, areas: number) => string;
  /** The worst level on the map, for the aria-label: "worst level: crisis". */
  worst: (level: string) => string;
  /** The line naming the boundaries' source (given boundaries name their own). */
  source?: string;
}

/** The map's words in each language, the levels in core's words (WORDS). */
export const MAP_LABELS: Readonly<Record<Lang, MapLabels>> = {
  en: {
    title: 'Consequences by municipality',
    legend: 'Worst consequence level of the municipality or its region',
    levels: WORDS.en.levels,
    notAffected: 'not affected',
    noOrganisation: 'no organisation in the data',
    affectedOf: (affected, total) =>
      `${formatInteger('en', affected)} of ${formatInteger('en', total)} ${total === 1 ? 'organisation' : 'organisations'} affected`,
    summary: (affected, areas) =>
      `${formatInteger('en', affected)} of ${formatInteger('en', areas)} municipalities affected`,
    worst: (level) => `worst level: ${level}`,
    source: 'Boundaries: Statistics Sweden (SCB), Digitala gränser (CC0)',
  },
  sv: {
    title: 'Konsekvenser per kommun',
    legend: 'Allvarligaste konsekvensnivå hos kommunen eller dess region',
    levels: WORDS.sv.levels,
    notAffected: 'inte drabbad',
    noOrganisation: 'ingen organisation i underlaget',
    affectedOf: (affected, total) =>
      total === 1
        ? `${formatInteger('sv', affected)} av 1 organisation drabbad`
        : `${formatInteger('sv', affected)} av ${formatInteger('sv', total)} organisationer drabbade`,
    summary: (affected, areas) => `${formatInteger('sv', affected)} av ${formatInteger('sv', areas)} kommuner drabbade`,
    worst: (level) => `allvarligaste nivå: ${level}`,
    source: 'Gränser: SCB, Digitala gränser (CC0)',
  },
};
