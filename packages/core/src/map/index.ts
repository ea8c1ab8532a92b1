/**
 * What a map of consequences needs besides the drawing: which organisations serve the residents
 * of each municipality and county, and the colour of each consequence level. Published through
 * `@kedja/core/kernel` (core's main entry is kept small); the viewer and the CLI's reports draw
 * the maps.
 */
export { areaOrganisations, isAreaCode, servesAnyArea } from './area-organisations.js';
export { LEVEL_COLOURS, UNAFFECTED_COLOUR } from './level-colours.js';
