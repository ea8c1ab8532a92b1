/** @kedja/cli as a library: run the `kedja` command in-process. */
export { run } from './main.js';
export { createProgram, VERSION } from './program.js';
export { EXIT, UsageError, DataError, CLI_CODES } from './errors.js';
export type { Io } from './output/io.js';
export { RankingPool, rankInParallel, SimulationPool, type DrawDamage } from './parallel/index.js';
