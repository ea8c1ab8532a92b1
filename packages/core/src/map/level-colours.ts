/**
 * The colours of the consequence levels on a map or in a chart, one palette for the viewer and the
 * reports: viridis at five stops (van der Walt and Smith, matplotlib, 2015), light for none and
 * dark for crisis, ordered in grey scale too and readable with every common colour blindness; and
 * a light grey for an area or organisation that is not affected. Keyed by the level names of
 * CONSEQUENCE_LEVELS (core/src/consequences/levels.ts; this folder cannot import that module
 * without an import circle through the kernel, so level-colours.test.ts checks they agree). O(1).
 */
export const LEVEL_COLOURS: Readonly<Record<'none' | 'minor' | 'noticeable' | 'critical' | 'crisis', string>> = {
  none: '#fde725',
  minor: '#5ec962',
  noticeable: '#21918c',
  critical: '#3b528b',
  crisis: '#440154',
};

/** Not affected at all. */
export const UNAFFECTED_COLOUR = '#eeeeee';
