export { FailureDraws } from './failure-draws.js';
export { summarise, type Distribution } from './distribution.js';
export {
  simulateFailures,
  supplierProbabilities,
  KERNEL_COST,
  type SimulationOptions,
  type SimulationResult,
  type SupplierShare,
  type Damage,
  type SupplierProbabilities,
} from './monte-carlo.js';
