export { soloBlasts, type SoloBlasts } from './solo-blasts.js';
export { screenPairs, type PairEntry, type PairScreen, type PairScreenOptions } from './pair-screen.js';
export { reachLists } from './reach.js';
export { coverShare, type CoverMeasure, type CoverOptions, type CoverResult, type CoverStep } from './cover.js';
export { screenPairsBounds, coverShareBounds, type BoundedPairEntry, type BoundedPairScreen } from './screen-bounds.js';
