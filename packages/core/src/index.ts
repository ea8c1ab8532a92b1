/**
 * @kedja/core: the model, validation and failure-propagation engine of Kedja.
 * No I/O and nothing Node-only: runs unchanged in Node and in the browser.
 */
export * from './model/index.js';
export * from './engine/index.js';
export { KedjaError, CORE_ERROR_CODES, hasErrors, formatDiagnostic, type Diagnostic, type Severity } from './errors.js';
export * from './metrics/index.js';
export * from './reports/index.js';
