export { hhi, hhiLevel, HHI_HIGHLY_CONCENTRATED, HHI_MODERATELY_CONCENTRATED } from './hhi.js';
export { concentrationRatio } from './concentration-ratio.js';
export { gini } from './gini.js';
