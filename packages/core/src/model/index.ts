export * from './types.js';
export {
  createKedjaGraph,
  checkNodeId,
  plainNodeIdBytes,
  edgeKey,
  nodeName,
  addOrganisation,
  addService,
  addSupplier,
  addUses,
  addContracts,
  addProvidedBy,
  addSubcontracts,
} from './graph.js';
export type { NodeIdProblem } from './graph.js';
export {
  validateGraph,
  MODEL_CODES,
  loneAlternativeMessage,
  POSSIBLE_ALTERNATIVE_MESSAGE,
  CONFIRMED_PROBABILITY_MESSAGE,
} from './validate.js';
export { countResidents, ResidentCounter, type ResidentFacts } from './residents.js';
export { COUNTRY_NAMES, EEA_COUNTRIES, isCountryCode, isEeaCountry, countryName } from './countries.js';
export { dataRecord } from './records.js';
export {
  checkParents,
  groupKey,
  resolveParents,
  supplierOwnership,
  PARENT_PROBLEM_KINDS,
  type OwnershipChains,
  type ParentLink,
  type ParentProblem,
  type ParentProblemKind,
  type SupplierOwnership,
} from './parents.js';
