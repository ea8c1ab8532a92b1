export type { Distribution } from '../kernel/index.js';
export {
  simulateFailures,
  supplierProbabilities,
  KERNEL_COST,
  type SimulationOptions,
  type SimulationResult,
  type PossibleEdgeDraws,
  type SupplierShare,
  type Damage,
  type SupplierProbabilities,
} from './monte-carlo.js';
