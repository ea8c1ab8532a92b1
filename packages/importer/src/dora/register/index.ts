/**
 * Finding a DORA register before reading it: whether a folder's entries hold its key tables, and
 * whether a .zip is an EBA reporting package, with the package's tables unpacked for the reader.
 * Apart from the rest of the DORA reader, so that looking at what a user points at (input/) loads
 * only this; yauzl is loaded when a .zip is opened.
 */
export { findRegisterTables, holdsRegisterTables, type RegisterTables } from './register-tables.js';
export { isRegisterPackage, readRegisterPackage } from './register-package.js';
