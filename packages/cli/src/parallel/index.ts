/** Analyses on several worker threads (Node-only): the systemic ranking and Monte Carlo draws. */
export { RankingPool, rankInParallel } from './rank-parallel.js';
export { SimulationPool, type DrawDamage } from './simulate-parallel.js';
