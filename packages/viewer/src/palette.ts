/**
 * Colours that survive colour blindness: the kinds and the scenario roles from the Okabe–Ito
 * palette (Okabe and Ito, "Color Universal Design", 2008), told apart by shape as well; the
 * consequence levels on a sequential viridis ramp (light = mild, dark = severe), readable in
 * grey scale too.
 */
import type { NodeKind } from '@kedja/core';

import type { NodeStatus } from './analysis/analyse-scenario.js';

export const KIND_COLOURS: Record<NodeKind, string> = {
  organisation: '#0072B2', // blue
  service: '#E69F00', // orange
  supplier: '#009E73', // bluish green
};

export const KIND_SHAPES: Record<NodeKind, 'circle' | 'square' | 'ring'> = {
  organisation: 'circle',
  service: 'square',
  supplier: 'ring',
};

export const STATUS_COLOURS: Record<NodeStatus, string> = {
  member: '#000000', // the scenario itself
  failed: '#D55E00', // vermillion: fails with it
  critical: '#CC79A7', // reddish purple: loses a critical function
  affected: '#56B4E9', // sky blue: affected, nothing critical lost
};

/**
 * What fails or is affected only if the possible dependencies are real (issue 13): each status
 * colour mixed half with white, drawn with its full colour as an outline (graph-view.ts), so that
 * the two shades differ in shape as well as in colour.
 */
export const POSSIBLE_COLOURS: Record<NodeStatus, string> = {
  member: '#808080',
  failed: '#EAAE80',
  critical: '#E6BCD3',
  affected: '#ABDAF4',
};

export const DIMMED = '#d4d4d4';
export const EDGE = '#c8c8c8';
export const EDGE_HIGHLIGHT = '#D55E00';
/** A possible dependency along which the failure travels in the upper bound only (drawn curved too). */
export const EDGE_POSSIBLE = '#EAAE80';

/** The consequence levels (viridis, light = none, dark = crisis) and not affected: core's, one palette for the viewer and the reports. */
export { LEVEL_COLOURS, UNAFFECTED_COLOUR as UNAFFECTED } from '@kedja/core/kernel';
