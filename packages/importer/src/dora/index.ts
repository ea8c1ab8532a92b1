export { readDoraRegister } from './read-register.js';
export { findRegisterTables, holdsRegisterTables, type RegisterTables } from './register-tables.js';
export { DORA_TEMPLATES, columnKey, type DoraTemplate, type DoraColumn } from './templates.js';
export { ICT_SERVICE_TYPES } from './ict-service-types.js';
export { isRegisterPackage } from './register-package.js';
