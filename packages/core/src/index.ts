/**
 * @kedja/core: the model, validation and failure-propagation engine of Kedja, and the analyses on
 * it (consequences by outage length, Monte Carlo, joint-failure screens, mitigation advice). No I/O and nothing Node-only: runs unchanged in Node and in
 * the browser.
 */
export * from './model/index.js';
export * from './engine/index.js';
export * from './consequences/index.js';
export * from './simulation/index.js';
export * from './screen/index.js';
export * from './advise/index.js';
export { KedjaError, CORE_ERROR_CODES, hasErrors, formatDiagnostic, type Diagnostic, type Severity } from './errors.js';
export * from './metrics/index.js';
export * from './reports/index.js';
export * from './generate/index.js';
