export { readDoraRegister } from './read-register.js';
export { findRegisterTables, holdsRegisterTables, isRegisterPackage, type RegisterTables } from './register/index.js';
export { DORA_TEMPLATES, columnKey, type DoraTemplate, type DoraColumn } from './templates.js';
export { ICT_SERVICE_TYPES } from './ict-service-types.js';
